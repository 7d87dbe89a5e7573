import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection of the calling thread's heap, now. V8 collects when a thread allocates, so a thread that
 * builds a large temporary structure and then only waits (the main thread after clustering, while the worker threads
 * write the briefs) keeps that garbage resident until it exits: at 2,000 articles about 100 MB of clustering's
 * working data. `--expose-gc` set at run time gives new contexts the `gc` function (the running one is unchanged),
 * so this works without a command-line flag. Where that is refused, it does nothing: memory, never output, depends
 * on it.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
