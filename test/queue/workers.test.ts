// Many workers on one PostgreSQL, as a user runs them: `crosscheck worker --db URL` processes, `crosscheck ingest
// --db URL` enqueuing. The stories must be the ones a single process makes from the same input, every article in
// exactly one story, and faults (a worker killed mid-job, a database restart, a poison job) must lose nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { postgresSkipReason, startTempPostgres, type TempPostgres } from '../../scripts/lib/temp-postgres.ts';
import { loadInputs } from '../../src/io/load-inputs.ts';
import { ARTICLE_QUEUE, openQueueClient } from '../../src/queue/ingest-queue.ts';
import { openPostgresStore } from '../../src/store/postgres-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { crosscheck, exitCode, query, stopWorkers, storyPartition, testInputs, tracked, until, type Inputs } from './helpers.ts';

const skip = postgresSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'cc-workers-'));
// 6 basil-dev events (18 articles, 2010) beside the five samples (2022): several stories in distant date windows.
const inputs: Inputs = testInputs(dir, 6);
const PUBLISHED = ['--published', '2022-01-10'];
let server: TempPostgres | undefined;
let reference: string[][] = [];
let n = 0;
const { cli, workers, stopAll } = tracked();

before(async () => {
  if (skip) return;
  process.stderr.write(`# workers test inputs: ${inputs.note}\n`);
  server = await startTempPostgres();
  // The single-process answer: the same inputs ingested by one `crosscheck ingest` into SQLite.
  const db = join(dir, 'reference.db');
  const one = crosscheck(['ingest', ...inputs.args, ...PUBLISHED, '--db', db]);
  assert.equal(await one.exited, 0, one.output());
  const store = openSqliteStore(db);
  reference = await storyPartition(store);
  await store.close();
});

