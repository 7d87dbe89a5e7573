export { porterStem } from './porter-stemmer.ts';
export { parseWordnetExceptions, loadWordnetExceptions, type WordnetExceptions } from './wordnet-exceptions.ts';
export { rougeText, rougeTokens, type RougeLengthLimit } from './rouge-text.ts';
export { ngramBag, skipBigramBag, clippedHits, type GramBag } from './rouge-grams.ts';
export { perlRound5 } from './perl-format.ts';
export {
  scoreRouge,
  ducRougeOptions,
  type RougeOptions,
  type RougeMetric,
  type RougeReport,
} from './rouge-score.ts';
