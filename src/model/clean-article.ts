import type { Certainty, TextRange } from './span.ts';
import type { Diagnostic } from './diagnostic.ts';

export type ParagraphKind = 'body' | 'caption' | 'heading';

export interface Paragraph extends TextRange {
  readonly kind: ParagraphKind;
}

export interface RemovedParagraph {
  readonly text: string;
  /** Human-readable, e.g. "related-post teaser", "newsletter box". */
  readonly reason: string;
  /** Rule id, e.g. `boilerplate/related-posts`. */
  readonly rule: string;
}

/** Text blocks taken out of the page or file, before boilerplate is judged. */
export interface ExtractedArticle {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly blocks: readonly string[];
  readonly url?: string;
  readonly outlet?: string;
  readonly byline?: string;
  /** A date the source itself gave (metadata, record field), not yet validated. */
  readonly published?: string;
  readonly publishedRule?: string;
  readonly language?: string;
  /** Where the blocks came from: page structure (html) or bare lines (text); some cleaning rules only suit text. */
  readonly origin?: 'text' | 'html';
  readonly removed: readonly RemovedParagraph[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The article body as a reader would see it: boilerplate gone, paragraphs joined by blank lines in `text`. */
export interface CleanArticle {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly byline?: string;
  /** YYYY-MM-DD. */
  readonly published?: string;
  readonly publishedCertainty?: Certainty;
  /**
   * Which rule gave the date (`published/record`, `published/meta`, `published/file-name`, `published/page-note`,
   * `published/option`).
   */
  readonly publishedRule?: string;
  /** ISO 639-1 code, `und` when unknown. */
  readonly language: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly removed: readonly RemovedParagraph[];
  readonly diagnostics: readonly Diagnostic[];
}
