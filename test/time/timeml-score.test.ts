import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseTimeMl } from '../../src/nlp/time/timeml.ts';
import { countTimexes, scoreCounts } from '../../src/nlp/time/timex-score.ts';

const FIXTURE = readFileSync(new URL('./fixtures/mini.tml', import.meta.url), 'utf8');

test('parseTimeMl strips tags and keeps gold offsets into the plain text', () => {
  const doc = parseTimeMl(FIXTURE);
  assert.equal(doc.id, 'mini');
  assert.equal(doc.dct, '2013-03-22');
  assert.equal(doc.text, '\nThe FAA said Friday it will act in April & close towers for a month.\n');
  assert.deepEqual(doc.timexes.map((t) => [t.text, t.type, t.value]), [
    ['Friday', 'DATE', '2013-03-22'], ['April', 'DATE', '2013-04'], ['a month', 'DURATION', 'P1M'],
  ]);
  for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('scoring: strict, relaxed and value follow the TempEval-3 definitions', () => {
  const gold = [
    { start: 0, end: 6, type: 'DATE', value: '2013-03-22' },
    { start: 10, end: 20, type: 'DATE', value: '2013-04' },
    { start: 30, end: 37, type: 'DURATION', value: 'P1M' },
  ];
  const system = [
    { start: 0, end: 6, type: 'DATE', value: '2013-03-22' }, // strict, right value
    { start: 7, end: 15, type: 'DATE', value: '2012-04' }, // relaxed only, wrong value
    { start: 50, end: 55, type: 'DATE', value: '2013' }, // spurious
  ];
  const c = countTimexes(gold, system);
  assert.deepEqual(c, { gold: 3, system: 3, strict: 1, relaxed: 2, value: 1, type: 2 });
  const s = scoreCounts(c);
  assert.equal(s.valueP, 1 / 3);
  assert.equal(s.valueR, 1 / 3);
  assert.equal(s.typeAccuracy, 1);
});

test('scoring with nothing found is zero, not NaN', () => {
  const s = scoreCounts(countTimexes([{ start: 0, end: 1, type: 'DATE', value: '2013' }], []));
  assert.equal(s.valueF1, 0);
  assert.equal(s.relaxedF1, 0);
});
