import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import { extractArticle } from '../pipeline/stages/extract-article.ts';
import { outletBlockKeys, recurringBlockKeys, type OutletBlocks } from '../pipeline/stages/learn-outlet-boilerplate.ts';
import { contentHash, type IngestOptions } from '../service/ingest.ts';
import { idForUrl } from '../service/load-sources.ts';
import { checkout, openPostgresStore } from '../store/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { DEFAULT_JOB_SETTINGS, type JobSettings } from './job-settings.ts';
import { isTransactionRace, retryRaces, retryStartup } from './startup-races.ts';

/** The pg-boss queue every article job goes through. */
export const ARTICLE_QUEUE = 'crosscheck-article';

// Advisory lock taken while a worker marks its item done and counts what is left of the batch, so that exactly one
// worker (the last) sees "nothing left" even when several finish at once.
export const BATCH_LOCK = 0x63_63_62_61; // "ccba"

// The settings live in their own module so the CLI can show their defaults in --help without loading pg.
export { DEFAULT_JOB_SETTINGS, type JobSettings } from './job-settings.ts';

/** The pg-boss queue of pages to fetch (URL jobs); the worker fetches, then the batch goes on to ARTICLE_QUEUE. */
export const FETCH_QUEUE = 'crosscheck-fetch';

/** What an analysis job carries: one raw article, the batch's shared options and the outlet furniture learned from it. */
export interface ArticleJob {
  readonly batch: string;
  readonly item: number;
  readonly raw: WireRawArticle;
  /** The article's outlet key and the blocks that recur across that outlet's articles in the whole batch. */
  readonly outlet?: string;
  readonly recurring: readonly string[];
}

/** A page to fetch: its URL and what the enqueuer knew about it (a feed entry's title, date, outlet). */
export interface UrlItem {
  readonly url: string;
  /** Fields the fetched RawArticle takes from the feed (title, published, outletFallback). */
  readonly meta?: Partial<Pick<RawArticle, 'title' | 'published' | 'outlet' | 'outletFallback' | 'byline'>>;
  /** The feed's own full content: ingested instead when the page cannot be fetched (as `watch` does in one process). */
  readonly fallback?: RawArticle;
  /** The feed entry the URL came from (`watch`): forgotten when the page fails for a passing reason, so the next poll
   * tries it again. */
  readonly entry?: FeedEntryRef;
}

export interface FeedEntryRef {
  readonly feed: string;
  readonly key: string;
}

export interface FetchJob {
  readonly batch: string;
  readonly item: number;
  readonly url: string;
  readonly meta?: UrlItem['meta'];
  readonly fallback?: WireRawArticle;
  readonly entry?: FeedEntryRef;
}

/** How the workers fetch a batch's URLs: the enqueuing command's own settings. */
export interface BatchFetchOptions {
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
}

/** The IngestOptions every job of a batch shares (JSON in ingest_batches.options). */
export interface BatchOptions {
  readonly published?: string;
  readonly summaryBytes: number;
  readonly windowDays: number;
  /** ISO timestamp of the enqueue: the articles' ingestedAt, and the day of ingest. */
  readonly ingestedAt: string;
  readonly fetch?: BatchFetchOptions;
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
  /** Article ids enqueued: content items and pages to fetch. */
  readonly enqueued: readonly string[];
  /** Of those, pages the workers fetch. */
  readonly toFetch: number;
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

/** pg-boss started on the database, with the fetch and article queues created (idempotent; several processes may race). */
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
  try {
    await boss.start();
    for (const name of [FETCH_QUEUE, ARTICLE_QUEUE]) {
      if (await boss.getQueue(name)) continue;
      try {
        await boss.createQueue(name, { name, policy: 'standard' });
      } catch (err) {
        if (!(await boss.getQueue(name))) throw err; // not a lost race with another process
      }
    }
  } catch (err) {
    // A failed start leaves no polling timers or connections behind: the caller may try again with a new one.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw err;
  }
  return boss;
}

/** pg-boss's view of a client inside our transaction, so jobs are inserted atomically with the rows that track them. */
export function inTransaction(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: (text, values) => client.query(text, values) };
}

