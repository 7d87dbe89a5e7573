import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses, withReportingFrame } from '../../src/summary/index.ts';
import { readClauses } from './read-clauses.ts';

// A clause shown alone as one source's report keeps who reported it, and drops a frame left dangling at its end.
const shown = (sentence: string): string[] => readClauses(sentence, withReportingFrame);

test('the reporting frame the splitter cut comes back; a frame dangling for the next quotation goes (seeds)', () => {
  const seeds = 'With both sides dug in on their positions, Deputy Foreign Minister Sergei Ryabkov said “no progress” was made on the central demand to halt NATO expansion, although he insisted: “We have no intention to invade Ukraine.”';
  assert.ok(shown(seeds).includes('Deputy Foreign Minister Sergei Ryabkov said “no progress” was made on the central demand to halt NATO expansion'), JSON.stringify(shown(seeds)));
});

test('negative: a clause with no frame before it, or a frame with a stance verb, is shown as split', () => {
  const plain = 'The talks ended on Monday, and the delegations will meet again in Brussels.';
  assert.deepEqual(shown(plain), splitClauses(plain, 100).map((c) => c.text));
  const warned = 'The US warned Moscow of severe consequences, although officials declined to give details.';
  assert.deepEqual(shown(warned), splitClauses(warned, 100).map((c) => c.text));
});