after(async () => {
  await stopAll();
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const freshDb = () => server!.createDatabase(`workers_${++n}`);

async function assertComplete(url: string, label: string): Promise<void> {
  const store = await openPostgresStore(url, { poolSize: 2 });
  try {
    const [counts] = await query<{ articles: number; members: number; orphans: number }>(
      url,
      'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS members, (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)) AS orphans',
    );
    assert.equal(counts?.articles, inputs.count, `${label}: every article stored`);
    assert.equal(counts?.orphans, 0, `${label}: no article in no story`);
    assert.equal(counts?.members, inputs.count, `${label}: each article in exactly one story`);
    assert.deepEqual(await storyPartition(store), reference, `${label}: the same stories as one process`);
  } finally {
    await store.close();
  }
}

// A bounded suite: on a stuck run, the tests fail and after() still stops every process and the server.
describe('workers on PostgreSQL', { skip, timeout: 15 * 60_000 }, () => {
  it('four workers make the same stories as one process, every article in exactly one story', async () => {
    const url = await freshDb();
    const pool = workers(url, 4);
    const ingest = cli(['ingest', ...inputs.args, ...PUBLISHED, '--db', url, '--wait']);
    assert.equal(await ingest.exited, 0, ingest.output());
    assert.match(ingest.output(), new RegExp(`${inputs.count} new, 0 updated, 0 unchanged, 0 failed articles`));
    await assertComplete(url, '4 workers');
    await stopWorkers(pool);
  });

  it('concurrent ingests of parts of the input leave every article in exactly one story', async () => {
    const url = await freshDb();
    const pool = workers(url, 3);
    const parts = inputs.args.length > 1 ? inputs.args : [inputs.args[0]!];
    const ingests = parts.map((input) => cli(['ingest', input, ...PUBLISHED, '--db', url, '--wait']));
    for (const i of ingests) assert.equal(await i.exited, 0, i.output());
    const [counts] = await query<{ articles: number; members: number }>(url, 'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS members');
    assert.equal(counts?.articles, inputs.count);
    assert.equal(counts?.members, inputs.count, 'each article in one story, none in none');
    const empty = await query(url, 'SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles a WHERE a.story_id = s.id)');
    assert.deepEqual(empty, [], 'no empty story left behind');
    await stopWorkers(pool);
  });

  it('kill -9 of a worker mid-job loses nothing: its job is retried by another worker', async () => {
    const url = await freshDb();
    const enqueue = cli(['ingest', ...inputs.args, ...PUBLISHED, '--db', url, '--job-timeout', '3']);
    assert.equal(await enqueue.exited, 0, enqueue.output());
    const [victim] = workers(url, 1);
    await until('a job to be active', 60_000, async () => {
      const rows = await query(url, `SELECT 1 FROM pgboss.job WHERE name = $1 AND state = 'active'`, [ARTICLE_QUEUE]);
      return rows.length > 0 ? true : undefined;
    });
    victim!.child.kill('SIGKILL');
    await victim!.exited;
    const pool = workers(url, 2);
    await until('the batch to be clustered', 120_000, async () => {
      const rows = await query(url, 'SELECT 1 FROM ingest_batches WHERE clustered_at IS NOT NULL');
      return rows.length > 0 ? true : undefined;
    });
    const retried = await query<{ n: number }>(url, 'SELECT max(retry_count)::int AS n FROM pgboss.job WHERE name = $1', [ARTICLE_QUEUE]);
    assert.ok((retried[0]?.n ?? 0) >= 1, 'the killed job was expired and retried');
    const failed = await query(url, "SELECT article_id FROM ingest_items WHERE outcome NOT IN ('inserted', 'updated', 'unchanged')");
    assert.deepEqual(failed, []);
    await assertComplete(url, 'after kill -9');
    await stopWorkers(pool);
  });

  it('a PostgreSQL restart mid-ingest is survived: jobs are retried and `ingest --wait` reports the batch', async () => {
    const url = await freshDb();
    const pool = workers(url, 2);
    const ingest = cli(['ingest', ...inputs.args, ...PUBLISHED, '--db', url, '--wait', '--job-timeout', '5']);
    await until('a few articles to be done', 120_000, async () => {
      const rows = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM ingest_items WHERE done_at IS NOT NULL');
      return (rows[0]?.n ?? 0) >= 2 ? true : undefined;
    });
    server!.restart({ downMs: 1500 });
    const code = await exitCode(ingest, 180_000).catch((err: Error) => {
      throw new Error(`${err.message}\nworkers:\n${pool.map((w) => w.output()).join('\n---\n')}`);
    });
    assert.equal(code, 0, ingest.output());
    assert.match(ingest.output(), /0 failed articles; stories written/);
    assert.deepEqual(pool.map((w) => w.child.exitCode ?? w.child.signalCode), pool.map(() => null), `every worker rode out the restart\n${pool.map((w) => w.output()).join('\n---\n')}`);
    await assertComplete(url, 'after a restart');
    await stopWorkers(pool);
  });

  it('a poison job fails alone with a diagnostic after bounded retries; the rest of its batch is stored and clustered', async () => {
    const url = await freshDb();
    const queue = await openQueueClient(url, { retryLimit: 2, retryDelaySeconds: 1, timeoutSeconds: 30 });
    try {
      const loaded = await loadInputs([join(process.cwd(), 'samples')], { maxFileBytes: 1e7 });
      const poison = { id: 'poison', source: 'poison.html', format: 'html' as const, html: '<html><body><p>A page.</p></body></html>' };
      const sent = await queue.enqueue({ raws: [...loaded.articles, poison] }, { published: '2022-01-10', summaryBytes: 665, windowDays: 7, now: new Date() });
      assert.equal(sent.enqueued.length, 6);
      // The poison: a job whose payload no worker can process (a corrupted page field), as a buggy or older enqueuer
      // might write. It is made poison before any worker starts, so every attempt meets it.
      await query(url, `UPDATE pgboss.job SET data = jsonb_set(data, '{raw,html}', '{"base64": 42}') WHERE name = $1 AND data->'raw'->>'id' = 'poison'`, [ARTICLE_QUEUE]);
      const [worker] = workers(url, 1);
      const status = await queue.wait(sent.batch, { signal: AbortSignal.timeout(120_000) });
      assert.deepEqual(status.failed.map((f) => [f.articleId, f.outcome]), [['poison', 'failed']]);
      assert.match(status.failed[0]?.reason ?? '', /^\w+: poison\.html: /, 'the diagnostic names the stage and the article');
      assert.equal(status.inserted.length, 5, 'the other articles are stored');
      // The worker records the batch's outcome before pg-boss marks the job failed: on a loaded machine the last
      // attempt can still read 'active' for a moment (CI, 2026-12-07), so the state is polled, bounded.
      const job = await until('the poison job to leave the active state', 30_000, async () => {
        const rows = await query<{ state: string; retry_count: number }>(url, `SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->'raw'->>'id' = 'poison'`, [ARTICLE_QUEUE]);
        return rows[0]?.state === 'active' ? undefined : rows;
      });
      assert.deepEqual(job, [{ state: 'failed', retry_count: 2 }], 'three attempts, then failed');
      assert.match(worker!.output(), /worker: poison\.html: failed after 3 attempts: /);
      const orphans = await query(url, "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)");
      assert.deepEqual(orphans, [], 'the batch was clustered without the poison');
      await stopWorkers([worker!]);
    } finally {
      await queue.close();
    }
  });
});
