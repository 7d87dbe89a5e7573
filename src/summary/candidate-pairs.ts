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
  // term → parallel lists of sentence indices, their weights for the term, and whether it is a common word there
  const postings = new Map<string, { readonly ids: number[]; readonly weights: number[]; readonly common: number[] }>();
  // Each vector's terms and weights as two arrays, in the vector's order, read twice below: no entry array per term.
  const terms = space.vectors.map((v) => [...v.keys()]);
  const weights = space.vectors.map((v) => [...v.values()]);
  space.vectors.forEach((v, i) => {
    const common = nearMiss?.common[i];
    const ti = terms[i] ?? [];
    const wi = weights[i] ?? [];
    for (let e = 0; e < ti.length; e++) {
      const term = ti[e] ?? '';
      const x = wi[e] ?? 0;
      if (x === 0) continue;
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { ids: [], weights: [], common: [] }));
      p.ids.push(i);
      p.weights.push(x);
      p.common.push(common?.has(term) ? 1 : 0);
    }
  });
  const maxPosting = n <= FULL_PAIRS_UP_TO ? n : Math.ceil(MAX_INDEX_SHARE * n);
  const edges: Edge[] = [];
  const nearMisses: SentencePair[] = [];
  const unconfirmed: SentencePair[] = [];
  const dot = new Float64Array(n);
  const shared = new Uint16Array(n);
  // Indexed terms each pair shares: at most the terms its vectors share (skipped terms are not counted).
  const sharedTerms = new Uint16Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const vi = space.vectors[i];
    const si = space.sentences[i];
    if (!vi || !si || si.terms.content.length < MIN_CONTENT_WORDS) continue;
    // Cauchy-Schwarz: words skipped as too common can add at most the norm of their part of vi to any cosine.
    let skippedNorm = 0;
    let skipped = 0;
    const skippedTerms: [string, number][] = [];
    const commonI = nearMiss?.common[i];
    const ti = terms[i] ?? [];
    const wi = weights[i] ?? [];
    for (let e = 0; e < ti.length; e++) {
      const term = ti[e] ?? '';
      const x = wi[e] ?? 0;
      const p = postings.get(term);
      if (!p) continue;
      const counts = commonI?.has(term) ? 1 : 0;
      if (p.ids.length > maxPosting) {
        skippedNorm += x * x;
        skipped += counts;
        skippedTerms.push([term, x]);
        continue;
      }
      // ids are ascending: start after i.
      for (let k = p.ids.length - 1; k >= 0; k--) {
        const j = p.ids[k] ?? 0;
        if (j <= i) break;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
        dot[j] = (dot[j] ?? 0) + x * (p.weights[k] ?? 0);
        shared[j] = (shared[j] ?? 0) + (counts & (p.common[k] ?? 0));
        sharedTerms[j] = (sharedTerms[j] ?? 0) + 1;
      }
    }
    const slack = Math.sqrt(skippedNorm);
    for (const j of touched) {
      const upper = Math.min(1, (dot[j] ?? 0) + slack);
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
          (slack === 0 || (dot[j] ?? 0) + skippedDot(skippedTerms, space.vectors[j]) >= nearMiss.minCosine)
        )
          nearMisses.push({ i, j });
      }
      dot[j] = 0;
      shared[j] = 0;
      sharedTerms[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
  }
  return { edges: edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j), nearMisses, unconfirmed };
}

function knownOf(cosineReached: boolean, sharedReached: boolean): KnownOfPair | undefined {
  if (cosineReached) return sharedReached ? COSINE_AND_SHARED_KNOWN : COSINE_KNOWN;
  return sharedReached ? SHARED_KNOWN : undefined;
}

function skippedDot(terms: readonly (readonly [string, number])[], v: SparseVector | undefined): number {
  let sum = 0;
  for (const [term, x] of terms) sum += x * (v?.get(term) ?? 0);
  return sum;
}
