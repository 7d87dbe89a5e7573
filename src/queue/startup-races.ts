import { isConcurrentCreate } from '../store/postgres-store.ts';

// Errors of processes starting together on a fresh database (pg-boss and our migrations creating their schemas at
// once; an `ingest --wait` starts beside its workers): deadlock (40P01), serialization failure (40001), and the
// duplicate key/relation/type of isConcurrentCreate. They pass when tried again.
const TRANSACTION_RACES = new Set(['40P01', '40001']);
// A few tries, waiting longer each time, outlast any other process's schema setup.
const STARTUP_TRIES = 5;

/** True for a transaction PostgreSQL rolled back as a deadlock's victim or a serialization failure. */
export function isTransactionRace(err: unknown): boolean {
  return TRANSACTION_RACES.has((err as { code?: string }).code ?? '');
}

/** True for an error another process starting at the same moment can cause, which trying again gets past. */
export function isStartupRace(err: unknown): boolean {
  return isTransactionRace(err) || isConcurrentCreate(err);
}

/**
 * Runs `run` and runs it again after an error `isRace` accepts, up to `tries` times in all, waiting `stepMs` longer
 * before each new try; `onRetry` hears of each retry. Any other error, or the last one, is thrown.
 */
export async function retryRaces<T>(
  run: () => Promise<T>,
  policy: { readonly isRace: (err: unknown) => boolean; readonly tries: number; readonly stepMs: number; readonly onRetry?: (err: unknown) => void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= policy.tries || !policy.isRace(err)) throw err;
      policy.onRetry?.(err);
      await new Promise((r) => setTimeout(r, policy.stepMs * attempt));
    }
  }
}

// Startup tries a quarter second apart, then more: other processes' schema setups take well under a second each.
const STARTUP_STEP_MS = 250;

/** Runs `start` (open the store, start the queue) again after a startup race (see `retryRaces`). */
export function retryStartup<T>(start: () => Promise<T>, onRetry?: (err: unknown) => void): Promise<T> {
  return retryRaces(start, { isRace: isStartupRace, tries: STARTUP_TRIES, stepMs: STARTUP_STEP_MS, ...(onRetry ? { onRetry } : {}) });
}
