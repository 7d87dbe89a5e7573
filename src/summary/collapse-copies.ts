import type { PreparedSentence } from './prepare-sentences.ts';

// Two reports sharing this share of their bigram concepts (Jaccard) are one report run twice (wire copies, updated
// versions): counting both would make one outlet's wording look like agreement between sources. On DUC 2004 this
// finds the AP "updated" versions (52 of 500 documents).
const COPY_JACCARD = 0.6;
// Bottom-k sketch size: with 64 hashes the Jaccard estimate's standard error is about 0.06, so pairs estimated more
// than SKETCH_MARGIN (three errors) below the threshold are skipped without the exact count.
const SKETCH_SIZE = 64;
const SKETCH_MARGIN = 0.18;

/**
 * For each document index, the index of the earliest document it copies (itself when original). Pairs are screened
 * with bottom-k MinHash sketches and confirmed with the exact Jaccard of their bigram sets. Pure.
 */
export function collapseCopies(sentences: readonly PreparedSentence[], docCount: number, threshold = COPY_JACCARD): number[] {
  const sets: Set<string>[] = Array.from({ length: docCount }, () => new Set<string>());
  for (const s of sentences) for (const b of s.terms.bigrams) sets[s.docIndex]?.add(b);
  const sketches = sets.map(bottomK);
  const canonical = Array.from({ length: docCount }, (_, i) => i);
  for (let i = 0; i < docCount; i++) {
    const a = sets[i];
    const sa = sketches[i];
    if (!a || !sa || a.size === 0) continue;
    for (let j = 0; j < i; j++) {
      const b = sets[j];
      const sb = sketches[j];
      if (canonical[j] !== j || !b || !sb || b.size === 0) continue;
      // Jaccard can be no larger than the size ratio.
      if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < threshold) continue;
      if (sketchJaccard(sa, sb) < threshold - SKETCH_MARGIN) continue;
      if (jaccard(a, b) >= threshold) {
        canonical[i] = j;
        break;
      }
    }
  }
  return canonical;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// FNV-1a, 32 bits: a fixed, fast string hash (no randomness, so results are reproducible).
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The SKETCH_SIZE smallest distinct hashes of the set, ascending (hashed into a typed array: no array, Set or heap number per element). */
function bottomK(set: ReadonlySet<string>): Uint32Array {
  const hashes = new Uint32Array(set.size);
  let n = 0;
  for (const s of set) hashes[n++] = fnv1a(s);
  hashes.sort();
  const out = new Uint32Array(Math.min(SKETCH_SIZE, n));
  let k = 0;
  // Two strings may share a hash: each hash counts once.
  for (let i = 0; i < n && k < out.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out[k++] = hashes[i] as number;
  return k === out.length ? out : out.slice(0, k);
}

// Bottom-k estimate: among the k smallest hashes of the union, the share present in both sketches.
function sketchJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}
