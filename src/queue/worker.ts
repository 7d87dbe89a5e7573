import pg from 'pg';
import type PgBoss from 'pg-boss';
import { formatDiagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { PipelineResources } from '../pipeline/pipeline.ts';
import type { OutletBlocks } from '../pipeline/stages/learn-outlet-boilerplate.ts';
import { DEFAULT_FETCH_OPTIONS, Fetcher } from '../service/fetch.ts';
import { contentHash, ingestArticles, reclusterChanged } from '../service/ingest.ts';
import { fetchArticle } from '../service/load-sources.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { retryStartup } from './startup-races.ts';
import type { Store } from '../store/store.ts';
import { ARTICLE_QUEUE, blocksOf, DEFAULT_JOB_SETTINGS, FETCH_QUEUE, fromWire, insertArticleJobs, startBoss, toWire, withBatchLock, type ArticleJob, type BatchOptions, type FetchJob, type JobSettings, type PreparedItem } from './ingest-queue.ts';
import { PgHostSchedule } from './host-schedule.ts';
import { plural } from '../text/plural.ts';

export interface WorkerOptions {
  /** Jobs this process runs at once (each polls the queue; analysis itself is one CPU core per process). */
  readonly concurrency: number;
  readonly resources: PipelineResources;
  readonly signal: AbortSignal;
  /** One line per event worth an operator's eye (failures, retries, batches clustered). */
  readonly log: (line: string) => void;
  /** Called after each job, with its wall time (bench). */
  readonly onJob?: (ms: number) => void;
  readonly settings?: JobSettings;
}

// A fetch mostly waits (the network, the one-request-a-second-per-host courtesy), so a worker keeps 4 fetches going per
// analysis slot: a fetch waiting on a slow or busy host does not hold up the pages of other hosts.
const FETCHES_PER_ANALYSIS = 4;

/** Says a startup race was met and is being tried again. */
const retrying = (what: string, log: (line: string) => void) => (err: unknown) =>
  log(`worker: ${what}: ${err instanceof Error ? err.message : String(err)} (another process starting; trying again)`);

/**
 * A stateless worker: takes article jobs from the queue, extracts, analyzes and stores each, and the worker that
 * finishes a batch's last article re-clusters the batch under the story lock. Runs until the signal aborts, then
 * lets the jobs in hand finish. Any number of these may run on any number of machines.
 */
export async function runWorker(url: string, options: WorkerOptions): Promise<void> {
  const store = await retryStartup(() => openPostgresStore(url, { poolSize: options.concurrency + 2 }), retrying('store', options.log));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {}); // idle connections lost in a restart: replaced on next use
  let lastQueueError = '';
  const boss = await retryStartup(() => startBoss(url, {
    worker: true,
    poolSize: options.concurrency + 2,
    onError: (err) => {
      // A database restart makes every poll fail for a while: say so once, not twice a second.
      if (err.message !== lastQueueError) options.log(`worker: queue: ${err.message}`);
      lastQueueError = err.message;
    },
  }), retrying('queue', options.log));
  const ctx: JobContext = { store, pool, boss, batches: new Map(), fetchers: new Map(), resources: options.resources, log: options.log, settings: options.settings ?? DEFAULT_JOB_SETTINGS };
  // pg-boss waits out the polling interval after every poll, also one that found a job; a worker would then take at
  // most two jobs a second whatever its speed. So after a job its queue's pollers are woken to poll again at once
  // (an idle poller that finds nothing goes back to waiting the interval).
  const pollers = new Map<string, string[]>();
  const timed =
    <J>(queue: string, run: (job: PgBoss.JobWithMetadata<J>, ctx: JobContext) => Promise<void>) =>
    async ([job]: PgBoss.JobWithMetadata<J>[]) => {
      if (!job) return;
      const started = performance.now();
      lastQueueError = '';
      try {
        await run(job, ctx);
      } finally {
        options.onJob?.(performance.now() - started);
        for (const id of pollers.get(queue) ?? []) boss.notifyWorker(id);
      }
    };
  try {
    // 0.5 s: pg-boss's shortest polling interval; an idle worker costs one small query per interval and poller.
    const poll = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 } as const;
    const register = (queue: string, id: string) => pollers.set(queue, [...(pollers.get(queue) ?? []), id]);
    for (let i = 0; i < options.concurrency; i++) register(ARTICLE_QUEUE, await boss.work<ArticleJob>(ARTICLE_QUEUE, poll, timed(ARTICLE_QUEUE, handleArticleJob)));
    for (let i = 0; i < options.concurrency * FETCHES_PER_ANALYSIS; i++) register(FETCH_QUEUE, await boss.work<FetchJob>(FETCH_QUEUE, poll, timed(FETCH_QUEUE, handleFetchJob)));
    options.log(`worker: ready, ${options.concurrency} at a time`);
    await new Promise<void>((resolve) => {
      if (options.signal.aborted) resolve();
      options.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => {});
    await store.close().catch(() => {});
    await pool.end().catch(() => {});
  }
}

