import { parentPort, workerData } from 'node:worker_threads';
import { loadResources } from '../resources.ts';
import { runTask } from './run-task.ts';
import type { FromWorker, TaskKind, ToWorker, WorkerSetup } from './tasks.ts';

// One pool thread: loads the models once, then runs batches of per-article or per-story steps for the main thread
// (parallel/run-parallel.ts), each item guarded as runPipeline guards it, so a bad item fails alone.
const port = parentPort;
if (port === null) throw new Error('parallel/worker: must run as a worker thread');
// Loaded at start unless the pool is for clustering or briefs; then on the first article, should one come.
let loaded = (workerData as WorkerSetup | null)?.models === false ? undefined : loadResources();
const shared = new Map<TaskKind, unknown>();

port.on('message', (m: ToWorker) => {
  if (m.type === 'shared') {
    shared.set(m.kind, m.shared);
    return;
  }
  const outcomes = m.items.map((item) => runTask(m.kind, item, shared.get(m.kind), () => (loaded ??= loadResources()).resources));
  port.postMessage({ type: 'done', start: m.start, outcomes } satisfies FromWorker);
});
port.postMessage({ type: 'ready', diagnostics: loaded?.diagnostics ?? [] } satisfies FromWorker);
