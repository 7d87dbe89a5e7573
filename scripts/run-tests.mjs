#!/usr/bin/env node
// Node 20's `node --test` neither expands globs nor finds files in a directory argument, so we list them here.
// Skipped tests (missing ../shared data, no Chromium, not root) are counted and printed with their reasons at the end,
// so a run that skipped something never looks like a full pass.
// Usage: node scripts/run-tests.mjs [dir-or-file ...]   (default: test/)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildCli } from './build.mjs';
import { fileURLToPath } from 'node:url';

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (/\.test\.ts$/.test(path)) {
    out.push(path);
  }
  return out;
}

const roots = process.argv.slice(2);
const files = (roots.length > 0 ? roots : ['test']).flatMap((root) => collect(root, []));
if (files.length === 0) {
  console.error('run-tests: no *.test.ts files found under ' + (roots.join(', ') || 'test'));
  process.exit(1);
}
// Tests run bin/crosscheck.js, which runs dist/cli: build it from the current sources first, once, so no test runs a
// stale bundle and parallel test files do not each rebuild it (esbuild: well under a second).
await buildCli();
const tmp = mkdtempSync(join(tmpdir(), 'cc-tests-'));
const skipLog = join(tmp, 'skips.jsonl');
const reporter = fileURLToPath(new URL('./skip-reporter.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', `--test-reporter=${reporter}`, `--test-reporter-destination=${skipLog}`, ...files],
  { stdio: 'inherit' },
);
printSkips(readSkips(skipLog));
rmSync(tmp, { recursive: true, force: true });
process.exit(result.status ?? 1);

function readSkips(path) {
  try {
    return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

/** "skipped 4: ../shared/data not found" per reason, with the files; a skipped suite counts once and says so. */
function printSkips(skips) {
  if (skips.length === 0) {
    console.log('\nrun-tests: skipped 0');
    return;
  }
  const byReason = new Map();
  for (const s of skips) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  console.log(`\nrun-tests: skipped ${skips.length} (${skips.filter((s) => s.suite).length} of them whole suites):`);
  for (const [reason, items] of byReason) {
    const where = [...new Set(items.map((s) => (s.file ? relative(process.cwd(), s.file.replace(/^file:\/\//, '')) : '?')))].join(', ');
    const suites = items.filter((s) => s.suite).map((s) => `suite "${s.name}"`);
    console.log(`  skipped ${items.length}: ${reason}  [${where}${suites.length ? `; ${suites.join(', ')}` : ''}]`);
  }
}
