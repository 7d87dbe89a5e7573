export { findQuotes } from './find-quotes.ts';
export { findCapitalizedNames } from './find-capitalized-names.ts';
export { findQuotedSpans } from './find-quoted-spans.ts';
export { findNaiveQuotes } from './find-naive-quotes.ts';
export { REPORTING_VERBS } from './reporting-verbs.ts';
export type { FindQuotesInput, FindQuotesOptions, NameSpan } from './types.ts';
export { resolveSubjects } from './resolve-speakers.ts';
