import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Outcome } from '../outcome.ts';
import type { FromWorker, TaskKind, TaskTypes, ToWorker, WorkerSetup } from './tasks.ts';

// Set by scripts/build.mjs in the CLI bundle: the worker is then dist/cli/worker.mjs, not the TypeScript source.
declare const CROSSCHECK_BUNDLED: boolean | undefined;

// Items per message: large enough that messaging is noise beside the work (an article takes ~5-20 ms), small
// enough that the threads finish together (the last batch is the only one a thread waits on). A story's brief takes
// 0.1-10 s, so stories go one at a time: a thread then holds one story's articles (a cloned copy), not four.
const BATCH: Readonly<Record<TaskKind, number>> = { extract: 4, analyze: 4, cluster: 1, brief: 1 };

// Each thread's young generation (V8 keeps it at 3 semi-spaces; the default grows to 48 MB, 16 MB semi-spaces): its
// heap holds one story's brief at a time, and the default's committed new space was ~25 MB of each brief thread's RSS.
// 12 MB (4 MB semi-spaces) took 2,000 DUC articles' peak RSS (--jobs 2) from 401-404 to 336-355 MB, for 3-4 s more
// CPU (60 vs 56-58 s, more scavenges), measured in alternating runs (README, "end to end").
const YOUNG_GENERATION_MB = 12;

/** The worker script: the bundle's worker when running built, else the source through tsx (development, tests). */
function workerScript(): URL {
  // import.meta.url names this source file even in the bundle (scripts/build.mjs), so both paths are from here.
  return typeof CROSSCHECK_BUNDLED !== 'undefined' ? new URL('../../../dist/cli/worker.mjs', import.meta.url) : new URL('./dev-worker.mjs', import.meta.url);
}

interface Slot {
  readonly worker: Worker;
  /** The batch in flight, or null when idle. */
  busy: { readonly start: number; readonly count: number } | null;
  alive: boolean;
}

/**
 * A fixed set of worker threads, each with its own loaded models, that runs the pipeline's per-item steps
 * (tasks.ts). Results come back in input order whatever thread ran them, so output never depends on scheduling.
 * A thread that dies fails only its batch in flight (those items get a diagnostic); the others go on.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly readyDiagnostics: Promise<readonly Diagnostic[]>;
  private onDone: ((slot: Slot, m: FromWorker & { type: 'done' }) => void) | null = null;
  private onFail: ((slot: Slot, reason: string) => void) | null = null;

  /**
   * `models: false` starts threads that load the NER model only if given an article to analyze (a pool for
   * clustering or briefs, which never need it); `ready()` then reports no load diagnostics.
   */
  constructor(size: number, options: { readonly models?: boolean } = {}) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`WorkerPool: size must be a whole number >= 1, got ${size}`);
    const url = workerScript();
    const workerData: WorkerSetup = { models: options.models !== false };
    const ready: Promise<readonly Diagnostic[]>[] = [];
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, busy: null, alive: true };
      ready.push(
        new Promise((resolve) => {
          worker.once('message', (m: FromWorker) => resolve(m.type === 'ready' ? m.diagnostics : []));
          worker.once('error', () => resolve([]));
        }),
      );
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'done') this.onDone?.(slot, m);
      });
      const fail = (reason: string): void => {
        if (!slot.alive) return;
        slot.alive = false;
        this.onFail?.(slot, reason);
      };
      worker.on('error', (err) => fail(`worker thread failed: ${err.message}`));
      worker.on('exit', (code) => fail(`worker thread exited (code ${code})`));
      return slot;
    });
    this.readyDiagnostics = Promise.all(ready).then((all) => all[0] ?? []);
  }

  get size(): number {
    return this.slots.length;
  }

  /** Diagnostics of loading the models (the same in every thread, so the first thread's). */
  ready(): Promise<readonly Diagnostic[]> {
    return this.readyDiagnostics;
  }

  /** Runs one step over every item; outcome i belongs to item i. One `map` at a time. */
  map<K extends TaskKind>(kind: K, items: readonly TaskTypes[K]['item'][], shared: TaskTypes[K]['shared']): Promise<Outcome<TaskTypes[K]['result']>[]> {
    return this.run(kind, items, shared, false);
  }

  /**
   * `map` over items the caller hands over: each entry of `items` is cleared once posted to a thread (which has its
   * own copy), so what the caller no longer holds elsewhere can be collected while the rest runs. The briefs' stories
   * hold the analyzed articles, ~60 MB of the calling thread's heap at 2,000 articles, needed only to be sent.
   */
  mapHandedOver<K extends TaskKind>(kind: K, items: (TaskTypes[K]['item'] | undefined)[], shared: TaskTypes[K]['shared']): Promise<Outcome<TaskTypes[K]['result']>[]> {
    return this.run(kind, items, shared, true);
  }

  private run<K extends TaskKind>(
    kind: K,
    items: readonly (TaskTypes[K]['item'] | undefined)[],
    shared: TaskTypes[K]['shared'],
    handedOver: boolean,
  ): Promise<Outcome<TaskTypes[K]['result']>[]> {
    const outcomes: Outcome<TaskTypes[K]['result']>[] = new Array(items.length);
    let next = 0;
    let pending = items.length;
    return new Promise((resolve) => {
      if (pending === 0) return resolve(outcomes);
      const finish = (start: number, results: readonly Outcome<unknown>[]): void => {
        results.forEach((o, k) => (outcomes[start + k] = o as Outcome<TaskTypes[K]['result']>));
        pending -= results.length;
        if (pending === 0) {
          this.onDone = null;
          this.onFail = null;
          resolve(outcomes);
        }
      };
      const feed = (slot: Slot): void => {
        if (!slot.alive || next >= items.length) {
          slot.busy = null;
          // Every thread gone: the items nobody will run fail here instead of waiting forever.
          if (!this.slots.some((s) => s.alive) && next < items.length) {
            const start = next;
            next = items.length;
            finish(start, items.slice(start).map(() => ({ failed: 'internal error: no worker thread left' })));
          }
          return;
        }
        const start = next;
        const batch = items.slice(start, start + BATCH[kind]);
        next += batch.length;
        slot.busy = { start, count: batch.length };
        slot.worker.postMessage({ type: 'items', kind, start, items: batch } satisfies ToWorker);
        // postMessage has copied the batch; entries before `next` are never read again.
        if (handedOver) (items as unknown[]).fill(undefined, start, next);
      };
      this.onDone = (slot, m) => {
        slot.busy = null;
        finish(m.start, m.outcomes);
        feed(slot);
      };
      this.onFail = (slot, reason) => {
        const lost = slot.busy;
        slot.busy = null;
        if (lost) finish(lost.start, Array.from({ length: lost.count }, () => ({ failed: `internal error: ${reason}` })));
        for (const s of this.slots) if (s.alive && s.busy === null) feed(s);
        feed(slot);
      };
      for (const slot of this.slots) {
        if (!slot.alive) continue;
        slot.worker.postMessage({ type: 'shared', kind, shared } satisfies ToWorker);
        feed(slot);
      }
      if (!this.slots.some((s) => s.alive)) finish(0, items.map(() => ({ failed: 'internal error: no worker thread left' })));
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.alive = false;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
