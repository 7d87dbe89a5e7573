/**
 * Document frequencies learned incrementally, in fixed memory: a count-min sketch (two hashed rows, the smaller count
 * wins) so the table does not grow with the vocabulary of a long stream. Owned by the caller; no globals.
 */
export interface DfTable {
  /** Counts each distinct key once for one more document. */
  addDocument(keys: readonly number[]): void;
  /** Smoothed inverse document frequency, ≥ 1. */
  idf(key: number): number;
  readonly documents: number;
}

// Pseudo-documents that contain no term: a batch of five reports of one event would otherwise rate the names they
// all share as common words. Against thousands of real documents 50 changes idf by little.
const PRIOR_DOCUMENTS = 50;

// 2^20 counters per row (8 MiB for two rows): collisions stay rare below a few million distinct terms.
const DEFAULT_BITS = 20;

export function createDfTable(bits = DEFAULT_BITS): DfTable {
  if (!Number.isInteger(bits) || bits < 4 || bits > 26) throw new TypeError('createDfTable: bits must be 4..26');
  const mask = (1 << bits) - 1;
  const row1 = new Uint32Array(1 << bits);
  const row2 = new Uint32Array(1 << bits);
  const slot2 = (key: number): number => (Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> (32 - bits)) & mask;
  let documents = 0;
  return {
    get documents() {
      return documents;
    },
    addDocument(keys) {
      documents++;
      for (const k of keys) {
        row1[k & mask]!++;
        row2[slot2(k)]!++;
      }
    },
    idf(key) {
      const df = Math.min(row1[key & mask] ?? 0, row2[slot2(key)] ?? 0);
      return Math.log((documents + PRIOR_DOCUMENTS + 1) / (df + 1)) + 1;
    },
  };
}
