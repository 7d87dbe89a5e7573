import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreClustering } from '../../src/cluster/clustering-metrics.ts';
import { clusterSourcesOf } from '../../src/pipeline/clean-and-date.ts';
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
  const { inputs } = clusterSourcesOf([
    { id: 'x', source: 'x.txt', format: 'text', text: '\n\nHeadline here\n\nBody one of the report.\n' },
    { id: 'y', source: 'y.json', format: 'text', text: 'Body only, as written.', title: 'Given', published: '2022-01-10' },
  ]);
  assert.equal(inputs[0]?.title, 'Headline here');
  assert.equal(inputs[0]?.text.trim(), 'Body one of the report.');
  assert.deepEqual(inputs[1], { id: 'y', title: 'Given', text: 'Body only, as written.', published: '2022-01-10' });
});

test('cluster input is cleaned as analyze cleans it: furniture out, HTML extracted, only a stated date kept', () => {
  // Three articles of one outlet share a newsletter line: outlet furniture, removed as analyze removes it.
  const pitch = 'Sign up for our morning newsletter to get the news first.';
  const raws = ['a', 'b', 'c'].map((id) => ({
    id, source: `${id}.txt`, format: 'text' as const, outlet: 'Daily', text: `Headline ${id}\n\nThe council met on March 3, 2021, to vote on the budget ${id}.\n\n${pitch}`,
  }));
  const html = { id: 'h', source: 'h.html', format: 'html' as const, html: '<html><head><title>Page</title></head><body><article><h1>Page</h1><p>The mayor opened the new bridge over the river on Sunday morning before a crowd of residents.</p></article></body></html>' };
  const { inputs } = clusterSourcesOf([...raws, html]);
  assert.equal(inputs.length, 4);
  for (const input of inputs.slice(0, 3)) {
    assert.ok(!input.text.includes('newsletter'), input.text);
    // The date the text mentions is the inferred publication date analyze shows, not a place in time for clustering.
    assert.equal(input.published, undefined);
  }
  assert.match(inputs[3]?.text ?? '', /opened the new bridge/);
  assert.equal(clusterSourcesOf(raws, { published: '2022-01-10' }).inputs[0]?.published, '2022-01-10');
  assert.equal(clusterSourcesOf([{ ...raws[0]!, published: '2021-03-04T09:00:00Z' }]).inputs[0]?.published, '2021-03-04');
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
