// Fixed-date holidays: "Christmas", "New Year's Eve", "Valentine's Day". The year comes from the reference and tense,
// like a month and day ("on Christmas Day" in a January story is last December's).
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

const HOLIDAYS: Readonly<Record<string, { readonly month: number; readonly day: number }>> = {
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  "new year's eve": { month: 12, day: 31 },
  "new year's day": { month: 1, day: 1 },
  "valentine's day": { month: 2, day: 14 },
  halloween: { month: 10, day: 31 },
  'independence day': { month: 7, day: 4 },
  'bastille day': { month: 7, day: 14 },
  'may day': { month: 5, day: 1 },
  'armistice day': { month: 11, day: 11 },
  'veterans day': { month: 11, day: 11 },
};

export const holiday: Parser = {
  id: 'holiday',
  gate: /Christmas|Halloween|Year|Day/,
  // Capitalized: "christmas" in lower case is rare in edited news, and "may day" in lower case is not a holiday.
  pattern: re(
    `${B}(?<name>Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|` +
      `Halloween|Independence Day|Bastille Day|May Day|Armistice Day|Veterans Day)${E}`,
    true,
  ),
  extract(m, { text }) {
    const key = (m.groups?.['name'] ?? '').toLowerCase().replace(/’/g, "'");
    const date = HOLIDAYS[key];
    if (date === undefined) return null;
    // "Christmas tree", "Christmas shopping" still name the season, but "Christmas Island" does not.
    if (/^\s+(?:Island|Islands|Carol|Carols)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, relative: { type: 'month', month: date.month, day: date.day, shift: 0 } };
  },
};
