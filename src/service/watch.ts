import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { PipelineResources } from '../pipeline/pipeline.ts';
import { decodeText } from '../io/load-inputs.ts';
import type { Store } from '../store/store.ts';
import { FetchError, type Fetcher } from './fetch.ts';
import { parseFeed, type FeedEntry } from './feeds.ts';
import { ingestArticles, type IngestOptions } from './ingest.ts';
import { fetchArticle, idForUrl } from './load-sources.ts';

export interface WatchDeps {
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly resources: PipelineResources;
  readonly now: () => Date;
  readonly ingest: Omit<IngestOptions, 'now'>;
  /**
   * PostgreSQL: new entries are not fetched or analyzed here but enqueued, pages as URLs with the feed's context (the
   * workers fetch them, falling back to the feed's own content as this process would).
   */
  readonly enqueue?: (input: { readonly raws: readonly RawArticle[]; readonly urls: readonly EntryUrl[] }, options: IngestOptions) => Promise<{ readonly enqueued: readonly string[]; readonly diagnostics: readonly Diagnostic[] }>;
}

/** A feed entry's page for a worker to fetch: the URL, the feed's title/date/outlet, and its full content if any. */
export interface EntryUrl {
  readonly url: string;
  readonly meta: Partial<Pick<RawArticle, 'title' | 'published' | 'outletFallback'>>;
  readonly fallback?: RawArticle;
  /** Which feed entry it is: a worker that cannot fetch the page for a passing reason forgets the entry was seen. */
  readonly entry: { readonly feed: string; readonly key: string };
}

export interface PollResult {
  readonly feed: string;
  readonly status: 'ok' | 'not-modified' | 'error';
  /** Entries not seen before. */
  readonly newEntries: number;
  /** Articles stored as new or updated (0 when they were enqueued instead). */
  readonly ingested: number;
  /** PostgreSQL: articles enqueued for the workers (fetched, analyzed and stored by them, not yet by this poll). */
  readonly enqueued?: number;
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
    if (deps.enqueue) {
      const items = fresh.map((entry) => ({ entry, ...entrySource(entry, feed.title, feedUrl) }));
      for (const { diagnostic } of items) if (diagnostic) diagnostics.push(diagnostic);
      const urls = items.flatMap((i) => (i.url ? [i.url] : []));
      const raws = items.flatMap((i) => (i.raw ? [i.raw] : []));
      const sent = await deps.enqueue({ raws, urls }, { ...deps.ingest, now: deps.now() });
      diagnostics.push(...sent.diagnostics);
      // Enqueued entries are seen: the queue retries a failing page (bounded); a page still failing for a passing reason
      // after that is forgotten by the worker (forgetFeedEntry), so the next poll enqueues it again.
      for (const { entry, url, raw } of items) await store.markFeedEntry(feedUrl, entry.key, url ? idForUrl(url.url) : raw?.id, checkedAt);
      await store.putFeedState({ url: feedUrl, ...(res.etag ? { etag: res.etag } : {}), ...(res.lastModified ? { lastModified: res.lastModified } : {}), checkedAt });
      return { feed: feedUrl, status: 'ok', newEntries: fresh.length, ingested: 0, enqueued: sent.enqueued.length, diagnostics };
    }
    const raws: { entry: FeedEntry; raw: RawArticle }[] = [];
    const dead: FeedEntry[] = [];
    for (const entry of fresh) {
      const got = await entryArticle(entry, feed.title, feedUrl, fetcher);
      if (got.raw) raws.push({ entry, raw: got.raw });
      else if (got.permanent) dead.push(entry);
      if (got.diagnostic) diagnostics.push(got.diagnostic);
    }
    const result = await ingestArticles(store, raws.map((r) => r.raw), { ...deps.ingest, now: deps.now() }, deps.resources);
    diagnostics.push(...result.diagnostics);
    // Entries whose page failed for a passing reason (timeout, 503) stay unmarked, so the next poll tries again;
    // a 404 or a refused address is marked seen, or it would be fetched again on every poll forever.
    // An entry whose article the store refused (a full disk) stays unmarked too: marked, it would never be read again.
    // A page that cannot be read as an article is marked: reading it again gives the same failure.
    const notStored = new Set(result.diagnostics.filter((d) => d.stage === 'store' && d.severity === 'error').map((d) => d.item));
    let marked = 0;
    for (const { entry, raw } of raws) {
      if (notStored.has(raw.source)) continue;
      await store.markFeedEntry(feedUrl, entry.key, raw.id, checkedAt);
      marked++;
    }
    for (const entry of dead) await store.markFeedEntry(feedUrl, entry.key, undefined, checkedAt);
    // With entries left to try again, the feed's new validators are not kept: with them the next poll would get "304 Not
    // Modified" and never look at those entries until the feed changed.
    const pending = fresh.length - marked - dead.length > 0;
    const validators = pending ? state : res;
    await store.putFeedState({ url: feedUrl, ...(validators?.etag ? { etag: validators.etag } : {}), ...(validators?.lastModified ? { lastModified: validators.lastModified } : {}), checkedAt });
    return { feed: feedUrl, status: 'ok', newEntries: fresh.length, ingested: result.inserted.length + result.updated.length, diagnostics };
  } catch (err) {
    // Our own bug or a store failure: report it on this feed rather than end the watch.
    return fail(`internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What an entry gives before any fetch: its page's URL with the feed's context, or the feed's own full content. */
function entrySource(entry: FeedEntry, outlet: string | undefined, feedUrl: string): { url?: EntryUrl; raw?: RawArticle; diagnostic?: Diagnostic } {
  const meta: EntryUrl['meta'] = {
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    // The page's own site name (og:site_name, JSON-LD publisher) is the outlet; the feed's title only when it has none.
    ...(outlet ? { outletFallback: outlet } : {}),
  };
  const fromFeed =
    entry.contentHtml && entry.contentHtml.length >= MIN_FEED_CONTENT_CHARS
      ? ({ id: idForUrl(entry.url ?? entry.key), source: entry.url ?? entry.key, format: 'html', html: `<html><body><article>${entry.contentHtml}</article></body></html>`, ...(entry.url ? { url: entry.url } : {}), ...meta } satisfies RawArticle)
      : undefined;
  if (entry.url) return { url: { url: entry.url, meta, ...(fromFeed ? { fallback: fromFeed } : {}), entry: { feed: feedUrl, key: entry.key } } };
  if (fromFeed) return { raw: fromFeed };
  return { diagnostic: { stage: 'watch', rule: 'watch/no-link', item: entry.key, reason: 'entry has neither a link nor full content', severity: 'warning' } };
}

/** The page behind an entry; the feed's own full content when there is no link or the page cannot be fetched. */
async function entryArticle(entry: FeedEntry, outlet: string | undefined, feedUrl: string, fetcher: Fetcher): Promise<{ raw?: RawArticle; diagnostic?: Diagnostic; permanent?: boolean }> {
  const source = entrySource(entry, outlet, feedUrl);
  if (!source.url) return source.raw ? { raw: source.raw } : { ...(source.diagnostic ? { diagnostic: source.diagnostic } : {}), permanent: true };
  const got = await fetchArticle(fetcher, source.url.url, 'watch', source.url.meta);
  if (got.article) return { raw: got.article };
  const raw = source.url.fallback;
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
