import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreClustering } from '../../src/cluster/clustering-metrics.ts';
import { fromRawArticle } from '../../src/cluster/from-raw-article.ts';
import { orderPair } from '../../src/cluster/order-pair.ts';
import { createClusterer } from '../../src/cluster/clusterer.ts';

test('B³ and pairwise scores on a hand-computed example', () => {
  // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
  const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y']]);
  const pred = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]);
  const s = scoreClustering(pred, gold);
  // Precision per item: a 1, b 1, c 1/2, d 1/2 → 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
  assert.equal(s.b3Precision, 0.75);
  assert.ok(Math.abs(s.b3Recall - 2 / 3) < 1e-12);
  // Pairs: predicted ab, cd; gold ab, ac, bc → 1 true of 2 predicted, of 3 gold.
  assert.equal(s.pairPrecision, 0.5);
  assert.ok(Math.abs(s.pairRecall - 1 / 3) < 1e-12);
  assert.equal(scoreClustering(gold, gold).b3F1, 1);
});

test('plain text input: first non-empty line is the headline; a given title wins', () => {
  const r = fromRawArticle({ id: 'x', source: 'x.txt', format: 'text', text: '\n\nHeadline here\n\nBody one.\n' });
  assert.equal(r.input?.title, 'Headline here');
  assert.equal(r.input?.text.trim(), 'Body one.');
  const t = fromRawArticle({ id: 'y', source: 'y.json', format: 'text', text: 'Body only.', title: 'Given', published: '2022-01-10' });
  assert.deepEqual(t.input, { id: 'y', title: 'Given', text: 'Body only.', published: '2022-01-10' });
});

test('HTML input is skipped with a diagnostic, not a throw', () => {
  const r = fromRawArticle({ id: 'h', source: 'h.html', format: 'html', html: '<p>x</p>' });
  assert.equal(r.input, undefined);
  assert.equal(r.diagnostics[0]?.rule, 'cluster/html-input');
});

test('pair direction: earlier date, then coverage, then length, then arrival', () => {
  const side = (id: string, extra: object) => ({ id, coveredByOther: 0.5, wordCount: 100, seq: 0, ...extra });
  assert.equal(orderPair(side('a', { day: 2 }), side('b', { day: 1 })).original, 'b');
  assert.equal(orderPair(side('a', { coveredByOther: 0.9 }), side('b', {})).copy, 'a');
  const byLength = orderPair(side('a', { wordCount: 80 }), side('b', {}));
  assert.deepEqual([byLength.original, byLength.decidedBy], ['b', 'length']);
  assert.equal(orderPair(side('a', { seq: 5 }), side('b', { seq: 1 })).decidedBy, 'arrival');
});

test('unknown linkage is a TypeError; clusterers share no state', () => {
  assert.throws(() => createClusterer({ linkage: 'single' as 'centroid' }), TypeError);
  const a = createClusterer();
  const b = createClusterer();
  a.add({ id: 'one', title: 'Quake hits Hokkaido', text: 'A magnitude 6.1 quake hit Hokkaido.' });
  assert.equal(a.snapshot().stories.length, 1);
  assert.equal(b.snapshot().stories.length, 0);
});
