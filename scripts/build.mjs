#!/usr/bin/env node
// Builds what `crosscheck` runs: the CLI (and its worker) bundled by esbuild into dist/cli, and with --web the web UI
// (vite) into dist/web. `npm ci` runs this through `prepare`, so the bin starts compiled JavaScript instead of
// compiling TypeScript at every start (tsx), and `crosscheck serve` has its UI right after install.
// Plain JavaScript so it runs before anything is built; bin/crosscheck.js imports `bundleIsStale` and `buildCli`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
// One CommonJS file, not ES modules: Node 20 can keep V8's compiled code of a script between runs (vm.Script's
// cachedData) but has no such cache for ES modules, and compiling the code a one-article analysis runs took ~0.15 s
// of its ~0.75 s (CODE_CACHE below).
export const CLI_BUNDLE = join(CLI_DIR, 'main.cjs');
// V8's compiled code of the bundle after a one-article analysis (`trainCodeCache`): the bin hands it to V8, which
// then deserializes what it would compile (the start-up code and every function that analysis ran).
export const CODE_CACHE = join(CLI_DIR, 'main.cjs.cache');
// Every source file that went into the bundle, so the bin can tell a stale bundle from a fresh one.
const INPUTS = join(CLI_DIR, 'inputs.json');

// What a worker-pool thread starts (src/pipeline/parallel/pool.ts names it): the bundle, then the pool's steps.
const WORKER_START = join(CLI_DIR, 'worker.mjs');
const WORKER_START_TEXT = `// Written by scripts/build.mjs: a pool thread runs the CLI bundle with its code cache, then the worker's steps.
import { loadCliBundle } from '../../scripts/build.mjs';
await loadCliBundle().runPoolWorker();
`;

/**
 * True when the bundle is missing or a source file it was built from changed since (a developer edited src/ and
 * ran the bin): running it would run old code. Costs one stat per input file (a few ms).
 */
export function bundleIsStale() {
  return builtIsStale(CLI_BUNDLE, INPUTS, ROOT);
}

/**
 * True when `output` is missing, its list of inputs (`inputsFile`, paths relative to `root`) is missing or unreadable
 * (built by an older script: nothing recorded), or an input changed after `output` was written, or is gone.
 */
function builtIsStale(output, inputsFile, root) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  for (const file of inputs) {
    try {
      if (statSync(join(root, file)).mtimeMs > built) return true;
    } catch {
      return true; // a source file was removed or renamed
    }
  }
  return false;
}

/**
 * Bundles src/cli/main.ts into dist/cli/main.cjs (esbuild, about a second) and writes the worker-pool thread's start
 * (dist/cli/worker.mjs), then records V8's code cache of the bundle (`trainCodeCache`).
 */
export async function buildCli() {
  const esbuild = await import('esbuild');
  mkdirSync(CLI_DIR, { recursive: true });
  // A cache of an older bundle must never be handed to V8 with the new one (V8 checks the source's length, not its text).
  rmSync(CODE_CACHE, { force: true });
  const common = {
    absWorkingDir: ROOT,
    outdir: CLI_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // esbuild writes every regex literal with \p{...} as `new RegExp(source, flags)` for node targets (engines' Unicode
    // tables differ), which builds and looks the pattern up again at each evaluation: 60-170 ns more per call in a
    // loop, over 90 literals in hot stage code. Node 20 has had these escapes since Node 10, so literals stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    // Pure-JavaScript dependencies go into the bundle (resolving and loading them from node_modules costs ~100 ms at
    // start); better-sqlite3 is native, and vite (with esbuild) builds the UI only when serve finds it missing.
    external: ['better-sqlite3', 'vite', 'esbuild'],
    // Tells the worker pool that it runs from the bundle, so it starts dist/cli/worker.mjs, not the .ts source.
    define: { CROSSCHECK_BUNDLED: 'true' },
    metafile: true,
    logLevel: 'warning',
  };
  // The CLI as one CommonJS script: `import()` of its own modules (commands load their code when they run, so `--help`
  // does not evaluate the pipeline) becomes a call that evaluates the module then, as before.
  const main = await esbuild.build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts' },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // Each source's `import.meta.url` (sourceRelativeImportMeta) is made from the script's own file name.
    banner: { js: "const __crosscheckUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [sourceRelativeImportMeta('__crosscheckUrl')],
  });
  // A pool thread runs the same bundle (and its code cache) and then its worker's steps (`runPoolWorker`).
  writeFileSync(WORKER_START, WORKER_START_TEXT);
  // Files of earlier builds (ES module chunks, main.mjs) are not this build's: remove what it did not write.
  const outputs = new Set([...Object.keys(main.metafile.outputs).map((f) => join(ROOT, f)), WORKER_START]);
  for (const name of readdirSync(CLI_DIR)) if (/\.(mjs|cjs)$/.test(name) && !outputs.has(join(CLI_DIR, name))) rmSync(join(CLI_DIR, name));
  const inputs = Object.keys(main.metafile.inputs).filter((f) => !f.includes('node_modules'));
  writeFileSync(INPUTS, JSON.stringify([...inputs, 'package.json'], null, 1) + '\n');
  trainCodeCache();
}

