import type { BriefArticle } from '../../model/story-brief.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import type { Story } from '../../model/story.ts';
import { collectGarbage } from '../../lib/collect-garbage.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PipelineOptions } from '../options.ts';
import { clusterArticles, type ClusterInput, type ClusterResult } from '../../cluster/index.ts';
import { briefOptions, keepArticles, keepExtracted, keptBriefs, type PipelineResult } from '../pipeline.ts';
import { storyBriefOf, toBriefArticle } from '../to-story-brief.ts';
import { clusterInputs, storiesFromClusters } from '../stages/cluster-stories.ts';
import { learnOutletBoilerplate } from '../stages/learn-outlet-boilerplate.ts';
import { loadResources, type LoadedResources } from '../resources.ts';
import type { Outcome } from '../outcome.ts';
import { runTask } from './run-task.ts';
import { shareStrings } from './share-strings.ts';
import type { TaskKind, TaskTypes } from './tasks.ts';
import { WorkerPool } from './pool.ts';
import { defaultJobs } from './default-jobs.ts';

export { defaultJobs };

// A thread costs ~0.1-0.2 s to start (code and NER model) and an article ~5-20 ms to analyze: below this many
// articles per thread, starting it costs more than it saves, so small inputs run on the calling thread.
const MIN_ARTICLES_PER_THREAD = 24;
// Below this many articles the garbage left after clustering is a few MB, not worth a forced full collection (the
// same size of input that stays on the calling thread).
const MIN_ARTICLES_FOR_COLLECTION = MIN_ARTICLES_PER_THREAD;

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
  /** Told as each part of the work starts, with how many items it has (the CLI shows it on a terminal). */
  readonly onPhase?: (phase: PipelinePhase, items: number) => void;
  /**
   * The caller hands `raws` over: its entries are cleared once extracted, so their texts (a second copy of every
   * article beside the analyzed one) can be collected before clustering and the briefs. The CLI's analyze sets it.
   */
  readonly handOverInputs?: boolean;
}

/** The parts of a run a user waits through: articles read and analyzed, stories formed, briefs written. */
export type PipelinePhase = 'analyze' | 'cluster' | 'brief';

/**
 * What `runPipeline` gives but the articles and stories (their reader-facing views are in the brief): the threads'
 * runs do not hold every analyzed article to the end, so that the briefs' stories can be let go once sent.
 */
export interface ParallelResult extends Pick<PipelineResult, 'brief' | 'diagnostics'> {
  /** Diagnostics of loading the models (once, whichever thread loaded them). */
  readonly loadDiagnostics: readonly Diagnostic[];
  /** Worker threads used (0: all on the calling thread). */
  readonly threads: number;
}

/**
 * `runPipeline` with its per-article steps (extract, analyze) and per-story step (brief) spread over worker threads;
 * learning outlet boilerplate stays on the calling thread, and clustering, which needs every article, runs on one
 * thread (its own, or the calling thread with a caller's pool). The brief and diagnostics are the same as
 * `runPipeline`'s for any number of threads (test/pipeline/parallel.test.ts).
 */
export async function runPipelineParallel(raws: readonly RawArticle[], options: PipelineOptions, parallel: ParallelOptions = {}): Promise<ParallelResult> {
  const jobs = parallel.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new TypeError(`runPipelineParallel: jobs must be a whole number >= 1, got ${jobs}`);
  const threads = parallel.pool?.size ?? Math.min(jobs, Math.floor(raws.length / (parallel.minArticlesPerThread ?? MIN_ARTICLES_PER_THREAD)));
  const phases = { ...(parallel.onPhase ? { onPhase: parallel.onPhase } : {}), handOverInputs: parallel.handOverInputs === true };
  if (threads <= 1 && parallel.pool === undefined) {
    // The same steps as the threads', on this thread: each story is let go once its brief is written and the extracted
    // articles once clustered, where `runPipeline` holds every article and story to the end (2,000 DUC articles,
    // --jobs 1: see CallingThread).
    const here = new CallingThread(loadResources());
    return runOnPools(raws, options, here, { afterAnalysis: async () => {}, cluster: async (inputs) => clusterArticles(inputs), forBriefs: () => here, ...phases }, 0);
  }
  if (parallel.pool !== undefined) {
    const kept = parallel.pool;
    // A long-running caller's threads keep their models and heaps for its next batch; clustering stays here.
    return runOnPools(raws, options, kept, { afterAnalysis: async () => {}, cluster: async (inputs) => clusterArticles(inputs), forBriefs: () => kept, ...phases }, threads);
  }
  // Each part of the work gets threads of its own, ended when it is done, so that the big heaps are never resident
  // together: the analysis threads (NER model, ~65 MB heap each) end before clustering; clustering runs on one new
  // thread (~100 MB of working data at 2,000 articles) and ends; the brief threads (no NER model, which briefs never
  // read) start after it. Clustering on the main thread left its heap fragmented (~140 MB committed for ~75 MB of
  // articles) through the briefs; reusing the analysis threads for the briefs kept their heaps committed through
  // clustering (~450 MB peak RSS there at 2,000 DUC articles, --jobs 2; README "end to end" has the whole account).
  // A thread start costs ~0.1-0.2 s, lost in the noise of a run of a minute. Nor does one pool for all three parts
  // save the warm-up of code they share (the tokenizer, stemmer): 500 DUC articles, two threads, in process, three
  // alternating rounds (2026-12-07, load 6-10): 20.6-25.3 CPU-s against 23.0-25.0, for peak RSS 325-335 MB against 239-245.
  let pool: WorkerPool | undefined = new WorkerPool(threads);
  const end = async (): Promise<void> => {
    await pool?.close();
    pool = undefined;
  };
  try {
    return await runOnPools(raws, options, pool, {
      afterAnalysis: end,
      cluster: async (inputs) => {
        pool = new WorkerPool(1, { models: false });
        const [outcome] = await pool.map('cluster', [inputs], null);
        await end();
        if (outcome === undefined || 'failed' in outcome) throw new Error(`clustering failed: ${outcome?.failed ?? 'no result'}`);
        return outcome.value;
      },
      forBriefs: () => (pool = new WorkerPool(threads, { models: false })),
      ...phases,
    }, threads);
  } finally {
    await end();
  }
}