/**
 * A transaction holding the batch's advisory lock; rolled back (and the connection dropped if broken) on failure.
 * A transaction PostgreSQL chose as a deadlock's victim did nothing, so it is run again (steps only touch the
 * database): an enqueue meeting pg-boss's maintenance in a worker failed a whole `ingest` otherwise.
 */
export function withBatchLock<T>(pool: pg.Pool, batch: string, step: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return retryRaces(() => batchTransaction(pool, batch, step), { isRace: isTransactionRace, tries: TRANSACTION_TRIES, stepMs: TRANSACTION_STEP_MS });
}

// Deadlocks are rare and a second try nearly always passes; three bound the time one bad moment can cost, and the
// waits (50 ms, then 100) let the other transaction finish first.
const TRANSACTION_TRIES = 3;
const TRANSACTION_STEP_MS = 50;

async function batchTransaction<T>(pool: pg.Pool, batch: string, step: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const { client, release } = await checkout(pool);
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BATCH_LOCK, batch]);
    const out = await step(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw err;
  } finally {
    release(broken);
  }
}

/** One analysis job per item with its content in hand, the outlet furniture learned over all of them. */
export interface PreparedItem {
  readonly item: number;
  readonly raw: WireRawArticle;
  readonly blocks: OutletBlocks;
}

export async function insertArticleJobs(boss: PgBoss, client: pg.PoolClient, batch: string, items: readonly PreparedItem[], settings: JobSettings): Promise<void> {
  const recurring = recurringBlockKeys(items.map((i) => i.blocks));
  const jobs = items.map(({ item, raw, blocks: { outlet } }): PgBoss.JobInsert<ArticleJob> => ({
    name: ARTICLE_QUEUE,
    data: { batch, item, raw, ...(outlet ? { outlet } : {}), recurring: [...((outlet && recurring.get(outlet)) || [])] },
    ...jobRetries(settings),
  }));
  // Chunks: one INSERT per 500 jobs keeps each statement's parameters well inside PostgreSQL's limits.
  for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500), { db: inTransaction(client) });
}

function jobRetries(settings: JobSettings) {
  return { retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true, expireInSeconds: settings.timeoutSeconds };
}

/** What an enqueue is given: articles already in hand (files, records) and pages for the workers to fetch. */
export interface EnqueueInput {
  readonly raws: readonly RawArticle[];
  readonly urls?: readonly UrlItem[];
}

/**
 * Enqueues a batch. Content in hand: skipped when already stored (as one process would), extracted once for the
 * batch's outlet furniture (the one corpus-level step, which needs the whole batch). Without URLs, one analysis job
 * per article goes out at once. With URLs, one fetch job per page; the worker fetching the last page enqueues the
 * analysis jobs (see 003-fetch-jobs.sql). The batch, its items and its first jobs are one transaction.
 */
