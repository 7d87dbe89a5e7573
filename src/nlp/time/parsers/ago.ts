// Shifts counted from a point: "three years ago", "two weeks from now" (from the reference date), and
// "a day later", "two weeks earlier" (from the last date the text mentioned).
import { UNITS, UNIT_NAME, parseNumber } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { COUNT, isVague } from './count.ts';
import { B, E, re } from './helpers.ts';

export const ago: Parser = {
  id: 'ago',
  gate: /ago|from now|hence|later|earlier|before|after|prior/i,
  pattern: re(`${B}${COUNT}[\\s-]+(?<unit>${UNIT_NAME})\\s+(?<dir>ago|from now|hence|later|earlier|before|after|prior)${E}`),
  extract(m, { text }) {
    const count = m.groups?.['count'] ?? '';
    const unit = UNITS[(m.groups?.['unit'] ?? '').toLowerCase()];
    const dir = (m.groups?.['dir'] ?? '').toLowerCase();
    if (unit === undefined) return null;
    const end = m.index + m[0].length;
    // "a month earlier than usual" compares, and "two days before the vote" counts from an event we cannot date:
    // both leave only the duration, which the duration parser finds.
    const rest = text.slice(end, end + 12);
    if (/^\s+than\b/i.test(rest) || ((dir === 'before' || dir === 'after' || dir === 'prior') && /^\s+(?!by\b)\p{L}/u.test(rest))) return null;
    if (/^the\s/i.test(count)) return null;
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'prior' ? -1 : 1;
    if (isVague(count)) {
      // "years ago", "months from now": a direction without a count.
      const value = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
      return { start: m.index, end, kind: 'date', rule: this.id, value };
    }
    const n = parseNumber(count);
    if (n === undefined || !Number.isInteger(n)) return null;
    const fromReference = dir === 'ago' || dir === 'from now' || dir === 'hence';
    return {
      start: m.index, end, kind: 'date', rule: this.id,
      relative: { type: fromReference ? 'shift' : 'anchored', unit, amount: sign * n },
    };
  },
};
