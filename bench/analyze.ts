import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../scripts/lib/data.ts';
import { loadInputs } from '../src/io/load-inputs.ts';
import type { RawArticle } from '../src/model/raw-article.ts';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { WorkerPool } from '../src/pipeline/parallel/pool.ts';
import { runPipelineParallel } from '../src/pipeline/parallel/run-parallel.ts';
import { ANALYZE_STAGES, briefOptions } from '../src/pipeline/pipeline.ts';
import { articleTokens } from '../src/text/article-tokens.ts';
import { clusterStories } from '../src/pipeline/stages/cluster-stories.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { inferPublished } from '../src/pipeline/stages/infer-published.ts';
import { learnOutletBoilerplate, outletKey } from '../src/pipeline/stages/learn-outlet-boilerplate.ts';
import { removeBoilerplate } from '../src/pipeline/stages/remove-boilerplate.ts';
import { splitSentences } from '../src/pipeline/stages/split-sentences.ts';
import { ducArticles, withCopies } from './lib/duc.ts';
import { workDir } from './lib/work-dir.ts';
import { EXIT_PARTIAL } from '../src/cli/exit-status.ts';

/**
 * End-to-end `analyze` on DUC 2004's 500 articles and on 2,000 (three copies of each, new ids):
 * - cold: the CLI as a user runs it, one fresh process per run (`node bin/crosscheck.js analyze DIR`), articles as
 *   JSON record files on disk, the brief written to a file; whole-process CPU and peak RSS (threads included);
 * - warm: a long-running process (as `serve`/`watch` are) that keeps its worker pool and models between batches;
 * - per-stage shares of pipeline CPU (one thread, in process), and the compromise library on the same texts.
 * The machine is shared: each figure is the best of ROUNDS runs, with the median beside it.
 */
// CROSSCHECK_BENCH_ROUNDS overrides (fewer rounds when the machine is so busy that one run takes minutes).
const ROUNDS = Number(process.env.CROSSCHECK_BENCH_ROUNDS ?? 3);
const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
const USAGE = join(REPO_ROOT, 'bench', 'lib', 'report-usage.mjs');

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

export async function run(): Promise<void> {
  const base = ducArticles();
  const scratch = workDir('crosscheck-bench-analyze-');
  const work = scratch.path;
  try {
    const corpora = [
      { name: '500 DUC', raws: base },
      { name: '2,000 DUC', raws: withCopies(base, 3) },
    ].map((c, i) => ({ ...c, dir: writeRecords(join(work, `in${i}`), c.raws) }));
    console.log(`analyze bench: ${availableParallelism()} cores; best (median) of ${ROUNDS} runs on a shared machine`);
    for (const c of corpora) {
      // One thread on the 500 only: it shows what the pool adds without doubling the bench's length.
      for (const jobs of c.raws === base ? [availableParallelism(), 1] : [availableParallelism()]) {
        const runs = Array.from({ length: ROUNDS }, () => cold(c.dir, jobs, join(work, 'out.json')));
        report(`cold CLI  ${c.name}, --jobs ${jobs}`, c.raws.length, runs);
      }
    }
    for (const c of corpora) {
      const runs = await warm(c.dir);
      report(`warm      ${c.name}, pool of ${availableParallelism()}`, c.raws.length, runs);
    }
    stageShares(base);
    await peer(base);
  } finally {
    scratch.dispose();
  }
}

/** Each article as a JSON record file ({id, title, text, published}), as a user would hand them to the CLI. */
function writeRecords(dir: string, raws: readonly RawArticle[]): string {
  mkdirSync(dir, { recursive: true });
  raws.forEach((a, i) => {
    const record = { id: a.id, title: a.title, text: a.text, ...(a.published ? { published: a.published } : {}) };
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(record));
  });
  return dir;
}

