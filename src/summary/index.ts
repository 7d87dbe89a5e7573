export type {
  SummaryDocument,
  SummaryInputSentence,
  SummaryBudget,
  SummaryResult,
  SummarySentencePick,
  SentenceSupport,
  SummaryDiagnostic,
} from './types.ts';
export { summarize, type SummarizeOptions } from './summarize.ts';
export { alignSentences, alignStatements, alignStatementsIn, storySpace, type AlignedStatements, type SentenceRef } from './align-sentences.ts';
export { splitClauses, type Clause } from './split-clauses.ts';
export { withAntecedent } from './relative-antecedent.ts';
export { withReportingFrame } from './clause-frame.ts';
export { groupAligned, type AlignmentGroup, type AlignedMember } from './group-aligned.ts';
export { buildAlignmentSpace, supportOf, type AlignOptions, type AlignmentSpace } from './sentence-alignment.ts';
export { prepareSentences, byteLength, wordCount, type PreparedSentence, type PrepareOptions } from './prepare-sentences.ts';
export { DATELINE_SENTENCES, trimDateline } from './trim-dateline.ts';
export { documentFromText } from './document-from-text.ts';
export { documentFromArticle } from './document-from-article.ts';
export { leadSummary, latestDocument } from './lead-summary.ts';
export { collapseCopies } from './collapse-copies.ts';
