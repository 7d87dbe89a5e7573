import { Buffer } from 'node:buffer';

// Characters past Latin-1: a string with none of them can be held one byte per character.
const WIDE = /[^\x00-\xff]/;

/**
 * The same string, held one byte per character where it can be. V8 keeps a slice of a string in its parent's
 * representation, so every sentence cut from an article with one curly quote is a two-byte string, and regular
 * expressions (above all those with Unicode property classes) run several times slower on two-byte strings. Story
 * stages read each sentence many times, so a compact copy pays for itself. The text is unchanged: same characters.
 */
export function compactString(s: string): string {
  if (s.length === 0 || WIDE.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}
