import { NER_TYPES } from './labels.ts';

/**
 * Name lists: the training data's own labelled entities (types = NER types), or outside name lists (types = the
 * categories of `EXTERNAL_CATEGORIES`). Keys are `WordForm.key` (lower-case, dot-free) joined by spaces, so "U.S."
 * in a gazetteer matches "US" in text; the features conjoin a match with the token's capitalization, so the pronoun
 * "us" learns its own (negative) weight.
 */
export interface Gazetteer {
  /** Number of types (bit positions in the masks); at most 10, so a match's 3-bit codes fit in 32 bits. */
  readonly typeCount: number;
  /** Full entity key → bit mask of type indices it was labelled with. */
  readonly entries: ReadonlyMap<string, number>;
  /** Every proper prefix of an entry key, so matching can stop as soon as no entry can continue. */
  readonly prefixes: ReadonlySet<string>;
  /** Single token key → bit mask of types of the entities it occurred inside. */
  readonly tokens: ReadonlyMap<string, number>;
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

export function buildGazetteer(entries: Iterable<GazetteerEntry>, typeCount: number = NER_TYPES.length): Gazetteer {
  const g = gazetteerBuilder(typeCount);
  for (const e of entries) {
    if (e.keys.length === 0 || e.keys.length > MAX_ENTRY_TOKENS) continue;
    g.add(e.keys.join(' '), 1 << e.typeIndex);
  }
  return g.done();
}

/** A gazetteer under construction: both constructors add whole keys ("new york") with a type mask. */
function gazetteerBuilder(typeCount: number): { add(key: string, mask: number): void; done(): Gazetteer } {
  if (typeCount > MAX_TYPES) throw new RangeError(`gazetteer: ${typeCount} types, at most ${MAX_TYPES}`);
  const full = new Map<string, number>();
  const prefixes = new Set<string>();
  const tokens = new Map<string, number>();
  let maxLength = 0;
  return {
    add(key, mask) {
      full.set(key, (full.get(key) ?? 0) | mask);
      let from = 0;
      let length = 0;
      for (;;) {
        const sp = key.indexOf(' ', from);
        const word = sp < 0 ? key.slice(from) : key.slice(from, sp);
        tokens.set(word, (tokens.get(word) ?? 0) | mask);
        length++;
        if (sp < 0) break;
        prefixes.add(key.slice(0, sp));
        from = sp + 1;
      }
      maxLength = Math.max(maxLength, length);
    },
    done: () => ({ typeCount, entries: full, prefixes, tokens, maxLength }),
  };
}

/** Position codes packed 3 bits per type into `GazetteerMatch.parts`: 0 none, 1 B, 2 I, 3 L, 4 U. */
export const GAZ_PART_NAMES = ['', 'B', 'I', 'L', 'U'] as const;

/**
 * Greedy longest match, left to right, without overlaps. Returns per token the packed position codes
 * (3 bits per type, type k at bits 3k..3k+2).
 */
export function matchGazetteer(g: Gazetteer, keys: readonly string[], inSomeEntry?: Uint8Array): Uint32Array {
  const out = new Uint32Array(keys.length);
  let i = 0;
  while (i < keys.length) {
    // A word in no entry at all cannot start one. `inSomeEntry` (1 where `g.tokens` has the word) lets a caller
    // that already looked the words up skip the string lookups.
    if (inSomeEntry ? inSomeEntry[i] === 0 : !g.tokens.has(keys[i] ?? '')) {
      i++;
      continue;
    }
    let best = 0;
    let bestMask = 0;
    let p = '';
    for (let j = i; j < keys.length && j - i < g.maxLength; j++) {
      p = j === i ? (keys[j] ?? '') : `${p} ${keys[j] ?? ''}`;
      const mask = g.entries.get(p);
      if (mask !== undefined) {
        best = j - i + 1;
        bestMask = mask;
      }
      if (!g.prefixes.has(p)) break;
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

/** Serializable form: one "mask<TAB>key" line per entry. */
export function gazetteerToLines(g: Gazetteer): string[] {
  return [...g.entries].map(([key, mask]) => `${mask}\t${key}`);
}

export function gazetteerFromLines(lines: readonly string[], typeCount: number = NER_TYPES.length): Gazetteer {
  const g = gazetteerBuilder(typeCount);
  const allTypes = (1 << typeCount) - 1;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const mask = Number(line.slice(0, tab)) & allTypes;
    const key = line.slice(tab + 1);
    if (mask && key) g.add(key, mask);
  }
  return g.done();
}
