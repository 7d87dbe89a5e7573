import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import { extractArticle } from '../pipeline/stages/extract-article.ts';
import { learnOutletBoilerplate, outletKey } from '../pipeline/stages/learn-outlet-boilerplate.ts';
import { contentHash, type IngestOptions } from '../service/ingest.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { DEFAULT_JOB_SETTINGS, type JobSettings } from './job-settings.ts';

/** The pg-boss queue every article job goes through. */
export const ARTICLE_QUEUE = 'crosscheck-article';

// Advisory lock taken while a worker marks its item done and counts what is left of the batch, so that exactly one
// worker (the last) sees "nothing left" even when several finish at once.
export const BATCH_LOCK = 0x63_63_62_61; // "ccba"

// The settings live in their own module so the CLI can show their defaults in --help without loading pg.
export { DEFAULT_JOB_SETTINGS, type JobSettings } from './job-settings.ts';

/** What a job carries: one raw article, the batch's shared options and the outlet furniture learned from it. */
export interface ArticleJob {
  readonly batch: string;
  readonly item: number;
  readonly raw: WireRawArticle;
  /** The article's outlet key and the blocks that recur across that outlet's articles in the whole batch. */
  readonly outlet?: string;
  readonly recurring: readonly string[];
}

/** The IngestOptions every job of a batch shares (JSON in ingest_batches.options). */
export interface BatchOptions {
  readonly published?: string;
  readonly summaryBytes: number;
  readonly windowDays: number;
  /** ISO timestamp of the enqueue: the articles' ingestedAt, and the day of ingest. */
  readonly ingestedAt: string;
}

/** RawArticle as JSON: page bytes as base64. */
type WireRawArticle = Omit<RawArticle, 'html'> & { readonly html?: string | { readonly base64: string } };

export function toWire(raw: RawArticle): WireRawArticle {
  if (!(raw.html instanceof Uint8Array)) return raw as WireRawArticle;
  return { ...raw, html: { base64: Buffer.from(raw.html.buffer, raw.html.byteOffset, raw.html.byteLength).toString('base64') } };
}

export function fromWire(raw: WireRawArticle): RawArticle {
  if (raw.html === undefined || typeof raw.html === 'string') return raw as RawArticle;
  if (typeof raw.html === 'object' && raw.html !== null && typeof raw.html.base64 === 'string') return { ...raw, html: new Uint8Array(Buffer.from(raw.html.base64, 'base64')) };
  return raw as unknown as RawArticle; // not our shape: left as is, so extraction reports it for this article
}

export interface EnqueueResult {
  readonly batch: string;
  /** Raw article ids enqueued. */
  readonly enqueued: readonly string[];
  /** Already stored with the same content (or repeated in the batch): not enqueued. */
  readonly unchanged: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface BatchStatus {
  readonly batch: string;
  readonly pending: number;
  readonly inserted: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Items whose content was refused (diagnostic) or whose job failed after every retry. */
  readonly failed: readonly { readonly articleId: string; readonly source: string; readonly outcome: string; readonly reason: string }[];
  readonly clustered: boolean;
}

/** pg-boss started on the database, with the article queue created (idempotent; several processes may race). */
export async function startBoss(url: string, options: { readonly worker: boolean; readonly poolSize?: number; readonly onError?: (err: Error) => void }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: options.poolSize ?? 4,
    // Expired jobs (dead workers) are found by maintenance; every 5 s keeps the recovery close to the job timeout
    // and costs one small query per interval for the whole cluster (pg-boss lets one process do it per interval).
    supervise: options.worker,
    maintenanceIntervalSeconds: 5,
    schedule: false,
  });
  boss.on('error', (err: Error) => options.onError?.(err));
  await boss.start();
  if (!(await boss.getQueue(ARTICLE_QUEUE))) {
    try {
      await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, policy: 'standard' });
    } catch (err) {
      if (!(await boss.getQueue(ARTICLE_QUEUE))) throw err; // not a lost race with another process
    }
  }
  return boss;
}

/**
 * Enqueues a batch: skips content already stored (as one process would), extracts every new article once to learn
 * the batch's outlet furniture (the one corpus-level step, which needs the whole batch), records the batch and
 * inserts one job per article. Workers do the rest.
 */
