/**
 * ROUGE-1.5.5 `readText` + `createNGram` token preparation for SPL (sentence-per-line) input.
 *
 * Perl reads the files as bytes: lengths for `-b` are UTF-8 bytes, `tr/A-Z/a-z/` lower-cases ASCII only, and every
 * byte outside [A-Za-z0-9-] becomes a space. We reproduce that on a "binary string" (one char per byte).
 */
import { porterStem } from './porter-stemmer.ts';
import type { WordnetExceptions } from './wordnet-exceptions.ts';

export interface RougeLengthLimit {
  /** `-b`: keep only the first N bytes of the summary (0 or absent: no limit). */
  readonly bytes?: number;
  /** `-l`: keep only the first N words of the summary (0 or absent: no limit). */
  readonly words?: number;
}

function toByteString(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (u) => u.toLowerCase());
}

// Perl's split(/\s+/, $s): a leading empty field is kept, trailing empty fields are dropped.
function perlSplitSpace(s: string): string[] {
  const parts = s.split(/\s+/);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The summary text ROUGE scores: non-empty lines lower-cased, cut at the byte or word limit exactly as
 * ROUGE-1.5.5 does it, then tokenized to a single-space string. `undefined` when nothing is left (ROUGE's "empty text").
 *
 * ROUGE-1.5.5 quirk kept on purpose: with `-b` the running length counts the lines' bytes but not the spaces that join
 * them, and a line is taken whole only while the total stays strictly below the limit.
 */
export function rougeText(lines: readonly string[], limit: RougeLengthLimit = {}): string | undefined {
  if (!Array.isArray(lines)) throw new TypeError('rougeText: lines must be an array of strings');
  const sentences = lines.filter((l) => l.length > 0).map((l) => lowerAscii(toByteString(l)));
  const byteLimit = limit.bytes ?? 0;
  const wordLimit = limit.words ?? 0;
  let text: string;
  if (wordLimit !== 0) text = cutWords(sentences, wordLimit);
  else if (byteLimit !== 0) text = cutBytes(sentences, byteLimit);
  else text = sentences.join(' ');
  if (text.length === 0) return undefined;
  return text
    .replace(/-/g, ' - ')
    .replace(/[^A-Za-z0-9-]/g, ' ')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '')
    .replace(/\s+/g, ' ');
}

function cutBytes(sentences: readonly string[], byteLimit: number): string {
  let text = '';
  let used = 0;
  for (const s of sentences) {
    if (used + s.length < byteLimit) {
      text += used !== 0 ? ' ' + s : s;
      used += s.length;
    } else {
      if (used > 0) text += ' ';
      text += s.slice(0, Math.max(0, byteLimit - used));
      break;
    }
  }
  return text;
}

function cutWords(sentences: readonly string[], wordLimit: number): string {
  let text = '';
  let used = 0;
  for (const s of sentences) {
    const tokens = perlSplitSpace(s);
    if (used + tokens.length < wordLimit) {
      text += used !== 0 ? ' ' + s : s;
      used += tokens.length;
    } else {
      if (used > 0) text += ' ';
      text += tokens.slice(0, Math.max(0, wordLimit - used)).join(' ');
      break;
    }
  }
  return text;
}

/**
 * Tokens ROUGE counts: words starting with [a-z0-9] (so the "-" tokens fall out); with `stem`, words longer than three
 * characters go through the WordNet exception table, else the Porter stemmer (ROUGE's `MorphStem`).
 */
export function rougeTokens(text: string | undefined, stem: boolean, exceptions?: WordnetExceptions): string[] {
  if (text === undefined || text.length === 0) return [];
  const out: string[] = [];
  for (const token of perlSplitSpace(text)) {
    if (!/^[a-z0-9$]/.test(token)) continue;
    if (stem && token.length > 3) out.push(exceptions?.get(token) ?? porterStem(token));
    else out.push(token);
  }
  return out;
}
