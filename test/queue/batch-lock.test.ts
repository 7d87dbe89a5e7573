// A batch transaction PostgreSQL picks as a deadlock's victim is run again, not reported: an `ingest --wait`
// started beside its workers failed as "deadlock detected" (CI, stop 28) where trying again passes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { postgresSkipReason, startTempPostgres, type TempPostgres } from '../../scripts/lib/temp-postgres.ts';
import { withBatchLock } from '../../src/queue/ingest-queue.ts';
import { retryStartup } from '../../src/queue/startup-races.ts';

const skip = postgresSkipReason();
let server: TempPostgres | undefined;
let pool: pg.Pool | undefined;

before(async () => {
  if (skip) return;
  server = await startTempPostgres();
  pool = new pg.Pool({ connectionString: await server.createDatabase('locks'), max: 4 });
  await pool.query('CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)');
  await pool.query('INSERT INTO counters VALUES (1, 0), (2, 0)');
});

after(async () => {
  await pool?.end();
  server?.stop();
});

/** Resolves once `count` callers have arrived: both transactions hold their first row before either asks for the other. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived === count) open();
    return opened;
  };
}

describe('batch transactions on PostgreSQL', { skip }, () => {
  it('two batches locking the same rows in opposite order both commit: the deadlock victim is run again', async () => {
    const meet = barrier(2);
    let runs = 0;
    // Each step's first run takes one row, waits for the other, then asks for the other's row: a deadlock. The
    // victim's second run meets no one and passes.
    const step = (first: number, second: number) => async (client: pg.PoolClient) => {
      runs++;
      await client.query('UPDATE counters SET n = n + 1 WHERE id = $1', [first]);
      await Promise.race([meet(), new Promise((r) => setTimeout(r, 2_000))]);
      await client.query('UPDATE counters SET n = n + 1 WHERE id = $1', [second]);
      return first;
    };
    const results = await Promise.allSettled([withBatchLock(pool!, 'batch-a', step(1, 2)), withBatchLock(pool!, 'batch-b', step(2, 1))]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled'], JSON.stringify(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))));
    assert.equal(runs, 3, 'one of the two ran twice');
    const { rows } = await pool!.query<{ n: number }>('SELECT n FROM counters ORDER BY id');
    assert.deepEqual(rows.map((r) => r.n), [2, 2], 'each committed once: the victim left nothing of its first run');
  });
});

describe('startup races', () => {
  it('a deadlock or a duplicate CREATE at startup is tried again; any other error is thrown at once', async () => {
    let calls = 0;
    const raced = await retryStartup(async () => {
      if (++calls < 3) throw Object.assign(new Error(calls === 1 ? 'deadlock detected' : 'relation "job" already exists'), { code: calls === 1 ? '40P01' : '42P07' });
      return 'started';
    });
    assert.deepEqual([raced, calls], ['started', 3]);
    let tries = 0;
    await assert.rejects(
      retryStartup(async () => {
        tries++;
        throw Object.assign(new Error('password authentication failed'), { code: '28P01' });
      }),
      /password authentication failed/,
    );
    assert.equal(tries, 1, 'not a race: no second try');
  });
});