export async function enqueueBatch(store: Store, boss: PgBoss, pool: pg.Pool, raws: readonly RawArticle[], options: IngestOptions, settings: JobSettings = DEFAULT_JOB_SETTINGS): Promise<EnqueueResult> {
  const diagnostics: Diagnostic[] = [];
  const unchanged: string[] = [];
  const fresh: RawArticle[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    let hash: string;
    try {
      hash = contentHash(raw);
    } catch (err) {
      diagnostics.push({ stage: 'ingest', rule: 'ingest/internal-error', item: raw.source, reason: err instanceof Error ? err.message : String(err), severity: 'error' });
      continue;
    }
    if (seen.has(hash) || (await store.hasContent(hash))) unchanged.push(raw.id);
    else fresh.push(raw);
    seen.add(hash);
  }
  const extracted = fresh.map((raw) => {
    try {
      return extractArticle(raw);
    } catch {
      return undefined; // the worker meets the same failure and reports it for this article
    }
  });
  const recurring = learnOutletBoilerplate(extracted.filter((e) => e !== undefined));
  const batch = randomUUID();
  const batchOptions: BatchOptions = { ...(options.published ? { published: options.published } : {}), summaryBytes: options.summaryBytes, windowDays: options.windowDays, ingestedAt: options.now.toISOString() };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Nothing new: the batch is complete as it is enqueued (no worker will see it).
    await client.query('INSERT INTO ingest_batches (id, created_at, options, clustered_at) VALUES ($1, $2, $3, $4)', [batch, batchOptions.ingestedAt, JSON.stringify(batchOptions), fresh.length === 0 ? batchOptions.ingestedAt : null]);
    if (fresh.length > 0) {
      await client.query(
        'INSERT INTO ingest_items (batch_id, item, article_id, source) SELECT $1, i - 1, a, s FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(a, s, i)',
        [batch, fresh.map((r) => r.id), fresh.map((r) => r.source)],
      );
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  const jobs = fresh.map((raw, item): PgBoss.JobInsert<ArticleJob> => {
    const e = extracted[item];
    const outlet = e ? outletKey(e) : undefined;
    return {
      name: ARTICLE_QUEUE,
      data: { batch, item, raw: toWire(raw), ...(outlet ? { outlet } : {}), recurring: [...((outlet && recurring.get(outlet)) || [])] },
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.timeoutSeconds,
    };
  });
  // Chunks: one INSERT per 500 jobs keeps each statement's parameters well inside PostgreSQL's limits.
  for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500));
  return { batch, enqueued: fresh.map((r) => r.id), unchanged, diagnostics };
}

/** Where a batch stands: done items by outcome, pending count, and whether its stories were written. */
export async function batchStatus(pool: pg.Pool, batch: string): Promise<BatchStatus> {
  const { rows } = await pool.query<{ article_id: string; source: string; done_at: string | null; outcome: string | null; reason: string | null }>(
    'SELECT article_id, source, done_at, outcome, reason FROM ingest_items WHERE batch_id = $1 ORDER BY item',
    [batch],
  );
  const { rows: b } = await pool.query<{ clustered_at: string | null }>('SELECT clustered_at FROM ingest_batches WHERE id = $1', [batch]);
  const of = (outcome: string) => rows.filter((r) => r.outcome === outcome).map((r) => r.article_id);
  return {
    batch,
    pending: rows.filter((r) => !r.done_at).length,
    inserted: of('inserted'),
    updated: of('updated'),
    unchanged: of('unchanged'),
    failed: rows.filter((r) => r.outcome === 'failed' || r.outcome === 'rejected').map((r) => ({ articleId: r.article_id, source: r.source, outcome: r.outcome ?? '', reason: r.reason ?? '' })),
    clustered: Boolean(b[0]?.clustered_at),
  };
}

/** Polls until every item of the batch is done and its stories are written (or the signal aborts). */
export async function waitForBatch(pool: pg.Pool, batch: string, options: { readonly pollMs?: number; readonly signal?: AbortSignal; readonly onProgress?: (s: BatchStatus) => void } = {}): Promise<BatchStatus> {
  for (;;) {
    let status: BatchStatus | undefined;
    try {
      status = await batchStatus(pool, batch);
    } catch {
      // The database is restarting: keep waiting, the batch is still in it.
    }
    if (status) {
      options.onProgress?.(status);
      if (status.pending === 0 && status.clustered) return status;
    }
    if (options.signal?.aborted) throw new Error(`batch ${batch}: stopped waiting`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

/** A connection to the queue for processes that enqueue (`ingest`, `watch`): store, pg-boss and a small pool. */
export interface QueueClient {
  readonly store: Store;
  enqueue(raws: readonly RawArticle[], options: IngestOptions): Promise<EnqueueResult>;
  wait(batch: string, options?: { readonly signal?: AbortSignal; readonly onProgress?: (s: BatchStatus) => void }): Promise<BatchStatus>;
  close(): Promise<void>;
}

export async function openQueueClient(url: string, settings: JobSettings = DEFAULT_JOB_SETTINGS, onError?: (err: Error) => void): Promise<QueueClient> {
  const store = await openPostgresStore(url, { poolSize: 2 });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  let boss: PgBoss;
  try {
    boss = await startBoss(url, { worker: false, poolSize: 2, ...(onError ? { onError } : {}) });
  } catch (err) {
    await store.close();
    await pool.end();
    throw err;
  }
  return {
    store,
    enqueue: (raws, options) => enqueueBatch(store, boss, pool, raws, options, settings),
    wait: (batch, options) => waitForBatch(pool, batch, options),
    async close() {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await store.close().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
