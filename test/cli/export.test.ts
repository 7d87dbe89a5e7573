// `crosscheck export`: a database filled by ingest or watch gave its briefs only through serve (the web UI, or one
// story at a time from /api/stories/ID.md). Through the real CLI on the bundled samples.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
// A hang guard, not a timing.
const HANG_GUARD_MS = 120_000;

const run = (args: readonly string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: HANG_GUARD_MS, env: { ...process.env, CROSSCHECK_DB: '' } });

const dir = tempDir('cc-export-');
const db = join(dir, 'x.db');

before(() => {
  const r = run(['ingest', SAMPLES, '--db', db, '--published', '2022-01-10']);
  assert.equal(r.status, 0, r.stderr);
});

interface Doc {
  readonly articles: readonly { readonly id: string }[];
  readonly stories: readonly { readonly id: string; readonly title: string; readonly articleIds: readonly string[] }[];
}

test('export writes every stored story as analyze’s brief, with its articles; a story named by id alone; Markdown by --out’s extension', () => {
  const all = run(['export', '--db', db]);
  assert.equal(all.status, 0, all.stderr);
  const doc = JSON.parse(all.stdout) as Doc;
  assert.equal(doc.stories.length, 1);
  const story = doc.stories[0]!;
  assert.deepEqual(doc.articles.map((a) => a.id).sort(), [...story.articleIds].sort());
  const out = join(dir, 'brief.md');
  const one = run(['export', story.id, '--db', db, '--out', out]);
  assert.equal(one.status, 0, one.stderr);
  assert.ok(readFileSync(out, 'utf8').startsWith(`# ${story.title}\n`));
  assert.match(one.stderr, /export: 1 story written to /);
  assert.match(run(['export', '--db', db, '--format', 'ics']).stdout, /^BEGIN:VCALENDAR\r\n/);
});

test('export names a story it does not have (exit 3 beside found ones, 1 alone) and refuses a database file that does not exist, creating none', () => {
  const story = (JSON.parse(run(['export', '--db', db]).stdout) as Doc).stories[0]!;
  const partial = run(['export', story.id, 'nope', '--db', db, '--format', 'md']);
  assert.equal(partial.status, 3, partial.stderr);
  assert.match(partial.stderr, /export: nope: no such story in /);
  assert.ok(partial.stdout.startsWith(`# ${story.title}`));
  assert.equal(run(['export', 'nope', '--db', db]).status, 1);
  const typo = join(dir, 'typo.db');
  const missing = run(['export', '--db', typo]);
  assert.equal(missing.status, 1);
  assert.ok(missing.stderr.includes(`export: ${typo}: no such database (fill one with \`crosscheck ingest FILES --db ${typo}\``), missing.stderr);
  assert.equal(existsSync(typo), false);
});

test('negative: export of an empty database says there is nothing yet and exits 1', async () => {
  const empty = join(dir, 'empty.db');
  // A database with its tables and no story (ingest of nothing read no longer creates one).
  await openSqliteStore(empty).close();
  const r = run(['export', '--db', empty]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /has no stories yet/);
  assert.equal(r.stdout, '');
});

// util-linux's script(1) gives the CLI a terminal; without it this test skips.
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('export printing JSON to a terminal ends by naming --format md; printed to a pipe it does not', { skip: HAS_SCRIPT ? false : 'script(1) not found' }, () => {
  const hint = 'export: that was the JSON brief, for programs; to read it: --format md (or --out stories.md)';
  const tty = spawnSync('script', ['-qec', [process.execPath, BIN, 'export', '--db', db].map((a) => `'${a}'`).join(' '), '/dev/null'], { encoding: 'utf8', timeout: HANG_GUARD_MS, env: { ...process.env, CROSSCHECK_DB: '' } });
  assert.equal(tty.status, 0, tty.stdout);
  assert.ok(tty.stdout.trimEnd().endsWith(hint), tty.stdout.slice(-300));
  assert.ok(!run(['export', '--db', db]).stderr.includes(hint));
});
