// Workers fetch: `crosscheck ingest URL...` and `watch` on PostgreSQL enqueue URLs, and `crosscheck worker` fetches
// them with the single-process fetch code. Pages come from a local server on 127.0.0.1 (no network). The stories
// and the analyzed articles must be the ones one process makes from the same URLs, and a page that cannot be fetched
// is that item's diagnostic after bounded retries, never a lost batch.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { postgresSkipReason, startTempPostgres, type TempPostgres } from '../../scripts/lib/temp-postgres.ts';
import { FETCH_QUEUE } from '../../src/queue/ingest-queue.ts';
import { openPostgresStore } from '../../src/store/postgres-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { crosscheck, exitCode, query, stopWorkers, storyPartition, testPages, tracked, until } from './helpers.ts';

const skip = postgresSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'cc-urls-'));
// 4 basil-dev events: 12 pages, 4 per outlet, so each outlet's furniture line is learned (3 articles at least).
const { pages, note } = testPages(4);
const PUBLISHED = ['--published', '2022-01-10'];
const samples = join(process.cwd(), 'samples');
let server: TempPostgres | undefined;
let http: Server | undefined;
let base = '';
const hits = new Map<string, number>();
/** When each request arrived (ms), in order: all pages are on one host, so the gaps show the workers' politeness. */
const arrivals: number[] = [];
let recovered = false;
let reference: { partition: string[][]; articles: string } = { partition: [], articles: '' };
let n = 0;
const { cli, workers, stopAll } = tracked();

