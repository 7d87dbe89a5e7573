// Months and weekdays are not names: as entities they tied unrelated stories of the same month ("Nov", "Dec", "Sept").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures, isCalendarWord } from '../../src/cluster/extract-features.ts';
import { splitBody } from '../../src/cluster/split-body.ts';

const kindsOf = (text: string, entities: readonly string[] = []): Map<string, string> =>
  new Map(extractFeatures([], splitBody(text), entities).map((f) => [f.label, f.kind]));

test('capitalized months, weekdays and their abbreviations are words, not names; names beside them stay names', () => {
  const kinds = kindsOf('Talks resumed on Monday in Geneva. Officials met Nov. 3 and again in Sept with Kim Dae-jung.');
  // Weekdays are stop words of content-words.ts already; what matters is that none is a name.
  assert.notEqual(kinds.get('Monday'), 'entity');
  assert.equal(kinds.get('nov'), 'word');
  assert.equal(kinds.get('sept'), 'word');
  assert.equal(kinds.get('Geneva'), 'entity');
  assert.equal(kinds.get('Kim'), 'entity');
  // A month breaks a multi-word name rather than joining it: "Sept Kim" is no name.
  assert.ok(![...kinds.keys()].some((l) => /Sept /.test(l)), [...kinds.keys()].join(', '));
});

test('given entities drop calendar parts; lower-case "march" and "wed" are not calendar words', () => {
  const kinds = kindsOf('Crowds gathered.', ['Monday Morning', 'Kofi Annan']);
  assert.equal(kinds.get('Monday'), undefined);
  assert.equal(kinds.get('Kofi Annan'), 'entity');
  assert.equal(isCalendarWord('march'), false);
  assert.equal(isCalendarWord('wed'), false);
  assert.equal(isCalendarWord('Dec.'), true);
  assert.equal(isCalendarWord('May'), false);
});
