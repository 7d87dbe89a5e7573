/** Per-token string views the features are built from. Pure functions of the token text. */

export interface WordForm {
  /** The token with typographic quotes/apostrophes/dashes made ASCII (news uses both, CoNLL only ASCII). */
  readonly raw: string;
  /**
   * `raw` without dots (case kept) when it is longer than one character: British "Mr Ryabkov" and Reuters'
   * "Mr. Ryabkov", "US" and "U.S." then share every word, affix and shape feature; `dotted` keeps the difference.
   */
  readonly cased: string;
  /** Lower-cased `cased` with every digit replaced by 0, so "1996" and "1997" share weights. */
  readonly lower: string;
  /** Same as `lower`; the key of lexicons, gazetteers and document statistics. */
  readonly key: string;
  readonly dotted: boolean;
  /** Character classes with runs collapsed: "McDonald" → "XxXx", "1996-08-22" → "d-d-d". */
  readonly shape: string;
  readonly cap: CapClass;
}

export type CapClass = 'init' | 'upper' | 'lower' | 'mixed' | 'digit' | 'alnum' | 'punct';

const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};
const TYPOGRAPHIC_RE = /[\u2018\u2019\u201a\u02bc\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2212]/g;

export function asciiPunct(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s;
  return s.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

export function wordForm(text: string): WordForm {
  const raw = asciiPunct(text);
  const dotted = raw.length > 1 && raw.includes('.');
  const cased = dotted ? raw.replace(/\./g, '') || raw : raw;
  const sc = shapeAndCap(cased);
  const digits = sc.cap === 'digit' || sc.cap === 'alnum';
  const lower = digits ? cased.toLowerCase().replace(/\d/g, '0') : cased.toLowerCase();
  return { raw, cased, lower, key: lower, dotted, shape: sc.shape, cap: sc.cap };
}

export function shapeOf(s: string): string {
  return shapeAndCap(s).shape;
}

export function capClassOf(s: string): CapClass {
  return shapeAndCap(s).cap;
}

// Shapes are cut at this length: past it they only separate long words that the word features already cover.
const MAX_SHAPE = 12;

/** One pass over the characters: collapsed shape and capitalization class. */
function shapeAndCap(s: string): { shape: string; cap: CapClass } {
  let shape = '';
  let last = '';
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) {
      c = 'd';
      digit++;
    } else if (code >= 65 && code <= 90) {
      c = 'X';
      upper++;
    } else if (code >= 97 && code <= 122) {
      c = 'x';
      lower++;
    } else if (code < 128) {
      c = s.charAt(i);
    } else {
      const ch = s.charAt(i);
      const lc = ch.toLowerCase();
      const uc = ch.toUpperCase();
      if (ch !== lc) {
        c = 'X';
        upper++;
      } else if (ch !== uc || /\p{L}/u.test(ch)) {
        c = 'x'; // caseless scripts count as lower-case letters
        lower++;
      } else {
        c = ch;
      }
    }
    if (c !== last && shape.length < MAX_SHAPE) shape += c;
    last = c;
  }
  return { shape, cap: capClass(s, upper, lower, digit) };
}

function capClass(s: string, upper: number, lower: number, digit: number): CapClass {
  if (upper + lower === 0) return digit > 0 ? 'digit' : 'punct';
  if (digit > 0) return 'alnum';
  if (upper === 0) return 'lower';
  if (lower === 0) return 'upper';
  const first = s.charAt(0);
  return first !== first.toLowerCase() && upper === 1 ? 'init' : 'mixed';
}

/** Whether the token starts with an upper-case letter (names, and sentence starts). */
export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase();
}
