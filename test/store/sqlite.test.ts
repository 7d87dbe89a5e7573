import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadMigrations, migrate, openSqliteStore } from '../../src/store/sqlite-store.ts';
import { storeContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'cc-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('SQLite :memory:', async () => openSqliteStore(':memory:'));
storeContract('SQLite file (WAL)', async () => openSqliteStore(join(dir, `t${++n}.db`)));

describe('SQLite migrations', () => {
  it('are numbered, applied once each and recorded', () => {
    const migrations = loadMigrations(new URL('../../src/store/migrations/', import.meta.url));
    assert.ok(migrations.length >= 1);
    assert.deepEqual(migrations.map((m) => m.version), migrations.map((_, i) => i + 1), 'numbered 001, 002, ... without gaps');
    const db = new Database(':memory:');
    assert.deepEqual(migrate(db, migrations), migrations.map((m) => m.name));
    assert.deepEqual(migrate(db, migrations), [], 'second run applies nothing');
    assert.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), migrations.length);
    db.close();
  });

  it('rolls a failing migration back entirely', () => {
    const db = new Database(':memory:');
    const bad = [{ version: 1, name: '001-bad.sql', sql: 'CREATE TABLE t (x); INSERT INTO nope VALUES (1);' }];
    assert.throws(() => migrate(db, bad));
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't'").pluck().get(), 0);
    db.close();
  });

  it('uses WAL for files', async () => {
    const file = join(dir, 'wal.db');
    await openSqliteStore(file).close();
    const db = new Database(file);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });
});
