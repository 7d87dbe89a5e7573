import { alignedComparison, confirmsFact, COSINE_AND_SHARED_KNOWN, COSINE_KNOWN, MIN_CONTENT_WORDS, SHARED_KNOWN, type AlignmentSpace, type KnownOfPair, type Thresholds } from './sentence-alignment.ts';
import type { SparseVector } from './sentence-vectors.ts';

// Candidate pairs come from an inverted index. In large stories words in more than this share of sentences are too
// common to make a pair reach the threshold on their own, and skipping them keeps 200-article stories fast; small
// stories (up to FULL_PAIRS_UP_TO sentences) compare every pair.
const MAX_INDEX_SHARE = 0.05;
const FULL_PAIRS_UP_TO = 1500;
// The index's dot product of a pair with no term skipped is the pair's cosine summed in another order: equal up to
// rounding (well under 1e-12 for unit vectors of a sentence's terms). One this far above the threshold is above it
// however it is summed, so the exact cosine is not computed again; nearer, it is.
const ROUNDING_MARGIN = 1e-9;

/** Two items (sentences or clauses, by index) that state the same content, with their similarity. */
export interface Edge {
  readonly i: number;
  readonly j: number;
  readonly sim: number;
}

/** Two sentences of different documents (i < j) the index touched that are not aligned as wholes. */
export interface SentencePair {
  readonly i: number;
  readonly j: number;
}

export interface CandidatePairs {
  /** Aligned sentence pairs, best first. */
  readonly edges: readonly Edge[];
  /** Pairs below the sentence test that share enough common words that a clause of one may state one of the other. */
  readonly nearMisses: readonly SentencePair[];
  /**
   * Pairs that pass the same-fact test but that no source confirms for the other (`confirmsFact`): each states the
   * other in part. They are no edges; they are near misses when they qualify as such.
   */
  readonly unconfirmed: readonly SentencePair[];
}

/**
 * What makes a pair below the sentence test a near miss: at least `minShared` shared words of the `common` sets, and
 * a cosine (upper bound) of at least `minCosine`.
 */
export interface NearMissRule {
  readonly minShared: number;
  readonly minCosine: number;
  /** Per sentence, the words that count (stems of content words that are not names or titles). */
  readonly common: readonly ReadonlySet<string>[];
  /**
   * How many more words sentences i and j share when words near in meaning count (common words of j that i lacks but
   * has a near word of): asked only of pairs the shared words alone leave short.
   */
  readonly nearShared?: (i: number, j: number) => number;
}

/**
 * Sparse dot products through an inverted index (only pairs sharing an indexed word are ever touched), then the full
 * test on pairs whose partial dot product can still reach the anchored threshold.
 *
 * With a near-miss rule, pairs of different documents that fail the sentence test but come close enough (see
 * NearMissRule; words skipped as too common are assumed shared) are returned as near misses, for the clause pass;
 * without one there are none.
 */
export function candidatePairs(space: AlignmentSpace, t: Thresholds, nearMiss?: NearMissRule): CandidatePairs {
  const n = space.sentences.length;
  const index = termIndex(space.vectors, nearMiss?.common);
  const maxPosting = n <= FULL_PAIRS_UP_TO ? n : Math.ceil(MAX_INDEX_SHARE * n);
  const edges: Edge[] = [];
  const nearMisses: SentencePair[] = [];
  const unconfirmed: SentencePair[] = [];
  const scan = new PairScan(n);
  const { dot, shared, sharedTerms, touched } = scan;
  // Below both the candidate cosine and the near-miss cosine a pair is neither asked nor a near miss: most pairs the
  // index touches are (about a million in a 200-article story), so they are passed over first.
  const floor = nearMiss ? Math.min(t.candidateCosine, nearMiss.minCosine) : t.candidateCosine;
  for (let i = 0; i < n; i++) {
    const vi = space.vectors[i];
    const si = space.sentences[i];
    if (!vi || !si || si.terms.content.length < MIN_CONTENT_WORDS) continue;
    const count = scanPostings(index, i, maxPosting, scan);
    // Cauchy-Schwarz: words skipped as too common can add at most the norm of their part of vi to any cosine.
    const slack = Math.sqrt(scan.skippedNorm);
    const skipped = scan.skippedCommon;
    for (let q = 0; q < count; q++) {
      const j = touched[q] ?? 0;
      const upper = Math.min(1, (dot[j] ?? 0) + slack);
      if (upper < floor) continue;
      const c = upper >= t.candidateCosine ? alignedComparison(space, i, j, t, knownOf(slack === 0 && (dot[j] ?? 0) >= t.candidateCosine + ROUNDING_MARGIN, (sharedTerms[j] ?? 0) >= t.minSharedWords)) : undefined;
      if (c !== undefined && confirmsFact(space, c)) edges.push({ i, j, sim: c.probability });
      else {
        if (c !== undefined) unconfirmed.push({ i, j });
        if (
          nearMiss &&
          upper >= nearMiss.minCosine &&
          space.sentences[j]?.docIndex !== si.docIndex &&
          ((shared[j] ?? 0) + skipped >= nearMiss.minShared || (nearMiss.nearShared !== undefined && (shared[j] ?? 0) + skipped + nearMiss.nearShared(i, j) >= nearMiss.minShared)) &&
          // The bound is loose where common words were skipped: then their exact part decides.
          (slack === 0 || (dot[j] ?? 0) + skippedDot(index, scan, j) >= nearMiss.minCosine)
        )
          nearMisses.push({ i, j });
      }
    }
    scan.clear(count);
  }
  return { edges: edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j), nearMisses, unconfirmed };
}

