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
  /** Estimated shingle Jaccard. */
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

/** Near-duplicate when the MinHash estimate of shingle Jaccard reaches `threshold`; direction by date, then coverage. */
export function detectDuplicate(a: CopySide, b: CopySide, threshold: number): CopyFinding | undefined {
  if (a.features.shingleCount === 0 || b.features.shingleCount === 0) return undefined;
  const similarity = estimateJaccard(a.features.signature, b.features.signature);
  if (similarity < threshold) return undefined;
  const cov = coverage(a.features, b.features);
  return { ...orderPair(side(a, cov.a), side(b, cov.b)), value: round2(similarity) };
}
