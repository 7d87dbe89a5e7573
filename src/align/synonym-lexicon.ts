import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** models/lexicon at the repository root. */
export const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'lexicon');

/**
 * Stems near in meaning by WordNet (scripts/build-synonyms.ts): same common sense, or a verb and its direct hypernym
 * ("invad" / "attack"), never antonyms. Word vectors cannot stand in for it: GloVe puts "agreed" near "refused" (0.77)
 * and "invade" far from "attack" (0.35).
 */
export interface SynonymLexicon {
  /** Whether stems `a` and `b` (different) are near in meaning; symmetric. */
  readonly near: (a: string, b: string) => boolean;
  /** The stems near `stem`, or undefined for none. */
  readonly neighbors: (stem: string) => ReadonlySet<string> | undefined;
  /** How many stems have a near stem. */
  readonly size: number;
}

/** A lexicon with no entries: what tests and callers that want exact words only pass. */
export const NO_SYNONYMS: SynonymLexicon = { near: () => false, neighbors: () => undefined, size: 0 };

/**
 * Reads synonyms.txt of `dir` (a stem, then the stems near it, one stem a line; `#` lines are comments). Missing is a
 * packaging error and throws.
 */
export function loadSynonymLexicon(dir: string = LEXICON_DIR): SynonymLexicon {
  // Each stem's line is kept as read and split into its set when the stem is first asked about: a story asks about a
  // few hundred of the ~9,000 stems, and making every set at load took 10-15 ms of a one-article run.
  const lines = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'synonyms.txt'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    const stem = space < 0 ? line : line.slice(0, space);
    if (stem) lines.set(stem, line);
  }
  const sets = new Map<string, ReadonlySet<string>>();
  const neighbors = (stem: string): ReadonlySet<string> | undefined => {
    let set = sets.get(stem);
    if (set !== undefined) return set;
    const line = lines.get(stem);
    if (line === undefined) return undefined;
    set = new Set(line.split(' ').slice(1));
    sets.set(stem, set);
    return set;
  };
  return { near: (a, b) => neighbors(a)?.has(b) ?? false, neighbors, size: lines.size };
}