/**
 * The index loop's state for one sentence i at a time: per later sentence its partial dot product, shared common words
 * and shared indexed terms, the sentences touched (in order of first touch), and i's terms skipped as too common.
 * Typed arrays and number fields only, so the loop over postings (`scanPostings`) stays small and monomorphic: it is
 * optimized early and never sees another shape.
 */
class PairScan {
  readonly dot: Float64Array;
  readonly shared: Uint16Array;
  // Indexed terms each pair shares: at most the terms its vectors share (skipped terms are not counted).
  readonly sharedTerms: Uint16Array;
  readonly seen: Uint8Array;
  readonly touched: Int32Array;
  /** The terms of sentence i skipped as too common (numbers) and i's weights for them, `skippedCount` of each. */
  skippedIds: Int32Array = new Int32Array(16);
  skippedWeights: Float64Array = new Float64Array(16);
  skippedCount = 0;
  /** Sum of the squared weights of the skipped terms, and how many of them are common words of i. */
  skippedNorm = 0;
  skippedCommon = 0;

  constructor(n: number) {
    this.dot = new Float64Array(n);
    this.shared = new Uint16Array(n);
    this.sharedTerms = new Uint16Array(n);
    this.seen = new Uint8Array(n);
    this.touched = new Int32Array(n);
  }

  skip(term: number, x: number): void {
    if (this.skippedCount === this.skippedIds.length) {
      const ids = new Int32Array(this.skippedIds.length * 2);
      ids.set(this.skippedIds);
      this.skippedIds = ids;
      const weights = new Float64Array(this.skippedWeights.length * 2);
      weights.set(this.skippedWeights);
      this.skippedWeights = weights;
    }
    this.skippedIds[this.skippedCount] = term;
    this.skippedWeights[this.skippedCount] = x;
    this.skippedCount++;
  }

  /** Zeroes what the last sentence's `count` touched sentences hold. */
  clear(count: number): void {
    for (let q = 0; q < count; q++) {
      const j = this.touched[q] ?? 0;
      this.dot[j] = 0;
      this.shared[j] = 0;
      this.sharedTerms[j] = 0;
      this.seen[j] = 0;
    }
  }
}

/**
 * Adds sentence i's indexed terms to its dot products with every later sentence sharing one; terms in more than
 * `maxPosting` sentences are skipped (recorded in `scan`). Returns how many sentences it touched.
 */
function scanPostings(index: TermIndex, i: number, maxPosting: number, scan: PairScan): number {
  const { starts, ids, weights, common } = index;
  const { dot, shared, sharedTerms, seen, touched } = scan;
  const ti = index.termsOf[i] ?? EMPTY_IDS;
  const wi = index.weightsOf[i] ?? EMPTY_WEIGHTS;
  const ci = index.commonOf[i] ?? EMPTY_FLAGS;
  let count = 0;
  let skippedNorm = 0;
  let skippedCommon = 0;
  scan.skippedCount = 0;
  for (let e = 0; e < ti.length; e++) {
    const term = ti[e] ?? 0;
    const x = wi[e] ?? 0;
    const first = starts[term] ?? 0;
    const last = starts[term + 1] ?? 0;
    if (last === first) continue;
    const counts = ci[e] ?? 0;
    if (last - first > maxPosting) {
      skippedNorm += x * x;
      skippedCommon += counts;
      scan.skip(term, x);
      continue;
    }
    // ids are ascending: start after i.
    for (let k = last - 1; k >= first; k--) {
      const j = ids[k] ?? 0;
      if (j <= i) break;
      if (seen[j] === 0) {
        seen[j] = 1;
        touched[count++] = j;
      }
      dot[j] = (dot[j] ?? 0) + x * (weights[k] ?? 0);
      shared[j] = (shared[j] ?? 0) + (counts & (common[k] ?? 0));
      sharedTerms[j] = (sharedTerms[j] ?? 0) + 1;
    }
  }
  scan.skippedNorm = skippedNorm;
  scan.skippedCommon = skippedCommon;
  return count;
}

