/** The first index at or after `i` that is not white space (text.length when there is none). */
export function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Moves an end offset back over trailing white space, so a range never ends in spaces. */
export function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
