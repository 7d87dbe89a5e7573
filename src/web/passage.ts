// Paragraphs longer than this are cut around the cited span so the passage stays readable on a phone.
const MAX_CONTEXT_CHARS = 600;

/** The paragraph holding [start, end), split into the text before, the cited span and the text after. */
export function paragraphAround(text: string, start: number, end: number): { before: string; cited: string; after: string } {
  const lastBreak = start > 0 ? text.lastIndexOf('\n\n', start - 1) : -1;
  const paraStart = lastBreak === -1 ? 0 : Math.min(lastBreak + 2, start);
  const nextBreak = text.indexOf('\n\n', end);
  const paraEnd = nextBreak === -1 ? text.length : nextBreak;
  let before = text.slice(paraStart, start);
  let after = text.slice(end, paraEnd);
  const room = Math.floor(Math.max(0, MAX_CONTEXT_CHARS - (end - start)) / 2);
  if (before.length > room) before = '…' + before.slice(before.length - room);
  if (after.length > room) after = after.slice(0, room) + '…';
  return { before, cited: text.slice(start, end), after };
}

// Words of a search snippet kept either side of the match: enough to tell one occurrence of a name from another.
const CONTEXT_WORDS = 4;

/**
 * What a hit link carries to find its passage: the first highlighted word and up to CONTEXT_WORDS words either side
 * of it within the snippet's fragment (the text between "…" marks). Undefined when nothing is highlighted.
 */
export function matchOfHit(snippet: string, highlights: readonly { readonly start: number; readonly end: number }[]): { word: string; context: string } | undefined {
  const h = highlights[0];
  if (!h || h.end <= h.start) return undefined;
  const fragmentStart = snippet.lastIndexOf('…', h.start - 1) + 1;
  const nextCut = snippet.indexOf('…', h.end);
  const fragmentEnd = nextCut === -1 ? snippet.length : nextCut;
  // Word starts before the match and word ends after it, within the fragment: the context runs from the
  // CONTEXT_WORDS-th start before to the CONTEXT_WORDS-th end after, spacing and punctuation as the snippet has them.
  const starts = [...snippet.slice(fragmentStart, h.start).matchAll(/\S+/g)].map((m) => fragmentStart + m.index);
  const ends = [...snippet.slice(h.end, fragmentEnd).matchAll(/\S+/g)].map((m) => h.end + m.index + m[0].length);
  const from = starts.at(-CONTEXT_WORDS) ?? starts[0] ?? h.start;
  const to = ends[Math.min(CONTEXT_WORDS, ends.length) - 1] ?? h.end;
  return { word: snippet.slice(h.start, h.end), context: snippet.slice(from, to).trim() };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a search match is in an article's text: the word inside the first place its context occurs (spacing may
 * differ: a snippet joins lines), else the word's first whole-word occurrence, case-insensitive; undefined if absent.
 */
export function locateMatch(text: string, word: string, context: string): { start: number; end: number } | undefined {
  const inContext = new RegExp(`(?<![\\p{L}\\p{N}])${context.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  if (inContext) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(inContext[0]);
    if (at) return { start: inContext.index + at.index, end: inContext.index + at.index + word.length };
  }
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return alone ? { start: alone.index, end: alone.index + word.length } : undefined;
}
