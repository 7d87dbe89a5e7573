import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSpans } from '../../src/nlp/ner/conlleval.ts';
import { iobToSpans, parseConll } from '../../src/nlp/ner/conll.ts';
import { bilouToSpans, spansToBilou, LABEL_NAMES } from '../../src/nlp/ner/labels.ts';

test('exact span and exact type only', () => {
  const gold = [
    [{ start: 0, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }],
    [{ start: 1, end: 3, type: 'ORG' }],
  ];
  const predicted = [
    [{ start: 0, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'ORG' }], // right, wrong type
    [{ start: 1, end: 2, type: 'ORG' }, { start: 5, end: 6, type: 'MISC' }], // short boundary, spurious
  ];
  const s = scoreSpans(gold, predicted);
  assert.equal(s.overall.tp, 1);
  assert.equal(s.overall.predicted, 4);
  assert.equal(s.overall.gold, 3);
  assert.equal(s.overall.precision, 0.25);
  assert.ok(Math.abs(s.overall.recall - 1 / 3) < 1e-12);
  assert.ok(Math.abs(s.overall.f1 - (2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3)) < 1e-12);
  assert.equal(s.byType['PER']?.f1, 1);
  assert.equal(s.byType['LOC']?.recall, 0);
  const peer = scoreSpans(gold, predicted, ['PER', 'LOC']);
  assert.equal(peer.overall.gold, 2);
  assert.equal(peer.overall.predicted, 1);
});

test('IOB1 and IOB2 tags give the same spans', () => {
  assert.deepEqual(iobToSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, typeIndex: 0 },
    { start: 3, end: 4, typeIndex: 2 },
    { start: 4, end: 5, typeIndex: 2 },
  ]);
  assert.deepEqual(iobToSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']), iobToSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']));
});

test('BILOU round trip', () => {
  const spans = [{ start: 0, end: 1, typeIndex: 1 }, { start: 2, end: 5, typeIndex: 3 }];
  const labels = spansToBilou(spans, 6);
  assert.deepEqual([...labels].map((l) => LABEL_NAMES[l]), ['U-ORG', 'O', 'B-MISC', 'I-MISC', 'L-MISC', 'O']);
  assert.deepEqual(bilouToSpans(labels), spans);
});

test('documents split at datelines when -DOCSTART- is absent', () => {
  const text = ['A NNP O O', '', 'PARIS NNP O B-LOC', '1996-08-22 CD O O', '', 'Hi UH O O', '', 'B NNP O O', '', 'ROME NNP O B-LOC', '1996-08-23 CD O O', ''].join('\n');
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.equal(docs[0]?.sentences.length, 3);
  assert.deepEqual(docs[1]?.sentences[1]?.spans, [{ start: 0, end: 1, typeIndex: 2 }]);
});
