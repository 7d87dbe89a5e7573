import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.ts';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, bundleIsStale, webIsStale } from '../../scripts/build.mjs';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../samples/000_e517b0fe5d6f7777.txt', import.meta.url));

const MAIN_TS = new URL('../../src/cli/main.ts', import.meta.url).href;

/** Runs the CLI from the TypeScript sources through tsx (as development does), in its own process. */
function fromSources(argv: string[]): string {
  const script = `const { main } = await import(${JSON.stringify(MAIN_TS)}); process.exitCode = await main(process.argv.slice(1));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', ...argv], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('the bin runs a bundle built from the current sources (the test runner builds it first)', () => {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(CLI_BUNDLE), 'dist/cli/main.cjs exists after a run');
  assert.equal(bundleIsStale(), false);
  assert.equal(r.stderr, '', 'no fallback to tsx');
});

test('the build leaves a code cache of the bundle that V8 takes, for any command (it was compiled at every start)', () => {
  for (const argv of [['--help'], ['analyze', SAMPLE, '--published', '2022-01-10', '--format', 'md']]) {
    const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', env: { ...process.env, CROSSCHECK_CODE_CACHE_REPORT: '1' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, 'code cache: accepted\n', argv.join(' '));
  }
});

test('the bundled CLI prints what the TypeScript sources print (help and a one-article analysis)', () => {
  for (const argv of [['--help'], ['analyze', SAMPLE, '--published', '2022-01-10']]) {
    const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, fromSources(argv), argv.join(' '));
  }
});

test('npm start rebuilds the web UI only when a file it was built from changed (it rebuilt it at every start)', () => {
  const root = tempDir('cc-web-stale-');
  mkdirSync(join(root, 'dist', 'web'), { recursive: true });
  mkdirSync(join(root, 'src', 'web'), { recursive: true });
  const source = join(root, 'src', 'web', 'main.tsx');
  const index = join(root, 'dist', 'web', 'index.html');
  writeFileSync(source, 'x');
  assert.equal(webIsStale(root), true, 'never built');
  writeFileSync(index, '<!doctype html>');
  assert.equal(webIsStale(root), true, 'built with no record of its sources (an older build, or serve\'s fallback)');
  writeFileSync(join(root, 'dist', 'web-inputs.json'), JSON.stringify(['src/web/main.tsx']));
  utimesSync(source, 1_000, 1_000);
  utimesSync(index, 2_000, 2_000);
  assert.equal(webIsStale(root), false, 'built after its sources');
  utimesSync(source, 3_000, 3_000);
  assert.equal(webIsStale(root), true, 'a source edited after the build');
  rmSync(source);
  assert.equal(webIsStale(root), true, 'a source removed');
});
