import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../src/nlp/quantities/find-quantities.ts';
import { splitSentences } from '../../src/text/sentences.ts';

function quantities(text: string) {
  return findQuantities(text, splitSentences(text));
}

test('hedges become qualifiers and the counted noun becomes the unit', () => {
  const [q] = quantities('Talks lasted roughly 5-1/2 hours on Monday.');
  assert.equal(q?.value, 5.5);
  assert.equal(q?.unit, 'hour');
  assert.equal(q?.qualifier, 'approximately');
  assert.equal(q?.text, 'roughly 5-1/2 hours');
});

test('troops and soldiers count the same thing; adjectives in between are skipped', () => {
  const qs = quantities('Russia massed more than 100,000 Russian troops. Nobody sends one lakh soldiers to practice.');
  assert.deepEqual(qs.map((q) => [q.value, q.unit, q.qualifier]), [[100000, 'troops', 'more than'], [100000, 'troops', 'exact']]);
});

test('negative cases: years, dates, times, identifiers and pronoun "one" are not quantities', () => {
  const text = 'In 2014 the annexation began. On June 16, 2021 they met at 10 a.m. under Article 5 of the treaty. ' +
    'No one sends a Boeing 737 to COVID-19 talks. The 1st round ended.';
  assert.deepEqual(quantities(text).map((q) => q.text), []);
});

test('percentages and money keep their unit', () => {
  const qs = quantities('Prices rose 12.53% and the fund holds $1.2bn in cash.');
  assert.deepEqual(qs.map((q) => [q.value, q.unit]), [[12.53, '%'], [1.2e9, 'USD']]);
});

test('every quantity span is its text, for any input', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
    for (const q of quantities(s)) if (s.slice(q.start, q.end) !== q.text) return false;
    return true;
  }));
});

test('negative: odds ("a one-in-three chance", "1 in 3") are not counts; "two young sons" counts sons', () => {
  // basil-dev, NYT and HuffPost 2012-04-23; NYT and Fox 2013-01-30.
  const odds = 'I would say that there is a two-in-three chance that we win control of the House again. But there’s a 1 in 3 chance that we could lose.';
  assert.deepEqual(quantities(odds).map((q) => q.text), []);
  assert.deepEqual(quantities('He and wife Stacy have two young sons.').map((q) => [q.value, q.unit]), [[2, 'son']]);
});

test('a share written as a fraction is no count of "thirds"; a verb after a count is not what it counts (PolNeAR train, Breitbart 2016-03-15)', () => {
  // The brief read "third of republican: 2 (“About two-thirds”)" and "say: 5 (“five say”)".
  const text =
    'About two-thirds of Republican primary voters in all five states voting Tuesday support temporarily banning non-citizen Muslims from entering the United States, but majorities in all five say they want immigrants already in the United States illegally to be allowed a chance to stay. ' +
    'The proportion of GOP primary voters saying they want a ban on non-citizen Muslims entering the United States is as high as three-quarters in Missouri.';
  assert.deepEqual(quantities(text).map((q) => [q.text, q.value, q.unit]), [['five states', 5, 'state']]);
  // Negative: written apart, "quarters" are periods unless a share "of" something follows.
  assert.deepEqual(quantities('Sales rose two quarters in a row, and three quarters of the stores grew.').map((q) => [q.text, q.value, q.unit]), [['two quarters', 2, 'quarter']]);
});
