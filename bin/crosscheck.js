#!/usr/bin/env node
// Runs the CLI bundle (dist/cli, built by `npm ci` through `prepare`): compiled JavaScript starts in a fraction of
// the time tsx needs to compile the TypeScript sources. A missing or stale bundle (src/ edited since) is rebuilt
// first (esbuild, under a second); where esbuild is absent the sources run through tsx, slower but current.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, buildCli, bundleIsStale } from '../scripts/build.mjs';

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
  ({ main } = await import(pathToFileURL(CLI_BUNDLE).href));
}
process.exitCode = await main(process.argv.slice(2));
