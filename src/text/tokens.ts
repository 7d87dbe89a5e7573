import type { TextRange } from '../model/span.ts';

export interface Token extends TextRange {
  readonly text: string;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "ex-Soviet", "U.S."), numbers keep separators
// ("100,000", "5-1/2", "1.2m"); every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?(?<=\p{Lu}\.)|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,/\-]\p{N}+)*|\S/gu;

/** Splits text into tokens with their offsets. Pure; offsets index into `text`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = (m.index ?? 0) + offset;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Lower-cased word tokens only (letters or digits), for bag-of-words features. */
export function words(text: string): string[] {
  // The tokens' text only, no Token or match objects: words() runs over whole articles in several story stages.
  const out: string[] = [];
  for (const w of text.match(TOKEN) ?? []) if (WORDLIKE.test(w)) out.push(normalizeWord(w));
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Case-folds and unifies apostrophes so "Russia’s" and "Russia's" compare equal. */
export function normalizeWord(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}
