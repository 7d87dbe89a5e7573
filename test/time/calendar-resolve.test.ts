import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, formatDay, formatWeek, isoWeekday, parseDay } from '../../src/nlp/time/calendar.ts';
import { resolveRelative, resolveWeekday, shiftValue } from '../../src/nlp/time/resolve.ts';

const day = (s: string) => {
  const d = parseDay(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
};

const WEEKS: readonly [string, string][] = [
  ['2022-01-10', '2022-W02'],
  ['2022-01-02', '2021-W52'],
  ['2021-01-03', '2020-W53'],
  ['2024-12-30', '2025-W01'],
  ['2013-03-22', '2013-W12'],
];
for (const [d, w] of WEEKS) test(`ISO week of ${d} is ${w}`, () => assert.equal(formatWeek(day(d)), w));

test('parseDay rejects impossible days and accepts leap days', () => {
  assert.equal(parseDay('2022-02-29'), undefined);
  assert.equal(parseDay('2022-13-01'), undefined);
  assert.deepEqual(parseDay('2020-02-29'), { year: 2020, month: 2, day: 29 });
});

test('addMonths clamps to the month length and crosses years', () => {
  assert.deepEqual(addMonths(day('2022-01-31'), 1), { year: 2022, month: 2, day: 28 });
  assert.deepEqual(addMonths(day('2022-01-10'), -1), { year: 2021, month: 12, day: 10 });
});

test('weekday resolution follows news convention', () => {
  const monday = day('2022-01-10');
  assert.equal(isoWeekday(monday), 1);
  const resolve = (weekday: number, shift: -1 | 0 | 1, tense: 'past' | 'future' | 'unknown') =>
    formatDay(resolveWeekday(monday, weekday, shift, tense));
  assert.equal(resolve(3, 0, 'past'), '2022-01-05');
  assert.equal(resolve(3, 0, 'future'), '2022-01-12');
  assert.equal(resolve(3, 0, 'unknown'), '2022-01-05');
  assert.equal(resolve(1, 0, 'future'), '2022-01-10'); // "on Monday" in a Monday paper is that day
  assert.equal(resolve(1, -1, 'unknown'), '2022-01-03'); // "last Monday"
  assert.equal(resolve(1, 1, 'unknown'), '2022-01-17'); // "next Monday"
});

test('shifts produce values at the unit granularity', () => {
  const ref = day('2022-01-10');
  assert.equal(shiftValue(ref, 'day', -1), '2022-01-09');
  assert.equal(shiftValue(ref, 'week', -1), '2022-W01');
  assert.equal(shiftValue(ref, 'month', -1), '2021-12');
  assert.equal(shiftValue(ref, 'quarter', -1), '2021-Q4');
  assert.equal(shiftValue(ref, 'year', 1), '2023');
  assert.equal(shiftValue(ref, 'decade', -2), '200');
});

test('months: tense picks the occurrence; past tense keeps a scheduled date up to two months ahead', () => {
  const context = (tense: 'past' | 'future' | 'unknown') => ({ reference: day('2022-01-10'), tense, anchor: undefined, sentenceDay: undefined });
  assert.equal(resolveRelative({ type: 'month', month: 1, day: 25, shift: 0 }, context('past')), '2022-01-25');
  assert.equal(resolveRelative({ type: 'month', month: 3, day: 1, shift: 0 }, context('past')), '2022-03-01');
  assert.equal(resolveRelative({ type: 'month', month: 4, day: 1, shift: 0 }, context('past')), '2021-04-01');
  assert.equal(resolveRelative({ type: 'month', month: 12, day: 28, shift: 0 }, context('future')), '2022-12-28');
  assert.equal(resolveRelative({ type: 'month', month: 12, day: 28, shift: 0 }, context('unknown')), '2021-12-28');
  assert.equal(resolveRelative({ type: 'month', month: 1, shift: 0 }, context('future')), '2022-01');
  assert.equal(resolveRelative({ type: 'month', month: 8, shift: 0 }, context('past')), '2021-08');
  assert.equal(resolveRelative({ type: 'month', month: 8, shift: 0 }, context('future')), '2022-08');
  assert.equal(resolveRelative({ type: 'month', month: 8, shift: 0 }, { ...context('past'), reference: undefined }), 'XXXX-08');
});

test('anchored shifts count from the last mentioned date; a shift with no day to count from is unknown', () => {
  const base = { reference: day('2022-01-10'), tense: 'unknown' as const, sentenceDay: undefined };
  assert.equal(resolveRelative({ type: 'anchored', unit: 'day', amount: 1 }, { ...base, anchor: { day: day('2021-06-16'), unit: 'day' } }), '2021-06-17');
  assert.equal(resolveRelative({ type: 'anchored', unit: 'day', amount: 1 }, { ...base, anchor: { day: day('2019-01-01'), unit: 'year' } }), 'XXXX-XX-XX');
  assert.equal(resolveRelative({ type: 'anchored', unit: 'day', amount: -1 }, { ...base, anchor: undefined }), 'XXXX-XX-XX');
  assert.equal(resolveRelative({ type: 'anchored', unit: 'day', amount: 0 }, { ...base, anchor: undefined }), '2022-01-10');
  assert.equal(resolveRelative({ type: 'anchored', unit: 'year', amount: 0 }, { ...base, anchor: { day: day('1975-01-01'), unit: 'year' } }), '1975');
});
