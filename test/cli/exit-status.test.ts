// analyze's (and cluster's, summarize's) exit status tells a script what happened to its inputs: it exited 0 when some
// of them failed, so a nightly job never saw a lost article unless it parsed stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
// A hang guard, not a timing: analyzing two samples takes a few seconds.
const HANG_GUARD_MS = 120_000;
const SAMPLES = ['000_e517b0fe5d6f7777.txt', '001_5c485ae68bb6cf05.txt'].map((f) => fileURLToPath(new URL(`../../samples/${f}`, import.meta.url)));

function analyze(dir: string) {
  return spawnSync(process.execPath, [BIN, 'analyze', dir, '--jobs', '1'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
}

interface Brief {
  readonly stories: readonly { readonly articleIds: readonly string[] }[];
  readonly diagnostics: readonly { readonly item: string; readonly severity: string }[];
}

test('analyze exits 3 when some inputs failed, still writes the brief of the rest, and names each failure', () => {
  const dir = tempDir('cc-exit-partial-');
  for (const s of SAMPLES) copyFileSync(s, join(dir, s.slice(s.lastIndexOf('/') + 1)));
  writeFileSync(join(dir, 'broken.json'), '{"title": "cut off", "text": ');
  writeFileSync(join(dir, 'headline-only.txt'), 'Only a headline\n');
  const r = analyze(dir);
  assert.equal(r.status, 3, r.stderr);
  const brief = JSON.parse(r.stdout) as Brief;
  assert.deepEqual(brief.stories.flatMap((s) => s.articleIds).sort(), ['000_e517b0fe5d6f7777', '001_5c485ae68bb6cf05']);
  const failed = brief.diagnostics.filter((d) => d.severity === 'error').map((d) => d.item.slice(d.item.lastIndexOf('/') + 1)).sort();
  assert.deepEqual(failed, ['broken.json', 'headline-only.txt']);
  assert.match(r.stderr, /broken\.json: invalid JSON/);
  assert.match(r.stderr, /headline-only\.txt: no body text/);
});

test('negative: analyze exits 0 when every input was analyzed, and 1 when none had text to analyze', () => {
  const good = tempDir('cc-exit-good-');
  for (const s of SAMPLES) copyFileSync(s, join(good, s.slice(s.lastIndexOf('/') + 1)));
  assert.equal(analyze(good).status, 0);
  const bad = tempDir('cc-exit-none-');
  writeFileSync(join(bad, 'headline-only.txt'), 'Only a headline\n');
  writeFileSync(join(bad, 'menu.html'), '<html><body><nav>menu</nav></body></html>');
  const r = analyze(bad);
  // It exited 0 with a brief of no stories: every input had failed.
  assert.equal(r.status, 1, r.stderr);
});

test('analyze --help documents the exit status', () => {
  const r = spawnSync(process.execPath, [BIN, 'analyze', '--help'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  assert.match(r.stdout, /Exit status: 0 every input analyzed; 3 some inputs failed/);
});

test('cluster and summarize exit 3 as analyze does when some inputs failed, 0 when none did', () => {
  const dir = tempDir('cc-exit-partial-other-');
  for (const s of SAMPLES) copyFileSync(s, join(dir, s.slice(s.lastIndexOf('/') + 1)));
  const run = (args: readonly string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  assert.equal(run(['cluster', dir]).status, 0);
  assert.equal(run(['summarize', dir, '--bytes', '300']).status, 0);
  writeFileSync(join(dir, 'broken.json'), '{"title": "cut off", "text": ');
  const cluster = run(['cluster', dir]);
  assert.equal(cluster.status, 3, cluster.stderr);
  assert.match(cluster.stderr, /broken\.json: invalid JSON/);
  const summarize = run(['summarize', dir, '--bytes', '300']);
  assert.equal(summarize.status, 3, summarize.stderr);
  assert.ok(summarize.stdout.trim().length > 0, 'the summary of the rest is still printed');
});

test('ingest exits 3 as analyze does when some inputs failed and the rest were stored (it exited 0), 0 when none did', () => {
  const dir = tempDir('cc-exit-partial-ingest-');
  for (const s of SAMPLES) copyFileSync(s, join(dir, s.slice(s.lastIndexOf('/') + 1)));
  const run = (db: string) => spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', join(dir, db)], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  assert.equal(run('clean.db').status, 0);
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = run('partial.db');
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /2 new, 0 updated, 0 unchanged articles/);
  const help = spawnSync(process.execPath, [BIN, 'ingest', '--help'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  assert.match(help.stdout.replace(/\s+/g, ' '), /Exit status: 0 every input stored; 3 some inputs failed/);
});
