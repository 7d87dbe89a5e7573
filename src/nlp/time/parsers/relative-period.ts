// Calendar periods named relative to the reference: "this week", "later this week", "last month", "next year",
// "earlier this month", "late last year", "the last week", "this fiscal year", "this weekend".
import type { Unit } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { durationValue } from './duration.ts';
import { B, E, re } from './helpers.ts';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  week: 'week', weekend: 'week', month: 'month', year: 'year', 'fiscal year': 'year', quarter: 'quarter',
  decade: 'decade', century: 'century',
};

export const relativePeriod: Parser = {
  id: 'relative-period',
  gate: /week|month|year|quarter|decade|century/i,
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
    if (which === 'following') {
      // "the following week": one unit after the last date the story mentioned.
      return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, relative: { type: 'anchored', unit, amount: 1 } };
    }
    const article = /^the\s/i.test(m.groups?.['which'] ?? '');
    // "over the past decade", "the next year": TimeML reads a span reaching up to (or from) now, a duration.
    if (article && /^(?:past|next|coming)$/.test(which) && unitWord !== 'weekend') {
      return { start: m.index, end: m.index + m[0].length, kind: 'duration', rule: 'relative-span', value: durationValue(1, unit) };
    }
    const amount = /^(?:last|past|previous)$/.test(which) ? -1 : /^(?:next|coming|following)$/.test(which) ? 1 : 0;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id,
      relative: { type: 'shift', unit, amount },
      // TIMEX3 marks a weekend as the week with a -WE suffix: "this weekend" → 2022-W02-WE.
      ...(unitWord === 'weekend' ? { weekend: true } : {}),
    };
  },
};

/**
 * Counted from the last mentioned date: "the next day", "the previous day", "the same day", "that day",
 * "the same year", "that year" ("In 1975 ... that year" is 1975), "the day before" / "the day after".
 */
export const relativeDayAnchored: Parser = {
  id: 'anchored-day',
  gate: /day|morning|evening|night|week|month|year/i,
  pattern: re(
    `${B}(?:(?:the|that)\\s+(?<which>next|following|previous|same|preceding)\\s+(?<day>day|morning|evening|night)|` +
      `the\\s+same\\s+(?<same>week|month|year)|that\\s+(?<that>day|week|month|year)|` +
      // "an emergency meeting the day before": before/after with no event of its own after it.
      `the\\s+day\\s+(?<edge>before|after)(?=\\s*[,.;:)]|\\s+(?:by|in|at|and|when|with)\\b))${E}`,
  ),
  extract(m) {
    const edge = m.groups?.['edge']?.toLowerCase();
    const which = edge === 'before' ? 'previous' : edge === 'after' ? 'next' : (m.groups?.['which'] ?? 'same').toLowerCase();
    const amount = which === 'same' ? 0 : which === 'previous' || which === 'preceding' ? -1 : 1;
    const unit = UNIT_WORDS[(m.groups?.['same'] ?? m.groups?.['that'] ?? 'day').toLowerCase()] ?? 'day';
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, relative: { type: 'anchored', unit, amount } };
  },
};

/** "the end of the year", "the beginning of the month": the period itself (TIMEX3 keeps the edge in a modifier). */
export const periodEdge: Parser = {
  id: 'period-edge',
  gate: /year|month|week|decade/i,
  pattern: re(`${B}(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+(?:the\\s+)?(?<unit>year|month|week|decade)${E}`),
  extract(m) {
    const unit = UNIT_WORDS[(m.groups?.['unit'] ?? '').toLowerCase()];
    if (unit === undefined) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, relative: { type: 'shift', unit, amount: 0 } };
  },
};

/** "over the weekend", "during the weekend". The lookbehind is bounded: an unbounded one rescans long blanks. */
export const theWeekend: Parser = {
  id: 'weekend',
  gate: /weekend/i,
  pattern: re(`(?<=\\b(?:over|during|at|on|this|past)\\s{1,3})the\\s+weekend${E}`),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, relative: { type: 'weekend' } };
  },
};
