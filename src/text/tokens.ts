import { Buffer } from 'node:buffer';
import type { TextRange } from '../model/span.ts';

export interface Token extends TextRange {
  readonly text: string;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "ex-Soviet", "U.S."), numbers keep separators
// ("100,000", "5-1/2", "1.2m"); every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?(?<=\p{Lu}\.)|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,/\-]\p{N}+)*|\S/gu;

/** Splits text into tokens with their offsets. Pure; offsets index into `text`. */
export function tokenize(text: string, offset = 0): Token[] {
  const count = scanTokens(text, false);
  if (count >= 0) {
    const bounds = scanned;
    const cut = tokenCutter(text);
    const out: Token[] = new Array(count / 2);
    for (let k = 0; k < count; k += 2) {
      const start = bounds[k] ?? 0;
      const end = bounds[k + 1] ?? 0;
      out[k / 2] = { text: cut(start, end), start: start + offset, end: end + offset };
    }
    releaseScan();
    return out;
  }
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = (m.index ?? 0) + offset;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/**
 * The texts of the word tokens (those with a letter or digit), as written: `tokenize(text)` less its punctuation
 * tokens, without a Token object or offsets per token (story clustering reads only the texts).
 */
export function wordTokens(text: string): string[] {
  const count = scanTokens(text, true);
  if (count >= 0) {
    const bounds = scanned;
    const cut = tokenCutter(text);
    const out: string[] = new Array(count / 2);
    for (let k = 0; k < count; k += 2) out[k / 2] = cut(bounds[k] ?? 0, bounds[k + 1] ?? 0);
    releaseScan();
    return out;
  }
  const out: string[] = [];
  for (const w of text.match(TOKEN) ?? []) if (WORDLIKE.test(w)) out.push(w);
  return out;
}

/** Lower-cased word tokens only (letters or digits), for bag-of-words features. */
export function words(text: string): string[] {
  // The tokens' text only, no Token or match objects: words() runs over whole articles in several story stages.
  const count = scanTokens(text, true);
  if (count >= 0) {
    const bounds = scanned;
    const cut = tokenCutter(text);
    const out: string[] = new Array(count / 2);
    for (let k = 0; k < count; k += 2) out[k / 2] = normalizeWord(cut(bounds[k] ?? 0, bounds[k + 1] ?? 0));
    releaseScan();
    return out;
  }
  const out: string[] = [];
  for (const w of text.match(TOKEN) ?? []) if (WORDLIKE.test(w)) out.push(normalizeWord(w));
  return out;
}

// What TOKEN does, by hand, for text whose characters are ASCII or the few others news text brings (typographic
// quotes and dashes, the ellipsis, ©, Unicode spaces): there letters are A-Z and a-z, digits 0-9 and nothing is a
// combining mark, so each alternative of TOKEN is a short loop. A regex with Unicode property classes is several
// times slower, most of all on two-byte strings (any text with a curly quote), and tokenizing is read by every stage.
// Text with any other character takes the regex (scanTokens gives -1). test/text/tokens.test.ts checks the
// two agree.
const OTHER = 0; // a character that is a token by itself (TOKEN's last alternative)
const SPACE = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const UNKNOWN = 5;

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER,
);
// Non-ASCII characters the scanner knows: white space as the regex \s has it, and punctuation and symbols (none of
// them a letter, mark or digit). The right single quote (’) is also a joiner inside words, as in TOKEN.
const KNOWN_SPACE: ReadonlySet<number> = new Set([0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const KNOWN_OTHER: ReadonlySet<number> = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xa9]);
const RIGHT_QUOTE = 0x2019;

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c] ?? OTHER;
  if (KNOWN_SPACE.has(c)) return SPACE;
  if (KNOWN_OTHER.has(c)) return OTHER;
  return UNKNOWN;
}

/**
 * Cuts tokens out of `text` (which scanTokens accepted) as one-byte strings where they can be. A slice keeps its
 * parent's representation, so every token of an article with one curly quote would be a two-byte string, and the
 * stages lower-case, hash and compare tokens many times (lower-casing a two-byte string takes V8's slow path). The
 * copy of the text as Latin-1 bytes is one-byte; characters past Latin-1 lose their high byte there, so tokens with
 * one are cut from the text itself. The strings are the same either way.
 */
function tokenCutter(text: string): (start: number, end: number) => string {
  let firstWide = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      firstWide = i;
      break;
    }
  }
  // Nothing past Latin-1 and a short text: a token slice costs less than the copy would save.
  if (firstWide < 0 && text.length < MIN_COPY_LENGTH) return (start, end) => text.slice(start, end);
  const bytes = Buffer.from(text, 'latin1').toString('latin1');
  if (firstWide < 0) return (start, end) => bytes.slice(start, end);
  return (start, end) => {
    for (let i = Math.max(start, firstWide); i < end; i++) if (text.charCodeAt(i) > 0xff) return text.slice(start, end);
    return bytes.slice(start, end);
  };
}

