import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadNerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipelineParallel } from '../../src/pipeline/parallel/run-parallel.ts';
import { runPipeline } from '../../src/pipeline/pipeline.ts';
import { sampleFiles, sampleRaws } from '../helpers/seeds.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));

/** The seeds, a rewritten copy of each (a second story member from another "outlet"), and items that fail. */
function batch(): RawArticle[] {
  const seeds = sampleRaws();
  const copies = seeds.map((r) => ({ ...r, id: `${r.id}-copy`, source: `${r.source}#copy`, text: (r.text ?? '').replace(/\bsaid\b/g, 'stated') }));
  const odd: RawArticle[] = [
    { id: 'empty', source: 'empty.txt', format: 'text', text: '' },
    { id: 'markup', source: 'broken.html', format: 'html', html: '<html><body><p>Unclosed <b>tags <i>everywhere' },
  ];
  return [...seeds, ...odd, ...copies];
}

test('worker threads give exactly the single-thread result: the brief (articles, stories) and diagnostics in the same order', async () => {
  const raws = batch();
  const options = withDefaults({ published: '2022-01-10', summaryBytes: 400 });
  const serial = runPipeline(raws, options, { ner: loadNerModel() });
  for (const jobs of [2, 3]) {
    const parallel = await runPipelineParallel(raws, options, { jobs, minArticlesPerThread: 1 });
    assert.equal(parallel.threads, jobs);
    assert.deepEqual(parallel.loadDiagnostics, []);
    assert.deepEqual(parallel.brief, serial.brief, `jobs ${jobs}: brief`);
    assert.deepEqual(parallel.diagnostics, serial.diagnostics, `jobs ${jobs}: diagnostics`);
  }
});

test('few articles run on the calling thread: starting threads would cost more than it saves', async () => {
  const r = await runPipelineParallel(sampleRaws(), withDefaults({}), { jobs: 4 });
  assert.equal(r.threads, 0);
  await assert.rejects(runPipelineParallel([], withDefaults({}), { jobs: 0 }), TypeError);
});

test('crosscheck analyze --jobs 2 prints what --jobs 1 prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-jobs-'));
  try {
    // 60 files: enough that two threads are used (see MIN_ARTICLES_PER_THREAD).
    for (let k = 0; k < 12; k++) for (const s of sampleFiles()) writeFileSync(join(dir, `${s.id}-${k}.txt`), k === 0 ? s.text : s.text.replace(/\bRussia\b/, `Russia (${k})`));
    const run = (jobs: string) => spawnSync(process.execPath, [BIN, 'analyze', dir, '--published', '2022-01-10', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.match(run('x').stderr, /--jobs must be a positive whole number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the default number of threads is the cores idle now, at least one and at most the cores', async () => {
  const { defaultJobs } = await import('../../src/pipeline/parallel/default-jobs.ts');
  assert.equal(defaultJobs(2, 0.1), 2);
  assert.equal(defaultJobs(2, 0.8), 1, 'a core mostly busy is not worth a thread of its own');
  assert.equal(defaultJobs(2, 2.5), 1);
  assert.equal(defaultJobs(8, 3.2), 5);
  assert.equal(defaultJobs(4, 40), 1);
  const jobs = defaultJobs();
  assert.ok(Number.isInteger(jobs) && jobs >= 1, String(jobs));
});
