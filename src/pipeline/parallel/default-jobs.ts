import { availableParallelism, loadavg } from 'node:os';

/**
 * `--jobs` when not given: one thread per core that is idle now (the cores less the 1-minute load average, rounded),
 * at least one. Its own module so the CLI can show it without loading the pipeline.
 *
 * A thread is only worth it on a core of its own. Each one costs CPU that one thread does not spend: its start and
 * code (~0.2 s), and the per-word score memo the NER model fills as it reads (the first pass over 500 DUC
 * articles costs ~2 s more than the next), which every thread fills again for itself. Measured on 500 DUC 2004 articles (cold
 * CLI, 2 cores): two threads spend 27-31 CPU-seconds where one spends 19-22, the same +40 % with the process pinned to
 * one core, so it is the threads' own cost, not the cores' contention. On idle cores two threads still finish first;
 * on cores others keep busy (load 9-12, alternating runs) one thread took 31.5-31.7 s and two 41.5-53.9 s.
 * The output is the same for any number of threads (test/pipeline/parallel.test.ts), so only the time depends on it.
 */
export function defaultJobs(cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}
