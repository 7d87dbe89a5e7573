import { mulberry32 } from '../../lib/mulberry32.ts';
import { wordForm } from './word-form.ts';

/**
 * Word clusters induced from unlabelled text (the training split's words, labels unused). Each word is described
 * by the words seen immediately left and right of it; words are then split in two again and again (bisecting
 * spherical 2-means), which gives every word a bit-string path like a Brown cluster: prefixes of the path are
 * coarser clusters. Words that share contexts ("Monday"/"Tuesday", "Clinton"/"Dole") share path prefixes, which
 * lets a word seen once or twice borrow weights from its neighbours.
 */
export interface ClusterOptions {
  /** Depth of the binary tree: paths are at most this long. */
  readonly depth: number;
  readonly seed: number;
}

// Words seen fewer times than this have too few contexts to place reliably.
const MIN_WORD_COUNT = 3;
// Context dimensions: the most frequent words (function words, punctuation) carry the syntactic signal.
const CONTEXT_WORDS = 400;
// Groups this small are not split further.
const MIN_SPLIT = 4;
// 2-means converges in a handful of rounds on these sparse vectors.
const ROUNDS = 8;

interface SparseVec {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

export function induceClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions): Map<string, string> {
  const keys = sentences.map((s) => s.map((t) => wordForm(t).key));
  const freq = new Map<string, number>();
  for (const s of keys) for (const k of s) freq.set(k, (freq.get(k) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const context = new Map(byFreq.slice(0, CONTEXT_WORDS).map(([k], i) => [k, i]));
  const words = byFreq.filter(([, n]) => n >= MIN_WORD_COUNT).map(([k]) => k);
  const vectors = contextVectors(keys, words, context);
  const out = new Map<string, string>();
  const rng = mulberry32(opts.seed);
  const stack: { members: number[]; path: string }[] = [{ members: words.map((_, i) => i), path: '' }];
  while (stack.length > 0) {
    const node = stack.pop() as { members: number[]; path: string };
    if (node.path.length >= opts.depth || node.members.length < MIN_SPLIT) {
      for (const m of node.members) out.set(words[m] as string, node.path || '0');
      continue;
    }
    const side = bisect(node.members, vectors, 2 * (CONTEXT_WORDS + 1), rng);
    const left = node.members.filter((_, i) => side[i] === 0);
    const right = node.members.filter((_, i) => side[i] === 1);
    if (left.length === 0 || right.length === 0) {
      for (const m of node.members) out.set(words[m] as string, node.path || '0');
      continue;
    }
    stack.push({ members: left, path: node.path + '0' }, { members: right, path: node.path + '1' });
  }
  return out;
}

/** Left/right neighbour counts, square-rooted (damps frequent neighbours) and L2-normalized. */
function contextVectors(keys: readonly string[][], words: readonly string[], context: ReadonlyMap<string, number>): SparseVec[] {
  const index = new Map(words.map((w, i) => [w, i]));
  const counts = words.map(() => new Map<number, number>());
  const boundary = CONTEXT_WORDS; // sentence start/end as its own context word
  for (const s of keys) {
    s.forEach((k, i) => {
      const w = index.get(k);
      if (w === undefined) return;
      const c = counts[w] as Map<number, number>;
      const left = i > 0 ? (context.get(s[i - 1] as string) ?? -1) : boundary;
      const right = i + 1 < s.length ? (context.get(s[i + 1] as string) ?? -1) : boundary;
      if (left >= 0) c.set(left, (c.get(left) ?? 0) + 1);
      if (right >= 0) c.set(CONTEXT_WORDS + 1 + right, (c.get(CONTEXT_WORDS + 1 + right) ?? 0) + 1);
    });
  }
  return counts.map((c) => {
    const entries = [...c].sort((a, b) => a[0] - b[0]);
    const val = Float32Array.from(entries.map(([, n]) => Math.sqrt(n)));
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < val.length; i++) val[i] = (val[i] ?? 0) / norm;
    return { idx: Int32Array.from(entries.map(([i]) => i)), val };
  });
}

/** Spherical 2-means on the members; returns 0/1 per member. */
function bisect(members: readonly number[], vectors: readonly SparseVec[], dims: number, rng: () => number): Uint8Array {
  const side = new Uint8Array(members.length);
  // Seeds: a random member and the member least like it, so identical context vectors never seed both halves.
  const a = Math.floor(rng() * members.length);
  let c0 = dense(vectors[members[a] as number] as SparseVec, dims);
  let b = a;
  let least = Infinity;
  members.forEach((m, i) => {
    const d = dot(vectors[m] as SparseVec, c0);
    if (d < least) {
      least = d;
      b = i;
    }
  });
  let c1 = dense(vectors[members[b] as number] as SparseVec, dims);
  for (let round = 0; round < ROUNDS; round++) {
    const n0 = new Float32Array(dims);
    const n1 = new Float32Array(dims);
    members.forEach((m, i) => {
      const v = vectors[m] as SparseVec;
      const s = dot(v, c1) > dot(v, c0) ? 1 : 0;
      side[i] = s;
      add(s === 1 ? n1 : n0, v);
    });
    // Unit-length centroids (spherical k-means): otherwise the bigger half's centroid grows and swallows everything.
    c0 = normalize(n0);
    c1 = normalize(n1);
  }
  return side;
}

function normalize(c: Float32Array): Float32Array {
  let norm = 0;
  for (const v of c) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return c.map((v) => v / norm);
}

function dense(v: SparseVec, dims: number): Float32Array {
  const out = new Float32Array(dims);
  add(out, v);
  return out;
}

function add(into: Float32Array, v: SparseVec): void {
  for (let k = 0; k < v.idx.length; k++) {
    const i = v.idx[k] as number;
    into[i] = (into[i] ?? 0) + (v.val[k] ?? 0);
  }
}

function dot(v: SparseVec, c: Float32Array): number {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += (v.val[k] ?? 0) * (c[v.idx[k] as number] ?? 0);
  return s;
}
