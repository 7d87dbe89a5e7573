import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseCopies } from '../../src/summary/collapse-copies.ts';
import { prepareSentences } from '../../src/summary/prepare-sentences.ts';
import { documentFromText } from '../../src/summary/index.ts';

const original =
  'Negotiators from Norland and Sudavia agreed on Saturday to a ceasefire along their disputed border. ' +
  'The truce takes effect at midnight and will be monitored by forty United Nations observers.';
const update = original + ' Fighting over the river valley has killed more than 1,200 people since March.';
const other = 'A local bakery in the capital reported record sales of spring pastries during the festival week.';

test('an updated version of a report collapses onto the original; a different report does not', () => {
  const docs = [documentFromText('a', original), documentFromText('b', other), documentFromText('c', update)];
  assert.deepEqual(collapseCopies(prepareSentences(docs), docs.length), [0, 1, 0]);
});

test('no documents, no copies', () => {
  assert.deepEqual(collapseCopies([], 0), []);
});
