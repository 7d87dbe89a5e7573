import type { Command } from 'commander';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { resolveDbPath } from '../../store/db-path.ts';
import { abortOnSignals } from '../signals.ts';

interface WorkerFlags {
  readonly db?: string;
  readonly concurrency: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Take article jobs from the PostgreSQL queue (enqueued by ingest/watch): extract, analyze, store, cluster. Run any number, anywhere.')
    .option('--db <url>', 'postgres:// URL (default $CROSSCHECK_DB)')
    .option('--concurrency <n>', 'jobs at once in this process (analysis uses one core per process: run one worker per core)', '1')
    .action(async (flags: WorkerFlags) => {
      const db = resolveDbPath(flags.db);
      // The pipeline, pg and pg-boss load when the command runs, not at every CLI start.
      const [{ loadResources }, { runWorker }, { describeDb }, { isPostgresUrl }] = await Promise.all([
        import('../../pipeline/resources.ts'),
        import('../../queue/worker.ts'),
        import('../../store/open-store.ts'),
        import('../../store/postgres-store.ts'),
      ]);
      if (!isPostgresUrl(db)) throw new Error(`worker: --db must be a postgres:// URL (the queue lives in PostgreSQL), got "${db}"`);
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`worker: --concurrency must be 1-64, got "${flags.concurrency}"`);
      const models = loadResources();
      for (const d of models.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      const stopping = abortOnSignals();
      const where = describeDb(db);
      try {
        await runWorker(db, { concurrency, resources: models.resources, signal: stopping.signal, log: (line) => process.stderr.write(`${line}\n`) });
      } catch (err) {
        throw new Error(`worker: ${where}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        stopping.dispose();
      }
    });
}
