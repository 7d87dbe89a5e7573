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

/**
 * A one-byte stand-in for a two-byte text, for regular expressions to scan: every character past Latin-1 becomes
 * PLACEHOLDER, at the same offset. Only for texts whose characters past Latin-1 are all "neutral" (see below); a
 * pattern that reads no neutral character of the text by name (readsShadowAlike) then matches the shadow exactly
 * where and as it matches the text, at a fraction of the cost ("“" and "”" alone make DUC's articles two-byte).
 */
export interface OneByteShadow {
  readonly text: string;
  /** The characters past Latin-1 that PLACEHOLDER stands for. */
  readonly replaced: ReadonlySet<string>;
}

// A control character no pattern names: like a neutral character, it is no letter, digit, space, line end or
// word character and has no case.
const PLACEHOLDER = '\x01';
const WIDE_ALL = /[^\x00-\xff]/g;
// Letters, digits, spaces and line ends, and characters with a case (Ⓐ): the classes patterns tell apart.
const NOT_NEUTRAL = /[\p{L}\p{N}\p{M}\s\u2028\u2029\ud800-\udfff]/u;

function isNeutral(c: string): boolean {
  return !NOT_NEUTRAL.test(c) && c.toLowerCase() === c && c.toUpperCase() === c;
}

/** The shadow of a two-byte text, or undefined when it is one-byte already or has a character that is not neutral. */
export function oneByteShadow(text: string): OneByteShadow | undefined {
  const wide = new Set(text.match(WIDE_ALL) ?? []);
  if (wide.size === 0) return undefined;
  for (const c of wide) if (!isNeutral(c)) return undefined;
  return { text: compactString(text.replace(WIDE_ALL, PLACEHOLDER)), replaced: wide };
}

// Per pattern: the characters past Latin-1 it names, or null when it cannot be read on a shadow at all (a character
// escape could name PLACEHOLDER or a range of neutral characters; a property other than these could tell them apart;
// a back-reference compares captured text, where "“" and "”" would both be PLACEHOLDER).
const NAMED = new WeakMap<RegExp, ReadonlySet<string> | null>();
const ESCAPE = /\\[xuc0-9k]|\\[pP]\{(?!(?:L|N|Lu|Ll)\})/;

function namedWide(pattern: RegExp): ReadonlySet<string> | null {
  let named = NAMED.get(pattern);
  if (named === undefined) {
    named = ESCAPE.test(pattern.source) || pattern.source.includes(PLACEHOLDER) ? null : new Set(pattern.source.match(WIDE_ALL) ?? []);
    NAMED.set(pattern, named);
  }
  return named;
}

/**
 * True when `pattern` cannot tell the shadow from its text: it uses no character escapes and no Unicode property
 * but letters, digits and their cases, and names none of the characters the placeholder stands for.
 */
export function readsShadowAlike(pattern: RegExp, shadow: OneByteShadow): boolean {
  const named = namedWide(pattern);
  if (named === null) return false;
  for (const c of named) if (shadow.replaced.has(c)) return false;
  return true;
}
