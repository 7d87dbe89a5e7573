-- PostgreSQL schema, the same tables as SQLite's 001-initial.sql. Append-only: a shipped migration is never edited.
-- Dates stay text (YYYY-MM-DD) as in SQLite: they compare correctly as text and round-trip exactly.
CREATE TABLE articles (
  id            text PRIMARY KEY,
  content_hash  text NOT NULL UNIQUE,
  source        text NOT NULL,
  title         text NOT NULL,
  outlet        text,
  url           text,
  published     text,            -- YYYY-MM-DD or NULL
  ingested_at   text NOT NULL,
  analyzed_json text NOT NULL,   -- AnalyzedArticle
  -- Full-text search: title weighted above body. 'simple' (no stemming) like FTS5's unicode61; diacritics are
  -- folded by the store before the text gets here.
  search        tsvector NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE outlets (
  name       text PRIMARY KEY,
  first_seen text NOT NULL
);

CREATE TABLE stories (
  id                  text PRIMARY KEY,
  title               text NOT NULL,
  independent_sources integer NOT NULL,
  article_count       integer NOT NULL,
  latest_published    text,
  updated_at          text NOT NULL,
  brief_json          text NOT NULL
);
CREATE INDEX stories_rank ON stories (independent_sources DESC, latest_published DESC NULLS LAST, id);

-- An article belongs to at most one story (the primary key says so, whatever the number of workers).
CREATE TABLE story_articles (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id   text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   integer NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, position);

CREATE TABLE feeds (
  url           text PRIMARY KEY,
  etag          text,
  last_modified text,
  checked_at    text NOT NULL,
  error         text
);

CREATE TABLE feed_entries (
  feed_url   text NOT NULL,
  entry_key  text NOT NULL,
  article_id text,
  seen_at    text NOT NULL,
  PRIMARY KEY (feed_url, entry_key)
);