interface JobContext {
  readonly store: Store;
  readonly pool: pg.Pool;
  readonly boss: PgBoss;
  readonly batches: Map<string, BatchOptions>;
  /** One Fetcher per fetch setting, kept for the process; all share the database's per-host schedule. */
  readonly fetchers: Map<string, Fetcher>;
  readonly resources: PipelineResources;
  readonly log: (line: string) => void;
  /** Retries and timeout of the analysis jobs a fetch job enqueues (the enqueuer's are in its batch's jobs). */
  readonly settings: JobSettings;
}

/**
 * One article: analyze and store it (idempotent: content already stored is `unchanged`), record the item as done,
 * and re-cluster the batch when it was the last. A failure throws so that pg-boss retries the job; on the last
 * attempt the item is recorded as failed with its diagnostic first, so the batch still completes without it.
 */
export async function handleArticleJob(job: PgBoss.JobWithMetadata<ArticleJob>, ctx: JobContext): Promise<void> {
  const { batch, item } = job.data;
  const name = typeof job.data.raw?.source === 'string' ? job.data.raw.source : `job ${job.id}`;
  const attempt = `attempt ${job.retryCount + 1}/${job.retryLimit + 1}`;
  const options = await batchOptions(ctx, batch);
  let reason: string | undefined;
  let outcome: string | undefined;
  try {
    if (!job.data.raw || typeof job.data.raw !== 'object') throw new Error('job carries no article');
    const raw = fromWire(job.data.raw);
    const recurring = job.data.outlet ? new Map([[job.data.outlet, new Set(job.data.recurring)]]) : new Map<string, Set<string>>();
    const result = await ingestArticles(ctx.store, [raw], { ...options, now: new Date(options.ingestedAt), recurring, recluster: false }, ctx.resources);
    // Internal errors (a bug, the database gone) may pass: retry. A refused input (empty, binary…) will not.
    const internal = result.diagnostics.filter((d) => d.severity === 'error' && d.rule.endsWith('/internal-error'));
    if (internal.length > 0) throw new Error(internal.map(formatDiagnostic).join('; '));
    outcome = result.inserted.length ? 'inserted' : result.updated.length ? 'updated' : result.unchanged.length ? 'unchanged' : 'rejected';
    if (outcome === 'rejected') reason = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('; ') || 'no article came out of this input';
  } catch (err) {
    reason = err instanceof Error ? err.message : String(err);
    if (job.retryCount < job.retryLimit) {
      ctx.log(`worker: ${name}: ${attempt} failed, will retry: ${reason}`);
      throw err;
    }
    ctx.log(`worker: ${name}: failed after ${job.retryLimit + 1} attempts: ${reason}`);
    outcome = 'failed';
  }
  const left = await finishItem(ctx.pool, batch, item, outcome, reason);
  if (left === 0) await clusterBatch(ctx, batch, options);
  if (outcome === 'failed') throw new Error(reason);
}

async function batchOptions(ctx: JobContext, batch: string): Promise<BatchOptions> {
  const known = ctx.batches.get(batch);
  if (known) return known;
  const { rows } = await ctx.pool.query<{ options: string }>('SELECT options FROM ingest_batches WHERE id = $1', [batch]);
  if (!rows[0]) throw new Error(`batch ${batch} is not recorded (enqueued into another database?)`);
  const options = JSON.parse(rows[0].options) as BatchOptions;
  ctx.batches.set(batch, options);
  return options;
}

/**
 * Marks the item done (once: a retried job keeps the first outcome) and returns how many items of the batch are
 * still pending. Under a per-batch advisory lock, so of several workers finishing together exactly one sees 0.
 */