const EMPTY_IDS = new Int32Array(0);
const EMPTY_WEIGHTS = new Float64Array(0);
const EMPTY_FLAGS = new Uint8Array(0);

/**
 * The sentence vectors as numbered terms, and the inverted index over them: term → the sentences with a non-zero
 * weight for it (ascending), their weights and whether the term is a common word there. Typed arrays, one run per term
 * (`starts`), rather than a Map of arrays: the index loop reads them for every pair it touches, about a million in a
 * 200-article story.
 */
interface TermIndex {
  /** Per sentence, its terms' numbers, weights and common-word flags, in the vector's order. */
  readonly termsOf: readonly Int32Array[];
  readonly weightsOf: readonly Float64Array[];
  readonly commonOf: readonly Uint8Array[];
  /** The postings of term k are entries starts[k] to starts[k + 1] of ids, weights and common. */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly common: Uint8Array;
  /** Per term, every sentence's weight for it, made for the few terms skipped as too common (see skippedDot). */
  readonly dense: Map<number, Float64Array>;
  readonly sentences: number;
}

function termIndex(vectors: readonly SparseVector[], commonSets: readonly ReadonlySet<string>[] | undefined): TermIndex {
  const numbers = new Map<string, number>();
  const termsOf: Int32Array[] = [];
  const weightsOf: Float64Array[] = [];
  const commonOf: Uint8Array[] = [];
  const counts: number[] = [];
  vectors.forEach((v, i) => {
    const common = commonSets?.[i];
    const terms = new Int32Array(v.size);
    const flags = new Uint8Array(v.size);
    let e = 0;
    for (const term of v.keys()) {
      let k = numbers.get(term);
      if (k === undefined) {
        numbers.set(term, (k = numbers.size));
        counts.push(0);
      }
      terms[e] = k;
      flags[e] = common?.has(term) ? 1 : 0;
      e++;
    }
    const weights = Float64Array.from(v.values());
    for (let f = 0; f < terms.length; f++) {
      const k = terms[f] ?? 0;
      if ((weights[f] ?? 0) !== 0) counts[k] = (counts[k] ?? 0) + 1;
    }
    termsOf.push(terms);
    weightsOf.push(weights);
    commonOf.push(flags);
  });
  const starts = new Int32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) starts[k + 1] = (starts[k] ?? 0) + (counts[k] ?? 0);
  const total = starts[counts.length] ?? 0;
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  const common = new Uint8Array(total);
  const next = starts.slice(0, counts.length);
  termsOf.forEach((terms, i) => {
    const w = weightsOf[i] ?? EMPTY_WEIGHTS;
    const flags = commonOf[i] ?? EMPTY_FLAGS;
    for (let e = 0; e < terms.length; e++) {
      const x = w[e] ?? 0;
      if (x === 0) continue;
      const k = terms[e] ?? 0;
      const at = next[k] ?? 0;
      next[k] = at + 1;
      ids[at] = i;
      weights[at] = x;
      common[at] = flags[e] ?? 0;
    }
  });
  return { termsOf, weightsOf, commonOf, starts, ids, weights, common, dense: new Map(), sentences: vectors.length };
}

/** Sentence j's weight for term k, 0 where it has none (made once per skipped term). */
function denseOf(index: TermIndex, k: number): Float64Array {
  let d = index.dense.get(k);
  if (d) return d;
  d = new Float64Array(index.sentences);
  for (let at = index.starts[k] ?? 0; at < (index.starts[k + 1] ?? 0); at++) d[index.ids[at] ?? 0] = index.weights[at] ?? 0;
  index.dense.set(k, d);
  return d;
}

function knownOf(cosineReached: boolean, sharedReached: boolean): KnownOfPair | undefined {
  if (cosineReached) return sharedReached ? COSINE_AND_SHARED_KNOWN : COSINE_KNOWN;
  return sharedReached ? SHARED_KNOWN : undefined;
}

function skippedDot(index: TermIndex, scan: PairScan, j: number): number {
  let sum = 0;
  for (let e = 0; e < scan.skippedCount; e++) sum += (scan.skippedWeights[e] ?? 0) * (denseOf(index, scan.skippedIds[e] ?? 0)[j] ?? 0);
  return sum;
}
