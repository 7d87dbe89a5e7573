import {
  alignedSimilarity,
  MIN_CONTENT_WORDS,
  round4,
  thresholds,
  type AlignOptions,
  type AlignmentSpace,
  type Thresholds,
} from './sentence-alignment.ts';

// Candidate pairs come from an inverted index. In large stories words in more than this share of sentences are too
// common to make a pair reach the threshold on their own, and skipping them keeps 200-article stories fast; small
// stories (up to FULL_PAIRS_UP_TO sentences) compare every pair.
const MAX_INDEX_SHARE = 0.05;
const FULL_PAIRS_UP_TO = 1500;

export interface AlignedMember {
  readonly docId: string;
  readonly sentenceIndex: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Mean similarity of this member to the other members it is aligned with. */
  readonly similarity: number;
}

export interface AlignmentGroup {
  /** One sentence per document, in input document order. */
  readonly members: readonly AlignedMember[];
  /** Mean similarity over the aligned pairs inside the group. */
  readonly similarity: number;
  readonly rule: string;
}

interface Edge {
  readonly i: number;
  readonly j: number;
  readonly sim: number;
}

/**
 * Groups sentences of different documents that state the same content. Pairs are linked best first; two groups
 * merge only if they share no document and the average similarity over all their cross pairs stays at the anchored
 * threshold or above (average linkage: a chain of weak links cannot glue unrelated statements together).
 */
export function groupAligned(space: AlignmentSpace, options: AlignOptions = {}): AlignmentGroup[] {
  const t = thresholds(options);
  const edges = candidateEdges(space, t);
  const groupOf = space.sentences.map((_, i) => i);
  const members = new Map<number, number[]>(space.sentences.map((_, i) => [i, [i]]));
  const linkSim = new Map<string, number>();
  for (const e of edges) linkSim.set(`${e.i}:${e.j}`, e.sim);
  const simOf = (i: number, j: number): number => linkSim.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 0;

  for (const e of edges) {
    const ga = groupOf[e.i] ?? e.i;
    const gb = groupOf[e.j] ?? e.j;
    if (ga === gb) continue;
    const A = members.get(ga) ?? [];
    const B = members.get(gb) ?? [];
    const docsA = new Set(A.map((x) => space.sentences[x]?.docIndex));
    if (B.some((x) => docsA.has(space.sentences[x]?.docIndex))) continue;
    let total = 0;
    for (const x of A) for (const y of B) total += simOf(x, y);
    if (total / (A.length * B.length) < t.anchoredThreshold) continue;
    const merged = [...A, ...B];
    members.set(ga, merged);
    members.delete(gb);
    for (const x of B) groupOf[x] = ga;
  }

  const groups: AlignmentGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((x, y) => x - y);
    let pairTotal = 0;
    let pairCount = 0;
    const memberOut: AlignedMember[] = sorted.map((x) => {
      let sum = 0;
      let n = 0;
      for (const y of sorted) {
        if (y === x) continue;
        const s = simOf(x, y);
        if (s > 0) {
          sum += s;
          n++;
        }
      }
      pairTotal += sum;
      pairCount += n;
      const s = space.sentences[x];
      return {
        docId: s?.docId ?? '',
        sentenceIndex: s?.sentenceIndex ?? 0,
        text: s?.text ?? '',
        start: s?.start ?? 0,
        end: s?.end ?? 0,
        similarity: round4(n > 0 ? sum / n : 0),
      };
    });
    groups.push({ members: memberOut, similarity: round4(pairCount > 0 ? pairTotal / pairCount : 0), rule: 'align/tfidf-cosine' });
  }
  // Most widely reported first, then strongest agreement; position of the first member keeps it deterministic.
  return groups.sort(
    (a, b) => b.members.length - a.members.length || b.similarity - a.similarity || firstKey(a).localeCompare(firstKey(b)),
  );
}

function firstKey(g: AlignmentGroup): string {
  const m = g.members[0];
  return m ? `${m.docId}\u0000${String(m.sentenceIndex).padStart(6, '0')}` : '';
}

// Sparse dot products through an inverted index (only pairs sharing an indexed word are ever touched), then the full
// test on pairs whose partial dot product can still reach the anchored threshold.
function candidateEdges(space: AlignmentSpace, t: Thresholds): Edge[] {
  const n = space.sentences.length;
  // term → parallel lists of sentence indices and their weights for the term
  const postings = new Map<string, { readonly ids: number[]; readonly weights: number[] }>();
  space.vectors.forEach((v, i) => {
    for (const [term, x] of v) {
      if (x === 0) continue;
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { ids: [], weights: [] }));
      p.ids.push(i);
      p.weights.push(x);
    }
  });
  const maxPosting = n <= FULL_PAIRS_UP_TO ? n : Math.ceil(MAX_INDEX_SHARE * n);
  const edges: Edge[] = [];
  const dot = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const vi = space.vectors[i];
    const si = space.sentences[i];
    if (!vi || !si || si.terms.content.length < MIN_CONTENT_WORDS) continue;
    // Cauchy-Schwarz: words skipped as too common can add at most the norm of their part of vi to any cosine.
    let skippedNorm = 0;
    for (const [term, x] of vi) {
      const p = postings.get(term);
      if (!p) continue;
      if (p.ids.length > maxPosting) {
        skippedNorm += x * x;
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
      }
    }
    const slack = Math.sqrt(skippedNorm);
    for (const j of touched) {
      if ((dot[j] ?? 0) + slack >= t.anchoredThreshold) {
        const sim = alignedSimilarity(space, i, j, t);
        if (sim !== undefined) edges.push({ i, j, sim });
      }
      dot[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
  }
  return edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
}
