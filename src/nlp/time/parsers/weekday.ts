// Weekdays: "Wednesday", "on Monday morning", "last Friday", "next Tuesday". Resolved later by tense.
import { PARTS_OF_DAY, PART_OF_DAY_NAME, WEEKDAYS, WEEKDAY_NAME } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { B, E, re, wordAfter } from './helpers.ts';

// Newspaper and programme names that start with a weekday ("The Sunday Times", "Monday Night Football").
const TITLE_WORDS = new Set('times telegraph express mirror post herald mail independent tribune star sport night'.split(' '));

export const weekday: Parser = {
  id: 'weekday',
  gate: /day/,
  // Capitalized only: news always capitalizes weekdays, and "sunday best"-style lower case is noise.
  pattern: re(
    `${B}(?:[Ee]arly\\s+|[Ll]ate\\s+)?(?:(?<shift>[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Pp]ast)\\s+)?(?<day>${WEEKDAY_NAME})` +
      `(?:\\s+(?<part>${PART_OF_DAY_NAME}))?${E}`,
    true,
  ),
  extract(m, { text }) {
    const day = WEEKDAYS[(m.groups?.['day'] ?? '').toLowerCase()];
    if (day === undefined) return null;
    if (TITLE_WORDS.has(wordAfter(text, m.index + m[0].length))) return null;
    const s = (m.groups?.['shift'] ?? '').toLowerCase();
    const shift = s === 'last' || s === 'past' || s === 'this past' ? -1 : s === 'next' || s === 'coming' || s === 'this coming' ? 1 : 0;
    const part = m.groups?.['part'];
    const partOfDay = part === undefined ? undefined : PARTS_OF_DAY[part.toLowerCase()];
    return {
      start: m.index, end: m.index + m[0].length, kind: partOfDay ? 'time' : 'date', rule: this.id,
      relative: { type: 'weekday', weekday: day, shift },
      ...(partOfDay ? { partOfDay } : {}),
    };
  },
};
