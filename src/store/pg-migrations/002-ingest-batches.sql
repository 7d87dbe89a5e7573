-- Work distribution: the jobs themselves live in pg-boss's schema; these tables only record which articles an
-- `ingest`/`watch` run enqueued together, so that the worker finishing the last one re-clusters them as one
-- batch (the same stories one process would make) and `ingest --wait` can report the outcome.
CREATE TABLE ingest_batches (
  id          text PRIMARY KEY,
  created_at  text NOT NULL,
  -- IngestOptions shared by the batch's jobs (reference date, summary budget, window), as JSON.
  options     text NOT NULL,
  clustered_at text
);

CREATE TABLE ingest_items (
  batch_id   text NOT NULL REFERENCES ingest_batches (id) ON DELETE CASCADE,
  item       integer NOT NULL,
  article_id text NOT NULL,
  source     text NOT NULL,
  done_at    text,
  outcome    text,       -- inserted | updated | unchanged | rejected (bad content) | failed (after every retry)
  reason     text,       -- the diagnostic when rejected or failed
  PRIMARY KEY (batch_id, item)
);
CREATE INDEX ingest_items_pending ON ingest_items (batch_id) WHERE done_at IS NULL;
