// Dates written with a month name: "June 16, 2021", "16 June 2021", "January 2022", "April 7", "in August".
import { formatDay, formatMonth, isValidDay } from '../calendar.ts';
import { MONTH_ANY, MONTHS, MONTH_NAME } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { B, re, wordBefore } from './helpers.ts';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// A modifier that belongs to the expression ("early December", "late last July", "mid-2019").
const MOD = '(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[\\s-]+)?';
// Not followed by more digits, a decimal, a percent or a unit hyphen ("May 5,000", "March 3.5%").
const NUM_END = '(?![\\p{N}%]|[.,]\\p{N}|-\\p{L})';

function monthOf(raw: string | undefined): number | undefined {
  return MONTHS[(raw ?? '').toLowerCase().replace(/\.$/, '')];
}

function dayValue(year: number, month: number, day: number): string | undefined {
  const d = { year, month, day };
  return isValidDay(d) ? formatDay(d) : undefined;
}

export const monthDayYear: Parser = {
  id: 'month-day-year',
  gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  pattern: re(`${B}(${MONTH_ANY})\\s+${DAY},?\\s+${YEAR}${NUM_END}`, true),
  extract(m) {
    const month = monthOf(m[1]);
    const value = month === undefined ? undefined : dayValue(Number(m[3]), month, Number(m[2]));
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value } : null;
  },
};

export const dayMonthYear: Parser = {
  id: 'day-month-year',
  gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  pattern: re(`${B}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_ANY}),?\\s+${YEAR}${NUM_END}`, true),
  extract(m) {
    const month = monthOf(m[2]);
    const value = month === undefined ? undefined : dayValue(Number(m[3]), month, Number(m[1]));
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value } : null;
  },
};

export const monthYear: Parser = {
  id: 'month-year',
  gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  pattern: re(`${B}${MOD}(${MONTH_ANY}),?\\s+(?:of\\s+)?${YEAR}${NUM_END}`, true),
  extract(m) {
    const month = monthOf(m[1]);
    if (month === undefined) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value: formatMonth(Number(m[2]), month) };
  },
};

/** "April 7", "Jan. 10th", "7 April", "the 7th of April": year from the reference date and tense. */
export const monthDay: Parser = {
  id: 'month-day',
  gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  pattern: re(`${B}(?:(${MONTH_ANY})\\s+${DAY}|(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_ANY}))${NUM_END}(?!\\s*[:.]\\d)`, true),
  extract(m) {
    const month = monthOf(m[1] ?? m[4]);
    const day = Number(m[2] ?? m[3]);
    if (month === undefined || !isValidDay({ year: 2000, month, day })) return null; // 2000: a leap year, allows Feb 29
    // The pattern is case-sensitive: a capital "May 5" is the month, the modal verb is lower case mid-sentence.
    return {
      start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id,
      relative: { type: 'month', month, day, shift: 0 },
    };
  },
};

// Words before a bare month name that make it a date: "in August", "since March", "last May", "early June".
const MONTH_CONTEXT = new Set(
  ('in on by since until till through throughout during of last next this early late mid mid- before after from ' +
    'to between and or end beginning start middle around as starting until').split(' '),
);
// "May" and "March" are also a modal verb and a noun/verb; they need a stricter context than other months.
const AMBIGUOUS = new Set(['may', 'march']);
const STRICT_CONTEXT = new Set('in on by since until till through during last next this early late mid before after from end beginning start'.split(' '));

/** A month name alone, "in August": year from the reference date and tense. */
export const monthAlone: Parser = {
  id: 'month-alone',
  gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  pattern: re(`${B}(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of)[\\s-]+)?(?:(?<shift>last|next|this)\\s+)?(?<month>${MONTH_NAME}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.)(?![\\p{L}\\p{N}_])`, true),
  extract(m, { text }) {
    const name = m.groups?.['month'] ?? '';
    const month = monthOf(name);
    if (month === undefined) return null;
    const shiftWord = (m.groups?.['shift'] ?? '').toLowerCase();
    const hasModifier = m.groups?.['mod'] !== undefined || shiftWord !== '';
    const before = wordBefore(text, m.index).replace(/[-.]$/, '');
    const context = AMBIGUOUS.has(name.toLowerCase()) ? STRICT_CONTEXT : MONTH_CONTEXT;
    if (!hasModifier && !context.has(before)) return null;
    const shift = shiftWord === 'last' ? -1 : shiftWord === 'next' ? 1 : 0;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id,
      // "this November" names the reference year's, whichever side of the reference it falls.
      relative: { type: 'month', month, shift, ...(shiftWord === 'this' ? { thisYear: true as const } : {}) },
    };
  },
};
