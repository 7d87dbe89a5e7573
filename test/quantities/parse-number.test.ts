import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumber } from '../../src/nlp/quantities/parse-number.ts';

const CASES: readonly [string, number][] = [
  ['100 000 troops', 100000],
  ['100,000 troops', 100000],
  ['one lakh soldiers', 100000],
  ['eight hours', 8],
  ['5-1/2 hours', 5.5],
  ['5 1/2 hours', 5.5],
  ['5½ hours', 5.5],
  ['half a million people', 500000],
  ['1.2m barrels', 1200000],
  ['$3bn', NaN],
  ['3bn dollars', 3e9],
  ['a dozen countries', 12],
  ['twenty-five', 25],
  ['three million', 3e6],
  ['one hundred and five', 105],
  ['2.5 billion', 2.5e9],
];

test('numbers in every notation news uses', () => {
  for (const [text, value] of CASES) {
    const parsed = parseNumber(text);
    if (Number.isNaN(value)) assert.equal(parsed, undefined, text);
    else assert.equal(parsed?.value, value, text);
  }
});

test('no number where there is none', () => {
  for (const text of ['an hour', 'troops', 'the', '', 'someone', 'once']) assert.equal(parseNumber(text), undefined, text);
});

test('never throws and never reads past the input', () => {
  fc.assert(fc.property(fc.string(), (s) => {
    const p = parseNumber(s);
    return p === undefined || (p.length > 0 && p.length <= s.length && Number.isFinite(p.value));
  }));
});
