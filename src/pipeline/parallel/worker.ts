import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractedArticle } from '../../model/clean-article.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import type { Story } from '../../model/story.ts';
import { buildBrief } from '../build-brief.ts';
import { clusterArticles } from '../../cluster/index.ts';
import { analyzeExtracted } from '../pipeline.ts';
import { attempt, type Outcome } from '../outcome.ts';
import { loadResources } from '../resources.ts';
import { extractArticle } from '../stages/extract-article.ts';
import type { FromWorker, TaskKind, TaskTypes, ToWorker, WorkerSetup } from './tasks.ts';

// One pool thread: loads the models once, then runs batches of per-article or per-story steps for the main thread
// (parallel/run-parallel.ts), each item guarded as runPipeline guards it, so a bad item fails alone.
const port = parentPort;
if (port === null) throw new Error('parallel/worker: must run as a worker thread');
// Loaded at start unless the pool is for clustering or briefs; then on the first article, should one come.
let loaded = (workerData as WorkerSetup | null)?.models === false ? undefined : loadResources();
const shared = new Map<TaskKind, unknown>();

function runOne(kind: TaskKind, item: unknown): Outcome<unknown> {
  switch (kind) {
    case 'extract':
      return attempt(() => extractArticle(item as RawArticle));
    case 'analyze': {
      const s = shared.get('analyze') as TaskTypes['analyze']['shared'];
      loaded ??= loadResources();
      const { resources } = loaded;
      return attempt(() => analyzeExtracted(item as ExtractedArticle, s.recurring, s.options, resources));
    }
    case 'cluster':
      return attempt(() => clusterArticles(item as TaskTypes['cluster']['item']));
    case 'brief':
      return attempt(() => buildBrief(item as Story, shared.get('brief') as TaskTypes['brief']['shared']));
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'shared') {
    shared.set(m.kind, m.shared);
    return;
  }
  const outcomes = m.items.map((item) => runOne(m.kind, item));
  port.postMessage({ type: 'done', start: m.start, outcomes } satisfies FromWorker);
});
port.postMessage({ type: 'ready', diagnostics: loaded?.diagnostics ?? [] } satisfies FromWorker);
