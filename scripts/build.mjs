#!/usr/bin/env node
// Builds what `crosscheck` runs: the CLI (and its worker) bundled by esbuild into dist/cli, and with --web the web UI
// (vite) into dist/web. `npm ci` runs this through `prepare`, so the bin starts compiled JavaScript instead of
// compiling TypeScript at every start (tsx), and `crosscheck serve` has its UI right after install.
// Plain JavaScript so it runs before anything is built; bin/crosscheck.js imports `bundleIsStale` and `buildCli`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
export const CLI_BUNDLE = join(CLI_DIR, 'main.mjs');
// Every source file that went into the bundle, so the bin can tell a stale bundle from a fresh one.
const INPUTS = join(CLI_DIR, 'inputs.json');

const ENTRIES = { main: 'src/cli/main.ts', worker: 'src/pipeline/parallel/worker.ts' };

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

/** Bundles src/cli/main.ts and the worker-pool thread into dist/cli (under a second with esbuild). */
export async function buildCli() {
  const esbuild = await import('esbuild');
  mkdirSync(CLI_DIR, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild writes every regex literal with \p{...} as `new RegExp(source, flags)` for node targets (engines' Unicode
    // tables differ), which builds and looks the pattern up again at each evaluation: 60-170 ns more per call in a
    // loop, over 90 literals in hot stage code. Node 20 has had these escapes since Node 10, so literals stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    // Pure-JavaScript dependencies go into the bundle (resolving and loading them from node_modules costs ~100 ms at
    // start); better-sqlite3 is native, and vite (with esbuild) builds the UI only when serve finds it missing.
    external: ['better-sqlite3', 'vite', 'esbuild'],
    // CommonJS dependencies (commander) call require('node:events'); an ES module bundle has no `require` of its own.
    banner: { js: "import { createRequire as __crosscheckRequire } from 'node:module'; const require = __crosscheckRequire(import.meta.url);" },
    // Tells the worker pool that it runs from the bundle, so it starts dist/cli/worker.mjs, not the .ts source.
    define: { CROSSCHECK_BUNDLED: 'true' },
    plugins: [sourceRelativeImportMeta],
    metafile: true,
    logLevel: 'warning',
  });
  // Chunks of earlier builds have other hashed names: remove what this build did not write.
  const outputs = new Set(Object.keys(result.metafile.outputs).map((f) => join(ROOT, f)));
  for (const name of readdirSync(CLI_DIR)) if (name.endsWith('.mjs') && !outputs.has(join(CLI_DIR, name))) rmSync(join(CLI_DIR, name));
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
  writeFileSync(INPUTS, JSON.stringify([...inputs, 'package.json'], null, 1) + '\n');
}

/**
 * Source files find their data next to themselves (`new URL('./migrations/', import.meta.url)`, models/ner from
 * src/nlp/ner). In one bundle `import.meta.url` would be the bundle's own URL, so each file's `import.meta.url` is
 * rewritten to its source file's URL, relative to the bundle: the same paths resolve in development and built.
 */
const sourceRelativeImportMeta = {
  name: 'source-relative-import-meta',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(CLI_DIR, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

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