function serve(): Promise<Server> {
  const byPath = new Map(pages.map((p) => [p.path, p.html]));
  const s = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const hit = (hits.get(path) ?? 0) + 1;
    arrivals.push(Date.now());
    hits.set(path, hit);
    const page = byPath.get(path);
    if (page) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (path === '/down.html') return res.writeHead(503).end('down');
    // Down on its first request only: the queue's retry fetches it.
    if (path === '/flaky.html') return hit === 1 ? res.writeHead(503).end('busy') : res.writeHead(200, { 'content-type': 'text/html' }).end(pages[0]?.html.replace(/<h1>/, '<h1>Flaky: '));
    // Answers after 4 s: long enough for a test to kill the worker fetching it.
    if (path === '/slow.html') {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(pages[1]?.html.replace(/<h1>/, '<h1>Slow: ')), 4_000);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    // Down until a test says it has recovered: a page that outlasts the queue's retries.
    if (path === '/recovering.html') return recovered ? res.writeHead(200, { 'content-type': 'text/html' }).end(pages[5]?.html) : res.writeHead(503).end('down');
    if (path === '/feed-recovering.xml') {
      const items = [`<item><title>Up</title><link>${base}${pages[4]?.path}</link><guid>r1</guid></item>`, `<item><title>Down for now</title><link>${base}/recovering.html</link><guid>r2</guid></item>`];
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Recovering feed</title>${items.join('')}</channel></rss>`);
    }
    if (path === '/feed.xml') {
      const items = pages.slice(0, 3).map((p, i) => `<item><title>Entry ${i + 1}</title><link>${base}${p.path}</link><guid>e${i + 1}</guid></item>`);
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Test feed</title>${items.join('')}</channel></rss>`);
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

const urls = () => pages.map((p) => `${base}${p.path}`);

/** Analyzed articles by id, as JSON: what extraction, furniture removal and analysis made of each page. */
async function articlesOf(store: Store, ids: readonly string[]): Promise<string> {
  const list = await store.analyzedArticles([...ids].sort());
  return JSON.stringify(list.sort((a, b) => a.id.localeCompare(b.id)));
}

before(async () => {
  if (skip) return;
  process.stderr.write(`# url workers test pages: ${note}\n`);
  http = await serve();
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server = await startTempPostgres();
  // The single-process answer: the same files and URLs ingested by one `crosscheck ingest` into SQLite.
  const db = join(dir, 'reference.db');
  const one = crosscheck(['ingest', samples, ...urls(), ...PUBLISHED, '--allow-private', '--db', db]);
  assert.equal(await one.exited, 0, one.output());
  const store = openSqliteStore(db);
  const partition = await storyPartition(store);
  reference = { partition, articles: await articlesOf(store, partition.flat()) };
  await store.close();
});

after(async () => {
  await stopAll();
  server?.stop();
  http?.close();
  rmSync(dir, { recursive: true, force: true });
});

const freshDb = () => server!.createDatabase(`urls_${++n}`);

describe('workers fetch URLs on PostgreSQL', { skip, timeout: 10 * 60_000 }, () => {
  it('ingest enqueues URLs without fetching; three workers fetch them and make the same stories and articles as one process', async () => {
    const url = await freshDb();
    const before = pages.map((p) => hits.get(p.path) ?? 0);
    const enqueue = cli(['ingest', samples, ...urls(), ...PUBLISHED, '--allow-private', '--db', url]);
    assert.equal(await enqueue.exited, 0, enqueue.output());
    assert.match(enqueue.output(), new RegExp(`${5 + pages.length} articles enqueued \\(${pages.length} pages for the workers to fetch\\)`));
    assert.doesNotMatch(enqueue.output(), /\d+ new, \d+ updated|articles? stored/, 'enqueued is not reported as stored');
    assert.deepEqual(pages.map((p) => hits.get(p.path) ?? 0), before, 'the enqueuer fetched nothing');
    const [counted] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles');
    assert.equal(counted?.n, 0, 'nothing stored before a worker runs');

    const fetchedFrom = arrivals.length;
    const pool = workers(url, 3);
    await until('the batch to be clustered', 180_000, async () => ((await query(url, 'SELECT 1 FROM ingest_batches WHERE clustered_at IS NOT NULL')).length > 0 ? true : undefined));
    // Three workers, one host: one request per second between them all (the database's schedule), not three. A gap
    // is the 1 s slot plus the difference of two requests' latencies, so 500 ms leaves room for a loaded machine
    // while three independent schedules would send requests together (gaps near 0).
    const times = arrivals.slice(fetchedFrom);
    assert.equal(times.length, pages.length, 'each page fetched once');
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    assert.ok(Math.min(...gaps) >= 500, `requests to one host ${gaps.join(', ')} ms apart`);
    const store = await openPostgresStore(url, { poolSize: 2 });
    try {
      const partition = await storyPartition(store);
      assert.deepEqual(partition, reference.partition, 'the same stories as one process');
      assert.equal(partition.flat().length, 5 + pages.length, 'every article in exactly one story');
      assert.equal(await articlesOf(store, partition.flat()), reference.articles, 'the same analyzed articles (furniture learned over the whole batch)');
    } finally {
      await store.close();
    }
    await stopWorkers(pool);
  });

  it('ingest --wait: a 404 is refused at once, a page down on every attempt fails after bounded retries, a flaky one is retried; the rest is stored', async () => {
    const url = await freshDb();
    const pool = workers(url, 2);
    const ingest = cli(['ingest', `${base}/missing.html`, `${base}/down.html`, `${base}/flaky.html`, ...urls().slice(0, 3), ...PUBLISHED, '--allow-private', '--wait', '--retries', '2', '--db', url]);
    const code = await exitCode(ingest, 180_000);
    const out = ingest.output();
    assert.equal(code, 1, `a job failed after its retries: exit 1\n${out}`);
    assert.match(out, /4 new, 0 updated, 0 unchanged, 2 failed articles; stories written/);
    assert.match(out, new RegExp(`${base}/missing.html: rejected: fetch: ${base}/missing.html: HTTP 404`));
    assert.match(out, new RegExp(`${base}/down.html: failed: fetch: ${base}/down.html: HTTP 503`));
    const jobs = await query<{ url: string; state: string; retry_count: number }>(url, `SELECT data->>'url' AS url, state, retry_count FROM pgboss.job WHERE name = $1 ORDER BY data->>'url'`, [FETCH_QUEUE]);
    const of = (path: string) => jobs.find((j) => j.url === `${base}${path}`);
    assert.deepEqual([of('/down.html')?.state, of('/down.html')?.retry_count], ['failed', 2], 'three attempts, then failed');
    assert.deepEqual([of('/missing.html')?.state, of('/missing.html')?.retry_count], ['completed', 0], 'a 404 is not retried');
    assert.deepEqual([of('/flaky.html')?.state, of('/flaky.html')?.retry_count], ['completed', 1], 'retried once, then fetched');
    const [counts] = await query<{ articles: number; members: number }>(url, 'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS members');
    assert.deepEqual(counts, { articles: 4, members: 4 }, 'the fetched pages are stored, each in one story');
    await stopWorkers(pool);
  });

  it('the workers keep the SSRF rule: without --allow-private a loopback URL is refused with a diagnostic', async () => {
    const url = await freshDb();
    const pool = workers(url, 1);
    const ingest = cli(['ingest', urls()[0]!, '--wait', '--db', url]);
    assert.equal(await exitCode(ingest, 60_000), 1, ingest.output());
    assert.match(ingest.output(), /rejected: fetch: .*refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
    await stopWorkers(pool);
  });

  it('ingest --wait with no worker running says, once, that nothing is done and asks whether a worker runs (it sat at "done: 0/1")', async () => {
    const url = await freshDb();
    const ingest = cli(['ingest', urls()[0]!, '--allow-private', '--wait', '--db', url]);
    // The hint comes after 15 s with nothing done; the guard leaves room for a loaded machine.
    await until('the no-worker hint', 90_000, async () => (/is a worker running\?/.test(ingest.output()) ? true : undefined));
    assert.match(ingest.output(), /ingest: nothing of this batch done after 15 s: is a worker running\? \(`crosscheck worker --db postgres:\/\//);
    assert.equal(ingest.output().match(/is a worker running/g)?.length, 1, 'said once');
    ingest.child.kill('SIGTERM');
    await ingest.exited;
  });

  it('kill -9 of a worker mid-fetch loses nothing: the fetch job is retried by another worker', async () => {
    const url = await freshDb();
    const enqueue = cli(['ingest', `${base}/slow.html`, ...urls().slice(0, 2), ...PUBLISHED, '--allow-private', '--job-timeout', '3', '--db', url]);
    assert.equal(await enqueue.exited, 0, enqueue.output());
    const slowBefore = hits.get('/slow.html') ?? 0;
    const [victim] = workers(url, 1);
    await until('the slow page to be requested', 60_000, async () => ((hits.get('/slow.html') ?? 0) > slowBefore ? true : undefined));
    victim!.child.kill('SIGKILL');
    await victim!.exited;
    const pool = workers(url, 2);
    await until('the batch to be clustered', 120_000, async () => ((await query(url, 'SELECT 1 FROM ingest_batches WHERE clustered_at IS NOT NULL')).length > 0 ? true : undefined));
    const items = await query<{ source: string; outcome: string }>(url, 'SELECT source, outcome FROM ingest_items ORDER BY item');
    assert.deepEqual(items.map((i) => i.outcome), ['inserted', 'inserted', 'inserted'], JSON.stringify(items));
    const [slow] = await query<{ retry_count: number }>(url, `SELECT retry_count FROM pgboss.job WHERE name = $1 AND data->>'url' LIKE '%/slow.html'`, [FETCH_QUEUE]);
    assert.ok((slow?.retry_count ?? 0) >= 1, 'the killed fetch was expired and retried');
    const [orphans] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)');
    assert.equal(orphans?.n, 0);
    await stopWorkers(pool);
  });

  it('a PostgreSQL restart while workers fetch is survived: `ingest --wait` reports every page stored', async () => {
    const url = await freshDb();
    const pool = workers(url, 2);
    const ingest = cli(['ingest', samples, ...urls(), ...PUBLISHED, '--allow-private', '--wait', '--job-timeout', '5', '--db', url]);
    await until('a page to be fetched', 120_000, async () => {
      const rows = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM ingest_items WHERE url IS NOT NULL AND fetched_at IS NOT NULL');
      return (rows[0]?.n ?? 0) >= 1 ? true : undefined;
    });
    server!.restart({ downMs: 1500 });
    const code = await exitCode(ingest, 240_000).catch((err: Error) => {
      throw new Error(`${err.message}\nworkers:\n${pool.map((w) => w.output()).join('\n---\n')}`);
    });
    assert.equal(code, 0, ingest.output());
    assert.match(ingest.output(), new RegExp(`${5 + pages.length} new, 0 updated, 0 unchanged, 0 failed articles; stories written`));
    assert.deepEqual(pool.map((w) => w.child.exitCode ?? w.child.signalCode), pool.map(() => null), `every worker rode out the restart\n${pool.map((w) => w.output()).join('\n---\n')}`);
    const store = await openPostgresStore(url, { poolSize: 2 });
    try {
      assert.deepEqual(await storyPartition(store), reference.partition, 'the same stories as one process after the restart');
    } finally {
      await store.close();
    }
    await stopWorkers(pool);
  });

  it('watch --once on PostgreSQL reports entries enqueued, not stored; the workers fetch and store them', async () => {
    const url = await freshDb();
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, `${base}/feed.xml\n`);
    const watch = cli(['watch', '--feeds', feeds, '--once', '--allow-private', '--db', url]);
    assert.equal(await exitCode(watch, 60_000), 0, watch.output());
    assert.match(watch.output(), /feed\.xml: 3 new entries, 3 articles enqueued for the workers/);
    assert.doesNotMatch(watch.output(), /articles? stored/);
    const pool = workers(url, 2);
    await until('the three entries to be stored and clustered', 120_000, async () => {
      const [r] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM story_articles');
      return r?.n === 3 ? true : undefined;
    });
    const titles = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM ingest_items WHERE outcome = 'inserted'");
    assert.equal(titles[0]?.n, 3);
    await stopWorkers(pool);
  });

  it("watch on PostgreSQL: an entry whose page is still down after the queue's retries is tried again by the next poll", async () => {
    const url = await freshDb();
    const feeds = join(dir, 'feeds-recovering.txt');
    writeFileSync(feeds, `${base}/feed-recovering.xml\n`);
    const poll = () => cli(['watch', '--feeds', feeds, '--once', '--allow-private', '--db', url]);
    recovered = false;
    const first = poll();
    assert.equal(await exitCode(first, 60_000), 0, first.output());
    assert.match(first.output(), /feed-recovering\.xml: 2 new entries, 2 articles enqueued for the workers/);
    const pool = workers(url, 2);
    // One process leaves such an entry unmarked; the workers, after the queue's last attempt, forget it was seen.
    await until('the batch to finish with the down page forgotten', 120_000, async () => {
      const [r] = await query<{ seen: number; done: number }>(url, 'SELECT (SELECT count(*)::int FROM feed_entries) AS seen, (SELECT count(*)::int FROM ingest_batches WHERE clustered_at IS NOT NULL) AS done');
      return r?.seen === 1 && r.done === 1 ? true : undefined;
    });
    const [failed] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM ingest_items WHERE outcome = 'failed'");
    assert.equal(failed?.n, 1);
    recovered = true;
    const second = poll();
    assert.equal(await exitCode(second, 60_000), 0, second.output());
    assert.match(second.output(), /feed-recovering\.xml: 1 new entry, 1 article enqueued for the workers/, 'only the entry that failed is new again');
    await until('the recovered page to be stored', 120_000, async () => {
      const [r] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles');
      return r?.n === 2 ? true : undefined;
    });
    await stopWorkers(pool);
  });
});
