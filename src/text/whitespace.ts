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

/**
 * Whether a UTF-16 code unit is white space as the regular expression `\s` reads it (without the u flag): ASCII
 * tab to carriage return and space, no-break space, the Unicode space separators, line and paragraph separators
 * and the byte-order mark.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.split(/\s+/).filter(Boolean).length` without making the pieces: how many runs of characters other than
 * white space the text has (every block of every article is counted, so it should not allocate a word per word).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
