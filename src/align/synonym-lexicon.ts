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
  const near = new Map<string, ReadonlySet<string>>();
  for (const line of readFileSync(join(dir, 'synonyms.txt'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [stem, ...others] = line.split(' ');
    if (stem) near.set(stem, new Set(others));
  }
  return { near: (a, b) => near.get(a)?.has(b) ?? false, neighbors: (stem) => near.get(stem), size: near.size };
}
