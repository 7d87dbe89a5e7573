import type pg from 'pg';
import type { HostSchedule } from '../service/fetch.ts';

// One statement, so concurrent workers serialize on the host's row lock: each sees the slot the previous one took.
// The clock is the database's (clock_timestamp), not the worker's. The wait is measured when the statement ends (the
// clock read again in RETURNING): a statement that queued behind another's row lock read its first clock before that
// one's, so a wait measured from it came out longer than the interval by the time spent queueing.
const RESERVE = `
WITH now AS (SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms)
INSERT INTO fetch_host_slots AS s (host, next_at)
SELECT $1, now.ms + $2 FROM now
ON CONFLICT (host) DO UPDATE SET next_at = GREATEST(s.next_at, EXCLUDED.next_at - $2) + $2
RETURNING s.next_at - $2 - extract(epoch FROM clock_timestamp())::float8 * 1000 AS wait`;

/** The per-host request schedule of every worker on one database (table fetch_host_slots, migration 004). */
export class PgHostSchedule implements HostSchedule {
  constructor(private readonly pool: pg.Pool) {}

  async reserve(host: string, spacingMs: number): Promise<number> {
    const { rows } = await this.pool.query<{ wait: number }>(RESERVE, [host, spacingMs]);
    return Math.max(0, Number(rows[0]?.wait ?? 0));
  }
}