/** The threads between the stages: what ends once the articles are analyzed, where clustering runs, what writes the briefs. */
interface PoolPlan {
  readonly afterAnalysis: () => Promise<void>;
  readonly cluster: (inputs: readonly ClusterInput[]) => Promise<ClusterResult>;
  readonly forBriefs: () => Runner;
  readonly onPhase?: ParallelOptions['onPhase'];
  readonly handOverInputs: boolean;
}

/** What the steps ask of where they run: a pool of threads, or the calling thread. */
type Runner = Pick<WorkerPool, 'map' | 'mapHandedOver' | 'ready'>;

/**
 * The pool's steps run on the calling thread, item by item, with no copies: for inputs too small for threads. Like the
 * pool, `mapHandedOver` clears each item once its step is done, so a story's analyzed articles can be collected
 * once its brief is written.
 */
class CallingThread implements Runner {
  constructor(private readonly loaded: LoadedResources) {}

  ready(): Promise<readonly Diagnostic[]> {
    return Promise.resolve(this.loaded.diagnostics);
  }

  map<K extends TaskKind>(kind: K, items: readonly TaskTypes[K]['item'][], shared: TaskTypes[K]['shared']): Promise<Outcome<TaskTypes[K]['result']>[]> {
    return Promise.resolve(items.map((item) => this.run(kind, item, shared)));
  }

  mapHandedOver<K extends TaskKind>(kind: K, items: (TaskTypes[K]['item'] | undefined)[], shared: TaskTypes[K]['shared']): Promise<Outcome<TaskTypes[K]['result']>[]> {
    const outcomes: Outcome<TaskTypes[K]['result']>[] = [];
    for (let i = 0; i < items.length; i++) {
      outcomes.push(this.run(kind, items[i], shared));
      items[i] = undefined;
    }
    return Promise.resolve(outcomes);
  }

  private run<K extends TaskKind>(kind: K, item: unknown, shared: TaskTypes[K]['shared']): Outcome<TaskTypes[K]['result']> {
    return runTask(kind, item, shared, () => this.loaded.resources) as Outcome<TaskTypes[K]['result']>;
  }
}

async function runOnPools(raws: readonly RawArticle[], options: PipelineOptions, pool: Runner, plan: PoolPlan, threads: number): Promise<ParallelResult> {
  const diagnostics: Diagnostic[] = [];
  const { articles, stories, storyIds, loadDiagnostics } = await analyzeAndCluster(raws, options, pool, plan, diagnostics);
  plan.onPhase?.('brief', stories.length);
  // From here the main thread only waits for the briefs; what clustering (when run here) and the extracted articles
  // left on its heap would otherwise stay resident beside the brief threads' heaps until the process ends. A small
  // batch leaves a few MB: there the full collection (and the context made to reach `gc`) cost more than it frees,
  // 40-60 ms of a one-article run.
  if (raws.length >= MIN_ARTICLES_FOR_COLLECTION) collectGarbage();
  // Each story (with its analyzed articles) is let go once a thread has its copy: this thread keeps only the
  // articles' reader-facing views for the brief.
  const briefs = await plan.forBriefs().mapHandedOver('brief', stories, briefOptions(options));
  return { brief: storyBriefOf(articles, keptBriefs(storyIds, briefs, diagnostics), diagnostics), diagnostics, loadDiagnostics, threads };
}

/**
 * Extraction, analysis and clustering. A function of its own so that the extracted and analyzed articles and the
 * outcomes arrays are no longer reachable once it returns (an async function's locals live until it ends): what
 * leaves it is the articles' reader-facing views and the stories, in an array the briefs' pool empties as it goes.
 */
async function analyzeAndCluster(
  raws: readonly RawArticle[],
  options: PipelineOptions,
  pool: Runner,
  plan: PoolPlan,
  diagnostics: Diagnostic[],
): Promise<{ articles: BriefArticle[]; stories: (Story | undefined)[]; storyIds: string[]; loadDiagnostics: readonly Diagnostic[] }> {
  plan.onPhase?.('analyze', raws.length);
  const extracted = keepExtracted(raws, await pool.map('extract', raws, null), diagnostics);
  if (plan.handOverInputs) (raws as unknown[]).fill(undefined);
  const recurring = learnOutletBoilerplate(extracted);
  const analyzed = await pool.map('analyze', extracted, { recurring, options });
  // From threads, structured-clone copies: one copy of each short string for the run (share-strings.ts).
  if (!(pool instanceof CallingThread)) shareStrings(analyzed);
  const loadDiagnostics = await pool.ready();
  await plan.afterAnalysis();
  const articles = keepArticles(extracted, analyzed, diagnostics);
  plan.onPhase?.('cluster', articles.length);
  // Both leave out articles without text, as `clusterStories` does.
  const clustered = storiesFromClusters(articles, await plan.cluster(clusterInputs(articles)));
  diagnostics.push(...clustered.diagnostics);
  return { articles: articles.map(toBriefArticle), stories: [...clustered.stories], storyIds: clustered.stories.map((s) => s.id), loadDiagnostics };
}
