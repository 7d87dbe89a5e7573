// Calendar periods named relative to the reference: "this week", "later this week", "last month", "next year",
// "earlier this month", "late last year", "the last week", "this fiscal year", "this weekend".
import type { Unit } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  week: 'week', weekend: 'week', month: 'month', year: 'year', 'fiscal year': 'year', quarter: 'quarter',
  decade: 'decade', century: 'century',
};

export const relativePeriod: Parser = {
  id: 'relative-period',
  pattern: re(
    `${B}(?:(?:early|late|later|earlier|mid|the end of|the beginning of|the start of|the middle of|the rest of)[\\s-]+)?` +
      `(?<which>this|last|next|past|coming|previous|the\\s+(?:last|past|previous|next|coming|current|following))\\s+` +
      `(?<unit>fiscal year|weekend|week|month|year|quarter|decade|century)${E}` +
      // "the past week" is a date, but "the past week and a half" or "the last year of his life" are not simple.
      `(?!\\s+(?:and a half|of\\s))`,
  ),
  extract(m) {
    const which = (m.groups?.['which'] ?? '').toLowerCase().replace(/^the\s+/, '');
    const unitWord = (m.groups?.['unit'] ?? '').toLowerCase();
    const unit = UNIT_WORDS[unitWord];
    if (unit === undefined) return null;
    const amount = /^(?:last|past|previous)$/.test(which) ? -1 : /^(?:next|coming|following)$/.test(which) ? 1 : 0;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id,
      relative: { type: 'shift', unit, amount },
      // TIMEX3 marks a weekend as the week with a -WE suffix: "this weekend" → 2022-W02-WE.
      ...(unitWord === 'weekend' ? { weekend: true } : {}),
    };
  },
};
