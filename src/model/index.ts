export type * from './span.ts';
export type * from './diagnostic.ts';
export type * from './raw-article.ts';
export type * from './clean-article.ts';
export type * from './analyzed-article.ts';
export type * from './story.ts';
export type * from './story-brief.ts';
export { toSourceSpan } from './span.ts';
export { formatDiagnostic } from './diagnostic.ts';
