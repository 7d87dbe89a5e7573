// Most frequent function words per language: a paragraph's share of them identifies its language cheaply and offline.
// Lists are short on purpose (frequent, unambiguous words); words shared by several languages are left out.
export const PROFILES: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'on', 'as', 'are', 'it', 'he', 'she', 'they', 'have', 'has', 'by', 'from', 'this', 'which', 'would', 'were', 'will', 'not', 'said', 'their', 'an', 'be'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'del', 'se', 'por', 'con', 'para', 'una', 'es', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'han', 'sido', 'fecha', 'informó', 'este', 'esta'],
  sv: ['och', 'det', 'att', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'var', 'finns', 'vi', 'får', 'blir', 'andra', 'medan', 'bär', 'hur', 'vid', 'nära', 'alls', 'knappt'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'es', 'an', 'als', 'wird', 'bei', 'sind', 'wurde', 'nach', 'aus', 'einer', 'hat', 'noch', 'wie', 'über', 'zu'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'ne', 'se', 'sont', 'par', 'plus', 'aux', 'elle', 'été', 'mais', 'ont', 'cette', 'leur'],
  it: ['il', 'di', 'che', 'è', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'gli', 'le', 'con', 'da', 'dei', 'nel', 'alla', 'anche', 'come', 'più', 'ha', 'questo', 'delle', 'essere', 'stato', 'ma', 'ci', 'si', 'lo'],
  pt: ['de', 'que', 'não', 'um', 'uma', 'os', 'do', 'da', 'em', 'para', 'com', 'por', 'mais', 'as', 'dos', 'das', 'foi', 'como', 'mas', 'ao', 'ele', 'também', 'está', 'já', 'são', 'seu', 'sua', 'pelo', 'pela', 'isso'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'er', 'maar', 'om', 'ook', 'als', 'bij', 'nog', 'wordt', 'door', 'naar', 'heeft', 'dan', 'werd', 'worden', 'uit', 'deze', 'hun'],
};

export interface LanguageGuess {
  readonly language: string;
  /** Share of the text's words that are function words of that language. */
  readonly score: number;
  readonly words: number;
}

const LANGUAGES = Object.keys(PROFILES);

/**
 * What `guessLanguage` reads of a text, counted in one scan. Counts of texts add up to the counts of the texts joined
 * by line breaks (`joinedLanguageCounts`), so an article's blocks are scanned once for their own languages and the
 * article's.
 */
export interface LanguageCounts {
  /** Words: runs of letters and apostrophes. */
  readonly words: number;
  /** Function words per language, indexed as `LANGUAGES`. */
  readonly hits: Int32Array;
  /** Language indices in the order their first function word appears (ties between languages go to the first). */
  readonly order: readonly number[];
  /** Code units in U+0400..U+04FF, and all code units. */
  readonly cyrillic: number;
  readonly length: number;
}

interface FunctionWord {
  readonly word: string;
  /** Indices into LANGUAGES, in PROFILES order. */
  readonly languages: readonly number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Function words by a hash of their code units, so that a scan looks words up without slicing them out. */
const FUNCTION_WORDS: ReadonlyMap<number, readonly FunctionWord[]> = (() => {
  const byWord = new Map<string, number[]>();
  LANGUAGES.forEach((lang, li) => {
    for (const w of PROFILES[lang] ?? []) byWord.set(w, [...(byWord.get(w) ?? []), li]);
  });
  const out = new Map<number, FunctionWord[]>();
  for (const [word, languages] of byWord) {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const key = h >>> 0;
    out.set(key, [...(out.get(key) ?? []), { word, languages }]);
  }
  return out;
})();
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS.values()].flat().map((f) => f.word.length));

const LETTER = /^\p{L}$/u;
// Whether each BMP code point is a letter, filled as met (0 unknown, 1 letter, 2 not): the same answer as LETTER,
// without building a one-character string per non-ASCII character.
const BMP_LETTER = new Uint8Array(0x10000);

/** `[\p{L}']` for one code point. */
function isWordChar(cp: number): boolean {
  if (cp < 0x80) return cp === 39 || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp < 0x10000) {
    let known = BMP_LETTER[cp] as number;
    if (known === 0) {
      known = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_LETTER[cp] = known;
    }
    return known === 1;
  }
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * One scan of `text`: its words (maximal runs of `[\p{L}']`, as the regex `/[\p{L}']+/gu` finds them in the
 * lower-cased text) and how many of them are each language's function words.
 */
export function languageCounts(text: string): LanguageCounts {
  const lower = text.toLowerCase();
  const hits = new Int32Array(LANGUAGES.length);
  const order: number[] = [];
  let words = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    let cp = lower.codePointAt(i) as number;
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    while (i < n && isWordChar((cp = lower.codePointAt(i) as number))) {
      if (cp > 0xffff) {
        h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
        h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      } else {
        h = Math.imul(h ^ cp, FNV_PRIME);
        i++;
      }
    }
    words++;
    if (i - start > LONGEST_FUNCTION_WORD) continue;
    const candidates = FUNCTION_WORDS.get(h >>> 0);
    if (candidates === undefined) continue;
    for (const f of candidates) {
      if (f.word.length !== i - start || !lower.startsWith(f.word, start)) continue;
      for (const li of f.languages) {
        if (hits[li] === 0) order.push(li);
        hits[li] = (hits[li] as number) + 1;
      }
    }
  }
  let cyrillic = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  return { words, hits, order, cyrillic, length: text.length };
}

/** The counts of `parts` joined by line breaks (a line break is no letter, so no word spans two parts). */
export function joinedLanguageCounts(parts: readonly LanguageCounts[]): LanguageCounts {
  const hits = new Int32Array(LANGUAGES.length);
  const order: number[] = [];
  let words = 0;
  let cyrillic = 0;
  let length = Math.max(0, parts.length - 1);
  for (const p of parts) {
    words += p.words;
    cyrillic += p.cyrillic;
    length += p.length;
    for (const li of p.order) if (hits[li] === 0) order.push(li);
    for (let li = 0; li < hits.length; li++) hits[li] = (hits[li] as number) + (p.hits[li] as number);
  }
  return { words, hits, order, cyrillic, length };
}

/** Guesses the language of a text from function-word frequencies; `und` when too short or unclear. */
export function detectLanguage(text: string): LanguageGuess {
  return guessLanguage(languageCounts(text));
}

/** `detectLanguage` from a text's counts. */
export function guessLanguage(c: LanguageCounts): LanguageGuess {
  if (c.cyrillic > 0 && c.cyrillic > c.length / 4) return { language: 'ru', score: 1, words: c.words };
  let best = 'und';
  let bestCount = 0;
  let second = 0;
  for (const li of c.order) {
    const count = c.hits[li] as number;
    if (count > bestCount) {
      second = bestCount;
      best = LANGUAGES[li] as string;
      bestCount = count;
    } else if (count > second) second = count;
  }
  const score = c.words ? bestCount / c.words : 0;
  // Function words are ~30-50 % of running text in these languages; under 12 % (or a near tie) we cannot tell.
  if (c.words === 0 || score < 0.12 || bestCount < second * 1.5) return { language: 'und', score, words: c.words };
  return { language: best, score, words: c.words };
}
