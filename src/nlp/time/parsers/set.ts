// Sets (recurring times): "every week" → P1W, "annually" → P1Y, "every Monday" → XXXX-WXX-1,
// "every morning" → XXXX-XX-XXTMO, "twice a week" → P1W.
import { NUMBER_WORD, PARTS_OF_DAY, UNITS, UNIT_NAME, WEEKDAYS, parseNumber } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { durationValue } from './duration.ts';
import { B, E, re } from './helpers.ts';

const PERIOD_VALUES: Readonly<Record<string, string>> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y',
  decade: 'P10Y', weekend: 'XXXX-WXX-WE',
};

function setValue(word: string): string | undefined {
  const w = word.toLowerCase();
  const weekday = WEEKDAYS[w];
  if (weekday !== undefined) return `XXXX-WXX-${weekday}`;
  const part = PARTS_OF_DAY[w];
  if (part !== undefined) return `XXXX-XX-XXT${part}`;
  return PERIOD_VALUES[w];
}

const PERIOD = '(?<period>second|minute|hour|day|week|month|quarter|year|decade|weekend|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const everySet: Parser = {
  id: 'set-every',
  gate: /every|each/i,
  // "every other week" alternates; "each other" is a pronoun ("tore into each other Wednesday").
  pattern: re(`${B}(?:every\\s+(?:(?<other>other)\\s+|single\\s+)?|each\\s+(?:single\\s+)?)${PERIOD}${E}`),
  extract(m) {
    const value = setValue(m.groups?.['period'] ?? '');
    if (!value) return null;
    // "every other week" recurs every two weeks: double the count of a P-value.
    const every = m.groups?.['other'] !== undefined ? value.replace(/^(PT?)1/, '$12') : value;
    return { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value: every };
  },
};

/** "every two weeks", "every 15 minutes". */
export const everyCountSet: Parser = {
  id: 'set-every-count',
  gate: /every/i,
  pattern: re(`${B}every\\s+(?<count>\\d+|${NUMBER_WORD}|few)\\s+(?<unit>${UNIT_NAME})${E}`),
  extract(m) {
    const unit = UNITS[(m.groups?.['unit'] ?? '').toLowerCase()];
    const count = m.groups?.['count'] ?? '';
    if (unit === undefined) return null;
    const n = count.toLowerCase() === 'few' ? undefined : parseNumber(count);
    return { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value: durationValue(n, unit) };
  },
};

// Before "a year" / "per day", these make the phrase a rate ("$50,000 a year", "3% a month", "twice a day",
// "2.6 million barrels a day": a number and a counted plural noun).
const RATE_BEFORE = /(?:\d|%|percent|million|billion|trillion|dollars|euros|pounds|once|twice|times|\d[\d,.]*\s+(?:(?:million|billion)\s+)?\p{Ll}+s)$/iu;

/** "$50,000 a year", "5% per month": the amount recurs once per period. */
export const perPeriodSet: Parser = {
  id: 'set-per',
  gate: /second|minute|hour|day|week|month|year/i,
  pattern: re(`${B}(?:per|a|an)\\s+(?<period>second|minute|hour|day|week|month|year)${E}`),
  extract(m, { text }) {
    if (!RATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index).trimEnd())) return null;
    const value = setValue(m.groups?.['period'] ?? '');
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value } : null;
  },
};

export const rateSet: Parser = {
  id: 'set-rate',
  gate: /once|twice|times/i,
  pattern: re(`${B}(?:once|twice|three times|four times|\\d+ times)\\s+(?:a|an|per|each)\\s+${PERIOD}${E}`),
  extract(m) {
    const value = setValue(m.groups?.['period'] ?? '');
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value } : null;
  },
};

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', 'year-round': 'P1Y',
};

export const adverbSet: Parser = {
  id: 'set-adverb',
  gate: /ly/i,
  pattern: re(`${B}(?<word>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)${E}`),
  extract(m, { text }) {
    // Capitalized mid-sentence it names a paper or a show ("the Laramie Daily Boomerang", "Weekly Standard").
    if (/^\p{Lu}/u.test(m[0]) && !/(?:^|[.!?"“]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    // Next to a name it is a newspaper: "the Turkish daily Milliyet", "the An-Nahar daily".
    const end = m.index + m[0].length;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) || /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    const value = ADVERBS[(m.groups?.['word'] ?? '').toLowerCase()];
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value } : null;
  },
};
