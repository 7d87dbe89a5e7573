import type { Highlight } from './api.ts';

/**
 * Text cut into plain and matched parts by highlight ranges. Ranges from the server are trusted only as far as
 * they make sense: out of bounds, reversed or overlapping ranges are clipped or skipped, never thrown on.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(h.start, text.length));
    const end = Math.min(h.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
