import { mulberry32 } from '../../lib/mulberry32.ts';

/**
 * Word clusters from pre-trained word vectors: bisecting spherical 2-means over the unit vectors, applied again and
 * again, gives every word a bit-string path like a Brown cluster, whose prefixes are coarser clusters (Turian et al.
 * 2010 use both for NER). Words used alike across a large corpus ("Bundesbank"/"Riksbank", "Akram"/"Younis") share
 * path prefixes, so a name the training data never showed can borrow weights from the ones it did.
 */
export interface EmbeddingClusterOptions {
  /** Depth of the binary tree: paths are at most this long. */
  readonly depth: number;
  readonly seed: number;
}

export interface WordVectors {
  readonly words: readonly string[];
  readonly dims: number;
  /** words.length × dims, row-major. */
  readonly values: Float32Array;
}

// Groups this small are not split further: their words are already near-synonyms.
const MIN_SPLIT = 8;
// 2-means on dense unit vectors settles in a handful of rounds.
const ROUNDS = 6;

export function embeddingClusters(vectors: WordVectors, opts: EmbeddingClusterOptions): Map<string, string> {
  const unit = unitRows(vectors);
  const rng = mulberry32(opts.seed);
  const out = new Map<string, string>();
  const stack: { members: Int32Array; path: string }[] = [
    { members: Int32Array.from(vectors.words.map((_, i) => i)), path: '' },
  ];
  while (stack.length > 0) {
    const node = stack.pop() as { members: Int32Array; path: string };
    const leaf = node.path.length >= opts.depth || node.members.length < MIN_SPLIT;
    const side = leaf ? null : bisect(node.members, unit, vectors.dims, rng);
    const ones = side === null ? 0 : side.reduce((s, x) => s + x, 0);
    if (side === null || ones === 0 || ones === node.members.length) {
      for (const m of node.members) {
        const w = vectors.words[m] as string;
        // Words are in frequency order: a key shared by two spellings keeps the more frequent word's path.
        if (!out.has(w)) out.set(w, node.path || '0');
      }
      continue;
    }
    stack.push(
      { members: node.members.filter((_, i) => side[i] === 0), path: node.path + '0' },
      { members: node.members.filter((_, i) => side[i] === 1), path: node.path + '1' },
    );
  }
  return out;
}

function unitRows(v: WordVectors): Float32Array {
  const out = new Float32Array(v.values.length);
  for (let r = 0; r < v.words.length; r++) {
    let norm = 0;
    for (let d = 0; d < v.dims; d++) norm += (v.values[r * v.dims + d] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < v.dims; d++) out[r * v.dims + d] = (v.values[r * v.dims + d] ?? 0) / norm;
  }
  return out;
}

/** Spherical 2-means on the members; returns 0/1 per member. */
function bisect(members: Int32Array, unit: Float32Array, dims: number, rng: () => number): Uint8Array {
  const side = new Uint8Array(members.length);
  // Seeds: a random member and the member least like it.
  const a = members[Math.floor(rng() * members.length)] as number;
  let c0: Float32Array = unit.slice(a * dims, (a + 1) * dims);
  let b = a;
  let least = Infinity;
  for (const m of members) {
    const d = dotRow(unit, m, dims, c0);
    if (d < least) {
      least = d;
      b = m;
    }
  }
  let c1: Float32Array = unit.slice(b * dims, (b + 1) * dims);
  for (let round = 0; round < ROUNDS; round++) {
    const n0 = new Float64Array(dims);
    const n1 = new Float64Array(dims);
    members.forEach((m, i) => {
      const s = dotRow(unit, m, dims, c1) > dotRow(unit, m, dims, c0) ? 1 : 0;
      side[i] = s;
      const into = s === 1 ? n1 : n0;
      for (let d = 0; d < dims; d++) into[d] = (into[d] ?? 0) + (unit[m * dims + d] ?? 0);
    });
    // Unit-length centroids (spherical k-means): otherwise the bigger half's centroid grows and swallows everything.
    c0 = normalize(n0);
    c1 = normalize(n1);
  }
  return side;
}

function dotRow(unit: Float32Array, row: number, dims: number, c: Float32Array): number {
  let s = 0;
  const base = row * dims;
  for (let d = 0; d < dims; d++) s += (unit[base + d] ?? 0) * (c[d] ?? 0);
  return s;
}

function normalize(c: Float64Array): Float32Array {
  let norm = 0;
  for (const v of c) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Float32Array.from(c, (v) => v / norm);
}
