/**
 * The Porter (1980) stemmer exactly as embedded in ROUGE-1.5.5.pl (the classic Perl port, "Release 1"), including
 * Chin-Yew Lin's 2004 change to step 4: a word ending in -ement is not tried again with -ment / -ent. Other Porter
 * implementations (NLTK, Snowball "porter2") differ on words like "generously" or "agreement"; ROUGE scores only
 * reproduce with this one, so every regular expression below mirrors the Perl source one for one.
 *
 * Perl's `$\`` (text before the match) is `w.slice(0, m.index)`; Perl and JS share leftmost-first regex semantics, so
 * the alternations below pick the same suffix.
 */

const c = '[^aeiou]'; // consonant (an upper-case Y, from an initial y, is a consonant too)
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence

const MGR0 = new RegExp(`^(${C})?${V}${C}`); // [C]VC... is m>0
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // [C]VC[V] is m=1
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // [C]VCVC... is m>1
const HAS_VOWEL = new RegExp(`^(${C})?${v}`); // vowel in stem
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent',
  eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful',
  ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP2_RE =
  /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;

const STEP3: Readonly<Record<string, string>> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP3_RE = /(icate|ative|alize|iciti|ical|ful|ness)$/;

// CYL's step 4: "ment" and "ent" moved out of the main list so -ement words are not stripped twice.
const STEP4_RE = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Stems one lower-case word the way ROUGE-1.5.5 does (`stem` in ROUGE-1.5.5.pl). */
export function porterStem(word: string): string {
  if (typeof word !== 'string') throw new TypeError('porterStem: word must be a string');
  let w = word;
  if (w.length < 3) return w;
  // An initial y is upper-cased so the patterns never treat it as a vowel.
  const initialY = w.startsWith('y');
  if (initialY) w = 'Y' + w.slice(1);

  // Step 1a
  let m = /(ss|i)es$/.exec(w);
  if (m) w = w.slice(0, m.index) + (m[1] ?? '');
  else if ((m = /([^s])s$/.exec(w))) w = w.slice(0, m.index) + (m[1] ?? '');

  // Step 1b
  if ((m = /eed$/.exec(w))) {
    if (MGR0.test(w.slice(0, m.index))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }

  // Step 1c
  if ((m = /y$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (HAS_VOWEL.test(stem)) w = stem + 'i';
  }

  // Step 2
  if ((m = STEP2_RE.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR0.test(stem)) w = stem + (STEP2[m[1] ?? ''] ?? '');
  }

  // Step 3
  if ((m = STEP3_RE.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR0.test(stem)) w = stem + (STEP3[m[1] ?? ''] ?? '');
  }

  // Step 4 (three separate tests, as in ROUGE's modified version)
  if ((m = STEP4_RE.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ment$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ent$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    const stem = w.slice(0, m.index) + (m[1] ?? '');
    if (MGR1.test(stem)) w = stem;
  }

  // Step 5
  if ((m = /e$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);

  if (initialY) w = 'y' + w.slice(1);
  return w;
}
