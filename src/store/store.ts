import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';

/**
 * Everything the service keeps, behind one small interface that every backend (SQLite, PostgreSQL, memory) implements
 * and test/store/contract.ts checks. Asynchronous because a network database is: the SQLite backend answers at once
 * (better-sqlite3 is synchronous) and pays only a resolved promise per call.
 */
export interface Store {
  /** Stores an analyzed article; `unchanged` when the same content (hash) is already stored. */
  putArticle(article: AnalyzedArticle, meta: ArticleMeta): Promise<PutResult>;
  /** True when an article with this content hash is stored (lets ingest skip analysis of known inputs). */
  hasContent(contentHash: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Full analyzed articles (for re-clustering), by id; unknown ids are left out. */
  analyzedArticles(ids: readonly string[]): Promise<AnalyzedArticle[]>;
  /** Ids of articles published within [from, to] (YYYY-MM-DD, inclusive) plus every undated article. */
  articleIdsInWindow(from: string, to: string): Promise<string[]>;
  /** Story id that holds each of these articles (articles in no story are left out). */
  storiesOfArticles(ids: readonly string[]): Promise<Map<string, string>>;
  storyArticleIds(storyId: string): Promise<string[]>;
  /** Stored articles in no story: left behind when a process died between storing articles and writing stories. */
  articleIdsWithoutStory(): Promise<string[]>;

  /** Replaces stories: `remove` are deleted, `put` are written (brief JSON and membership) in one transaction. */
  replaceStories(change: StoryChange): Promise<void>;
  listStories(page: Page): Promise<{ total: number; items: StorySummary[] }>;
  getStory(id: string): Promise<StoryBriefStory | undefined>;
  /** The stored brief as JSON text, exactly as getStory would return it parsed (lets the API skip a parse/stringify). */
  getStoryJson(id: string): Promise<string | undefined>;
  storyArticles(id: string): Promise<BriefArticle[]>;
  search(query: string, page: Page): Promise<{ total: number; items: SearchHit[] }>;
  outlets(): Promise<OutletSummary[]>;

  getFeedState(url: string): Promise<FeedState | undefined>;
  putFeedState(state: FeedState): Promise<void>;
  /** True when this feed entry was already fetched (by its guid/id/link). */
  hasFeedEntry(feedUrl: string, entryKey: string): Promise<boolean>;
  markFeedEntry(feedUrl: string, entryKey: string, articleId: string | undefined, seenAt: string): Promise<void>;
  /** The entry is unseen again: a worker could not fetch its page for a passing reason (timeout, 5xx) after the
   * queue's retries, so the next poll tries it again, as one process leaves such an entry unmarked. */
  forgetFeedEntry(feedUrl: string, entryKey: string): Promise<void>;

  /**
   * Runs `step` holding the store's write lock, so a read-compute-write sequence (re-clustering) sees no other
   * writer's changes half-way and cannot overwrite them with a stale result. Nested calls join the outer one.
   * SQLite: BEGIN IMMEDIATE. PostgreSQL: a transaction holding an advisory lock (pg_advisory_xact_lock), so story
   * writers on any number of machines take turns; store calls made inside `step` run in that transaction.
   */
  exclusive<T>(step: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ArticleMeta {
  /** sha256 of the raw input (title, text or page bytes, url, published, outlet). */
  readonly contentHash: string;
  /** ISO timestamp of the ingest. */
  readonly ingestedAt: string;
}

export type PutResult = 'inserted' | 'updated' | 'unchanged';

export interface StoredArticle extends BriefArticle {
  readonly storyId?: string;
  readonly contentHash: string;
  readonly ingestedAt: string;
  readonly source: string;
}

export interface StoryChange {
  readonly remove: readonly string[];
  readonly put: readonly { readonly brief: StoryBriefStory; readonly latestPublished?: string; readonly updatedAt: string }[];
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly independentSources: number;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly latestPublished?: string;
  readonly updatedAt: string;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly storyId?: string;
  /** Matching passage as plain text. */
  readonly snippet: string;
  /** Where the matched terms are in `snippet`: UTF-16 offsets, sorted, not overlapping (a client highlights them). */
  readonly highlights: readonly Highlight[];
}

export interface Highlight {
  readonly start: number;
  readonly end: number;
}

export interface OutletSummary {
  readonly name: string;
  readonly articles: number;
  readonly stories: number;
  readonly latestPublished?: string;
}

export interface FeedState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly checkedAt: string;
  /** Last error, or undefined after a successful poll. */
  readonly error?: string;
}

/**
 * Marks the search engines (FTS5 snippet(), PostgreSQL ts_headline) wrap around matched terms inside a store; the
 * store turns them into SearchHit.highlights (see snippet.ts), so they never reach a client.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
