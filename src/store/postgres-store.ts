import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';
import { toBriefArticle } from '../pipeline/to-story-brief.ts';
import { loadMigrations, type Migration } from './load-migrations.ts';
import { searchHit, withoutMarks } from './snippet.ts';
import type { ArticleMeta, FeedState, OutletSummary, Page, PutResult, SearchHit, Store, StoredArticle, StoryChange, StorySummary } from './store.ts';
import { MATCH_END, MATCH_START } from './store.ts';

const MIGRATIONS_DIR = new URL('./pg-migrations/', import.meta.url);
// Advisory lock keys (any fixed bigints; they only need to differ from each other and from other applications').
const MIGRATION_LOCK = 0x63_63_6d_69; // "ccmi"
export const STORY_LOCK = 0x63_63_73_74; // "ccst": held while stories are read, re-clustered and written
// Longest query turned into terms, as for FTS5 (fts-query.ts).
const MAX_TERMS = 16;
// ts_headline: about as many words as FTS5's snippet(…, 24) shows; ShortWord=0 so no word is dropped from a match.
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "`;

export interface PostgresStoreOptions {
  /** Connections in this process's pool; a worker needs about one per concurrent job. */
  readonly poolSize?: number;
  readonly migrations?: readonly Migration[];
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Connects to PostgreSQL (a postgres:// URL), applies pending migrations and returns the store. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 30_000 });
  // An idle connection dropped by a server restart is reported here; without a listener it would end the process.
  // The pool replaces it on the next query, so there is nothing more to do.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool, options.migrations ?? loadMigrations(MIGRATIONS_DIR));
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new PostgresStore(pool);
}

/**
 * A pooled connection that survives its server going away: a checked-out pg client has no 'error' listener (the
 * pool listens only while it is idle), and an 'error' event nobody listens to ends the process. So a restart of
 * PostgreSQL during a transaction would kill the worker instead of failing its job for a retry. Here the error
 * only marks the connection broken; its pending query fails as usual, and release() drops it from the pool.
 */
export async function checkout(pool: pg.Pool): Promise<{ readonly client: pg.PoolClient; release(broken?: boolean): void }> {
  const client = await pool.connect();
  let lost = false;
  const onError = () => {
    lost = true;
  };
  client.on('error', onError);
  return {
    client,
    release(broken = false) {
      client.removeListener('error', onError);
      client.release(broken || lost);
    },
  };
}

// What a process sees when another creates the same object at the same moment: duplicate key (23505), relation
// (42P07) or type (42710, "type schema_migrations already exists").
const CONCURRENT_CREATE = new Set(['23505', '42P07', '42710']);

/** True for the error of a CREATE that lost a race with the same CREATE in another process. */
export function isConcurrentCreate(err: unknown): boolean {
  return CONCURRENT_CREATE.has((err as { code?: string }).code ?? '');
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction, under an advisory
 * lock so that workers starting together do not apply one twice. Returns the names applied.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[]): Promise<string[]> {
  const applied: string[] = [];
  const { client, release } = await checkout(pool);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)').catch(async (err: unknown) => {
      // Two processes creating the table at once: one wins, the other sees a duplicate; both go on.
      if (!isConcurrentCreate(err)) throw err;
    });
    for (const m of migrations) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
        if (done.rowCount === 0) {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          applied.push(m.name);
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        // The SQLSTATE is kept: a worker tells a startup race (deadlock) from a broken migration by it.
        throw Object.assign(new Error(`migration ${m.name}: ${err instanceof Error ? err.message : String(err)}`), { code: (err as { code?: string }).code });
      }
    }
  } finally {
    release();
  }
  return applied;
}

type Queryable = pg.Pool | pg.PoolClient;

class PostgresStore implements Store {
  /** The connection of the transaction the current async call chain is in (exclusive / a store transaction). */
  private readonly current = new AsyncLocalStorage<pg.PoolClient>();
  private savepoints = 0;

  constructor(private readonly pool: pg.Pool) {}

