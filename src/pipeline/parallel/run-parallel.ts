import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import type { Story } from '../../model/story.ts';
import { collectGarbage } from '../../lib/collect-garbage.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PipelineOptions } from '../options.ts';
import { briefOptions, finishPipeline, keepArticlesAndCluster, keepExtracted, runPipeline, type PipelineResult } from '../pipeline.ts';
import { learnOutletBoilerplate } from '../stages/learn-outlet-boilerplate.ts';
import { loadResources } from '../resources.ts';
import { WorkerPool } from './pool.ts';
import { defaultJobs } from './default-jobs.ts';

export { defaultJobs };

// A thread costs ~0.1-0.2 s to start (code and NER model) and an article ~5-20 ms to analyze: below this many
// articles per thread, starting it costs more than it saves, so small inputs run on the calling thread.
const MIN_ARTICLES_PER_THREAD = 24;

export interface ParallelOptions {
  /** Threads to use at most (default: the machine's cores). 1 runs everything on the calling thread. */
  readonly jobs?: number;
  /** Fewest articles per thread worth starting one for (default `MIN_ARTICLES_PER_THREAD`; tests set 1). */
  readonly minArticlesPerThread?: number;
  /**
   * A pool kept by a long-running caller (a service, the warm bench): its threads and loaded models are reused and
   * left open; `jobs` and `minArticlesPerThread` are then ignored.
   */
  readonly pool?: WorkerPool;
}

export interface ParallelResult extends PipelineResult {
  /** Diagnostics of loading the models (once, whichever thread loaded them). */
  readonly loadDiagnostics: readonly Diagnostic[];
  /** Worker threads used (0: all on the calling thread). */
  readonly threads: number;
}

/**
 * `runPipeline` with its per-article steps (extract, analyze) and per-story step (brief) spread over worker threads;
 * learning outlet boilerplate and clustering, which need every article, stay on the calling thread. The result is
 * the same as `runPipeline`'s for any number of threads (test/pipeline/parallel.test.ts).
 */
export async function runPipelineParallel(raws: readonly RawArticle[], options: PipelineOptions, parallel: ParallelOptions = {}): Promise<ParallelResult> {
  const jobs = parallel.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new TypeError(`runPipelineParallel: jobs must be a whole number >= 1, got ${jobs}`);
  const threads = parallel.pool?.size ?? Math.min(jobs, Math.floor(raws.length / (parallel.minArticlesPerThread ?? MIN_ARTICLES_PER_THREAD)));
  if (threads <= 1 && parallel.pool === undefined) {
    const models = loadResources();
    return { ...runPipeline(raws, options, models.resources), loadDiagnostics: models.diagnostics, threads: 0 };
  }
  if (parallel.pool !== undefined) return runOnPools(raws, options, parallel.pool, () => parallel.pool as WorkerPool, threads);
  const pool = new WorkerPool(threads);
  try {
    // The same threads write the briefs once the articles are analyzed, after dropping the NER model (briefs never
    // read it) and collecting the garbage of the analysis, so it does not stay resident through the briefs. Starting
    // new threads for the briefs instead gave the same peak RSS at 2,000 articles (481 vs 479 MB) and cost each
    // thread a second start (isolate, code compiled again).
    return await runOnPools(raws, options, pool, () => {
      pool.release();
      return pool;
    }, threads);
  } finally {
    await pool.close();
  }
}

async function runOnPools(
  raws: readonly RawArticle[],
  options: PipelineOptions,
  pool: WorkerPool,
  poolForBriefs: () => WorkerPool | Promise<WorkerPool>,
  threads: number,
): Promise<ParallelResult> {
  const diagnostics: Diagnostic[] = [];
  const { articles, stories, loadDiagnostics, briefPool } = await analyzeAndCluster(raws, options, pool, poolForBriefs, diagnostics);
  // From here the main thread only waits for the briefs; what clustering and the extracted articles left on its heap
  // would otherwise stay resident beside the brief threads' heaps until the process ends (at 2,000 articles ~100 MB).
  collectGarbage();
  const briefs = await briefPool.map('brief', stories, briefOptions(options));
  return { ...finishPipeline(articles, stories, briefs, diagnostics), loadDiagnostics, threads };
}

/**
 * Extraction, analysis and clustering. A function of its own so that the extracted articles and the outcomes
 * arrays, which the briefs do not need, are no longer reachable once it returns (an async function's locals live
 * until it ends).
 */
async function analyzeAndCluster(
  raws: readonly RawArticle[],
  options: PipelineOptions,
  pool: WorkerPool,
  poolForBriefs: () => WorkerPool | Promise<WorkerPool>,
  diagnostics: Diagnostic[],
): Promise<{ articles: AnalyzedArticle[]; stories: readonly Story[]; loadDiagnostics: readonly Diagnostic[]; briefPool: WorkerPool }> {
  const extracted = keepExtracted(raws, await pool.map('extract', raws, null), diagnostics);
  const recurring = learnOutletBoilerplate(extracted);
  const analyzed = await pool.map('analyze', extracted, { recurring, options });
  const loadDiagnostics = await pool.ready();
  const briefPool = await poolForBriefs();
  const { articles, stories } = keepArticlesAndCluster(extracted, analyzed, diagnostics);
  return { articles, stories, loadDiagnostics, briefPool };
}
