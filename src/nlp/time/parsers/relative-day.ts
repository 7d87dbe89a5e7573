// Days named relative to the reference: "today", "yesterday", "tomorrow", "tonight", "this morning", "last night".
import { PARTS_OF_DAY, PART_OF_DAY_NAME } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

const OFFSETS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

export const relativeDay: Parser = {
  id: 'relative-day',
  gate: /today|tonight|yesterday|tomorrow/i,
  pattern: re(
    `${B}(?<day>the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)` +
      `(?:\\s+(?<part>${PART_OF_DAY_NAME}))?${E}`,
  ),
  extract(m) {
    const word = (m.groups?.['day'] ?? '').toLowerCase();
    const amount = OFFSETS[word];
    if (amount === undefined) return null;
    const part = m.groups?.['part'];
    const partOfDay = word === 'tonight' ? 'NI' : part === undefined ? undefined : PARTS_OF_DAY[part.toLowerCase()];
    return {
      start: m.index, end: m.index + m[0].length, kind: partOfDay ? 'time' : 'date', rule: this.id,
      relative: { type: 'shift', unit: 'day', amount },
      ...(partOfDay ? { partOfDay } : {}),
    };
  },
};

/** "this morning", "last night", "this evening": a part of the reference day (or the day before). */
export const partOfThisDay: Parser = {
  id: 'part-of-day',
  gate: /morning|afternoon|evening|night/i,
  pattern: re(`${B}(?<which>this|last|earlier this|later this)\\s+(?<part>${PART_OF_DAY_NAME})${E}`),
  extract(m) {
    const which = (m.groups?.['which'] ?? '').toLowerCase();
    const part = (m.groups?.['part'] ?? '').toLowerCase();
    const partOfDay = PARTS_OF_DAY[part];
    if (!partOfDay) return null;
    // "last night" is the night before; "last morning" is not idiomatic and stays on the same day.
    const amount = which === 'last' && part === 'night' ? -1 : 0;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'time', rule: this.id,
      relative: { type: 'shift', unit: 'day', amount }, partOfDay,
    };
  },
};
