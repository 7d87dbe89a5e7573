// Most frequent function words per language: a paragraph's share of them identifies its language cheaply and offline.
// Lists are short on purpose (frequent, unambiguous words); words shared by several languages are left out.
const PROFILES: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'on', 'as', 'are', 'it', 'he', 'she', 'they', 'have', 'has', 'by', 'from', 'this', 'which', 'would', 'were', 'will', 'not', 'said', 'their', 'an', 'be'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'del', 'se', 'por', 'con', 'para', 'una', 'es', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'han', 'sido', 'fecha', 'informó', 'este', 'esta'],
  sv: ['och', 'det', 'att', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'var', 'finns', 'vi', 'får', 'blir', 'andra', 'medan', 'bär', 'hur', 'vid', 'nära', 'alls', 'knappt'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'es', 'an', 'als', 'wird', 'bei', 'sind', 'wurde', 'nach', 'aus', 'einer', 'hat', 'noch', 'wie', 'über', 'zu'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'ne', 'se', 'sont', 'par', 'plus', 'aux', 'elle', 'été', 'mais', 'ont', 'cette', 'leur'],
  it: ['il', 'di', 'che', 'è', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'gli', 'le', 'con', 'da', 'dei', 'nel', 'alla', 'anche', 'come', 'più', 'ha', 'questo', 'delle', 'essere', 'stato', 'ma', 'ci', 'si', 'lo'],
  pt: ['de', 'que', 'não', 'um', 'uma', 'os', 'do', 'da', 'em', 'para', 'com', 'por', 'mais', 'as', 'dos', 'das', 'foi', 'como', 'mas', 'ao', 'ele', 'também', 'está', 'já', 'são', 'seu', 'sua', 'pelo', 'pela', 'isso'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'er', 'maar', 'om', 'ook', 'als', 'bij', 'nog', 'wordt', 'door', 'naar', 'heeft', 'dan', 'werd', 'worden', 'uit', 'deze', 'hun'],
};

const WORD = /[\p{L}']+/gu;

export interface LanguageGuess {
  readonly language: string;
  /** Share of the text's words that are function words of that language. */
  readonly score: number;
  readonly words: number;
}

const LOOKUP: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(PROFILES)) {
    for (const w of list) m.set(w, [...(m.get(w) ?? []), lang]);
  }
  return m;
})();

/** Guesses the language of a text from function-word frequencies; `und` when too short or unclear. */
export function detectLanguage(text: string): LanguageGuess {
  const tokens = text.toLowerCase().match(WORD) ?? [];
  if (/[\u0400-\u04ff]/.test(text) && countScript(text, /[\u0400-\u04ff]/g) > text.length / 4) {
    return { language: 'ru', score: 1, words: tokens.length };
  }
  const counts = new Map<string, number>();
  for (const t of tokens) for (const lang of LOOKUP.get(t) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best = 'und';
  let bestCount = 0;
  let second = 0;
  for (const [lang, c] of counts) {
    if (c > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = c;
    } else if (c > second) second = c;
  }
  const score = tokens.length ? bestCount / tokens.length : 0;
  // Function words are ~30-50 % of running text in these languages; under 12 % (or a near tie) we cannot tell.
  if (tokens.length === 0 || score < 0.12 || bestCount < second * 1.5) return { language: 'und', score, words: tokens.length };
  return { language: best, score, words: tokens.length };
}

function countScript(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
