import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
// A hang guard for a child process on a shared machine, not a speed check.
const HANG_GUARD_MS = 300_000;

test('a full disk gives ingest a clear error naming the database, no stack trace, and a failing exit code', (t) => {
  const mnt = mkdtempSync(join(tmpdir(), 'cc-full-'));
  // 256 KB holds the schema but not the five analyzed sample articles: the disk fills during the run.
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt], { encoding: 'utf8' });
  if (mount.status !== 0) {
    rmSync(mnt, { recursive: true, force: true });
    t.skip(`cannot mount a small tmpfs here (${mount.stderr.trim() || 'not root'}); this test needs root`);
    return;
  }
  try {
    const db = join(mnt, 'full.db');
    const r = spawnSync(process.execPath, [BIN, 'ingest', join(ROOT, 'samples'), '--db', db, '--published', '2022-01-10'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
    assert.notEqual(r.status, 0, 'a run that could not store its articles must not exit 0');
    // Every article that could not be stored is named with the reason; the summary names the database.
    assert.match(r.stderr, /store: \S+\.txt: database or disk is full/);
    assert.ok(r.stderr.includes(`ingest: ${db}: `), r.stderr);
    assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'stack trace on stderr');
  } finally {
    spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  }
});
