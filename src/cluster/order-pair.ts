export interface PairSide {
  readonly id: string;
  readonly day?: number;
  /** How much of this side the other covers (0..1); the more covered side is the copy. */
  readonly coveredByOther: number;
  readonly wordCount: number;
  /** Arrival order in the stream. */
  readonly seq: number;
}

export interface OrderedPair {
  readonly original: string;
  readonly copy: string;
  /** How the direction was decided, for explanations. */
  readonly decidedBy: 'date' | 'containment' | 'length' | 'arrival';
}

// Coverage must differ by this much to decide a tie: MinHash and alignment noise are around ±0.05.
const COVERAGE_MARGIN = 0.05;

/**
 * Which of two near-identical articles is the original: the earlier published. On a tie (same day or no dates),
 * the side more covered by the other is the copy (a copy trims), then the longer is original, then the first seen.
 */
export function orderPair(a: PairSide, b: PairSide): OrderedPair {
  const pick = (orig: PairSide, copy: PairSide, decidedBy: OrderedPair['decidedBy']): OrderedPair => ({
    original: orig.id,
    copy: copy.id,
    decidedBy,
  });
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) {
    return a.day < b.day ? pick(a, b, 'date') : pick(b, a, 'date');
  }
  if (Math.abs(a.coveredByOther - b.coveredByOther) > COVERAGE_MARGIN) {
    return a.coveredByOther < b.coveredByOther ? pick(a, b, 'containment') : pick(b, a, 'containment');
  }
  if (a.wordCount !== b.wordCount) return a.wordCount > b.wordCount ? pick(a, b, 'length') : pick(b, a, 'length');
  return a.seq <= b.seq ? pick(a, b, 'arrival') : pick(b, a, 'arrival');
}
