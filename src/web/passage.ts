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
