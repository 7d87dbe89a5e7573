import { mix32 } from './hash.ts';

export interface LshOptions {
  readonly bands: number;
  readonly rows: number;
}

/**
 * Banded LSH over MinHash signatures. State (the bucket tables) belongs to the returned object, owned by the caller.
 * Two sets with Jaccard s share at least one bucket with probability 1 - (1 - s^rows)^bands.
 */
export interface LshIndex {
  /** Ids that share at least one band bucket with `signature` (not yet verified). */
  query(signature: Uint32Array): Set<string>;
  add(id: string, signature: Uint32Array): void;
  remove(id: string, signature: Uint32Array): void;
  readonly size: number;
}

export function createLshIndex(options: LshOptions): LshIndex {
  const { bands, rows } = options;
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1) {
    throw new TypeError('createLshIndex: bands and rows must be positive integers');
  }
  const tables: Map<number, string[]>[] = Array.from({ length: bands }, () => new Map());
  let size = 0;

  function bandKey(signature: Uint32Array, band: number): number {
    let h = band;
    for (let r = 0; r < rows; r++) h = mix32((Math.imul(h, 0x9e3779b1) ^ (signature[band * rows + r] ?? 0)) >>> 0);
    // 30 bits: small integers are cheaper Map keys in V8.
    return h >>> 2;
  }
  function check(signature: Uint32Array): void {
    if (signature.length < bands * rows) {
      throw new TypeError(`LshIndex: signature has ${signature.length} values, needs bands×rows = ${bands * rows}`);
    }
  }

  return {
    get size() {
      return size;
    },
    query(signature) {
      check(signature);
      const out = new Set<string>();
      for (let b = 0; b < bands; b++) {
        const bucket = tables[b]?.get(bandKey(signature, b));
        if (bucket) for (const id of bucket) out.add(id);
      }
      return out;
    },
    add(id, signature) {
      check(signature);
      for (let b = 0; b < bands; b++) {
        const table = tables[b];
        if (!table) continue;
        const key = bandKey(signature, b);
        const bucket = table.get(key);
        if (bucket) bucket.push(id);
        else table.set(key, [id]);
      }
      size++;
    },
    remove(id, signature) {
      check(signature);
      for (let b = 0; b < bands; b++) {
        const table = tables[b];
        if (!table) continue;
        const key = bandKey(signature, b);
        const bucket = table.get(key);
        if (!bucket) continue;
        const i = bucket.indexOf(id);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) table.delete(key);
      }
      size--;
    },
  };
}