export async function enqueueBatch(store: Store, boss: PgBoss, pool: pg.Pool, input: EnqueueInput, options: IngestOptions, settings: JobSettings = DEFAULT_JOB_SETTINGS, fetch?: BatchFetchOptions): Promise<EnqueueResult> {
  const diagnostics: Diagnostic[] = [];
  const unchanged: string[] = [];
  const fresh: { raw: RawArticle; hash: string }[] = [];
  const seen = new Set<string>();
  for (const raw of input.raws) {
    let hash: string;
    try {
      hash = contentHash(raw);
    } catch (err) {
      diagnostics.push({ stage: 'ingest', rule: 'ingest/internal-error', item: raw.source, reason: err instanceof Error ? err.message : String(err), severity: 'error' });
      continue;
    }
    if (seen.has(hash) || (await store.hasContent(hash))) unchanged.push(raw.id);
    else fresh.push({ raw, hash });
    seen.add(hash);
  }
  // A URL given twice is one page; its stored copy is found by the worker once the page is fetched.
  const freshIds = new Set(fresh.map((f) => f.raw.id));
  const urls = [...new Map((input.urls ?? []).map((u) => [u.url, u])).values()].filter((u) => !freshIds.has(idForUrl(u.url)));
  const prepared = fresh.map(({ raw }, item): PreparedItem => ({ item, raw: toWire(raw), blocks: blocksOf(raw) }));
  const batch = randomUUID();
  const ingestedAt = options.now.toISOString();
  const batchOptions: BatchOptions = { ...(options.published ? { published: options.published } : {}), summaryBytes: options.summaryBytes, windowDays: options.windowDays, ingestedAt, ...(fetch ? { fetch } : {}) };
  const total = fresh.length + urls.length;
  await withBatchLock(pool, batch, async (client) => {
    // Nothing new: the batch is complete as it is enqueued (no worker will see it).
    await client.query('INSERT INTO ingest_batches (id, created_at, options, clustered_at, analysis_enqueued_at) VALUES ($1, $2, $3, $4, $5)', [
      batch,
      ingestedAt,
      JSON.stringify(batchOptions),
      total === 0 ? ingestedAt : null,
      urls.length === 0 ? ingestedAt : null,
    ]);
    if (total === 0) return;
    // Content in hand waits in its row for the fetches only when there are pages to fetch.
    const waiting = urls.length > 0;
    await client.query(
      `INSERT INTO ingest_items (batch_id, item, article_id, source, url, fetched_at, raw, content_hash, outlet, block_keys)
       SELECT $1, i - 1, a, s, u, f, r, h, o, k FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) WITH ORDINALITY AS t(a, s, u, f, r, h, o, k, i)`,
      [
        batch,
        [...fresh.map((f) => f.raw.id), ...urls.map((u) => idForUrl(u.url))],
        [...fresh.map((f) => f.raw.source), ...urls.map((u) => u.url)],
        [...fresh.map(() => null), ...urls.map((u) => u.url)],
        [...fresh.map(() => ingestedAt), ...urls.map(() => null)],
        [...prepared.map((p) => (waiting ? JSON.stringify(p.raw) : null)), ...urls.map(() => null)],
        [...fresh.map((f) => f.hash), ...urls.map(() => null)],
        [...prepared.map((p) => p.blocks.outlet ?? null), ...urls.map(() => null)],
        [...prepared.map((p) => (waiting ? JSON.stringify(p.blocks.keys) : null)), ...urls.map(() => null)],
      ],
    );
    if (!waiting) {
      await insertArticleJobs(boss, client, batch, prepared, settings);
      return;
    }
    const jobs = urls.map((u, i): PgBoss.JobInsert<FetchJob> => ({
      name: FETCH_QUEUE,
      data: { batch, item: fresh.length + i, url: u.url, ...(u.meta ? { meta: u.meta } : {}), ...(u.fallback ? { fallback: toWire(u.fallback) } : {}), ...(u.entry ? { entry: u.entry } : {}) },
      ...jobRetries(settings),
    }));
    for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500), { db: inTransaction(client) });
  });
  return { batch, enqueued: [...fresh.map((f) => f.raw.id), ...urls.map((u) => idForUrl(u.url))], toFetch: urls.length, unchanged, diagnostics };
}

/** The article's outlet and short-block keys; none when it cannot be extracted (its analysis job reports that). */
export function blocksOf(raw: RawArticle): OutletBlocks {
  try {
    return outletBlockKeys(extractArticle(raw));
  } catch {
    return { keys: [] };
  }
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
  enqueue(input: EnqueueInput, options: IngestOptions, fetch?: BatchFetchOptions): Promise<EnqueueResult>;
  wait(batch: string, options?: { readonly signal?: AbortSignal; readonly onProgress?: (s: BatchStatus) => void }): Promise<BatchStatus>;
  close(): Promise<void>;
}

export async function openQueueClient(url: string, settings: JobSettings = DEFAULT_JOB_SETTINGS, onError?: (err: Error) => void): Promise<QueueClient> {
  // Started beside its workers on a fresh database (`ingest --wait` with `worker` launched together), the schema
  // setup can meet theirs: such a race is tried again, as the workers do.
  const store = await retryStartup(() => openPostgresStore(url, { poolSize: 2 }));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  let boss: PgBoss;
  try {
    boss = await retryStartup(() => startBoss(url, { worker: false, poolSize: 2, ...(onError ? { onError } : {}) }));
  } catch (err) {
    await store.close();
    await pool.end();
    throw err;
  }
  return {
    store,
    enqueue: (input, options, fetch) => enqueueBatch(store, boss, pool, input, options, settings, fetch),
    wait: (batch, options) => waitForBatch(pool, batch, options),
    async close() {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await store.close().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
