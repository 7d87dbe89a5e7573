export {
  compareStatements,
  comparisonMemo,
  defaultAligner,
  isSameFact,
  judgeSameFact,
  loadStatementAligner,
  MIN_SHARED_WORDS_SHARE,
  opposedAt,
  opposition,
  sameFactProbability,
  viewOf,
  type CompareStatements,
  type SameFactVerdict,
  type StatementComparison,
  type StatementAligner,
} from './statement-aligner.ts';
export { statementView, type StatementView, type StemMemo } from './statement-view.ts';
export { FEATURE_NAMES, pairFeatures } from './pair-features.ts';
