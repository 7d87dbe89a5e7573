import { toBriefArticle } from '../pipeline/to-story-brief.ts';
import Database from 'better-sqlite3';
import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';
import { ftsQuery } from './fts-query.ts';
import { loadMigrations, type Migration } from './load-migrations.ts';
import { searchHit, withoutMarks } from './snippet.ts';
import type { ArticleMeta, FeedState, OutletSummary, Page, PutResult, SearchHit, Store, StoredArticle, StoryChange, StorySummary } from './store.ts';
import { MATCH_END, MATCH_START } from './store.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export { loadMigrations, type Migration };

/** Applies the migrations not yet recorded in schema_migrations, each in its own transaction. Returns their names. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = loadMigrations(MIGRATIONS_DIR)): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: string[] = [];
  for (const m of migrations) {
    // IMMEDIATE, and the check inside it: two processes opening a new database at once must not both apply it.
    const ran = db.transaction((): boolean => {
      if (isApplied.get(m.version)) return false;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      return true;
    }).immediate();
    if (ran) applied.push(m.name);
  }
  return applied;
}

interface ArticleRow {
  id: string;
  content_hash: string;
  source: string;
  ingested_at: string;
  analyzed_json: string;
  story_id: string | null;
}

/** Opens (creating if needed) a SQLite database file, or `:memory:`, migrated to the latest schema. */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  // 60 s: another process's ingest holds the write lock while it writes a batch of stories; waiting that out is
  // better than losing an article, and a lock held longer than a minute is stuck and worth reporting. Set first, so
  // even switching the journal mode waits for a concurrent opener instead of failing.
  db.pragma('busy_timeout = 60000');
  // WAL: the server reads while `ingest`/`watch` write from another process.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      hashExists: db.prepare('SELECT 1 FROM articles WHERE content_hash = ?').pluck(),
      orphans: db.prepare('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY id').pluck(),
      articleById: db.prepare(
        'SELECT a.id, a.content_hash, a.source, a.ingested_at, a.analyzed_json, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = ?',
      ),
      idExists: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
      insertArticle: db.prepare(
        'INSERT INTO articles (id, content_hash, source, title, outlet, url, published, ingested_at, analyzed_json) VALUES (@id, @hash, @source, @title, @outlet, @url, @published, @ingestedAt, @json)',
      ),
      updateArticle: db.prepare(
        'UPDATE articles SET content_hash = @hash, source = @source, title = @title, outlet = @outlet, url = @url, published = @published, ingested_at = @ingestedAt, analyzed_json = @json WHERE id = @id',
      ),
      deleteFts: db.prepare('DELETE FROM articles_fts WHERE article_id = ?'),
      insertFts: db.prepare('INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)'),
      insertOutlet: db.prepare('INSERT OR IGNORE INTO outlets (name, first_seen) VALUES (?, ?)'),
      inWindow: db.prepare('SELECT id FROM articles WHERE published IS NULL OR (published >= ? AND published <= ?) ORDER BY id').pluck(),
      storyOf: db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck(),
      storyArticleIds: db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position').pluck(),
      analyzedById: db.prepare('SELECT analyzed_json FROM articles WHERE id = ?').pluck(),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      upsertStory: db.prepare(
        `INSERT INTO stories (id, title, independent_sources, article_count, latest_published, updated_at, brief_json)
         VALUES (@id, @title, @independent, @count, @latest, @updatedAt, @json)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, independent_sources = excluded.independent_sources,
           article_count = excluded.article_count, latest_published = excluded.latest_published,
           updated_at = excluded.updated_at, brief_json = excluded.brief_json`,
      ),
      clearMembers: db.prepare('DELETE FROM story_articles WHERE story_id = ?'),
      putMember: db.prepare('INSERT OR REPLACE INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)'),
      countStories: db.prepare('SELECT count(*) FROM stories').pluck(),
      listStories: db.prepare(
        `SELECT s.id, s.title, s.independent_sources, s.article_count, s.latest_published, s.updated_at,
           (SELECT group_concat(outlet, char(10)) FROM (SELECT DISTINCT a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id
              WHERE sa.story_id = s.id AND a.outlet IS NOT NULL ORDER BY a.outlet)) AS outlets
         FROM stories s ORDER BY s.independent_sources DESC, s.latest_published DESC NULLS LAST, s.id LIMIT ? OFFSET ?`,
      ),
      storyBrief: db.prepare('SELECT brief_json FROM stories WHERE id = ?').pluck(),
      storyArticles: db.prepare('SELECT a.analyzed_json FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY sa.position').pluck(),
      searchCount: db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck(),
      search: db.prepare(
        `SELECT f.article_id, snippet(articles_fts, 2, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet, a.title, a.outlet, a.published, sa.story_id
         FROM articles_fts f JOIN articles a ON a.id = f.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id
         WHERE articles_fts MATCH ? ORDER BY f.rank, a.id LIMIT ? OFFSET ?`,
      ),
      outlets: db.prepare(
        `SELECT o.name, count(a.id) AS articles, count(DISTINCT sa.story_id) AS stories, max(a.published) AS latest
         FROM outlets o LEFT JOIN articles a ON a.outlet = o.name LEFT JOIN story_articles sa ON sa.article_id = a.id
         GROUP BY o.name ORDER BY articles DESC, o.name`,
      ),
      feedState: db.prepare('SELECT url, etag, last_modified, checked_at, error FROM feeds WHERE url = ?'),
      putFeed: db.prepare(
        `INSERT INTO feeds (url, etag, last_modified, checked_at, error) VALUES (@url, @etag, @lastModified, @checkedAt, @error)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at, error = excluded.error`,
      ),
      hasEntry: db.prepare('SELECT 1 FROM feed_entries WHERE feed_url = ? AND entry_key = ?').pluck(),
      markEntry: db.prepare('INSERT OR IGNORE INTO feed_entries (feed_url, entry_key, article_id, seen_at) VALUES (?, ?, ?, ?)'),
      forgetEntry: db.prepare('DELETE FROM feed_entries WHERE feed_url = ? AND entry_key = ?'),
    };
  }

  async putArticle(article: AnalyzedArticle, meta: ArticleMeta): Promise<PutResult> {
    // IMMEDIATE takes the write lock up front, so a second ingesting process waits (busy_timeout) instead of failing
    // when its read-then-write transaction cannot be upgraded.
    return this.db.transaction((): PutResult => {
      if (this.q.hashExists.get(meta.contentHash)) return 'unchanged';
      const row = {
        id: article.id,
        hash: meta.contentHash,
        source: article.source,
        title: article.title,
        outlet: article.outlet ?? null,
        url: article.url ?? null,
        published: article.published ?? null,
        ingestedAt: meta.ingestedAt,
        json: JSON.stringify(article),
      };
      const existed = Boolean(this.q.idExists.get(article.id));
      if (existed) this.q.updateArticle.run(row);
      else this.q.insertArticle.run(row);
      this.q.deleteFts.run(article.id);
      this.q.insertFts.run(article.id, withoutMarks(article.title), withoutMarks(article.text));
      if (article.outlet) this.q.insertOutlet.run(article.outlet, meta.ingestedAt);
      return existed ? 'updated' : 'inserted';
    }).immediate();
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return Boolean(this.q.hashExists.get(contentHash));
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = this.q.articleById.get(id) as ArticleRow | undefined;
    if (!row) return undefined;
    return {
      ...toBriefArticle(JSON.parse(row.analyzed_json) as AnalyzedArticle),
      ...(row.story_id ? { storyId: row.story_id } : {}),
      contentHash: row.content_hash,
      ingestedAt: row.ingested_at,
      source: row.source,
    };
  }

  async analyzedArticles(ids: readonly string[]): Promise<AnalyzedArticle[]> {
    return ids.flatMap((id) => {
      const json = this.q.analyzedById.get(id) as string | undefined;
      return json ? [JSON.parse(json) as AnalyzedArticle] : [];
    });
  }

  async articleIdsInWindow(from: string, to: string): Promise<string[]> {
    return this.q.inWindow.all(from, to) as string[];
  }

  async storiesOfArticles(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const story = this.q.storyOf.get(id) as string | undefined;
      if (story) out.set(id, story);
    }
    return out;
  }

  async storyArticleIds(storyId: string): Promise<string[]> {
    return this.q.storyArticleIds.all(storyId) as string[];
  }

  async replaceStories(change: StoryChange): Promise<void> {
    this.db.transaction(() => {
      for (const id of change.remove) this.q.deleteStory.run(id);
      for (const { brief, latestPublished, updatedAt } of change.put) {
        this.q.upsertStory.run({
          id: brief.id,
          title: brief.title,
          independent: brief.independentSources,
          count: brief.articleIds.length,
          latest: latestPublished ?? null,
          updatedAt,
          json: JSON.stringify(brief),
        });
        this.q.clearMembers.run(brief.id);
        brief.articleIds.forEach((articleId, i) => {
          if (this.q.idExists.get(articleId)) this.q.putMember.run(articleId, brief.id, i);
        });
      }
    }).immediate();
  }

  async listStories(page: Page): Promise<{ total: number; items: StorySummary[] }> {
    const rows = this.q.listStories.all(page.limit, page.offset) as {
      id: string;
      title: string;
      independent_sources: number;
      article_count: number;
      latest_published: string | null;
      updated_at: string;
      outlets: string | null;
    }[];
    return {
      total: this.q.countStories.get() as number,
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        independentSources: r.independent_sources,
        articleCount: r.article_count,
        outlets: r.outlets ? r.outlets.split('\n') : [],
        ...(r.latest_published ? { latestPublished: r.latest_published } : {}),
        updatedAt: r.updated_at,
      })),
    };
  }

  async getStory(id: string): Promise<StoryBriefStory | undefined> {
    const json = this.q.storyBrief.get(id) as string | undefined;
    return json ? (JSON.parse(json) as StoryBriefStory) : undefined;
  }

  async getStoryJson(id: string): Promise<string | undefined> {
    return this.q.storyBrief.get(id) as string | undefined;
  }

  async storyArticles(id: string): Promise<BriefArticle[]> {
    return (this.q.storyArticles.all(id) as string[]).map((json) => toBriefArticle(JSON.parse(json) as AnalyzedArticle));
  }

  async search(query: string, page: Page): Promise<{ total: number; items: SearchHit[] }> {
    const match = ftsQuery(query);
    if (!match) return { total: 0, items: [] };
    const rows = this.q.search.all(match, page.limit, page.offset) as {
      article_id: string;
      snippet: string;
      title: string;
      outlet: string | null;
      published: string | null;
      story_id: string | null;
    }[];
    return {
      total: this.q.searchCount.get(match) as number,
      items: rows.map((r) => searchHit({ articleId: r.article_id, title: r.title, outlet: r.outlet, published: r.published, storyId: r.story_id, marked: r.snippet })),
    };
  }

  async outlets(): Promise<OutletSummary[]> {
    const rows = this.q.outlets.all() as { name: string; articles: number; stories: number; latest: string | null }[];
    return rows.map((r) => ({ name: r.name, articles: r.articles, stories: r.stories, ...(r.latest ? { latestPublished: r.latest } : {}) }));
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    const r = this.q.feedState.get(url) as { url: string; etag: string | null; last_modified: string | null; checked_at: string; error: string | null } | undefined;
    if (!r) return undefined;
    return {
      url: r.url,
      ...(r.etag ? { etag: r.etag } : {}),
      ...(r.last_modified ? { lastModified: r.last_modified } : {}),
      checkedAt: r.checked_at,
      ...(r.error ? { error: r.error } : {}),
    };
  }

  async putFeedState(state: FeedState): Promise<void> {
    this.q.putFeed.run({ url: state.url, etag: state.etag ?? null, lastModified: state.lastModified ?? null, checkedAt: state.checkedAt, error: state.error ?? null });
  }

  async hasFeedEntry(feedUrl: string, entryKey: string): Promise<boolean> {
    return Boolean(this.q.hasEntry.get(feedUrl, entryKey));
  }

  async markFeedEntry(feedUrl: string, entryKey: string, articleId: string | undefined, seenAt: string): Promise<void> {
    this.q.markEntry.run(feedUrl, entryKey, articleId ?? null, seenAt);
  }

  async forgetFeedEntry(feedUrl: string, entryKey: string): Promise<void> {
    this.q.forgetEntry.run(feedUrl, entryKey);
  }

  async exclusive<T>(step: () => Promise<T>): Promise<T> {
    // Nested: join the outer transaction (the store's own transactions inside it become savepoints).
    if (this.db.inTransaction) return step();
    // BEGIN IMMEDIATE takes the write lock before the first read. better-sqlite3's transaction() cannot span an
    // await, so the transaction is opened and closed by hand around the step.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const value = await step();
      this.db.exec('COMMIT');
      return value;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async articleIdsWithoutStory(): Promise<string[]> {
    return this.q.orphans.all() as string[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
