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
    .description('Take jobs from the PostgreSQL queue (enqueued by ingest/watch): fetch pages, extract, analyze, store, cluster. Run any number, anywhere.')
    .option('--db <url>', 'postgres:// URL (default $CROSSCHECK_DB)')
    .option('--concurrency <n>', 'analysis jobs at once in this process, with 4 page fetches each (analysis uses one core per process: run one worker per core)', '1')
    .action(async (flags: WorkerFlags) => {
      const db = resolveDbPath(flags.db);
      // The pipeline, pg and pg-boss load when the command runs, not at every CLI start.
      const [{ loadResources }, { runWorker }, { describeDb }, { isPostgresUrl }] = await Promise.all([
        import('../../pipeline/resources.ts'),
        import('../../queue/worker.ts'),
        import('../../store/open-store.ts'),
        import('../../store/postgres-store.ts'),
      ]);
      // Without --db or CROSSCHECK_DB it said 'got "./crosscheck.db"', a value the user never gave; and on SQLite
      // there is nothing for a worker to do.
      if (!isPostgresUrl(db)) {
        const given = flags.db !== undefined ? `--db is "${db}"` : process.env['CROSSCHECK_DB'] ? `CROSSCHECK_DB is "${db}"` : 'no --db given (nor CROSSCHECK_DB)';
        throw new Error(`worker: needs a postgres:// URL, the queue lives in PostgreSQL; ${given}. With SQLite, ingest and watch analyze in their own process: no worker is needed`);
      }
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`worker: --concurrency must be 1-64, got "${flags.concurrency}"`);
      const models = loadResources();
      for (const d of models.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      const stopping = abortOnSignals();
      const where = describeDb(db);
      // pg-boss 10 does not await its own complete()/fail() after a job (timgit/pg-boss#577; fixed in 11, which needs
      // Node 22): with the database down at that moment their rejection is unhandled and would end the worker. The
      // job's state in the database is what counts: a job whose completion was lost stays active, expires and is
      // retried, and every job is idempotent. So such a rejection is logged and the worker goes on.
      const unhandled = (reason: unknown) => process.stderr.write(`worker: queue: ${reason instanceof Error ? reason.message : String(reason)} (job left to expire and retry)\n`);
      process.on('unhandledRejection', unhandled);
      try {
        await runWorker(db, { concurrency, resources: models.resources, signal: stopping.signal, log: (line) => process.stderr.write(`${line}\n`) });
      } catch (err) {
        throw new Error(`worker: ${where}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        stopping.dispose();
        process.off('unhandledRejection', unhandled);
        // Everything is closed now. Should a stray handle still hold the event loop, a stopped worker says what it
        // is and exits, instead of lingering: a supervisor waiting for it to stop would wait for ever. (unref: the
        // timer itself never keeps the process alive.)
        setTimeout(() => {
          process.stderr.write(`worker: stopped, but ${process.getActiveResourcesInfo().join(', ')} still open; exiting\n`);
          process.exit();
        }, 5_000).unref();
      }
    });
}
