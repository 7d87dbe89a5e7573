import pg from 'pg';
import type PgBoss from 'pg-boss';
import { formatDiagnostic } from '../model/diagnostic.ts';
import type { PipelineResources } from '../pipeline/pipeline.ts';
import { ingestArticles, reclusterChanged } from '../service/ingest.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { ARTICLE_QUEUE, BATCH_LOCK, fromWire, startBoss, type ArticleJob, type BatchOptions } from './ingest-queue.ts';

export interface WorkerOptions {
  /** Jobs this process runs at once (each polls the queue; analysis itself is one CPU core per process). */
  readonly concurrency: number;
  readonly resources: PipelineResources;
  readonly signal: AbortSignal;
  /** One line per event worth an operator's eye (failures, retries, batches clustered). */
  readonly log: (line: string) => void;
  /** Called after each job, with its wall time (bench). */
  readonly onJob?: (ms: number) => void;
}

/**
 * A stateless worker: takes article jobs from the queue, extracts, analyzes and stores each, and the worker that
 * finishes a batch's last article re-clusters the batch under the story lock. Runs until the signal aborts, then
 * lets the jobs in hand finish. Any number of these may run on any number of machines.
 */
export async function runWorker(url: string, options: WorkerOptions): Promise<void> {
  const store = await openPostgresStore(url, { poolSize: options.concurrency + 2 });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {}); // idle connections lost in a restart: replaced on next use
  let lastQueueError = '';
  const boss = await startBoss(url, {
    worker: true,
    poolSize: options.concurrency + 2,
    onError: (err) => {
      // A database restart makes every poll fail for a while: say so once, not twice a second.
      if (err.message !== lastQueueError) options.log(`worker: queue: ${err.message}`);
      lastQueueError = err.message;
    },
  });
  const batches = new Map<string, BatchOptions>();
  const handle = async ([job]: PgBoss.JobWithMetadata<ArticleJob>[]) => {
    if (!job) return;
    const started = performance.now();
    lastQueueError = '';
    try {
      await handleArticleJob(job, { store, pool, batches, resources: options.resources, log: options.log });
    } finally {
      options.onJob?.(performance.now() - started);
    }
  };
  try {
    for (let i = 0; i < options.concurrency; i++) {
      // 0.5 s: pg-boss's shortest polling interval; an idle worker costs one small query per interval.
      await boss.work<ArticleJob>(ARTICLE_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, handle);
    }
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
  readonly batches: Map<string, BatchOptions>;
  readonly resources: PipelineResources;
  readonly log: (line: string) => void;
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
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BATCH_LOCK, batch]);
    await client.query('UPDATE ingest_items SET done_at = $3, outcome = $4, reason = $5 WHERE batch_id = $1 AND item = $2 AND done_at IS NULL', [batch, item, new Date().toISOString(), outcome, reason ?? null]);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_items WHERE batch_id = $1 AND done_at IS NULL', [batch]);
    await client.query('COMMIT');
    return rows[0]?.n ?? 0;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/** The batch's articles (plus any left unclustered by a dead run) re-clustered in one step, as one process would. */
async function clusterBatch(ctx: JobContext, batch: string, options: BatchOptions): Promise<void> {
  const { rows } = await ctx.pool.query<{ article_id: string }>("SELECT article_id FROM ingest_items WHERE batch_id = $1 AND outcome IN ('inserted', 'updated', 'unchanged') ORDER BY item", [batch]);
  const result = await reclusterChanged(ctx.store, rows.map((r) => r.article_id), { ...options, now: new Date(options.ingestedAt) });
  await ctx.pool.query('UPDATE ingest_batches SET clustered_at = $2 WHERE id = $1', [batch, new Date().toISOString()]);
  for (const d of result?.diagnostics ?? []) if (d.severity === 'error') ctx.log(`worker: ${formatDiagnostic(d)}`);
  ctx.log(`worker: batch ${batch}: ${rows.length} articles clustered, ${result?.changed.length ?? 0} stories written, ${result?.removed.length ?? 0} merged away`);
}