function cold(dir: string, jobs: number, out: string): Run {
  const usage = join(dir, '..', 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(USAGE).href, BIN, 'analyze', dir, '--jobs', String(jobs), '--out', out], {
    env: { ...process.env, CROSSCHECK_USAGE_FILE: usage },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t0;
  // DUC's 12 records without text are refused by name (exit 3, the rest analyzed): rates stay per record given, as before.
  if (r.status !== 0 && r.status !== EXIT_PARTIAL) throw new Error(`analyze bench: the CLI failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number; maxRssMb: number };
  return { wallMs, cpuMs: u.cpuMs, maxRssMb: u.maxRssMb };
}

/** One process, one pool: a warm-up batch, then timed batches read from disk as a service would receive them. */
async function warm(dir: string): Promise<Run[]> {
  const pool = new WorkerPool(availableParallelism());
  try {
    const options = withDefaults({});
    const batch = async (): Promise<Run> => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const loaded = await loadInputs([dir], { maxFileBytes: 1 << 24, readStdin: async () => new Uint8Array() });
      const result = await runPipelineParallel(loaded.articles, options, { pool });
      JSON.stringify(result.brief);
      const c = process.cpuUsage(c0);
      // Main thread and workers share the process: cpuUsage counts them all.
      return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    };
    await batch();
    const runs: Run[] = [];
    for (let r = 0; r < ROUNDS; r++) runs.push(await batch());
    return runs;
  } finally {
    await pool.close();
  }
}

function report(label: string, n: number, runs: readonly Run[]): void {
  const rates = runs.map((r) => n / (r.wallMs / 1000)).sort((a, b) => a - b);
  const cpuRates = runs.map((r) => n / (r.cpuMs / 1000)).sort((a, b) => a - b);
  const best = rates.at(-1) ?? 0;
  const med = rates[Math.floor(rates.length / 2)] ?? 0;
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  console.log(
    `  ${label}: ${best.toFixed(0)} articles/s (median ${med.toFixed(0)}), ${(cpuRates.at(-1) ?? 0).toFixed(0)} per CPU-second, ` +
      `best ${((n / best) * 1000).toFixed(0)} ms wall, peak RSS ${rss.toFixed(0)} MB`,
  );
}

/** Shares of pipeline CPU by stage, one thread, in this process (after a warm-up run, as a service would be). */
export function stageShares(raws: readonly RawArticle[]): void {
  const ner = loadNerModel();
  const options = withDefaults({});
  const spent = new Map<string, number>();
  const time = <T>(name: string, f: () => T): T => {
    const c0 = process.cpuUsage();
    const out = f();
    const c = process.cpuUsage(c0);
    spent.set(name, (spent.get(name) ?? 0) + (c.user + c.system) / 1000);
    return out;
  };
  for (let round = 0; round < 2; round++) {
    spent.clear();
    const extracted = raws.map((raw) => time('extract', () => extractArticle(raw)));
    const recurring = time('boilerplate', () => learnOutletBoilerplate(extracted));
    const articles = extracted.map((e) => {
      const outlet = outletKey(e);
      const cleaned = time('boilerplate', () => removeBoilerplate(e, outlet ? { recurring: recurring.get(outlet) ?? new Set() } : {}));
      const dated = time('date', () => inferPublished(cleaned, {}));
      const split = time('sentences', () => splitSentences(dated));
      const tokens = time('tokens', () => articleTokens(split.text, split.sentences));
      return ANALYZE_STAGES.reduce((a, stage) => time(stage.name, () => stage.run(a, { ner }, tokens)), split);
    });
    const { stories } = time('cluster', () => clusterStories(articles.filter((a) => a.text.trim() !== '')));
    for (const s of stories) time('briefs', () => buildBrief(s, briefOptions(options)));
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const shares = [...spent].sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${((100 * ms) / total).toFixed(0)} %`);
  console.log(`  per-stage share of pipeline CPU (500 DUC, one thread, warm; ${total.toFixed(0)} ms): ${shares.join(', ')}`);
}

/** compromise reading the same texts for people, places and organizations only (entities, not the whole brief). */
export async function peer(raws: readonly RawArticle[]): Promise<void> {
  await import('compromise')
    .then((mod) => {
      const nlp = mod.default as unknown as (text: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
      const start = performance.now();
      for (const r of raws) {
        const doc = nlp(r.text ?? '');
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      }
      const rate = raws.length / ((performance.now() - start) / 1000);
      console.log(`  peer compromise (entities only, one thread, in process) on the same 500: ${rate.toFixed(0)} articles/s`);
    })
    .catch(() => console.log('  peer: compromise not installed'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
