import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSeatsOfGovernment, type SeatSpan } from '../../src/nlp/entities/name-seats-of-government.ts';

function typed(text: string, name: string, type: SeatSpan['type'] = 'place'): string[] {
  const spans: SeatSpan[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length, text: name, type, rule: 'ner' });
  return nameSeatsOfGovernment(text, spans).map((s) => s.type);
}

test('a seat of government acting is the government: "the Kremlin denies", "Kremlin-backed", "which the Kremlin laid out"', () => {
  // samples/002-004: every Kremlin of the five reports is the Russian government.
  assert.deepEqual(typed('The Kremlin denies it is planning to attack. The Kremlin-backed government fell.', 'Kremlin'), ['organization', 'organization']);
  assert.deepEqual(typed('Its key goals, which the Kremlin laid out in December.', 'Kremlin'), ['organization']);
  assert.deepEqual(typed('“We are ready,” the White House said.', 'White House'), ['organization']);
});

test('the building stays a place: "in the Kremlin", "returned to the White House", "a Kremlin residence"', () => {
  assert.deepEqual(typed('Yeltsin plans to return to Kremlin on Dec 25; he met them in the Kremlin.', 'Kremlin'), ['place', 'place']);
  assert.deepEqual(typed('He was staying in a Kremlin residence near Moscow.', 'Kremlin'), ['place']);
  assert.deepEqual(typed('Protesters gathered outside the White House.', 'White House'), ['place']);
  // Other places and other types are left as they are.
  assert.deepEqual(typed('Moscow said so.', 'Moscow'), ['place']);
  assert.deepEqual(typed('The Pentagon said so.', 'Pentagon', 'organization'), ['organization']);
});