async function finishItem(pool: pg.Pool, batch: string, item: number, outcome: string, reason: string | undefined): Promise<number> {
  return withBatchLock(pool, batch, async (client) => {
    await client.query('UPDATE ingest_items SET done_at = $3, outcome = $4, reason = $5 WHERE batch_id = $1 AND item = $2 AND done_at IS NULL', [batch, item, new Date().toISOString(), outcome, reason ?? null]);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_items WHERE batch_id = $1 AND done_at IS NULL', [batch]);
    return rows[0]?.n ?? 0;
  });
}

/**
 * One page of a batch: fetch it with the single-process fetch code (SSRF rules, timeout, size cap), keep it with its
 * outlet and block keys, and when it was the batch's last page enqueue the batch's analysis jobs. A fetch that may
 * succeed later (timeout, 5xx) throws so that pg-boss retries the job with backoff; a permanent one (404, private
 * address, too large) and the last failed attempt are the item's diagnostic, and the batch goes on without it.
 */
export async function handleFetchJob(job: PgBoss.JobWithMetadata<FetchJob>, ctx: JobContext): Promise<void> {
  const { batch, item, url } = job.data;
  const name = typeof url === 'string' ? url : `job ${job.id}`;
  const options = await batchOptions(ctx, batch);
  const lastAttempt = job.retryCount >= job.retryLimit;
  let page: { raw: RawArticle; hash: string; blocks: OutletBlocks } | undefined;
  let failure: { outcome: 'rejected' | 'failed'; reason: string } | undefined;
  if (typeof url !== 'string') {
    failure = { outcome: 'rejected', reason: `fetch: ${name}: job carries no URL` };
  } else {
    const got = await fetchArticle(fetcherFor(ctx, options), url, 'fetch', job.data.meta ?? {});
    const raw = got.article ?? (job.data.fallback ? fromWire(job.data.fallback) : undefined);
    if (got.diagnostic && raw) ctx.log(`worker: ${formatDiagnostic(got.diagnostic)} (the feed's own content is used)`);
    if (raw) {
      try {
        page = { raw, hash: contentHash(raw), blocks: blocksOf(raw) };
      } catch (err) {
        failure = { outcome: 'rejected', reason: `fetch: ${name}: ${err instanceof Error ? err.message : String(err)}` };
      }
    } else {
      const reason = got.diagnostic ? formatDiagnostic(got.diagnostic) : `fetch: ${name}: no page`;
      if (!got.permanent && !lastAttempt) {
        ctx.log(`worker: ${name}: fetch attempt ${job.retryCount + 1}/${job.retryLimit + 1} failed, will retry: ${reason}`);
        throw new Error(reason);
      }
      if (!got.permanent) ctx.log(`worker: ${name}: failed after ${job.retryLimit + 1} attempts: ${reason}`);
      else ctx.log(`worker: ${reason}`);
      failure = { outcome: got.permanent ? 'rejected' : 'failed', reason };
    }
  }
  const left = await withBatchLock(ctx.pool, batch, async (client) => {
    const now = new Date().toISOString();
    if (page) {
      await client.query('UPDATE ingest_items SET fetched_at = $3, raw = $4, content_hash = $5, outlet = $6, block_keys = $7 WHERE batch_id = $1 AND item = $2 AND fetched_at IS NULL AND done_at IS NULL', [
        batch,
        item,
        now,
        JSON.stringify(toWire(page.raw)),
        page.hash,
        page.blocks.outlet ?? null,
        JSON.stringify(page.blocks.keys),
      ]);
    } else if (failure) {
      await client.query('UPDATE ingest_items SET done_at = $3, outcome = $4, reason = $5 WHERE batch_id = $1 AND item = $2 AND done_at IS NULL', [batch, item, now, failure.outcome, failure.reason]);
    }
    return enqueueAnalysisWhenFetched(ctx, client, batch, now);
  });
  const entry = job.data.entry;
  if (failure?.outcome === 'failed' && entry) {
    // Best effort, after the item is recorded: were this lost, the entry would stay seen, as before forgetting existed.
    await ctx.store.forgetFeedEntry(entry.feed, entry.key).then(
      () => ctx.log(`worker: ${name}: the next poll of ${entry.feed} tries this entry again`),
      (err: unknown) => ctx.log(`worker: ${name}: could not mark the feed entry unseen: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  if (left === 0) await clusterBatch(ctx, batch, options);
  if (failure?.outcome === 'failed') throw new Error(failure.reason);
}

/**
 * Under the batch lock: when no page of the batch is left to fetch and its analysis is not yet enqueued, learn the
 * outlet furniture over every item in hand and insert one analysis job each (a page fetched twice under two URLs is
 * `unchanged` the second time, as in one process). Returns the items still pending, or undefined while pages are
 * still being fetched; 0 means every item failed and the batch is done.
 */
async function enqueueAnalysisWhenFetched(ctx: JobContext, client: pg.PoolClient, batch: string, now: string): Promise<number | undefined> {
  const { rows: b } = await client.query<{ analysis_enqueued_at: string | null }>('SELECT analysis_enqueued_at FROM ingest_batches WHERE id = $1', [batch]);
  if (b[0]?.analysis_enqueued_at) return undefined;
  const { rows: unfetched } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_items WHERE batch_id = $1 AND fetched_at IS NULL AND done_at IS NULL', [batch]);
  if ((unfetched[0]?.n ?? 0) > 0) return undefined;
  const { rows } = await client.query<{ item: number; raw: string; content_hash: string | null; outlet: string | null; block_keys: string | null }>(
    'SELECT item, raw, content_hash, outlet, block_keys FROM ingest_items WHERE batch_id = $1 AND done_at IS NULL ORDER BY item',
    [batch],
  );
  const seen = new Set<string>();
  const items: PreparedItem[] = [];
  for (const r of rows) {
    if (r.content_hash && seen.has(r.content_hash)) {
      await client.query("UPDATE ingest_items SET done_at = $3, outcome = 'unchanged' WHERE batch_id = $1 AND item = $2", [batch, r.item, now]);
      continue;
    }
    if (r.content_hash) seen.add(r.content_hash);
    const keys = r.block_keys ? (JSON.parse(r.block_keys) as string[]) : [];
    items.push({ item: r.item, raw: JSON.parse(r.raw) as PreparedItem['raw'], blocks: { ...(r.outlet ? { outlet: r.outlet } : {}), keys } });
  }
  await insertArticleJobs(ctx.boss, client, batch, items, ctx.settings);
  // The pages now travel in their jobs: the rows keep only the bookkeeping.
  await client.query('UPDATE ingest_items SET raw = NULL, block_keys = NULL WHERE batch_id = $1', [batch]);
  await client.query('UPDATE ingest_batches SET analysis_enqueued_at = $2 WHERE id = $1', [batch, now]);
  ctx.log(`worker: batch ${batch}: pages fetched, ${items.length} articles enqueued for analysis`);
  return items.length;
}

function fetcherFor(ctx: JobContext, options: BatchOptions): Fetcher {
  const settings = options.fetch ?? { allowPrivate: false, timeoutMs: DEFAULT_FETCH_OPTIONS.timeoutMs };
  const key = `${settings.allowPrivate}/${settings.timeoutMs}`;
  let fetcher = ctx.fetchers.get(key);
  if (!fetcher) {
    // retries 0: a transient failure is retried by the queue (with backoff, bounded by the job's retry limit), so a
    // worker does not sit on a job while it waits; the next attempt may be on another machine.
    // The per-host schedule is the database's, shared with every other worker: politeness holds for the whole fleet.
    fetcher = new Fetcher({ allowPrivate: settings.allowPrivate, timeoutMs: settings.timeoutMs, retries: 0 }, undefined, new PgHostSchedule(ctx.pool));
    ctx.fetchers.set(key, fetcher);
  }
  return fetcher;
}

/** The batch's articles (plus any left unclustered by a dead run) re-clustered in one step, as one process would. */
async function clusterBatch(ctx: JobContext, batch: string, options: BatchOptions): Promise<void> {
  const { rows } = await ctx.pool.query<{ article_id: string }>("SELECT article_id FROM ingest_items WHERE batch_id = $1 AND outcome IN ('inserted', 'updated', 'unchanged') ORDER BY item", [batch]);
  const result = await reclusterChanged(ctx.store, rows.map((r) => r.article_id), { ...options, now: new Date(options.ingestedAt) });
  await ctx.pool.query('UPDATE ingest_batches SET clustered_at = $2 WHERE id = $1', [batch, new Date().toISOString()]);
  for (const d of result?.diagnostics ?? []) if (d.severity === 'error') ctx.log(`worker: ${formatDiagnostic(d)}`);
  ctx.log(`worker: batch ${batch}: ${plural(rows.length, 'article')} clustered, ${plural(result?.changed.length ?? 0, 'story', 'stories')} written, ${result?.removed.length ?? 0} merged away`);
}
