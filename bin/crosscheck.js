#!/usr/bin/env node
// Runs the CLI bundle (dist/cli, built by `npm ci` through `prepare`): compiled JavaScript starts in a fraction of
// the time tsx needs to compile the TypeScript sources. A missing or stale bundle (src/ edited since) is rebuilt
// first (esbuild, under a second); where esbuild is absent the sources run through tsx, slower but current.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script, constants as vmConstants } from 'node:vm';
import { CLI_BUNDLE, CODE_CACHE, buildCli, bundleIsStale } from '../scripts/build.mjs';

// V8 lets a heap grow up to 4x between full collections, which for a batch of articles is mostly garbage of stages
// already done. Growing by 30 % at most keeps the peak nearer the live data (500 DUC articles, one thread: 390 →
// 275-295 MB; two threads: 555 → 405 MB) for 3-6 % more CPU in collections. The flag is process-wide, so the
// worker threads follow it; it is set before any real allocation.
setFlagsFromString('--heap-growing-percent=30');
// Worker threads compile their optimized code on their own thread instead of handing it to V8's background threads.
// With two or three isolates optimizing at once on a busy machine, compile jobs wait in the background queue, each
// holding its compiler zone (malloc'd; our reading of why), and the allocator keeps that memory after: 2,000 DUC, --jobs 2,
// peak RSS 333-344 MB against 371-392 MB (alternating runs at load 9-14), the same CPU (62.5-66.5 against 64.7-71.1 s).
// A worker's optimizing pauses then fall on its own thread: run beside main's code at once on a loaded machine, the
// run with this flag finished later each time (195 / 256 s against 170 / 235 s wall), fewer runnable threads getting
// less of the shared cores; what the threads compute is unchanged. Read when an isolate starts, so the main thread, already
// running, keeps background compiling (with --jobs 1 it does all the work).
setFlagsFromString('--no-concurrent-recompilation');

let main;
/** The compiled bundle, kept for writing its code cache after a training run. */
let bundleScript;
if (bundleIsStale()) {
  try {
    await buildCli();
  } catch (err) {
    process.stderr.write(`crosscheck: could not build dist/cli (${err instanceof Error ? err.message : String(err)}); running the sources through tsx\n`);
  }
}
if (bundleIsStale()) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  main = loadBundle();
}
process.exitCode = await main(process.argv.slice(2));
if (process.env.CROSSCHECK_WRITE_CODE_CACHE === CODE_CACHE) writeCodeCache();

/**
 * The bundle (one CommonJS script) compiled with V8's code cache of it when the build made one (scripts/build.mjs):
 * V8 then reads the compiled code instead of compiling it, ~0.15 s of a one-article analysis. A cache V8 refuses (made
 * by another Node or under other V8 flags) is ignored and the script compiled as usual; the code run is the same.
 */
function loadBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined; // not built (build without a sample, or a failed training run): compile as usual
  }
  const source = readFileSync(CLI_BUNDLE, 'utf8');
  // Node's own CommonJS wrapper, so the bundle sees require, module and __filename as if Node had loaded it.
  bundleScript = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CLI_BUNDLE,
    ...(cachedData ? { cachedData } : {}),
    // `import('vite')` (serve, when the UI is missing) resolves as in any module of this file's place.
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  // CROSSCHECK_CODE_CACHE_REPORT=1: says on stderr whether V8 took the cache (test/cli/bundle.test.ts).
  if (process.env.CROSSCHECK_CODE_CACHE_REPORT === '1') {
    process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : bundleScript.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  }
  const module = { exports: {} };
  bundleScript.runInThisContext()(module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dirname(CLI_BUNDLE));
  return module.exports.main;
}

/** The code cache after this run: the start-up code and every function the command compiled (the build's training run). */
function writeCodeCache() {
  if (bundleScript === undefined) return;
  try {
    writeFileSync(CODE_CACHE, bundleScript.createCachedData());
  } catch (err) {
    process.stderr.write(`crosscheck: could not write ${CODE_CACHE} (${err instanceof Error ? err.message : String(err)})\n`);
  }
}
