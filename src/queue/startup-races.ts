import { isConcurrentCreate } from '../store/postgres-store.ts';

// Errors of processes starting together on a fresh database (pg-boss and our migrations creating their schemas at
// once; an `ingest --wait` starts beside its workers): deadlock (40P01), serialization failure (40001), and the
// duplicate key/relation/type of isConcurrentCreate. They pass when tried again.
const STARTUP_RACES = new Set(['40P01', '40001']);
// A few tries, waiting longer each time, outlast any other process's schema setup (well under a second each).
const STARTUP_TRIES = 5;

/** True for a transaction PostgreSQL rolled back as a deadlock's victim or a serialization failure. */
export function isTransactionRace(err: unknown): boolean {
  return STARTUP_RACES.has((err as { code?: string }).code ?? '');
}

/** True for an error another process starting at the same moment can cause, which trying again gets past. */
export function isStartupRace(err: unknown): boolean {
  return isTransactionRace(err) || isConcurrentCreate(err);
}

/**
 * Runs `start` (open the store, start the queue) and runs it again after a startup race, up to STARTUP_TRIES
 * times; `onRetry` hears of each retry. Any other error, or the last one, is thrown.
 */
export async function retryStartup<T>(start: () => Promise<T>, onRetry: (err: unknown) => void = () => {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      if (attempt >= STARTUP_TRIES || !isStartupRace(err)) throw err;
      onRetry(err);
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}