  private db(): Queryable {
    return this.current.getStore() ?? this.pool;
  }

  private async rows<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.db().query(sql, params)).rows as R[];
  }

  /** Runs `fn` in a transaction: a new one on a pooled connection, or a savepoint inside the current one. */
  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) {
      const name = `sp${++this.savepoints}`;
      await outer.query(`SAVEPOINT ${name}`);
      try {
        const value = await fn(outer);
        await outer.query(`RELEASE SAVEPOINT ${name}`);
        return value;
      } catch (err) {
        await outer.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
        throw err;
      }
    }
    const { client, release } = await checkout(this.pool);
    let broken = false;
    try {
      await client.query('BEGIN');
      const value = await this.current.run(client, () => fn(client));
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true; // the connection itself failed (server restart): do not return it to the pool
      });
      throw err;
    } finally {
      release(broken);
    }
  }

  async putArticle(article: AnalyzedArticle, meta: ArticleMeta): Promise<PutResult> {
    try {
      return await this.transaction(async (c) => {
        const known = await c.query('SELECT 1 FROM articles WHERE content_hash = $1', [meta.contentHash]);
        if (known.rowCount) return 'unchanged';
        const r = await c.query(
          `INSERT INTO articles (id, content_hash, source, title, outlet, url, published, ingested_at, analyzed_json, search)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, setweight(to_tsvector('simple', $10), 'A') || to_tsvector('simple', $11))
           ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, source = excluded.source, title = excluded.title,
             outlet = excluded.outlet, url = excluded.url, published = excluded.published, ingested_at = excluded.ingested_at,
             analyzed_json = excluded.analyzed_json, search = excluded.search
           RETURNING (xmax = 0) AS inserted`,
          [article.id, meta.contentHash, article.source, article.title, article.outlet ?? null, article.url ?? null, article.published ?? null, meta.ingestedAt, JSON.stringify(article), fold(article.title), fold(article.text)],
        );
        if (article.outlet) await c.query('INSERT INTO outlets (name, first_seen) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [article.outlet, meta.ingestedAt]);
        return (r.rows[0] as { inserted: boolean }).inserted ? 'inserted' : 'updated';
      });
    } catch (err) {
      // Another worker stored the same content under another id between our check and our insert.
      if ((err as { code?: string; constraint?: string }).code === '23505' && (err as { constraint?: string }).constraint === 'articles_content_hash_key') return 'unchanged';
      throw err;
    }
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE content_hash = $1', [contentHash])).length > 0;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const [row] = await this.rows<{ content_hash: string; source: string; ingested_at: string; analyzed_json: string; story_id: string | null }>(
      'SELECT a.content_hash, a.source, a.ingested_at, a.analyzed_json, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = $1',
      [id],
    );
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
    if (ids.length === 0) return [];
    const rows = await this.rows<{ id: string; analyzed_json: string }>('SELECT id, analyzed_json FROM articles WHERE id = ANY($1)', [ids]);
    const byId = new Map(rows.map((r) => [r.id, r.analyzed_json]));
    // In the order asked for, as SQLite's one-by-one lookup gives them.
    return ids.flatMap((id) => {
      const json = byId.get(id);
      return json ? [JSON.parse(json) as AnalyzedArticle] : [];
    });
  }

  async articleIdsInWindow(from: string, to: string): Promise<string[]> {
    const rows = await this.rows<{ id: string }>('SELECT id FROM articles WHERE published IS NULL OR (published >= $1 AND published <= $2) ORDER BY id COLLATE "C"', [from, to]);
    return rows.map((r) => r.id);
  }

  async storiesOfArticles(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows<{ article_id: string; story_id: string }>('SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1)', [ids]);
    const of = new Map(rows.map((r) => [r.article_id, r.story_id]));
    const out = new Map<string, string>();
    for (const id of ids) {
      const story = of.get(id);
      if (story) out.set(id, story);
    }
    return out;
  }

  async storyArticleIds(storyId: string): Promise<string[]> {
    return (await this.rows<{ article_id: string }>('SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY position', [storyId])).map((r) => r.article_id);
  }

  async articleIdsWithoutStory(): Promise<string[]> {
    const rows = await this.rows<{ id: string }>('SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) ORDER BY id COLLATE "C"');
    return rows.map((r) => r.id);
  }

  async replaceStories(change: StoryChange): Promise<void> {
    await this.transaction(async (c) => {
      if (change.remove.length) await c.query('DELETE FROM stories WHERE id = ANY($1)', [change.remove]);
      for (const { brief, latestPublished, updatedAt } of change.put) {
        await c.query(
          `INSERT INTO stories (id, title, independent_sources, article_count, latest_published, updated_at, brief_json) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, independent_sources = excluded.independent_sources, article_count = excluded.article_count,
             latest_published = excluded.latest_published, updated_at = excluded.updated_at, brief_json = excluded.brief_json`,
          [brief.id, brief.title, brief.independentSources, brief.articleIds.length, latestPublished ?? null, updatedAt, JSON.stringify(brief)],
        );
        await c.query('DELETE FROM story_articles WHERE story_id = $1', [brief.id]);
        // One statement for the members; articles not stored are skipped (as in SQLite); an article moving from
        // another story is moved (the primary key keeps it in one story).
        await c.query(
          `INSERT INTO story_articles (article_id, story_id, position)
           SELECT m.id, $1, m.pos - 1 FROM unnest($2::text[]) WITH ORDINALITY AS m(id, pos) JOIN articles a ON a.id = m.id
           ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, position = excluded.position`,
          [brief.id, brief.articleIds],
        );
      }
    });
  }

  async listStories(page: Page): Promise<{ total: number; items: StorySummary[] }> {
    const rows = await this.rows<{ id: string; title: string; independent_sources: number; article_count: number; latest_published: string | null; updated_at: string; outlets: string[] }>(
      `SELECT s.id, s.title, s.independent_sources, s.article_count, s.latest_published, s.updated_at,
         ARRAY(SELECT DISTINCT a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id
               WHERE sa.story_id = s.id AND a.outlet IS NOT NULL ORDER BY a.outlet) AS outlets
       FROM stories s ORDER BY s.independent_sources DESC, s.latest_published DESC NULLS LAST, s.id COLLATE "C" LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    const [count] = await this.rows<{ n: number }>('SELECT count(*)::int AS n FROM stories');
    return {
      total: count?.n ?? 0,
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        independentSources: r.independent_sources,
        articleCount: r.article_count,
        outlets: r.outlets,
        ...(r.latest_published ? { latestPublished: r.latest_published } : {}),
        updatedAt: r.updated_at,
      })),
    };
  }

  async getStory(id: string): Promise<StoryBriefStory | undefined> {
    const json = await this.getStoryJson(id);
    return json === undefined ? undefined : (JSON.parse(json) as StoryBriefStory);
  }

  async getStoryJson(id: string): Promise<string | undefined> {
    return (await this.rows<{ brief_json: string }>('SELECT brief_json FROM stories WHERE id = $1', [id]))[0]?.brief_json;
  }

  async storyArticles(id: string): Promise<BriefArticle[]> {
    const rows = await this.rows<{ analyzed_json: string }>('SELECT a.analyzed_json FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1 ORDER BY sa.position', [id]);
    return rows.map((r) => toBriefArticle(JSON.parse(r.analyzed_json) as AnalyzedArticle));
  }

  async search(query: string, page: Page): Promise<{ total: number; items: SearchHit[] }> {
    const tsquery = toTsquery(query);
    if (!tsquery) return { total: 0, items: [] };
    const rows = await this.rows<{ id: string; title: string; outlet: string | null; published: string | null; story_id: string | null; headline: string; total: number }>(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS q),
       hits AS (SELECT a.id, ts_rank(a.search, q.q) AS rank FROM articles a, q WHERE a.search @@ q.q)
       SELECT a.id, a.title, a.outlet, a.published, sa.story_id, (SELECT count(*)::int FROM hits) AS total,
         ts_headline('simple', translate(a.analyzed_json::json->>'text', chr(2) || chr(3), '  '), q.q, $4) AS headline
       FROM hits h JOIN articles a ON a.id = h.id LEFT JOIN story_articles sa ON sa.article_id = a.id, q
       ORDER BY h.rank DESC, a.id COLLATE "C" LIMIT $2 OFFSET $3`,
      [tsquery, page.limit, page.offset, HEADLINE],
    );
    const total = rows[0]?.total ?? (page.offset > 0 ? Number((await this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE search @@ to_tsquery('simple', $1)`, [tsquery]))[0]?.n ?? 0) : 0);
    return {
      total,
      items: rows.map((r) => searchHit({ articleId: r.id, title: r.title, outlet: r.outlet, published: r.published, storyId: r.story_id, marked: r.headline })),
    };
  }

  async outlets(): Promise<OutletSummary[]> {
    const rows = await this.rows<{ name: string; articles: number; stories: number; latest: string | null }>(
      `SELECT o.name, count(a.id)::int AS articles, count(DISTINCT sa.story_id)::int AS stories, max(a.published) AS latest
       FROM outlets o LEFT JOIN articles a ON a.outlet = o.name LEFT JOIN story_articles sa ON sa.article_id = a.id
       GROUP BY o.name ORDER BY articles DESC, o.name COLLATE "C"`,
    );
    return rows.map((r) => ({ name: r.name, articles: r.articles, stories: r.stories, ...(r.latest ? { latestPublished: r.latest } : {}) }));
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    const [r] = await this.rows<{ url: string; etag: string | null; last_modified: string | null; checked_at: string; error: string | null }>('SELECT url, etag, last_modified, checked_at, error FROM feeds WHERE url = $1', [url]);
    if (!r) return undefined;
    return { url: r.url, ...(r.etag ? { etag: r.etag } : {}), ...(r.last_modified ? { lastModified: r.last_modified } : {}), checkedAt: r.checked_at, ...(r.error ? { error: r.error } : {}) };
  }

  async putFeedState(state: FeedState): Promise<void> {
    await this.db().query(
      `INSERT INTO feeds (url, etag, last_modified, checked_at, error) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at, error = excluded.error`,
      [state.url, state.etag ?? null, state.lastModified ?? null, state.checkedAt, state.error ?? null],
    );
  }

  async hasFeedEntry(feedUrl: string, entryKey: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM feed_entries WHERE feed_url = $1 AND entry_key = $2', [feedUrl, entryKey])).length > 0;
  }

  async markFeedEntry(feedUrl: string, entryKey: string, articleId: string | undefined, seenAt: string): Promise<void> {
    await this.db().query('INSERT INTO feed_entries (feed_url, entry_key, article_id, seen_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [feedUrl, entryKey, articleId ?? null, seenAt]);
  }

  async forgetFeedEntry(feedUrl: string, entryKey: string): Promise<void> {
    await this.db().query('DELETE FROM feed_entries WHERE feed_url = $1 AND entry_key = $2', [feedUrl, entryKey]);
  }

  /**
   * A transaction holding the story lock (pg_advisory_xact_lock): story writers on every machine take turns, and
   * the lock goes with the transaction, so a worker killed mid-step releases it when its connection drops.
   * Store calls inside `step` run on this transaction's connection (AsyncLocalStorage); nested calls join it.
   */
  async exclusive<T>(step: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return step();
    return this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
      return step();
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Search text → a tsquery string: every word (letters and digits only, so nothing is an operator) ANDed, the last
 * as a prefix, as ftsQuery does for FTS5. */
function toTsquery(input: string): string | undefined {
  const words = (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map(fold);
  if (words.length === 0) return undefined;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** Diacritics folded (as FTS5's remove_diacritics), lower case; the mark characters dropped from indexed text. */
function fold(text: string): string {
  return withoutMarks(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
