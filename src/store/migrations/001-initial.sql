-- Articles as analyzed: the columns the API filters and sorts on, the rest as JSON (re-clustering needs all of it).
CREATE TABLE articles (
  id            TEXT PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,
  source        TEXT NOT NULL,
  title         TEXT NOT NULL,
  outlet        TEXT,
  url           TEXT,
  published     TEXT,            -- YYYY-MM-DD or NULL
  ingested_at   TEXT NOT NULL,
  analyzed_json TEXT NOT NULL    -- AnalyzedArticle
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE outlets (
  name       TEXT PRIMARY KEY,
  first_seen TEXT NOT NULL
);

-- One row per story; the brief (StoryBriefStory) as JSON, the ranking keys as columns.
CREATE TABLE stories (
  id                  TEXT PRIMARY KEY,
  title               TEXT NOT NULL,
  independent_sources INTEGER NOT NULL,
  article_count       INTEGER NOT NULL,
  latest_published    TEXT,
  updated_at          TEXT NOT NULL,
  brief_json          TEXT NOT NULL
);
CREATE INDEX stories_rank ON stories (independent_sources DESC, latest_published DESC, id);

-- An article belongs to at most one story.
CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, position);

-- Full-text search over title and cleaned text; rows kept in step with articles by the store.
CREATE VIRTUAL TABLE articles_fts USING fts5 (article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE feeds (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  checked_at    TEXT NOT NULL,
  error         TEXT
);

CREATE TABLE feed_entries (
  feed_url   TEXT NOT NULL,
  entry_key  TEXT NOT NULL,
  article_id TEXT,
  seen_at    TEXT NOT NULL,
  PRIMARY KEY (feed_url, entry_key)
);
