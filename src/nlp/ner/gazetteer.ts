import { KeyTableBuilder, extend1, extend2, findKey, phraseHashes, valueOf, wordHash1, wordHash2, type KeyTable } from './key-table.ts';
import { NER_TYPES } from './labels.ts';

/**
 * Name lists: the training data's own labelled entities (types = NER types), or outside name lists (types = the
 * categories of `EXTERNAL_CATEGORIES`). Keys are `WordForm.key` (lower-case, dot-free) joined by spaces, so "U.S."
 * in a gazetteer matches "US" in text; the features conjoin a match with the token's capitalization, so the pronoun
 * "us" learns its own (negative) weight. Held as hashed tables (key-table.ts), so a model loads them by reading.
 */
export interface Gazetteer {
  /** Number of types (bit positions in the masks); at most 10, so a match's 3-bit codes fit in 32 bits. */
  readonly typeCount: number;
  /** Number of whole names. */
  readonly entryCount: number;
  /**
   * Phrases by `phraseHashes`: every name (value = bit mask of the type indices it was labelled with) and every
   * proper prefix of one (`PREFIX_BIT` set), so matching can stop as soon as no name can continue.
   */
  readonly phrases: KeyTable;
  /** Single word → bit mask of types of the names it occurred inside. */
  readonly tokens: KeyTable;
  readonly maxLength: number;
}

export interface GazetteerEntry {
  readonly keys: readonly string[];
  readonly typeIndex: number;
}

// Entities longer than this are titles of works and the like; they never recur verbatim and only slow matching.
const MAX_ENTRY_TOKENS = 8;
// 3 bits per type in a 32-bit match code.
const MAX_TYPES = 10;
/** In a phrase's value: some longer name continues this phrase. Type masks use the bits below. */
const PREFIX_BIT = 1 << 16;
const TYPE_BITS = PREFIX_BIT - 1;

export function buildGazetteer(entries: Iterable<GazetteerEntry>, typeCount: number = NER_TYPES.length): Gazetteer {
  const g = gazetteerBuilder(typeCount);
  for (const e of entries) {
    if (e.keys.length === 0 || e.keys.length > MAX_ENTRY_TOKENS) continue;
    g.add(e.keys.join(' '), 1 << e.typeIndex);
  }
  return g.done();
}

/** A gazetteer under construction: whole keys ("new york") with a type mask. */
function gazetteerBuilder(typeCount: number): { add(key: string, mask: number): void; done(): Gazetteer } {
  if (typeCount > MAX_TYPES) throw new RangeError(`gazetteer: ${typeCount} types, at most ${MAX_TYPES}`);
  const phrases = new KeyTableBuilder();
  const tokens = new KeyTableBuilder();
  const entries = new Set<string>();
  let maxLength = 0;
  return {
    add(key, mask) {
      entries.add(key);
      const words = key.split(' ');
      for (const w of words) tokens.put(w, [wordHash1(w), wordHash2(w)], mask);
      for (let n = 1; n < words.length; n++) phrases.put(words.slice(0, n).join(' '), phraseHashes(words.slice(0, n)), PREFIX_BIT);
      phrases.put(key, phraseHashes(words), mask);
      maxLength = Math.max(maxLength, words.length);
    },
    done: () => ({ typeCount, entryCount: entries.size, phrases: phrases.build(), tokens: tokens.build(), maxLength }),
  };
}

/** Position codes packed 3 bits per type into `GazetteerMatch.parts`: 0 none, 1 B, 2 I, 3 L, 4 U. */
export const GAZ_PART_NAMES = ['', 'B', 'I', 'L', 'U'] as const;

/**
 * Greedy longest match, left to right, without overlaps, over the words' two hashes (`wordHash1`, `wordHash2` of
 * their keys). Returns per token the packed position codes (3 bits per type, type k at bits 3k..3k+2).
 */
export function matchGazetteer(
  g: Gazetteer,
  h1: ArrayLike<number>,
  h2: ArrayLike<number>,
  inSomeEntry?: Uint8Array,
  // Per token, its one-word phrase's value (`phraseValue`), or -1: a caller that memoizes words skips that lookup.
  first?: Int32Array,
): Uint32Array {
  const n = h1.length;
  const out = new Uint32Array(n);
  const slots = g.phrases.slots;
  let i = 0;
  while (i < n) {
    // A word in no entry at all cannot start one. `inSomeEntry` (1 where `g.tokens` has the word) lets a caller
    // that already looked the words up skip the lookups.
    if (inSomeEntry ? inSomeEntry[i] === 0 : findKey(g.tokens, h1[i] as number, h2[i] as number) < 0) {
      i++;
      continue;
    }
    let best = 0;
    let bestMask = 0;
    let a = 0;
    let b = 0;
    for (let j = i; j < n && j - i < g.maxLength; j++) {
      a = j === i ? (h1[j] as number) : extend1(a, h1[j] as number);
      b = j === i ? (h2[j] as number) : extend2(b, h2[j] as number);
      let value: number;
      if (j === i && first !== undefined) {
        value = first[i] as number;
        if (value < 0) break;
      } else {
        const at = findKey(g.phrases, a, b);
        if (at < 0) break;
        value = slots[at + 2] as number;
      }
      const mask = value & TYPE_BITS;
      if (mask !== 0) {
        best = j - i + 1;
        bestMask = mask;
      }
      if ((value & PREFIX_BIT) === 0) break;
    }
    if (best === 0) {
      i++;
      continue;
    }
    for (let t = 0; t < g.typeCount; t++) {
      if ((bestMask & (1 << t)) === 0) continue;
      for (let k = 0; k < best; k++) {
        const part = best === 1 ? 4 : k === 0 ? 1 : k === best - 1 ? 3 : 2;
        out[i + k] = ((out[i + k] ?? 0) | (part << (3 * t))) >>> 0;
      }
    }
    i += best;
  }
  return out;
}

/** The phrase-table value of a one-word phrase (type mask, prefix bit), or -1 when no name starts with the word. */
export function phraseValue(g: Gazetteer, h1: number, h2: number): number {
  return valueOf(g.phrases, h1, h2, -1);
}

/** `matchGazetteer` over word keys given as strings (tests, tools). */
export function matchGazetteerKeys(g: Gazetteer, keys: readonly string[]): Uint32Array {
  return matchGazetteer(g, keys.map(wordHash1), keys.map(wordHash2));
}

/** Type mask of the names a single word key occurs inside, or -1. */
export function tokenMask(g: Gazetteer, key: string): number {
  return valueOf(g.tokens, wordHash1(key), wordHash2(key), -1);
}
