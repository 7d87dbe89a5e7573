-- Workers fetch: an `ingest`/`watch` run enqueues URLs (with the feed's context), not pages. A batch with URLs
-- has two phases. Phase one: one fetch job per URL; the worker fetches the page and keeps it here with what the
-- batch-wide furniture learning needs (outlet, block keys). Phase two: the worker that fetches the batch's last page
-- learns the outlet furniture over the whole batch, as one process would, and enqueues one analysis job per page
-- (and per content item the enqueuer already had) in the same transaction, under the batch lock.
ALTER TABLE ingest_items ADD COLUMN url text;          -- set for items a worker must fetch
ALTER TABLE ingest_items ADD COLUMN fetched_at text;   -- content in hand (fetched, or given by the enqueuer)
ALTER TABLE ingest_items ADD COLUMN raw text;          -- the raw article as JSON until its analysis job is enqueued
ALTER TABLE ingest_items ADD COLUMN content_hash text; -- duplicates within the batch are `unchanged`, as in one process
ALTER TABLE ingest_items ADD COLUMN outlet text;
ALTER TABLE ingest_items ADD COLUMN block_keys text;   -- JSON array: the article's short blocks, for furniture learning
ALTER TABLE ingest_batches ADD COLUMN analysis_enqueued_at text;
CREATE INDEX ingest_items_unfetched ON ingest_items (batch_id) WHERE fetched_at IS NULL AND done_at IS NULL;
