/**
 * Feature keys are 32-bit FNV-1a hashes chained over the parts of a feature ("template id", value, value...), so
 * feature extraction allocates no strings and the model stores 4 bytes per feature instead of its name. With a few
 * hundred thousand features the expected number of 32-bit collisions is well under one hundred, which a linear model
 * shrugs off (the usual hashing-trick argument).
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Seed for a feature template: distinct small integers give unrelated hash streams. */
export function templateSeed(id: number): number {
  return mix(Math.imul(id + 1, 0x9e3779b1) ^ FNV_OFFSET);
}

/** Extends hash `h` with the characters of `s` (plus a separator so ("ab","c") ≠ ("a","bc")). */
export function hashStr(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  x ^= 0x1f;
  return Math.imul(x, FNV_PRIME) >>> 0;
}

/** Extends hash `h` with a small integer. */
export function hashInt(h: number, n: number): number {
  let x = h ^ (n & 0xffff);
  x = Math.imul(x, FNV_PRIME);
  x ^= n >>> 16;
  x = Math.imul(x, FNV_PRIME);
  x ^= 0x1e;
  return Math.imul(x, FNV_PRIME) >>> 0;
}

/** Murmur3 finalizer: spreads FNV's weak low bits before a hash indexes a power-of-two table. */
export function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
