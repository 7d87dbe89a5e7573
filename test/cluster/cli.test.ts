import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runClusterCommand } from '../../src/cli/commands/cluster.ts';
import { SEEDS_DIR } from './helpers.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SAMPLES_DIR, sampleRaws } from '../helpers/seeds.ts';
import { loadNerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline } from '../../src/pipeline/pipeline.ts';

test('crosscheck cluster reads .txt seeds and .jsonl, prints JSON with stories and duplicates', async () => {
  const dir = tempDir('cc-cluster-');
  const lines = [JSON.stringify({ id: 'j1', title: 'Quake hits Hokkaido', text: 'A magnitude 6.1 quake hit Hokkaido on Monday.' }), '{bad json'];
  writeFileSync(join(dir, 'more.jsonl'), lines.join('\n'));
  const { stdout, stderr, exitCode } = await runClusterCommand([SEEDS_DIR, dir], 'json');
  // The bad line is named and the rest clustered: a partial run (3), as in analyze.
  assert.equal(exitCode, 3);
  const result = JSON.parse(stdout) as { stories: { articleIds: string[]; independentSources: number; why: string }[]; duplicates: unknown[] };
  const ids = result.stories.flatMap((s) => s.articleIds).sort();
  assert.equal(ids.length, 6);
  assert.ok(ids.includes('j1'));
  assert.ok(result.stories.some((s) => s.articleIds.length === 5 && s.independentSources === 5 && s.why.startsWith('shared:')));
  assert.ok(Array.isArray(result.duplicates));
  const topics = (JSON.parse(stdout) as { topics: { id: string; storyIds: string[] }[] }).topics;
  assert.deepEqual(topics.flatMap((t) => t.storyIds).sort(), result.stories.map((s) => (s as unknown as { id: string }).id).sort());
  assert.match(stderr, /invalid JSON/);
});

test('a wrong --format is refused with exit code 1, a usage error as the help says (it was 2)', async () => {
  const out = await runClusterCommand([SEEDS_DIR], 'xml');
  assert.equal(out.exitCode, 1);
  assert.equal(out.stdout, '');
});

test('the text format explains its * mark and counts articles in plain words', async () => {
  const out = await runClusterCommand([SEEDS_DIR], 'text');
  assert.equal(out.exitCode, 0);
  // The counts say what they count, and the grouping reason is labelled (it read '5 independent  — shared: …').
  assert.match(out.stdout, /^s\S+ {2}5 articles, 5 independent sources {2}— why: shared:/m);
  assert.match(out.stdout, /^\(\* an origin: an article that is no near-duplicate of another; independent sources = origins, one per outlet; analyze also finds rewrites\)$/m);
});

test('cluster and analyze give the same stories for the same input (same cleaned text, same dates, same why)', async () => {
  // Undated, as a user would run both: the "why" line then gives the day the cleaned reports' photo captions give
  // (the cleaned text's paragraphs, as analyze reads them, tell captions from body).
  const analyzed = runPipeline(sampleRaws(), withDefaults({}), { ner: loadNerModel() });
  const out = await runClusterCommand([SAMPLES_DIR], 'json');
  const clustered = (JSON.parse(out.stdout) as { stories: { id: string; articleIds: string[]; why: string }[] }).stories;
  assert.ok(clustered.some((s) => /photo captions give 2022-01-10/.test(s.why)), JSON.stringify(clustered));
  assert.deepEqual(
    clustered.map((s) => ({ id: s.id, articleIds: s.articleIds, why: s.why })),
    analyzed.stories.map((s) => ({ id: s.id, articleIds: s.articles.map((a) => a.id), why: s.why })),
  );
});
