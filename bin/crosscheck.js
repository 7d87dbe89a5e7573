#!/usr/bin/env node
// Runs the CLI bundle (dist/cli, built by `npm ci` through `prepare`): compiled JavaScript starts in a fraction of
// the time tsx needs to compile the TypeScript sources. A missing or stale bundle (src/ edited since) is rebuilt
// first (esbuild, under a second); where esbuild is absent the sources run through tsx, slower but current.
import { setFlagsFromString } from 'node:v8';
import { CODE_CACHE, buildCli, bundleIsStale, loadCliBundle, writeCodeCache } from '../scripts/build.mjs';

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
// A run of 24 articles or more collects garbage once on its own (src/lib/collect-garbage.ts), which sets this flag;
// set here, before the bundle is compiled, V8's flags are the same for the whole run: V8 takes a code cache only under
// the flags it was made with, and the pool threads started after that collection load the bundle with the cache too.
// It gives `gc` to contexts made from now on (worker threads, vm contexts), never to this one.
setFlagsFromString('--expose-gc');

let main;
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
  ({ main } = loadCliBundle());
}
process.exitCode = await main(process.argv.slice(2));
if (process.env.CROSSCHECK_WRITE_CODE_CACHE === CODE_CACHE) writeCodeCache();

