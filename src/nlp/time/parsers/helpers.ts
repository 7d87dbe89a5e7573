// Small shared pieces for the parsers: word boundaries, neighbouring words, draft construction.

/** Start/end of a word: not inside a longer word or number ("COVID-19", "G20", "Boeing737"). */
export const B = '(?<![\\p{L}\\p{N}_])';
export const E = '(?![\\p{L}\\p{N}_])';

/** Builds a global, Unicode, case-insensitive pattern from pieces. */
export function re(source: string, caseSensitive = false): RegExp {
  return new RegExp(source, caseSensitive ? 'gu' : 'giu');
}

/** The word right before `index` (lower-cased, "" when none), skipping spaces only. */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’.$-]+)\s*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return (m?.[1] ?? '').toLowerCase();
}

/** The word right after `index` (lower-cased, "" when none), skipping spaces only. */
export function wordAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return (m?.[1] ?? '').toLowerCase();
}

/** Two-digit or four-digit year text → a full year; two digits read as 1970–2069 (news rarely spans wider). */
export function fullYear(raw: string): number {
  const n = Number(raw);
  if (raw.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}
