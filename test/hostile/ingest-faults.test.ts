// Faults during `crosscheck ingest`: a crash at any point (simulated in-process, and SIGKILL of the real CLI at seeded
// random moments) followed by a re-run leaves a consistent store: every article exactly once, every article in exactly
// one story, no story without articles. A read-only database is a clear error, not a stack trace.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, HANG_GUARD_MS, assertConsistent, writeArticles } from './ingest-helpers.ts';
import { mulberry32 } from '../../src/lib/mulberry32.ts';


function ingestCli(inputs: readonly string[], db: string): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [BIN, 'ingest', ...inputs, '--db', db, '--published', '2022-01-12'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
}

function assertCleanExit(r: ReturnType<typeof spawnSync>, what: string): void {
  assert.equal(r.error, undefined, `${what}: ${r.error?.message}`);
  assert.equal(r.signal, null, `${what}: killed by ${r.signal}`);
  assert.doesNotMatch(String(r.stderr), /^\s+at .+[:(]\d+:\d+\)?$/m, `${what}: stack trace\n${String(r.stderr).slice(0, 2000)}`);
  assert.equal(r.status, 0, `${what}: exit ${r.status}\n${String(r.stderr).slice(0, 2000)}`);
}


let dir = '';
let articlesDir = '';
let ids: string[] = [];
const immutable: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-hostile-ingest-'));
  articlesDir = join(dir, 'articles');
  ids = writeArticles(articlesDir);
});
after(() => {
  for (const f of immutable) spawnSync('chattr', ['-i', f]);
  rmSync(dir, { recursive: true, force: true });
});

// The in-process variant (a crash exactly between the article writes and the story write) fails today: see
// pending-service-ingest.test.ts.txt. The SIGKILL test below hits that window only when a kill lands in it.
test('SIGKILL at seeded random points, then a full run: every article stored once, no article in two stories', async () => {
  // Calibrate: how long a full ingest takes here, so the kill points fall inside a run (load, analysis, writes).
  const calibration = join(dir, 'calibration.db');
  const started = Date.now();
  assertCleanExit(ingestCli([articlesDir], calibration), 'calibration ingest');
  const full = Date.now() - started;
  assertConsistent(calibration, ids);
  const random = mulberry32(20260123);
  for (let i = 0; i < 3; i++) {
    const db = join(dir, `killed-${i}.db`);
    const delay = Math.floor(full * (0.3 + 0.65 * random()));
    const child = spawn(process.execPath, [BIN, 'ingest', articlesDir, '--db', db, '--published', '2022-01-12'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<void>((res) => child.on('exit', () => res()));
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    await exited;
    clearTimeout(timer);
    assert.doesNotMatch(stderr, /^\s+at .+[:(]\d+:\d+\)?$/m, `kill ${i} at ${delay} ms: stack trace before the kill\n${stderr.slice(0, 2000)}`);
    const r = ingestCli([articlesDir], db);
    assertCleanExit(r, `ingest after kill ${i} at ${delay} ms`);
    // A kill between the article writes and the story write leaves articles in no story; the re-run must repair it.
    assertConsistent(db, ids);
    const again = ingestCli([articlesDir], db);
    assertCleanExit(again, `repeat ingest after kill ${i}`);
    assert.match(String(again.stderr), /0 new, 0 updated, 40 unchanged/);
    assertConsistent(db, ids);
  }
});

// Two processes ingesting into one file at once: see service-ingest.test.ts (the store takes its write lock up front).
test('a read-only database file is a clear error, not a stack trace', (t) => {
  const db = join(dir, 'readonly.db');
  assertCleanExit(ingestCli([join(articlesDir, `${ids[0]}.txt`)], db), 'first ingest');
  // Close out the WAL so the database is one file, then make it unwritable. Root ignores mode bits, so there the
  // file is made immutable instead (ext4 and most Linux file systems); without either the case cannot be built.
  const conn = new Database(db);
  conn.pragma('wal_checkpoint(TRUNCATE)');
  conn.pragma('journal_mode = DELETE');
  conn.close();
  if (process.getuid?.() === 0) {
    const r = spawnSync('chattr', ['+i', db]);
    if (r.status !== 0) {
      t.skip('running as root and chattr +i is not available: cannot make a read-only file');
      return;
    }
    immutable.push(db);
  } else {
    chmodSync(db, 0o444);
  }
  const r = ingestCli([join(articlesDir, `${ids[1]}.txt`)], db);
  assert.equal(r.signal, null);
  assert.notEqual(r.status, 0, 'ingest into a read-only database reported success');
  const stderr = String(r.stderr);
  assert.doesNotMatch(stderr, /^\s+at .+[:(]\d+:\d+\)?$/m, `stack trace:\n${stderr.slice(0, 2000)}`);
  assert.match(stderr, /read-?only|permission|not permitted/i, `no clear reason:\n${stderr.slice(0, 2000)}`);
  // Naming the database file in the message is pending (pending-service-ingest.test.ts.txt).
  assert.ok(existsSync(db));
});