// Texts shorter than this (a speaker window, a name) are cut as they are: a copy costs more than it saves on a few
// tokens. A guess from the cost of one copy against per-token savings, not tuned.
const MIN_COPY_LENGTH = 64;

const isWordChar = (k: number): boolean => k === UPPER || k === LOWER || k === DIGIT;

/**
 * Where scanTokens writes its token boundaries, read by its caller right after (nothing runs between): one buffer,
 * grown when a text needs more, instead of a growing array per call (tokenizing runs for every sentence in several
 * stages). What a call returns never depends on an earlier call: the caller reads only the slots this call wrote.
 */
let scanned: Int32Array = new Int32Array(1024);
// A buffer grown past this many slots (a very long text) is let go after use, so the module never holds more than 256 KB.
const MAX_KEPT_SLOTS = 1 << 16;

/** Frees `scanned` if a long text grew it past MAX_KEPT_SLOTS; called once its slots have been read. */
function releaseScan(): void {
  if (scanned.length > MAX_KEPT_SLOTS) scanned = new Int32Array(1024);
}

/** `scanned` with room for at least `needed` slots, its first `used` slots kept. */
function grownScan(used: number, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, 2 * scanned.length));
  bigger.set(scanned.subarray(0, used));
  scanned = bigger;
  return bigger;
}

/**
 * Token boundaries [start, end, start, end, …] as TOKEN matches them (word tokens only when `wordsOnly`), written to
 * `scanned`; returns how many slots it wrote, or -1 when the text has a character the scanner does not know.
 */
function scanTokens(text: string, wordsOnly: boolean): number {
  const n = text.length;
  // Classes are read again per character below rather than kept in an array: no allocation per call (nor closures:
  // charClass and wordRun take the text). A character the scanner does not know is met at the top of the loop (runs
  // and joiners only take known ones), so it is checked there instead of in a pass of its own over the text.
  let out: Int32Array = scanned;
  let k = 0;
  let p = 0;
  while (p < n) {
    const c = charClass(text, p);
    if (c === UNKNOWN) {
      releaseScan();
      return -1;
    }
    if (c === SPACE) {
      p++;
      continue;
    }
    if (c === UPPER || c === LOWER) {
      const e = wordRun(text, p + 1);
      // Alternative 1: runs joined by ' ’ . - ending in a capital and a dot ("U.S."); the regex backtracks from the
      // most runs to the fewest, so the last run end followed by a dot after a capital wins.
      let end = -1;
      let q = e;
      for (;;) {
        if (q < n && text.charCodeAt(q) === 46 && charClass(text, q - 1) === UPPER) end = q + 1;
        const j = text.charCodeAt(q);
        if (q + 1 < n && (j === 39 || j === RIGHT_QUOTE || j === 46 || j === 45) && isWordChar(charClass(text, q + 1))) q = wordRun(text, q + 2);
        else break;
      }
      if (end < 0) {
        // Alternative 2: runs joined by ' ’ - (not dots).
        q = e;
        for (;;) {
          const j = text.charCodeAt(q);
          if (q + 1 < n && (j === 39 || j === RIGHT_QUOTE || j === 45) && isWordChar(charClass(text, q + 1))) q = wordRun(text, q + 2);
          else break;
        }
        end = q;
      }
      if (k + 2 > out.length) out = grownScan(k, k + 2);
      out[k] = p;
      out[k + 1] = end;
      k += 2;
      p = end;
      continue;
    }
    if (c === DIGIT) {
      // Alternative 3: digit runs joined by . , / -
      let q = p + 1;
      while (q < n && charClass(text, q) === DIGIT) q++;
      for (;;) {
        const j = text.charCodeAt(q);
        if (q + 1 < n && (j === 46 || j === 44 || j === 47 || j === 45) && charClass(text, q + 1) === DIGIT) {
          q += 2;
          while (q < n && charClass(text, q) === DIGIT) q++;
        } else break;
      }
      if (k + 2 > out.length) out = grownScan(k, k + 2);
      out[k] = p;
      out[k + 1] = q;
      k += 2;
      p = q;
      continue;
    }
    if (!wordsOnly) {
      if (k + 2 > out.length) out = grownScan(k, k + 2);
      out[k] = p;
      out[k + 1] = p + 1;
      k += 2;
    }
    p++;
  }
  return k;
}

/** The scanner's class of text[i]. */
function charClass(text: string, i: number): number {
  return classOf(text.charCodeAt(i));
}

/** The end of the run of letters and digits from i. */
function wordRun(text: string, i: number): number {
  const n = text.length;
  while (i < n && isWordChar(charClass(text, i))) i++;
  return i;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Case-folds and unifies apostrophes so "Russia’s" and "Russia's" compare equal. */
export function normalizeWord(w: string): string {
  const lower = w.toLowerCase();
  // Most words have no curly apostrophe: then there is nothing to replace (and no regex to run).
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
