// Reading a text's characters by hand instead of with a global regex: scanners that walk every word of a story's
// statements (statement views, content pieces) make no match array per word, which was a large share of a brief's
// garbage. ASCII is decided by its code; other characters by a sticky one-character regex.
const LETTER = /\p{L}/uy;
const DIGIT = /\p{N}/uy;

/** Length of the letter at `i` (2 outside the Basic Multilingual Plane), 0 if there is none. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

/** Length of the digit (any script) at `i`, 0 if there is none. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  DIGIT.lastIndex = i;
  return DIGIT.test(text) ? DIGIT.lastIndex - i : 0;
}

/** Length of the letter or digit at `i` (as /[\p{L}\p{N}]/u matches it), 0 if there is none. */
export function letterOrDigitAt(text: string, i: number): number {
  return letterAt(text, i) || digitAt(text, i);
}
