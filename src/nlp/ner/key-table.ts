import { hashStr, mix } from './hash.ts';

/**
 * A string-keyed lookup table held in one Uint32Array, so a model's lexicons load by viewing the file's bytes instead
 * of rebuilding Maps of hundreds of thousands of strings. Keys are stored as two independent 32-bit hashes (64 bits):
 * building refuses two distinct keys that share both (see `KeyTableBuilder`), and an unknown word matches a stored
 * key by chance with probability (keys / 2^64), ~1e-14 per lookup here, so lookups answer as the string Maps did.
 * Slots are [h1, h2, value] with linear probing; an all-zero slot is empty.
 */
export interface KeyTable {
  readonly slots: Uint32Array;
  /** Number of slots (not a power of two: the table is sized by its load, see `build`). */
  readonly slotCount: number;
  /** Number of keys stored. */
  readonly size: number;
}

const SLOT = 3;
// At most this share of slots in use: linear probing then needs ~1.5 probes for a hit and ~3.6 for a miss, which
// most lookups are, at 12 bytes per slot (a model holds ~450k keys).
const MAX_LOAD = 0.6;

/** Home slot of a key: the mixed hash scaled to the table size (exact in doubles: < 2^32 × 2^21). */
function home(h1: number, h2: number, slotCount: number): number {
  return Math.floor((mix(h1 ^ h2) * slotCount) / 4294967296);
}

/** The two hashes of a word: h1 is `hashStr(0, word)` (the features' own word hash), h2 an unrelated second one. */
export function wordHash1(word: string): number {
  return hashStr(0, word);
}

export function wordHash2(word: string): number {
  let x = 0x3c6ef372;
  for (let i = 0; i < word.length; i++) x = Math.imul(x ^ word.charCodeAt(i), 0x5bd1e995) ^ (x >>> 15);
  return mix(x ^ word.length);
}

/**
 * Hash of a phrase extended by one more word, from the phrase's hash and the word's: phrases ("new york times") are
 * looked up word by word without building their strings. A one-word phrase's hash is the word's own.
 */
export function extend1(phrase: number, word: number): number {
  return mix((Math.imul(phrase, 0x9e3779b1) ^ word) + 0x632be5ab);
}

export function extend2(phrase: number, word: number): number {
  return mix(Math.imul(phrase ^ 0x7f4a7c15, 0x85ebca77) + word);
}

/** Both hashes of a whole phrase given as words. */
export function phraseHashes(words: readonly string[]): [number, number] {
  let a = 0;
  let b = 0;
  words.forEach((w, i) => {
    a = i === 0 ? wordHash1(w) : extend1(a, wordHash1(w));
    b = i === 0 ? wordHash2(w) : extend2(b, wordHash2(w));
  });
  return [a >>> 0, b >>> 0];
}

/** Index of a key's slot in `slots` (its first word), or -1. */
export function findKey(t: KeyTable, h1: number, h2: number): number {
  const s = t.slots;
  const n = t.slotCount;
  let i = home(h1, h2, n);
  for (;;) {
    const at = i * SLOT;
    const a = s[at] as number;
    const b = s[at + 1] as number;
    const v = s[at + 2] as number;
    if ((a | b | v) === 0) return -1;
    if (a === h1 && b === h2) return at;
    i = i + 1 === n ? 0 : i + 1;
  }
}

/** The value stored for a key, or `missing`. */
export function valueOf(t: KeyTable, h1: number, h2: number, missing: number): number {
  const at = findKey(t, h1, h2);
  return at < 0 ? missing : (t.slots[at + 2] as number);
}

/** Collects keys (as strings, so distinct keys with equal hashes are caught) and lays them out. */
export class KeyTableBuilder {
  private readonly values = new Map<string, [number, number, number]>();

  /** Puts a key; a value already stored for it is combined with `or` (masks and flags). */
  put(key: string, hashes: readonly [number, number], value: number): void {
    const old = this.values.get(key);
    if (old) old[2] = (old[2] | value) >>> 0;
    else this.values.set(key, [hashes[0] >>> 0, hashes[1] >>> 0, value >>> 0]);
  }

  /** Keys go in sorted, so the same keys give the same bytes. */
  build(): KeyTable {
    const slotCount = Math.max(8, Math.ceil(this.values.size / MAX_LOAD));
    const slots = new Uint32Array(slotCount * SLOT);
    const seen = new Map<string, string>();
    for (const key of [...this.values.keys()].sort()) {
      const [h1, h2, v] = this.values.get(key) as [number, number, number];
      const id = `${h1}:${h2}`;
      const clash = seen.get(id);
      if (clash !== undefined) throw new RangeError(`key table: "${clash}" and "${key}" share both hashes; change the hash seeds`);
      seen.set(id, key);
      // An all-zero slot means empty: such a key could not be told from no key.
      if ((h1 | h2 | v) === 0) throw new RangeError(`key table: "${key}" hashes to zero with no value`);
      let i = home(h1, h2, slotCount);
      while (((slots[i * SLOT] as number) | (slots[i * SLOT + 1] as number) | (slots[i * SLOT + 2] as number)) !== 0) i = i + 1 === slotCount ? 0 : i + 1;
      slots[i * SLOT] = h1;
      slots[i * SLOT + 1] = h2;
      slots[i * SLOT + 2] = v;
    }
    return { slots, slotCount, size: this.values.size };
  }
}
