import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';

/**
 * Everything the service keeps, behind one small interface so a second backend (PostgreSQL) can be added by
 * implementing this and passing test/store/contract.ts. Methods are synchronous: better-sqlite3 is, and the
 * callers (ingest, HTTP handlers) do one short query per call.
 */
export interface Store {
  /** Stores an analyzed article; `unchanged` when the same content (hash) is already stored. */
  putArticle(article: AnalyzedArticle, meta: ArticleMeta): PutResult;
  /** True when an article with this content hash is stored (lets ingest skip analysis of known inputs). */
  hasContent(contentHash: string): boolean;
  getArticle(id: string): StoredArticle | undefined;
  /** Full analyzed articles (for re-clustering), by id; unknown ids are left out. */
  analyzedArticles(ids: readonly string[]): AnalyzedArticle[];
  /** Ids of articles published within [from, to] (YYYY-MM-DD, inclusive) plus every undated article. */
  articleIdsInWindow(from: string, to: string): string[];
  /** Story id that holds each of these articles (articles in no story are left out). */
  storiesOfArticles(ids: readonly string[]): Map<string, string>;
  storyArticleIds(storyId: string): string[];
  /** Stored articles in no story: left behind when a process died between storing articles and writing stories. */
  articleIdsWithoutStory(): string[];

  /** Replaces stories: `remove` are deleted, `put` are written (brief JSON and membership) in one transaction. */
  replaceStories(change: StoryChange): void;
  listStories(page: Page): { total: number; items: StorySummary[] };
  getStory(id: string): StoryBriefStory | undefined;
  /** The stored brief as JSON text, exactly as getStory would return it parsed (lets the API skip a parse/stringify). */
  getStoryJson(id: string): string | undefined;
  storyArticles(id: string): BriefArticle[];
  search(query: string, page: Page): { total: number; items: SearchHit[] };
  outlets(): OutletSummary[];

  getFeedState(url: string): FeedState | undefined;
  putFeedState(state: FeedState): void;
  /** True when this feed entry was already fetched (by its guid/id/link). */
  hasFeedEntry(feedUrl: string, entryKey: string): boolean;
  markFeedEntry(feedUrl: string, entryKey: string, articleId: string | undefined, seenAt: string): void;

  /**
   * Runs `step` holding the store's write lock, so a read-compute-write sequence (re-clustering) sees no other
   * writer's changes half-way and cannot overwrite them with a stale result. Nested calls join the outer one.
   */
  exclusive<T>(step: () => T): T;
  close(): void;
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
  /** Matching passage; matched terms are wrapped in U+0002 … U+0003 so a client can highlight them as text. */
  readonly snippet: string;
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

/** Marks wrapped around matched terms in SearchHit.snippet. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
