/** Offsets into an article's cleaned `text` (UTF-16 code units, end exclusive). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A passage of one article: every item Crosscheck shows can be cited back through these. */
export interface SourceSpan extends TextRange {
  readonly articleId: string;
}

/** `stated`: read off the text as written; `inferred`: derived (a date resolved from "Wednesday", a pronoun speaker). */
export type Certainty = 'stated' | 'inferred';

export function toSourceSpan(articleId: string, range: TextRange): SourceSpan {
  return { articleId, start: range.start, end: range.end };
}
