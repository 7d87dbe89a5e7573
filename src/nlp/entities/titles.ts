// Who a title holder works for, when it leads the title ("US Deputy Secretary of State", "NATO Secretary-General").
// On their own these are names of countries and organizations, so they are titles only inside a title run.
const AFFILIATIONS: ReadonlySet<string> = new Set(
  'us u.s u.s. uk u.k u.k. eu un u.n. nato russian american ukrainian german french british chinese'.split(' '),
);

/** A word that names a role or honorific on its own (not an affiliation such as "NATO" or "US"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) && !AFFILIATIONS.has(w) && !AFFILIATIONS.has(w + '.');
}

// Words that make up titles and honorifics before a person's name ("US Deputy Secretary of State", "Mr", "Gen.").
// A title run is a sequence of these (plus "of"/"the"/"for" inside it), optionally led by a country adjective.
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady rev father sister brother ' +
    'president vice deputy prime minister secretary general secretary-general chancellor premier governor gov mayor ' +
    'senator sen sens representative rep reps congressman congresswoman speaker ambassador envoy spokesman spokeswoman spokesperson ' +
    'foreign defence defense interior finance state home affairs chief executive director chairman chairwoman chair ' +
    'head leader commander sheriff commissioner staff gen lt col maj capt sgt adm admiral colonel major captain sergeant lieutenant officer ' +
    'king queen prince princess pope cardinal bishop archbishop sheikh emir judge justice attorney counsel special ' +
    'assistant undersecretary under-secretary adviser advisor national security council coordinator official minister-president ' +
    'first senior top former acting interim')
    .split(' ')
    .concat([...AFFILIATIONS]),
);

const JOINERS = new Set(['of', 'the', 'for', 'and']);
// Title words that qualify a role or name its field but are none ("top Obama adviser", "former", "Diplomatic
// Security Charlene Lamb" cut to "Security"): without a role beside them they make no title.
const MODIFIERS = new Set(
  'first senior top former acting interim vice deputy assistant chief foreign defence defense interior finance state home affairs national security council special'.split(' '),
);

export interface TitleSplit {
  /** Offset where the title run starts (equals the name start when there is no title). */
  readonly titleStart: number;
  readonly title?: string;
}

/**
 * Finds the title written right before a name that starts at `nameStart` ("Deputy Foreign Minister Sergei Ryabkov").
 * Walks back word by word while words are title words (joiners allowed inside, never at the edge).
 */
export function titleBefore(text: string, nameStart: number): TitleSplit {
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  let ok = nameStart;
  // The words of `before` (what /[\p{L}.’'-]+/gu matches), read from the name backwards and only as far as the walk
  // goes: most names have no title, and every person mention asks.
  let next = before.length; // where the word after this one starts (the name, after the last word)
  for (let w = wordBefore(before, before.length); w !== null; w = wordBefore(before, w.start)) {
    const word = before.slice(w.start, w.end);
    const gap = before.slice(w.end, next);
    if (!/^\s+$/.test(gap)) break; // punctuation between words ends the title run
    // "became its president. Townsend said": a period after a word that is not an abbreviation ends a sentence.
    if (word.endsWith('.') && !/^(?:\p{L}{1,4}|(?:\p{L}\.)+\p{L}?)\.$/u.test(word)) break;
    // "ex-Vice President": "ex-" before a title word is "former".
    const lower = word.toLowerCase().replace(/\.$/, '').replace(/^ex-(?=\p{L})/u, '');
    const absolute = nameStart - before.length + w.start;
    if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower + '.')) {
      ok = absolute;
    } else if (!JOINERS.has(lower) || next === before.length) break; // "her brother and Doug Brand": no title
    // "the communications director for Rep. Stephen Fincher": a title word and "for" before the person's own title
    // name a role serving that person (Lauten's, not Fincher's). "Minister for Foreign Affairs Ahmad" joins a field.
    else if (lower === 'for' && ok < nameStart && text.slice(ok, nameStart).split(/\s+/).some((t) => isRoleWord(t) && !MODIFIERS.has(t.toLowerCase()))) break;
    next = w.start;
  }
  if (ok === nameStart) return { titleStart: nameStart };
  ok = secondPersonsTitle(text, ok, nameStart);
  const title = text.slice(ok, nameStart).trim();
  // "top Obama adviser", "former": modifiers and affiliations alone are no title.
  if (!title.split(/\s+/).some((w) => isRoleWord(w) && !MODIFIERS.has(w.toLowerCase()))) return { titleStart: nameStart };
  return { titleStart: ok, title };
}

// One character of a word as titleBefore reads words: a letter (a whole code point) or a mark names are written with.
const WORD_CHAR = /[\p{L}.’'-]/uy;

/**
 * The last word of `s` ending at or before `end` (a code point boundary): the run of WORD_CHAR characters that
 * /[\p{L}.’'-]+/gu would match there, or null when there is none. Surrogate pairs are read whole, as the u flag reads
 * them (a lone surrogate is no letter).
 */
export function wordBefore(s: string, end: number): { readonly start: number; readonly end: number } | null {
  let i = end;
  while (i > 0 && !isWordCharBefore(s, i)) i = codePointBefore(s, i);
  if (i === 0) return null;
  const wordEnd = i;
  while (i > 0 && isWordCharBefore(s, i)) i = codePointBefore(s, i);
  return { start: i, end: wordEnd };
}

/** Where the code point that ends at `i` starts: i - 2 for a surrogate pair, else i - 1. */
function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

function isWordCharBefore(s: string, i: number): boolean {
  const start = codePointBefore(s, i);
  const c = s.charCodeAt(start);
  // ASCII without the regex: letters, '.', "'" and '-'.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 45;
  WORD_CHAR.lastIndex = start;
  return WORD_CHAR.test(s);
}

// "the President and": "the" and a capitalized role, then "and".
const FIRST_PERSON_AND = /^\p{Lu}[\p{L}.’'-]*\s+and\s+/u;

/**
 * "the President and Speaker Boehner met": "the" before a capitalized role joined by "and" names someone else, so
 * Boehner's title starts after "and" (it was "President and Speaker", and "the president" then fitted two people).
 * "chairman and chief executive W. Douglas Parker" keeps its whole title: one person's roles are written in lower case
 * or without "the".
 */
function secondPersonsTitle(text: string, titleStart: number, nameStart: number): number {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, titleStart - 4), titleStart))) return titleStart;
  const m = FIRST_PERSON_AND.exec(text.slice(titleStart, nameStart));
  return m === null || titleStart + m[0].length >= nameStart ? titleStart : titleStart + m[0].length;
}

/** Strips honorifics inside a tagged name span ("Mr. Ryabkov" → "Ryabkov", "Ms Sherman" → "Sherman"). */
export function stripHonorific(name: string): { name: string; honorific?: string } {
  const m = /^(mr|mrs|ms|miss|dr|prof|sir|dame|gen|sen|rep|gov|lt|col|capt|sgt|adm)\.?\s+(?=\p{Lu})/iu.exec(name);
  if (!m) return { name };
  return { name: name.slice(m[0].length), honorific: m[0].trim() };
}
