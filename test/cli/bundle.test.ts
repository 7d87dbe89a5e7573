import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, bundleIsStale } from '../../scripts/build.mjs';

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
  assert.ok(existsSync(CLI_BUNDLE), 'dist/cli/main.mjs exists after a run');
  assert.equal(bundleIsStale(), false);
  assert.equal(r.stderr, '', 'no fallback to tsx');
});

test('the bundled CLI prints what the TypeScript sources print (help and a one-article analysis)', () => {
  for (const argv of [['--help'], ['analyze', SAMPLE, '--published', '2022-01-10']]) {
    const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, fromSources(argv), argv.join(' '));
  }
});
