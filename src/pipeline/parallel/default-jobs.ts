import { availableParallelism } from 'node:os';

/** `--jobs` when not given: one thread per core. Its own module so the CLI can show it without loading the pipeline. */
export function defaultJobs(): number {
  return availableParallelism();
}
