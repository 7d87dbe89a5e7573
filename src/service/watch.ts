import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { PipelineResources } from '../pipeline/pipeline.ts';
import { decodeText } from '../io/load-inputs.ts';
import type { Store } from '../store/store.ts';
import { FetchError, type Fetcher } from './fetch.ts';
import { parseFeed, type FeedEntry } from './feeds.ts';
import { ingestArticles, type IngestOptions, type IngestResult } from './ingest.ts';
import { fetchArticle, idForUrl } from './load-sources.ts';

export interface WatchDeps {
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly resources: PipelineResources;
  readonly now: () => Date;
  readonly ingest: Omit<IngestOptions, 'now'>;
  /** How a poll's new articles are ingested: in this process by default; the queue's enqueue on PostgreSQL. */
  readonly ingestBatch?: (raws: readonly RawArticle[], options: IngestOptions) => Promise<Pick<IngestResult, 'inserted' | 'updated' | 'diagnostics'>>;
}

export interface PollResult {
  readonly feed: string;
  readonly status: 'ok' | 'not-modified' | 'error';
  /** Entries not seen before. */
  readonly newEntries: number;
  /** Articles stored as new or updated. */
  readonly ingested: number;
  readonly error?: string;
  readonly diagnostics: readonly Diagnostic[];
}

// A first poll of a busy feed can list hundreds of items; 100 keeps one poll to minutes at 1 request/s per host.
const MAX_NEW_ENTRIES_PER_POLL = 100;
// Feed-carried content shorter than this is a teaser, not the article: fetch the page instead.
const MIN_FEED_CONTENT_CHARS = 500;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * One poll of one feed: conditional GET (stored ETag / Last-Modified), parse, fetch the entries not seen before,
 * ingest them. Never throws: a failure is recorded on the feed and returned, and the other feeds go on.
 */
export async function pollFeed(feedUrl: string, deps: WatchDeps): Promise<PollResult> {
  const { store, fetcher } = deps;
  const state = await store.getFeedState(feedUrl).catch(() => undefined);
  const checkedAt = deps.now().toISOString();
  const fail = async (error: string, diagnostics: Diagnostic[] = []): Promise<PollResult> => {
    // The failure is reported even when the store cannot record it (the store may be what failed).
    await store.putFeedState({ ...(state ?? {}), url: feedUrl, checkedAt, error }).catch(() => undefined);
    return { feed: feedUrl, status: 'error', newEntries: 0, ingested: 0, error: `watch: ${feedUrl}: ${error}`, diagnostics };
  };
  try {
    let res;
    try {
      res = await fetcher.fetch(feedUrl, { ...(state?.etag ? { etag: state.etag } : {}), ...(state?.lastModified ? { lastModified: state.lastModified } : {}), accept: FEED_ACCEPT });
    } catch (err) {
      return fail(err instanceof FetchError ? err.reason : String(err));
    }
    if (res.notModified) {
      await store.putFeedState({ url: feedUrl, ...(state?.etag ? { etag: state.etag } : {}), ...(state?.lastModified ? { lastModified: state.lastModified } : {}), checkedAt });
      return { feed: feedUrl, status: 'not-modified', newEntries: 0, ingested: 0, diagnostics: [] };
    }
    let feed;
    try {
      feed = parseFeed(decodeText(res.body).text, res.url);
    } catch (err) {
      return fail(err instanceof Error ? err.message : String(err));
    }
    const fresh: FeedEntry[] = [];
    for (const e of feed.entries) {
      if (fresh.length >= MAX_NEW_ENTRIES_PER_POLL) break;
      if (!(await store.hasFeedEntry(feedUrl, e.key))) fresh.push(e);
    }
    const diagnostics: Diagnostic[] = [];
    const raws: { entry: FeedEntry; raw: RawArticle }[] = [];
    const dead: FeedEntry[] = [];
    for (const entry of fresh) {
      const got = await entryArticle(entry, feed.title, fetcher);
      if (got.raw) raws.push({ entry, raw: got.raw });
      else if (got.permanent) dead.push(entry);
      if (got.diagnostic) diagnostics.push(got.diagnostic);
    }
    const ingest = deps.ingestBatch ?? ((batch, options) => ingestArticles(store, batch, options, deps.resources));
    const result = await ingest(raws.map((r) => r.raw), { ...deps.ingest, now: deps.now() });
    diagnostics.push(...result.diagnostics);
    // Entries whose page failed for a passing reason (timeout, 503) stay unmarked, so the next poll tries again;
    // a 404 or a refused address is marked seen, or it would be fetched again on every poll forever.
    for (const { entry, raw } of raws) await store.markFeedEntry(feedUrl, entry.key, raw.id, checkedAt);
    for (const entry of dead) await store.markFeedEntry(feedUrl, entry.key, undefined, checkedAt);
    await store.putFeedState({ url: feedUrl, ...(res.etag ? { etag: res.etag } : {}), ...(res.lastModified ? { lastModified: res.lastModified } : {}), checkedAt });
    return { feed: feedUrl, status: 'ok', newEntries: fresh.length, ingested: result.inserted.length + result.updated.length, diagnostics };
  } catch (err) {
    // Our own bug or a store failure: report it on this feed rather than end the watch.
    return fail(`internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The page behind an entry; the feed's own full content when there is no link or the page cannot be fetched. */
async function entryArticle(entry: FeedEntry, outlet: string | undefined, fetcher: Fetcher): Promise<{ raw?: RawArticle; diagnostic?: Diagnostic; permanent?: boolean }> {
  const meta: Partial<RawArticle> = {
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    // The page's own site name (og:site_name, JSON-LD publisher) is the outlet; the feed's title only when it has none.
    ...(outlet ? { outletFallback: outlet } : {}),
  };
  const fromFeed = (): RawArticle | undefined =>
    entry.contentHtml && entry.contentHtml.length >= MIN_FEED_CONTENT_CHARS
      ? { id: idForUrl(entry.url ?? entry.key), source: entry.url ?? entry.key, format: 'html', html: `<html><body><article>${entry.contentHtml}</article></body></html>`, ...(entry.url ? { url: entry.url } : {}), ...meta }
      : undefined;
  if (!entry.url) {
    const raw = fromFeed();
    return raw ? { raw } : { diagnostic: { stage: 'watch', rule: 'watch/no-link', item: entry.key, reason: 'entry has neither a link nor full content', severity: 'warning' }, permanent: true };
  }
  const got = await fetchArticle(fetcher, entry.url, 'watch', meta);
  if (got.article) return { raw: got.article };
  const raw = fromFeed();
  return raw ? { raw } : { ...(got.diagnostic ? { diagnostic: got.diagnostic } : {}), ...(got.permanent ? { permanent: true } : {}) };
}

export interface WatchLoopOptions {
  readonly intervalMs: number;
  readonly once: boolean;
  readonly signal?: AbortSignal;
  readonly onPoll?: (result: PollResult) => void;
}

/** Polls every feed in turn, then sleeps; until `once` or the signal. Feeds are independent: one failing never stops the rest. */
export async function watchFeeds(feeds: readonly string[], deps: WatchDeps, options: WatchLoopOptions): Promise<void> {
  for (;;) {
    for (const feed of feeds) {
      if (options.signal?.aborted) return;
      options.onPoll?.(await pollFeed(feed, deps));
    }
    if (options.once || options.signal?.aborted) return;
    await sleep(options.intervalMs, options.signal);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
