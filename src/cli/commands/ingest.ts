import type { Command } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/load-inputs.ts';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { loadResources } from '../../pipeline/resources.ts';
import { Fetcher } from '../../service/fetch.ts';
import { DEFAULT_WINDOW_DAYS, ingestArticles } from '../../service/ingest.ts';
import { loadSources } from '../../service/load-sources.ts';
import { progressReporter } from '../../service/progress.ts';
import { resolveDbPath } from '../../store/db-path.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import { readStdin } from '../stdin.ts';

interface IngestFlags {
  readonly db?: string;
  readonly published?: string;
  readonly summaryBytes: string;
  readonly allowPrivate?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Analyze articles (files, directories, http(s) URLs) into the database and update the stories they join.')
    .argument('<inputs...>', 'files, directories, URLs or - for stdin')
    .option('--db <file>', 'SQLite database (default $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--published <YYYY-MM-DD>', 'date for articles that carry none (default: their metadata or the dates their text gives, else undated)')
    .option('--summary-bytes <n>', 'summary budget in bytes per story', '665')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses')
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) {
        throw new Error(`ingest: --published must be YYYY-MM-DD, got "${flags.published}"`);
      }
      const summaryBytes = Number(flags.summaryBytes);
      if (!Number.isInteger(summaryBytes) || summaryBytes <= 0) throw new Error(`ingest: --summary-bytes must be a positive whole number, got "${flags.summaryBytes}"`);
      const dbPath = resolveDbPath(flags.db);
      const store = await withDbName(dbPath, () => openSqliteStore(dbPath));
      try {
        const loaded = await loadSources(inputs, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, readStdin }, new Fetcher({ allowPrivate: Boolean(flags.allowPrivate) }));
        for (const d of loaded.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
        const models = loadResources();
        for (const d of models.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
        const result = await withDbName(dbPath, () => ingestArticles(
          store,
          loaded.articles,
          {
            ...(flags.published ? { published: flags.published } : {}),
            summaryBytes,
            windowDays: DEFAULT_WINDOW_DAYS,
            now: new Date(),
            onProgress: progressReporter('ingest: analyzed'),
          },
          models.resources,
        ));
        for (const d of result.diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
        process.stderr.write(
          `ingest: ${dbPath}: ${result.inserted.length} new, ${result.updated.length} updated, ${result.unchanged.length} unchanged articles; ` +
            `${result.storiesChanged.length} stories written, ${result.storiesRemoved.length} merged away\n`,
        );
        // An article that could not be stored is lost to this run: say so in the exit code, not only on stderr.
        const lost = result.diagnostics.some((d) => d.stage === 'store' && d.severity === 'error');
        if (loaded.articles.length === 0 || lost) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

/** Database failures (read-only file, full disk, locked) name the database file, like every other error names its item. */
async function withDbName<T>(dbPath: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw new Error(`ingest: ${dbPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
