// Sets (recurring times): "every week" → P1W, "annually" → P1Y, "every Monday" → XXXX-WXX-1,
// "every morning" → XXXX-XX-XXTMO, "twice a week" → P1W.
import { PARTS_OF_DAY, WEEKDAYS } from '../lexicon.ts';
import type { Parser } from '../types.ts';
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
  pattern: re(`${B}(?:every|each)\\s+(?:other\\s+|single\\s+)?${PERIOD}${E}`),
  extract(m) {
    const value = setValue(m.groups?.['period'] ?? '');
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value } : null;
  },
};

export const rateSet: Parser = {
  id: 'set-rate',
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
  pattern: re(`${B}(?<word>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)${E}`),
  extract(m) {
    const value = ADVERBS[(m.groups?.['word'] ?? '').toLowerCase()];
    return value ? { start: m.index, end: m.index + m[0].length, kind: 'set', rule: this.id, value } : null;
  },
};
