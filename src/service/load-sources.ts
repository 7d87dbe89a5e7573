import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import { loadInputs, type LoadOptions } from '../io/load-inputs.ts';
import { FetchError, type Fetcher } from './fetch.ts';
import { feedKindOf } from './feeds.ts';

export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** A stable article id for a fetched page: the same URL always gets the same id. */
export function idForUrl(url: string): string {
  return 'u' + createHash('sha256').update(url).digest('hex').slice(0, 16);
}

/**
 * Fetches one page as a raw HTML article; a failure is a diagnostic naming the URL, and `permanent` when trying
 * again later cannot help (404, refused address, too large, redirect loop).
 */
export async function fetchArticle(fetcher: Fetcher, url: string, stage: string, extra: Partial<RawArticle> = {}, hint: FeedHint = {}): Promise<{ article?: RawArticle; diagnostic?: Diagnostic; permanent?: boolean }> {
  try {
    const res = await fetcher.fetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
    const feed = feedKindOf(res.body, res.contentType);
    // A feed's address given where a page's is expected: say which command reads feeds (permanent: it stays a feed).
    if (feed) return { diagnostic: { stage, rule: `${stage}/feed`, item: url, reason: feedNotPage(feed, url, hint), severity: 'error' }, permanent: true };
    return {
      article: {
        id: idForUrl(url),
        source: url,
        format: 'html',
        html: res.body,
        url: res.url,
        ...(res.contentType ? { contentType: res.contentType } : {}),
        ...extra,
      },
    };
  } catch (err) {
    const reason = err instanceof FetchError ? err.reason : err instanceof Error ? err.message : String(err);
    return { diagnostic: { stage, rule: `${stage}/fetch`, item: url, reason, severity: 'error' }, permanent: err instanceof FetchError && !err.retryable };
  }
}

/** What the hint for a feed given as a page should carry over from the command the user ran. */
export interface FeedHint {
  /** The `--db` the user gave: the hint's `watch` must store into the same database, not the default one. */
  readonly db?: string;
  /** `--allow-private` was given: without it the hint's `watch` would refuse the same address. */
  readonly allowPrivate?: boolean;
}

/** Why a feed's URL gave no article, and the command that reads its entries. */
export function feedNotPage(kind: string, url?: string, hint: FeedHint = {}): string {
  const db = `${hint.db !== undefined ? ` --db ${hint.db}` : ''}${hint.allowPrivate ? ' --allow-private' : ''}`;
  const watch = url ? `\`crosscheck watch --feeds ${url}${db} --once\`` : `\`crosscheck watch --feeds URL${db} --once\`, given its address,`;
  return `a feed (${kind}), not an article page: ${watch} stores its entries' articles`;
}

/**
 * Files, directories and http(s) URLs → raw articles (files through the shared loader, URLs fetched safely).
 * `onFetched(done, total)` is told before the first page and after each one: pages come one a second per site, so
 * 30 URLs of one site were half a minute of a silent terminal.
 */
export async function loadSources(inputs: readonly string[], options: LoadOptions, fetcher: Fetcher, stage = 'ingest', hint: FeedHint = {}, onFetched?: (done: number, total: number) => void): Promise<{ articles: RawArticle[]; diagnostics: Diagnostic[] }> {
  const urls = inputs.filter(isUrl);
  const loaded = await loadInputs(inputs.filter((i) => !isUrl(i)), options);
  const articles = [...loaded.articles];
  const diagnostics = [...loaded.diagnostics];
  if (urls.length > 0) onFetched?.(0, urls.length);
  for (const [i, url] of urls.entries()) {
    const got = await fetchArticle(fetcher, url, stage, {}, hint);
    if (got.article) articles.push(got.article);
    if (got.diagnostic) diagnostics.push(got.diagnostic);
    onFetched?.(i + 1, urls.length);
  }
  return { articles, diagnostics };
}
