import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/load-inputs.ts';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import type { IngestOptions } from '../../service/ingest.ts';
import { DEFAULT_JOB_SETTINGS } from '../../queue/job-settings.ts';
import { progressReporter } from '../../service/progress.ts';
import { resolveDbPath } from '../../store/db-path.ts';
import { plural } from '../../text/plural.ts';
import { readStdin } from '../stdin.ts';
import { publishedFlagProblem } from '../published-flag.ts';
import { EXIT_PARTIAL, exitStatusHelp, failedInputs } from '../exit-status.ts';

interface IngestFlags {
  readonly db?: string;
  readonly published?: string;
  readonly summaryBytes: string;
  readonly allowPrivate?: boolean;
  readonly wait?: boolean;
  readonly retries: string;
  readonly jobTimeout: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Analyze articles (files, directories, http(s) URLs) into the database and update the stories they join. On PostgreSQL the articles are enqueued for `crosscheck worker`.')
    .argument('<inputs...>', 'files, directories, URLs or - for stdin')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--published <YYYY-MM-DD>', 'date for articles that carry none (default: their metadata or the dates their text gives, else undated)')
    .option('--summary-bytes <n>', 'summary budget in bytes per story', '665')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses')
    .option('--wait', 'PostgreSQL: wait until the workers have stored and clustered the batch, and report it')
    .option('--retries <n>', 'PostgreSQL: retries of a failing article job before it is failed', String(DEFAULT_JOB_SETTINGS.retryLimit))
    .option('--job-timeout <seconds>', 'PostgreSQL: seconds before a job whose worker died is retried elsewhere', String(DEFAULT_JOB_SETTINGS.timeoutSeconds))
    .addHelpText('after', exitStatusHelp('stored', 'stored (on PostgreSQL: enqueued)', 'ingest (or an article could not be stored)'))
    .action(async (inputs: string[], flags: IngestFlags) => {
      const publishedProblem = flags.published !== undefined ? publishedFlagProblem(flags.published) : undefined;
      if (publishedProblem) throw new Error(`ingest: ${publishedProblem}`);
      const summaryBytes = Number(flags.summaryBytes);
      if (!Number.isInteger(summaryBytes) || summaryBytes <= 0) throw new Error(`ingest: --summary-bytes must be a positive whole number, got "${flags.summaryBytes}"`);
      const dbPath = resolveDbPath(flags.db);
      // The pipeline, the stores and the queue (pg, pg-boss) load when the command runs, not at every CLI start.
      const [{ DEFAULT_WINDOW_DAYS, ingestArticles }, { isPostgresUrl }] = await Promise.all([import('../../service/ingest.ts'), import('../../store/postgres-store.ts')]);
      const options = { ...(flags.published ? { published: flags.published } : {}), summaryBytes, windowDays: DEFAULT_WINDOW_DAYS, now: new Date() };
      if (isPostgresUrl(dbPath)) {
        await enqueueInputs(inputs, flags, dbPath, options);
        return;
      }
      // Read first: with nothing read (an empty folder, a mistyped name) no database is created or opened. Opening
      // first left a fresh ./crosscheck.db behind a run that stored nothing, which serve then showed as empty.
      const loaded = await loadInputsToIngest(inputs, flags);
      if (loaded.articles.length === 0) {
        process.stderr.write(`ingest: nothing read, nothing stored; ${dbPath} ${existsSync(dbPath) ? 'left as it was' : 'not created'}\n`);
        process.exitCode = 1;
        return;
      }
      const { openSqliteStore } = await import('../../store/sqlite-store.ts');
      const store = await withDbName(dbPath, () => openSqliteStore(dbPath));
      try {
        const models = (await import('../../pipeline/resources.ts')).loadResources();
        for (const d of models.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
        const result = await withDbName(dbPath, () => ingestArticles(store, loaded.articles, { ...options, onProgress: progressReporter('ingest: analyzed') }, models.resources));
        for (const d of result.diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
        process.stderr.write(
          `ingest: ${dbPath}: ${result.inserted.length} new, ${result.updated.length} updated, ${result.unchanged.length} unchanged articles${copiesNote(result.copies ?? [])}; ` +
            `${plural(result.storiesChanged.length, 'story', 'stories')} written, ${result.storiesRemoved.length} merged away\n`,
        );
        // An article that could not be stored is lost to this run, and stories that could not be written leave it
        // unfinished: say so in the exit code, not only on stderr.
        const lost = result.diagnostics.some((d) => (d.stage === 'store' || d.stage === 'stories') && d.severity === 'error');
        if (lost) process.exitCode = 1;
        // Some inputs failed (an empty file, a refused URL) and the rest were stored: 3, as analyze says it (it was 0).
        else if (failedInputs([...loaded.diagnostics, ...result.diagnostics]) > 0) process.exitCode = EXIT_PARTIAL;
      } finally {
        await store.close();
      }
    });
}

/** "ingest: fetched: 3/30" as pages come (one a second per site: 30 URLs were half a minute with nothing shown). */
function fetchProgress(): (done: number, total: number) => void {
  const report = progressReporter('ingest: fetched');
  return (done, total) => {
    if (done > 0) report(done, total);
  };
}

async function loadInputsToIngest(inputs: readonly string[], flags: IngestFlags) {
  const [{ loadSources }, { Fetcher }] = await Promise.all([import('../../service/load-sources.ts'), import('../../service/fetch.ts')]);
  // A feed given as a page is refused with the watch command that reads it, into the database this run writes to.
  const loaded = await loadSources(inputs, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, readStdin }, new Fetcher({ allowPrivate: Boolean(flags.allowPrivate) }), 'ingest', { ...(flags.db !== undefined ? { db: flags.db } : {}), allowPrivate: Boolean(flags.allowPrivate) }, fetchProgress());
  for (const d of loaded.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
  return loaded;
}

/**
 * PostgreSQL: one job per new article for the workers (files and records are read here, URLs are fetched by the
 * workers); with --wait, the batch's outcome once they are done.
 */
async function enqueueInputs(inputs: readonly string[], flags: IngestFlags, db: string, options: IngestOptions): Promise<void> {
  const settings = {
    retryLimit: wholeNumber(flags.retries, '--retries', 0),
    retryDelaySeconds: DEFAULT_JOB_SETTINGS.retryDelaySeconds,
    timeoutSeconds: wholeNumber(flags.jobTimeout, '--job-timeout', 1),
  };
  const [{ describeDb }, { openQueueClient }, { isUrl }, { DEFAULT_FETCH_OPTIONS }] = await Promise.all([
    import('../../store/open-store.ts'),
    import('../../queue/ingest-queue.ts'),
    import('../../service/load-sources.ts'),
    import('../../service/fetch.ts'),
  ]);
  const where = describeDb(db);
  const urls = inputs.filter(isUrl).map((url) => ({ url }));
  const loaded = await loadInputsToIngest(inputs.filter((i) => !isUrl(i)), flags);
  const queue = await withDbName(where, () => openQueueClient(db, settings));
  try {
    const fetch = { allowPrivate: Boolean(flags.allowPrivate), timeoutMs: DEFAULT_FETCH_OPTIONS.timeoutMs };
    const sent = await withDbName(where, () => queue.enqueue({ raws: loaded.articles, urls }, options, fetch));
    for (const d of sent.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
    const pages = sent.toFetch > 0 ? ` (${plural(sent.toFetch, 'page')} for the workers to fetch)` : '';
    process.stderr.write(`ingest: ${where}: ${plural(sent.enqueued.length, 'article')} enqueued${pages}, ${sent.unchanged.length} unchanged, batch ${sent.batch}; nothing stored yet: \`crosscheck worker\` stores them${flags.wait ? '' : ' (--wait to see the outcome)'}\n`);
    if (loaded.articles.length === 0 && urls.length === 0) process.exitCode = 1;
    else if (failedInputs([...loaded.diagnostics, ...sent.diagnostics]) > 0) process.exitCode = EXIT_PARTIAL;
    if (!flags.wait || sent.enqueued.length === 0) return;
    let shown = -1;
    const started = Date.now();
    let hinted = false;
    const status = await queue.wait(sent.batch, {
      onProgress: (s) => {
        if (s.pending !== shown) progressReporter('ingest: done')(sent.enqueued.length - s.pending, sent.enqueued.length);
        shown = s.pending;
        // With no worker running, --wait sat at "done: 0/5" without a word about why.
        if (!hinted && s.pending === sent.enqueued.length && Date.now() - started > NO_WORKER_HINT_MS) {
          hinted = true;
          process.stderr.write(`ingest: nothing of this batch done after ${NO_WORKER_HINT_MS / 1000} s: is a worker running? (\`crosscheck worker --db ${where}\`; Ctrl-C stops waiting, the batch stays queued)\n`);
        }
      },
    });
    for (const f of status.failed) process.stderr.write(`crosscheck: ${f.source}: ${f.outcome}: ${f.reason}\n`);
    process.stderr.write(`ingest: ${where}: ${status.inserted.length} new, ${status.updated.length} updated, ${status.unchanged.length + sent.unchanged.length} unchanged, ${status.failed.length} failed articles; stories written\n`);
    // A job that failed after every retry is lost to this run; a refused page or input is reported as in one process.
    if (status.failed.some((f) => f.outcome === 'failed')) process.exitCode = 1;
    else if (status.failed.length > 0) process.exitCode = EXIT_PARTIAL;
    if (status.inserted.length + status.updated.length + status.unchanged.length + sent.unchanged.length === 0) process.exitCode = 1;
  } finally {
    await queue.close();
  }
}

// A worker takes a job within a second or two of its enqueueing (a page waits at most its host's one-second slot per
// earlier page), so 15 s with none done means no worker, or one busy with a long backlog: worth a line, not an error.
const NO_WORKER_HINT_MS = 15_000;

function wholeNumber(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`ingest: ${flag} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** Database failures (read-only file, full disk, locked, unreachable) name the database, like every other error names its item. */
async function withDbName<T>(dbPath: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw new Error(`ingest: ${dbPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// "1 skipped as a copy of another input (copy_of_000 = 000_e517b0fe5d6f7777)": the first few named, the rest counted.
function copiesNote(copies: readonly { readonly id: string; readonly of: string }[]): string {
  if (copies.length === 0) return '';
  const named = copies.slice(0, COPIES_NAMED).map((c) => `${c.id} = ${c.of}`).join(', ');
  const more = copies.length > COPIES_NAMED ? `, … ${copies.length - COPIES_NAMED} more` : '';
  return `, ${copies.length} skipped as ${copies.length === 1 ? 'a copy' : 'copies'} of another input (${named}${more})`;
}
// Enough to recognise the pattern (a folder saved twice) on one line.
const COPIES_NAMED = 3;
