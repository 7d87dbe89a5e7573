import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { postgresSkipReason, startTempPostgres, type TempPostgres } from '../../scripts/lib/temp-postgres.ts';
import { loadMigrations } from '../../src/store/load-migrations.ts';
import { PgHostSchedule } from '../../src/queue/host-schedule.ts';
import { migratePostgres, openPostgresStore } from '../../src/store/postgres-store.ts';
import { storeContract } from './contract.ts';

// The same contract suite as SQLite and memory, against a real PostgreSQL this file starts (initdb into a temporary
// directory, pg_ctl on a free port) and removes afterwards.
const skip = postgresSkipReason();
let server: TempPostgres | undefined;
let n = 0;
before(async () => {
  if (!skip) server = await startTempPostgres();
});
after(() => server?.stop());

const freshDb = async () => server!.createDatabase(`contract_${++n}`);

storeContract('PostgreSQL', async () => openPostgresStore(await freshDb(), { poolSize: 4 }), { skip });

describe('PostgreSQL migrations', { skip }, () => {
  it('are numbered, applied once each even by processes starting together, and recorded', async () => {
    const migrations = loadMigrations(new URL('../../src/store/pg-migrations/', import.meta.url));
    assert.deepEqual(migrations.map((m) => m.version), migrations.map((_, i) => i + 1), 'numbered 001, 002, ... without gaps');
    const url = await freshDb();
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: url }));
    try {
      const runs = await Promise.all(pools.map((p) => migratePostgres(p, migrations)));
      assert.deepEqual(runs.flat().sort(), migrations.map((m) => m.name).sort(), 'each migration applied by exactly one of the three');
      assert.deepEqual(await migratePostgres(pools[0]!, migrations), []);
      assert.equal((await pools[0]!.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n, migrations.length);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('rolls a failing migration back entirely', async () => {
    const pool = new pg.Pool({ connectionString: await freshDb() });
    try {
      const bad = [{ version: 1, name: '001-bad.sql', sql: 'CREATE TABLE t (x int); INSERT INTO nope VALUES (1);' }];
      await assert.rejects(migratePostgres(pool, bad), /001-bad\.sql/);
      assert.equal((await pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 't'")).rows[0].n, 0);
    } finally {
      await pool.end();
    }
  });
});

describe('PostgreSQL connections', { skip }, () => {
  it('a connection lost inside a store transaction fails that call, not the process, and the store goes on', async () => {
    const url = await freshDb();
    const store = await openPostgresStore(url, { poolSize: 2 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // The backend of the transaction's connection is terminated while the step holds it, as a server restart does.
      const inside = store.exclusive(async () => {
        const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'");
        for (const r of rows) await admin.query('SELECT pg_terminate_backend($1)', [r.pid]);
        await new Promise((r) => setTimeout(r, 200)); // the 'error' event arrives while no query is running
        return store.articleIdsWithoutStory();
      });
      await assert.rejects(inside, /terminat|Connection|closed/i);
      assert.deepEqual(await store.articleIdsWithoutStory(), [], 'a new connection serves the next call');
    } finally {
      await admin.end();
      await store.close();
    }
  });
});

describe('PostgreSQL fetch schedule (politeness shared by workers)', { skip }, () => {
  it('gives concurrent reservations for one host slots one interval apart, and other hosts their own', async () => {
    const url = await freshDb();
    await (await openPostgresStore(url, { poolSize: 2 })).close(); // applies the migrations
    // Three pools: three workers, each with its own connections, asking at the same moment.
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: url }));
    try {
      const schedules = pools.map((p) => new PgHostSchedule(p));
      const waits = (await Promise.all(schedules.map((s) => s.reserve('news.example:443', 1_000)))).sort((a, b) => a - b);
      // Slots 0, 1 and 2 intervals after the first; each wait is measured when its statement ran, a few ms apart.
      assert.ok(waits[0]! < 200, `first waits ${waits[0]} ms`);
      assert.ok(waits[1]! > 700 && waits[1]! <= 1_000, `second waits ${waits[1]} ms`);
      assert.ok(waits[2]! > 1_700 && waits[2]! <= 2_000, `third waits ${waits[2]} ms`);
      assert.ok((await schedules[0]!.reserve('other.example:443', 1_000)) < 200, 'another host is not held up');
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
