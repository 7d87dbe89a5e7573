-- Politeness shared by all workers: each host's next free request slot (milliseconds since the epoch, by the
-- database's clock so that workers on machines whose clocks differ still agree). A worker takes a slot with one
-- upsert before each request (src/queue/host-schedule.ts); without this table each worker kept its own schedule
-- and N workers made N requests per interval to the same site.
CREATE TABLE fetch_host_slots (
  host    text PRIMARY KEY,
  next_at double precision NOT NULL
);
