import { alignBothWays } from './align-sentences.ts';
import { estimateJaccard } from './minhash.ts';
import { orderPair, type OrderedPair } from './order-pair.ts';
import { intersectionSize } from '../lib/sorted-arrays.ts';
import type { ArticleFeatures } from './types.ts';

export interface CopySide {
  readonly features: ArticleFeatures;
  /** Arrival order: the last resort for direction. */
  readonly seq: number;
}

export interface CopyFinding extends OrderedPair {
  /** Duplicate: estimated shingle Jaccard. Rewrite: share of the copy's sentences aligned. */
  readonly value: number;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function side(s: CopySide, coveredByOther: number) {
  return {
    id: s.features.id,
    ...(s.features.day !== undefined ? { day: s.features.day } : {}),
    coveredByOther,
    wordCount: s.features.wordCount,
    seq: s.seq,
  };
}

/** Share of each side's content words that the other side also has. */
function coverage(a: ArticleFeatures, b: ArticleFeatures): { a: number; b: number } {
  const shared = intersectionSize(a.contentWords, b.contentWords);
  return {
    a: a.contentWords.length === 0 ? 0 : shared / a.contentWords.length,
    b: b.contentWords.length === 0 ? 0 : shared / b.contentWords.length,
  };
}

/** The larger of the two shares of content words found in the other article: the rewrite pre-filter. */
export function wordCoverage(a: ArticleFeatures, b: ArticleFeatures): number {
  const c = coverage(a, b);
  return Math.max(c.a, c.b);
}

/** Near-duplicate when the MinHash estimate of shingle Jaccard reaches `threshold`; direction by date, then coverage. */
export function detectDuplicate(a: CopySide, b: CopySide, threshold: number): CopyFinding | undefined {
  if (a.features.shingleCount === 0 || b.features.shingleCount === 0) return undefined;
  const similarity = estimateJaccard(a.features.signature, b.features.signature);
  if (similarity < threshold) return undefined;
  const cov = coverage(a.features, b.features);
  return { ...orderPair(side(a, cov.a), side(b, cov.b)), value: round2(similarity) };
}

export interface RewriteOptions {
  readonly sentenceThreshold: number;
  readonly rewriteThreshold: number;
  readonly rewritePrefilter: number;
}

/**
 * Rewrite when most of the copy's sentences align one-to-one with the original's (synonyms swapped, sentences
 * reordered or dropped, quotes altered all keep a sentence's skeleton). Direction by date; on a tie the side whose
 * sentences are more covered by the other is the copy (a rewrite drops material), then the longer is original.
 */
export function detectRewrite(a: CopySide, b: CopySide, options: RewriteOptions): CopyFinding | undefined {
  const cov = coverage(a.features, b.features);
  if (Math.max(cov.a, cov.b) < options.rewritePrefilter) return undefined;
  const { forward: aAsCopy, backward: bAsCopy } = alignBothWays(a.features.sentences, b.features.sentences, options.sentenceThreshold);
  const order = orderPair(side(a, aAsCopy.score), side(b, bAsCopy.score));
  const score = order.copy === a.features.id ? aAsCopy.score : bAsCopy.score;
  const counted = order.copy === a.features.id ? aAsCopy.counted : bAsCopy.counted;
  // One aligned sentence proves nothing: two reports may share one wire quote.
  if (counted < 2 || score < options.rewriteThreshold) return undefined;
  return { ...order, value: round2(score) };
}