/**
 * Runs the bin once on a sample article (`analyze`, as a user's first command would) with CROSSCHECK_WRITE_CODE_CACHE
 * set, so that it writes V8's code cache of the bundle after the run: every function that analysis compiled. The bin
 * starts any command with it (`--help` too: the start-up code is in it). A run that fails leaves no cache, which only
 * costs speed. Run with the flags the bin sets and no others (V8 refuses a cache made under other flags).
 */
function trainCodeCache() {
  const sample = join(ROOT, 'samples', '000_e517b0fe5d6f7777.txt');
  // Still stale after a build (a source dated in the future): the bin would build again, and train again, for ever.
  if (!existsSync(sample) || bundleIsStale()) return;
  const env = { ...process.env, CROSSCHECK_WRITE_CODE_CACHE: CODE_CACHE };
  spawnSync(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), 'analyze', sample, '--published', '2022-01-10', '--format', 'md'], { env, stdio: 'ignore' });
}

/** The compiled bundle of this thread, kept for writing its code cache after a training run. */
let bundleScript;

/**
 * The bundle's exports ({ main, runPoolWorker }), compiled with V8's code cache of it when the build made one: V8 then
 * reads the compiled code instead of compiling it, ~0.15 s of a one-article analysis, and as much in each pool thread.
 * A cache V8 refuses (made by another Node or under other V8 flags) is ignored and the script compiled as usual; the
 * code run is the same. CROSSCHECK_CODE_CACHE_REPORT=1 says on stderr which it was (test/cli/bundle.test.ts).
 */
export function loadCliBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined; // not built (no sample to train on, or a failed training run): compile as usual
  }
  const source = readFileSync(CLI_BUNDLE, 'utf8');
  // Node's own CommonJS wrapper, so the bundle sees require, module and __filename as if Node had loaded it.
  bundleScript = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CLI_BUNDLE,
    ...(cachedData ? { cachedData } : {}),
    // `import('vite')` (serve, when the UI is missing) resolves as in any module of this file's place.
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (process.env.CROSSCHECK_CODE_CACHE_REPORT === '1') {
    process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : bundleScript.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  }
  const module = { exports: {} };
  bundleScript.runInThisContext()(module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dirname(CLI_BUNDLE));
  return module.exports;
}

/** The code cache after this run: the start-up code and every function the command compiled (the build's training run). */
export function writeCodeCache() {
  if (bundleScript === undefined) return;
  try {
    writeFileSync(CODE_CACHE, bundleScript.createCachedData());
  } catch (err) {
    process.stderr.write(`crosscheck: could not write ${CODE_CACHE} (${err instanceof Error ? err.message : String(err)})\n`);
  }
}

/**
 * Source files find their data next to themselves (`new URL('./migrations/', import.meta.url)`, models/ner from
 * src/nlp/ner). In one bundle `import.meta.url` would be the bundle's own URL, so each file's `import.meta.url` is
 * rewritten to its source file's URL, relative to the bundle (`bundleUrl`: the expression that gives the bundle's
 * URL): the same paths resolve in development and built.
 */
function sourceRelativeImportMeta(bundleUrl) {
  return {
    name: 'source-relative-import-meta',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = relative(CLI_DIR, args.path).split('\\').join('/');
        const url = `new URL(${JSON.stringify(rel)}, ${bundleUrl}).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/** The web UI into dist/web (vite), as `npm run build:web` does; it records its source files for `webIsStale`. */
export async function buildWeb(root = ROOT) {
  const vite = await import('vite');
  let inputs = [];
  const recordInputs = {
    name: 'crosscheck-record-inputs',
    generateBundle() {
      inputs = [...this.getModuleIds()].filter((id) => id.startsWith(root) && !id.includes('node_modules')).map((id) => relative(root, id).split('\\').join('/'));
    },
  };
  await vite.build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'src', 'web'), logLevel: 'warn', plugins: [recordInputs] });
  writeFileSync(join(root, WEB_INPUTS), JSON.stringify([...inputs, 'vite.config.ts', 'package.json'], null, 1) + '\n');
}

// Beside dist/web, not in it: serve publishes every file of dist/web.
const WEB_INPUTS = join('dist', 'web-inputs.json');

/**
 * True when dist/web is missing or a file it was built from changed since. `npm start` built the UI at every run
 * (~8 s wall on this 2-core machine under load, silent) although `npm ci` had just built it.
 */
export function webIsStale(root = ROOT) {
  return builtIsStale(join(root, 'dist', 'web', 'index.html'), join(root, WEB_INPUTS), root);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const t0 = performance.now();
  // --web-if-stale (npm start): each part only when a file it is built from changed since its last build.
  const ifStale = args.includes('--web-if-stale');
  const cli = !ifStale || bundleIsStale();
  const web = args.includes('--web') || (ifStale && webIsStale());
  if (cli) await buildCli();
  if (web) await buildWeb();
  if (!args.includes('--quiet')) {
    const what = [cli ? 'dist/cli' : '', web ? 'dist/web' : ''].filter(Boolean).join(' and ');
    console.log(what ? `build: ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'build: dist/cli and dist/web up to date');
  }
}
