// Regression tests for three ingest faults found by fuzzing, all fixed:
// 1. a process killed between storing articles and writing stories left them in no story for good (now: every ingest
//    re-clusters stored articles that are in no story; a failed story write is a diagnostic of the run);
// 2. a read-only database error did not name the file (now: ingest errors name the database);
// 3. two processes ingesting into one SQLite file lost articles and exited 0 (now: IMMEDIATE write transactions with a
//    busy wait, migrations under the write lock, and a failing exit code when an article could not be stored).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadInputs } from '../../src/io/load-inputs.ts';
import { ingestArticles } from '../../src/service/ingest.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { BIN, HANG_GUARD_MS, assertConsistent, writeArticles } from './ingest-helpers.ts';
import { failingStore } from '../helpers/failing-store.ts';


let dir = '';
let articlesDir = '';
let ids: string[] = [];
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-pending-ingest-'));
  articlesDir = join(dir, 'articles');
  ids = writeArticles(articlesDir);
});
after(() => {
  spawnSync('chattr', ['-i', join(dir, 'readonly.db')]);
  rmSync(dir, { recursive: true, force: true });
});

test('a crash between storing articles and writing stories is repaired by the next ingest', async () => {
  const db = join(dir, 'inproc.db');
  const loaded = await loadInputs([articlesDir], { maxFileBytes: 1e6 });
  const options = { published: '2022-01-12', summaryBytes: 665, windowDays: 3, now: new Date('2022-01-12T12:00:00Z') };
  const store = openSqliteStore(db);
  // The process "dies" when it reaches the story write: every article is stored, no story is.
  const dying = failingStore(store, 'replaceStories', 'simulated crash');
  // The failed story write is the run's diagnostic (beside any article that could not be stored), not an exception
  // that would hide them.
  const failed = await ingestArticles(dying, loaded.articles, options, {});
  assert.deepEqual(failed.storiesChanged, []);
  assert.ok(failed.diagnostics.some((d) => d.stage === 'stories' && d.severity === 'error' && /simulated crash/.test(d.reason)), JSON.stringify(failed.diagnostics));
  await store.close();
  const again = openSqliteStore(db);
  try {
    await ingestArticles(again, loaded.articles, { ...options, now: new Date('2022-01-12T13:00:00Z') }, {});
  } finally {
    await again.close();
  }
  assertConsistent(db, ids);
});


test('a read-only database error names the database file', () => {
  const db = join(dir, 'readonly.db');
  const run = (file: string) => spawnSync(process.execPath, [BIN, 'ingest', file, '--db', db, '--published', '2022-01-12'], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(run(join(articlesDir, `${ids[0]}.txt`)).status, 0);
  const conn = new Database(db);
  conn.pragma('wal_checkpoint(TRUNCATE)');
  conn.pragma('journal_mode = DELETE');
  conn.close();
  spawnSync('chattr', ['+i', db]); // as root; use chmod 0o444 otherwise
  const r = run(join(articlesDir, `${ids[1]}.txt`));
  assert.notEqual(r.status, 0);
  assert.ok(String(r.stderr).includes(db), String(r.stderr));
});

test('two processes ingesting into one SQLite file at once lose nothing', async () => {
  const db = join(dir, 'shared.db');
  const even = ids.filter((_, i) => i % 2 === 0).map((id) => join(articlesDir, `${id}.txt`));
  const odd = ids.filter((_, i) => i % 2 === 1).map((id) => join(articlesDir, `${id}.txt`));
  const runAsync = (inputs: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'ingest', ...inputs, '--db', db, '--published', '2022-01-12'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
      child.on('exit', (code) => {
        clearTimeout(timer);
        res({ code, stderr });
      });
    });
  const [a, b] = await Promise.all([runAsync(even), runAsync(odd)]);
  for (const [name, r] of [['even', a], ['odd', b]] as const) {
    assert.doesNotMatch(r.stderr, /^\s+at .+[:(]\d+:\d+\)?$/m, `${name}: stack trace\n${r.stderr.slice(0, 2000)}`);
    assert.equal(r.code, 0, `${name}: exit ${r.code}\n${r.stderr.slice(0, 2000)}`);
  }
  assertConsistent(db, ids);
});

