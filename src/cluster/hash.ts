// Deterministic 32-bit hashing: MinHash seeds, shingle ids and feature ids must be identical across runs and machines,
// so nothing here depends on Math.random or process state.

/** FNV-1a over UTF-16 code units, then a murmur3 finalizer so nearby strings spread over all 32 bits. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3 fmix32: a bijection on 32-bit integers with good avalanche; used to derive many hash functions from one. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes order-sensitively (shingles "a b c" and "c b a" must differ). */
export function combineHash(a: number, b: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

/** A short stable hex id: the same input string gives the same id in every run. */
export function stableId(prefix: string, key: string): string {
  const a = hashString(key, 0x2545f491).toString(16).padStart(8, '0');
  const b = hashString(key, 0x7f4a7c15).toString(16).padStart(8, '0');
  return `${prefix}${a}${b}`;
}
