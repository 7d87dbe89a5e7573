import { mix } from './hash.ts';

/**
 * Feature hash → weight row, in an open-addressing table (linear probing, load ≤ 0.5). `entries` interleaves
 * [hash, row + 1] per slot (0 = empty, so hash 0 stays a valid key): one cache line answers a probe. Weights are
 * int16 in one global unit at inference — decisions are argmaxes of sums, so the unit never needs applying, and
 * rows half the size of float32 keep more of the model in cache — or float32 while training.
 */
export interface WeightTable {
  readonly labelCount: number;
  readonly entries: Uint32Array;
  readonly mask: number;
  readonly weights: Float32Array | Int16Array;
}

// Largest int16 magnitude used; the global unit is max|w| / this.
const INT16_MAX = 32767;

export function buildWeightTable(hashes: Uint32Array, weights: Float32Array | Int16Array, labelCount: number): WeightTable {
  if (weights.length !== hashes.length * labelCount) throw new TypeError('buildWeightTable: weights/hashes size mismatch');
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const entries = new Uint32Array(size * 2);
  const mask = size - 1;
  for (let r = 0; r < hashes.length; r++) {
    const h = hashes[r] ?? 0;
    let s = mix(h) & mask;
    while (entries[2 * s + 1] !== 0 && entries[2 * s] !== h) s = (s + 1) & mask;
    entries[2 * s] = h;
    entries[2 * s + 1] = r + 1;
  }
  return { labelCount, entries, mask, weights: weights instanceof Int16Array ? weights : toInt16(weights) };
}

function toInt16(w: Float32Array): Int16Array {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const unit = max > 0 ? max / INT16_MAX : 1;
  const out = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) out[k] = Math.round((w[k] ?? 0) / unit);
  return out;
}

/** Row index of a feature hash, or -1 when the model has no weights for it. */
export function rowOf(t: WeightTable, h: number): number {
  let s = mix(h) & t.mask;
  for (;;) {
    const r = t.entries[2 * s + 1] ?? 0;
    if (r === 0) return -1;
    if (t.entries[2 * s] === h) return r - 1;
    s = (s + 1) & t.mask;
  }
}
