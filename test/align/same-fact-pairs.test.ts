import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basilArticlesDir, readBasilArticle } from '../../scripts/lib/basil-articles.ts';
import { readSameFactPairs } from '../../scripts/same-fact-pairs.ts';

const dir = basilArticlesDir();
const pairs = readSameFactPairs();

test('same-fact pair fixtures: at least 150 pairs, both labels, two outlets of one event, split by event', () => {
  assert.ok(pairs.length >= 150, `${pairs.length} pairs`);
  assert.ok(pairs.some((p) => p.sameFact) && pairs.some((p) => !p.sameFact));
  const splitOf = new Map<string, string>();
  for (const p of pairs) {
    assert.notEqual(p.a.article, p.b.article);
    assert.ok(splitOf.get(p.event) === undefined || splitOf.get(p.event) === p.split, `event ${p.event} in one split`);
    splitOf.set(p.event, p.split);
  }
  assert.deepEqual([...new Set(pairs.map((p) => p.split))].sort(), ['dev', 'heldout']);
});

test('same-fact pair fixtures point at their sentences in basil-dev', { skip: dir ? false : 'basil-dev not found under ../shared/data (set CROSSCHECK_DATA)' }, () => {
  if (!dir) return;
  for (const p of pairs) {
    for (const e of [p.a, p.b]) {
      const a = readBasilArticle(dir, e.article);
      assert.equal(a.event, p.event, `${e.article} belongs to event ${p.event}`);
      assert.equal(a.text.slice(e.start, e.start + e.snippet.length), e.snippet, `${e.article}@${e.start}`);
      assert.ok(e.end > e.start && e.end <= a.text.length);
    }
  }
});
