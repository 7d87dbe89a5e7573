import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basilDir, loadBasilArticle, toRawArticle } from '../../scripts/lib/basil.ts';
import { REPO_ROOT } from '../../scripts/lib/data.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadNerModel, type NerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline } from '../../src/pipeline/pipeline.ts';
import { alterFirstQuote, paragraphs, swapSynonyms } from '../cluster/helpers.ts';
import { sampleRaws, seedsResult } from '../helpers/seeds.ts';

// Rewrites are found per story at brief time (src/pipeline/stages/find-rewrites.ts): most of the copy's narrative
// sentences restate one of the original's each, as the statement aligner judges them. Real text on both sides: the
// five sample reports, and basil-dev's Fox / NYT / HuffPost reports of one event.

let ner: NerModel | undefined;
const run = (raws: readonly RawArticle[], published?: string) => runPipeline(raws, withDefaults(published ? { published } : {}), { ner: (ner ??= loadNerModel()) });

/** A desk rewrite of seed 003 (AFP-style): synonyms swapped, two paragraphs dropped, the rest reordered, one quote changed. */
function spunSeed(published?: string): RawArticle {
  const base = sampleRaws()[3];
  assert.ok(base);
  const [title = '', ...rest] = (base.text ?? '').split('\n');
  const ps = paragraphs(rest.join('\n')).map(swapSynonyms);
  const kept = ps.filter((_, i) => i !== 1 && i !== 5);
  const reordered = [...kept.slice(3), ...kept.slice(0, 3)];
  const text = `${swapSynonyms(title)}\n\n${alterFirstQuote(reordered.join('\n\n'))}`;
  return { id: 'spun-003', source: 'test/spun-003.txt', format: 'text', text, ...(published ? { published } : {}) };
}

test('the five samples are independent reports: no rewrites, five independent sources (004, a spin of a report not among them, included)', () => {
  const { brief } = seedsResult();
  assert.equal(brief.stories.length, 1);
  const story = brief.stories[0];
  assert.ok(story);
  assert.deepEqual(story.rewrites, []);
  assert.equal(story.independentSources, 5);
});

test('a synonym-swapped, reordered, trimmed copy of a sample with one quote changed is its rewrite, original by date', () => {
  const seed = sampleRaws()[3];
  assert.ok(seed);
  const { brief } = run([...sampleRaws(), spunSeed('2022-01-11')], '2022-01-10');
  const story = brief.stories.find((s) => s.articleIds.includes('spun-003'));
  assert.ok(story);
  assert.deepEqual(story.rewrites.map((r) => [r.original, r.copy]), [[seed.id, 'spun-003']]);
  assert.ok((story.rewrites[0]?.score ?? 0) >= 0.8, `score ${story.rewrites[0]?.score}`);
  assert.equal(story.independentSources, 5);
});

test('a same-day rewrite: the trimmed side is the copy', () => {
  const { brief } = run([sampleRaws()[3] as RawArticle, spunSeed()], '2022-01-10');
  assert.deepEqual(brief.stories.flatMap((s) => s.rewrites.map((r) => r.copy)), ['spun-003']);
});

const CHENEY = '2013-11c9f251-35c8-4452-b052-df9be61464c6';
const dir = basilDir();

test(
  'basil-dev: a hand-spun copy of the NYT report is its rewrite; Fox and HuffPost, retelling the Times story around the same quotes, are not',
  { skip: dir ? false : '../shared/data/basil-dev not found' },
  () => {
    const reports = [1, 2, 3].map((k) => toRawArticle(loadBasilArticle(`${CHENEY}_${k}`, dir)));
    const nyt = reports.find((r) => r.outlet?.toLowerCase() === 'nyt');
    assert.ok(nyt);
    // Written for this test from the NYT report: words swapped, sentences reordered and dropped, quotes altered.
    const text = readFileSync(join(REPO_ROOT, 'test/fixtures/rewrites/cheney-spun.txt'), 'utf8');
    const spun: RawArticle = { id: 'cheney-spun', source: 'test/fixtures/rewrites/cheney-spun.txt', format: 'text', text, published: '2013-09-02' };
    const without = run(reports).brief.stories;
    assert.equal(without.length, 1);
    assert.deepEqual(without[0]?.rewrites, []);
    const { brief } = run([...reports, spun]);
    assert.equal(brief.stories.length, 1);
    const story = brief.stories[0];
    assert.ok(story);
    assert.deepEqual(story.rewrites.map((r) => [r.original, r.copy]), [[nyt.id, 'cheney-spun']]);
    assert.equal(story.independentSources, 3);
  },
);

test(
  'basil-dev: Fox and HuffPost running the same press statements of Arpaio and Perry, each in its own narrative, are no rewrite',
  { skip: dir ? false : '../shared/data/basil-dev not found' },
  () => {
    const reports = [1, 2, 3].map((k) => toRawArticle(loadBasilArticle(`2011-0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d_${k}`, dir)));
    const { brief } = run(reports);
    assert.equal(brief.stories.length, 1);
    assert.deepEqual(brief.stories[0]?.rewrites, []);
    assert.equal(brief.stories[0]?.independentSources, 3);
  },
);
