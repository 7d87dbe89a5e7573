// Dates written in digits: 2022-01-10, 1/10/2022, 10.01.2022. Always stated (the year is written).
import { formatDay, isValidDay } from '../calendar.ts';
import type { Parser } from '../types.ts';
import { fullYear, re } from './helpers.ts';

// Not inside a longer number, a version, a price or a phone number ("202-555-0199", "$1,194.09", "12.53%").
const NOT_BEFORE = '(?<![\\p{L}\\p{N}$€£.,/\\-:])';
const NOT_AFTER = '(?![\\p{N}%/\\-]|[.,:]\\p{N})';

function day(year: number, month: number, d: number): string | null {
  const date = { year, month, day: d };
  return isValidDay(date) ? formatDay(date) : null;
}

export const isoDate: Parser = {
  id: 'iso-date',
  gate: /\d{4}-\d/,
  pattern: re(`${NOT_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${NOT_AFTER}`),
  extract(m) {
    const value = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value } : null;
  },
};

export const slashDate: Parser = {
  id: 'slash-date',
  gate: /\d\/\d/,
  pattern: re(`${NOT_BEFORE}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${NOT_AFTER}`),
  extract(m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3] ?? '');
    // US order (month/day) unless the first number cannot be a month.
    const value = a > 12 ? day(year, b, a) : day(year, a, b);
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value } : null;
  },
};

export const dotDate: Parser = {
  id: 'dot-date',
  gate: /\d\.\d/,
  // Four-digit year only: "12.5.20" is as likely a version number as a date.
  pattern: re(`${NOT_BEFORE}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${NOT_AFTER}`),
  extract(m) {
    const value = day(Number(m[3]), Number(m[2]), Number(m[1]));
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value } : null;
  },
};
