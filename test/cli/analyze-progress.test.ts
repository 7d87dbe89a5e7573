import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { phaseReporter } from '../../src/cli/commands/analyze.ts';
import { runPipelineParallel, type PipelinePhase } from '../../src/pipeline/parallel/run-parallel.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';

// analyze said nothing for ~20 s on 500 articles: on a terminal it now names the part of the work it is in.

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write: (s: string) => boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => (written.push(s), true) };
}

test('analyze progress: one rewritten terminal line per part of the work, cleared at the end', () => {
  const stream = fakeStream(true);
  const progress = phaseReporter(stream);
  progress.phase('analyze', 500);
  progress.phase('cluster', 488);
  progress.phase('brief', 1);
  progress.done();
  assert.deepEqual(stream.written, [
    '\r\x1b[Kanalyze: reading and analyzing 500 articles…',
    '\r\x1b[Kanalyze: grouping 488 articles into stories…',
    '\r\x1b[Kanalyze: writing the briefs of 1 story…',
    '\r\x1b[K',
  ]);
});

test('analyze progress: pages counted as they are fetched', () => {
  const stream = fakeStream(true);
  const progress = phaseReporter(stream);
  progress.fetched(0, 2);
  progress.fetched(1, 2);
  progress.phase('analyze', 1);
  progress.done();
  assert.deepEqual(stream.written, [
    '\r\x1b[Kanalyze: fetching 2 pages (0 done; one a second per site)…',
    '\r\x1b[Kanalyze: fetching 2 pages (1 done; one a second per site)…',
    '\r\x1b[Kanalyze: reading and analyzing 1 article…',
    '\r\x1b[K',
  ]);
});

test('analyze progress: nothing when stderr is a file or a pipe', () => {
  const stream = fakeStream(false);
  const progress = phaseReporter(stream);
  progress.fetched(0, 2);
  progress.phase('analyze', 5);
  progress.done();
  assert.deepEqual(stream.written, []);
});

test('runPipelineParallel tells each part of the work as it starts, with its count', async () => {
  const dir = join(import.meta.dirname, '..', '..', 'samples');
  const raws = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f): RawArticle => {
    const [title = '', ...body] = readFileSync(join(dir, f), 'utf8').split('\n');
    return { id: f.replace(/\.txt$/, ''), source: f, format: 'text', title, text: body.join('\n'), published: '2022-01-10' };
  });
  const seen: [PipelinePhase, number][] = [];
  const { brief } = await runPipelineParallel(raws, withDefaults({}), { jobs: 1, onPhase: (phase, n) => seen.push([phase, n]) });
  assert.deepEqual(seen, [['analyze', raws.length], ['cluster', raws.length], ['brief', brief.stories.length]]);
});
