import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { detectRewrite } from '../../src/cluster/detect-copies.ts';
import { featurizeArticle } from '../../src/cluster/featurize-article.ts';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { alterFirstQuote, loadSeeds, paragraphs, swapSynonyms } from './helpers.ts';
import type { ClusterInput } from '../../src/cluster/types.ts';

const seeds = loadSeeds();
const base = seeds[3] as ClusterInput; // the AFP-style report: many sentences, quotes

/** A desk rewrite: synonyms swapped, two paragraphs dropped, the rest partly reordered, one quote changed. */
function rewriteOf(a: ClusterInput, id: string, published: string): ClusterInput {
  const ps = paragraphs(a.text).map(swapSynonyms);
  const kept = ps.filter((_, i) => i !== 1 && i !== 5);
  const reordered = [...kept.slice(3), ...kept.slice(0, 3)];
  return { id, published, title: swapSynonyms(a.title), text: alterFirstQuote(reordered.join('\n\n')) };
}

const side = (a: ClusterInput, seq: number) => ({ features: featurizeArticle(a), seq });

test('a synonym-swapped, reordered, trimmed rewrite is detected, original by date', () => {
  const copy = rewriteOf(base, 'rewrite', '2022-01-11');
  const found = detectRewrite(side(copy, 0), side(base, 1), DEFAULT_CLUSTER_OPTIONS);
  assert.ok(found, 'rewrite not detected');
  assert.equal(found.original, base.id);
  assert.equal(found.copy, 'rewrite');
  assert.equal(found.decidedBy, 'date');
  assert.ok(found.value >= 0.6, `score ${found.value}`);
});

test('same-day rewrite: the trimmed side is the copy, decided by containment', () => {
  const copy = rewriteOf(base, 'rewrite', base.published ?? '');
  const found = detectRewrite(side(base, 0), side(copy, 1), DEFAULT_CLUSTER_OPTIONS);
  assert.ok(found);
  assert.equal(found.copy, 'rewrite');
  assert.equal(found.decidedBy, 'containment');
});

test('the five seed reports (independent, same event) are not copies of each other', () => {
  const result = clusterArticles(seeds);
  assert.deepEqual(result.rewrites, []);
  assert.deepEqual(result.duplicates, []);
  for (let i = 0; i < seeds.length; i++) {
    for (let j = 0; j < seeds.length; j++) {
      if (i === j) continue;
      assert.equal(detectRewrite(side(seeds[i]!, i), side(seeds[j]!, j), DEFAULT_CLUSTER_OPTIONS), undefined, `${i} vs ${j}`);
    }
  }
});

test('an unrelated text sharing only boilerplate words is no rewrite', () => {
  const other: ClusterInput = {
    id: 'other',
    title: 'Storm closes schools',
    text: 'Heavy snow closed schools across the county on Tuesday. Officials said roads would reopen by Thursday. Parents were told to check the district website for updates on bus routes.',
  };
  assert.equal(detectRewrite(side(other, 0), side(base, 1), DEFAULT_CLUSTER_OPTIONS), undefined);
});

test('batch run lists the rewrite and an exact copy, and both join the story', () => {
  const copy = rewriteOf(base, 'rewrite', '2022-01-11');
  const exact: ClusterInput = { ...seeds[0]!, id: 'exact-copy', published: '2022-01-11' };
  const result = clusterArticles([...seeds, copy, exact]);
  assert.ok(result.rewrites.some((r) => r.original === base.id && r.copy === 'rewrite'));
  assert.ok(result.duplicates.some((d) => d.original === seeds[0]!.id && d.copy === 'exact-copy' && d.similarity >= 0.95));
});
