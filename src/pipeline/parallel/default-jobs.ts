import { availableParallelism, loadavg } from 'node:os';

/**
 * `--jobs` when not given: one thread per core that is idle now (the cores less the 1-minute load average, rounded),
 * at least one. Its own module so the CLI can show it without loading the pipeline.
 *
 * A thread is only worth it on a core of its own. Each one costs CPU that one thread does not spend: its start and
 * code (~0.2-0.4 s), and above all warming up its own compiled code: V8 optimizes per isolate, so every thread runs
 * the stages slowly until it has. In one thread, analyzing the 500 DUC articles a first time costs 6.1-7.3 CPU-s and
 * a second time 3.4-3.7; with a fresh NER model (an empty word-score memo, warm code) it is 3.6-4.0, so the memo
 * refilled is a small part; the 68 story briefs of those articles cost 8.8 CPU-s a first time and 5.7-7.0 after
 * (2026-12-07, bundled, load 7-10). Copying articles, stories and briefs between threads
 * (structured clone) is ~0.5 s in all. Measured on 500 DUC 2004 articles (cold
 * CLI, 2 cores): two threads spend 27-31 CPU-seconds where one spends 19-22, the same +40 % with the process pinned to
 * one core, so it is the threads' own cost, not the cores' contention. On idle cores two threads still finish first;
 * on cores others keep busy (load 9-12, alternating runs) one thread took 31.5-31.7 s and two 41.5-53.9 s.
 * The output is the same for any number of threads (test/pipeline/parallel.test.ts), so only the time depends on it.
 */
export function defaultJobs(cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}
