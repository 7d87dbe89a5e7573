import type { AnalyzedArticle } from './analyzed-article.ts';

/** Two articles whose text is (nearly) the same: both kept, the copy marked. */
export interface DuplicatePair {
  readonly original: string;
  readonly copy: string;
  /** Estimated Jaccard similarity of word shingles, 0..1. */
  readonly similarity: number;
}

/**
 * B rewrites A: most of B's narrative sentences each restate one of A's (words swapped, sentences reordered or
 * dropped, quotes altered), as the statement aligner judges them (pipeline/stages/find-rewrites.ts).
 */
export interface RewritePair {
  readonly original: string;
  readonly copy: string;
  /** Share of the copy's narrative sentences restated one-to-one by the original's, 0..1. */
  readonly score: number;
}

/** Articles about one event, with the copies among them named. */
export interface Story {
  readonly id: string;
  readonly articles: readonly AnalyzedArticle[];
  readonly duplicates: readonly DuplicatePair[];
  /** Found per story at brief time (find-rewrites.ts); clustering leaves this empty. */
  readonly rewrites: readonly RewritePair[];
  /** Article ids left after collapsing copies and rewrites onto their originals. */
  readonly origins: readonly string[];
  /** Why these articles are together ("shared: Ryabkov, Geneva, NATO; similarity 0.71"). */
  readonly why: string;
  /** Stories of the same kind of event with the same main actors share a topic ("related stories"). */
  readonly topicId?: string;
}
