import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import type { PollResult } from '../../service/watch.ts';
import { resolveDbPath } from '../../store/db-path.ts';
import type { QueueClient } from '../../queue/ingest-queue.ts';
import { plural } from '../../text/plural.ts';
import { abortOnSignals } from '../signals.ts';
import { isHttpUrl } from '../load-cli-inputs.ts';

interface WatchFlags {
  readonly feeds: string;
  readonly db?: string;
  readonly interval: string;
  readonly once?: boolean;
  readonly allowPrivate?: boolean;
  readonly timeout: string;
}

// 15 minutes: news feeds update every few minutes to hours; polling more often mostly earns 304s and annoys hosts.
const DEFAULT_INTERVAL_S = 900;
// Below a minute is hammering, not watching.
const MIN_INTERVAL_S = 60;

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('Poll RSS, Atom and JSON feeds (list file or OPML) and ingest new entries as they appear.')
    // A Miniflux or FreshRSS user's first try is a feed's address: it was read as a file name ("no such file").
    .requiredOption('--feeds <file|url>', 'a feed URL, or a file of feed URLs (one a line) or an OPML export (required)')
    .option('--db <file|url>', 'SQLite file, or postgres:// URL to enqueue new entries for `crosscheck worker` (default $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--interval <seconds>', `seconds between polls (at least ${MIN_INTERVAL_S})`, String(DEFAULT_INTERVAL_S))
    .option('--once', 'poll every feed once and exit')
    .option('--timeout <seconds>', 'per-request timeout', '15')
    .option('--allow-private', 'let feeds and pages on private, loopback and link-local addresses be fetched')
    .action(async (flags: WatchFlags) => {
      const interval = Number(flags.interval);
      if (!Number.isFinite(interval) || interval < MIN_INTERVAL_S) throw new Error(`watch: --interval must be at least ${MIN_INTERVAL_S} seconds, got "${flags.interval}"`);
      const timeout = Number(flags.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new Error(`watch: --timeout must be a positive number of seconds, got "${flags.timeout}"`);
      // The pipeline, feeds, stores and queue load when the command runs, not at every CLI start.
      const [{ loadResources }, { Fetcher }, { parseFeedList, feedKindOf }, { DEFAULT_WINDOW_DAYS }, { watchFeeds }, { describeDb, openStore }, { isPostgresUrl }, { openQueueClient }] = await Promise.all([
        import('../../pipeline/resources.ts'),
        import('../../service/fetch.ts'),
        import('../../service/feeds.ts'),
        import('../../service/ingest.ts'),
        import('../../service/watch.ts'),
        import('../../store/open-store.ts'),
        import('../../store/postgres-store.ts'),
        import('../../queue/ingest-queue.ts'),
      ]);
      let feeds: string[];
      try {
        if (isHttpUrl(flags.feeds)) feeds = [flags.feeds];
        else {
          const bytes = await readFile(flags.feeds);
          // A saved feed given as the list ("no feed URLs found"): watch polls a feed at its address, not a copy of it.
          const kind = feedKindOf(bytes);
          if (kind) throw new Error(`watch: ${flags.feeds}: a feed (${kind}) itself, not a list of feeds: give the address it comes from (--feeds https://…/feed.xml), or a file of such addresses`);
          feeds = parseFeedList(new TextDecoder().decode(bytes));
        }
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('watch: ')) throw err;
        // Node's own message repeats the code and the call ("ENOENT: no such file or directory, open '…'").
        const code = err && typeof err === 'object' && 'code' in err ? err.code : undefined;
        const why = code === 'ENOENT' ? 'no such file (--feeds takes a feed URL, a file of feed URLs, one a line, or an OPML export)' : code === 'EACCES' ? 'permission denied' : err instanceof Error ? err.message : String(err);
        throw new Error(`watch: ${flags.feeds}: ${why}`);
      }
      if (feeds.length === 0) throw new Error(`watch: ${flags.feeds}: no feed URLs found`);
      const dbPath = resolveDbPath(flags.db);
      // PostgreSQL: new entries are enqueued for the workers instead of analyzed here.
      const queue: QueueClient | undefined = isPostgresUrl(dbPath) ? await openQueueClient(dbPath) : undefined;
      const store = queue?.store ?? (await openStore(dbPath));
      const models = loadResources();
      for (const d of models.diagnostics) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      const stopping = abortOnSignals();
      // Between polls (15 minutes by default) watch says nothing: the first line says how it ends and how to see the
      // stories meanwhile (serve reads the database watch writes to, SQLite included).
      const serveHint = `crosscheck serve${flags.db !== undefined ? ` --db ${flags.db}` : ''}`;
      process.stderr.write(`watch: ${plural(feeds.length, 'feed')} into ${describeDb(dbPath)}${flags.once ? ' (once)' : `, every ${interval} s until Ctrl-C (\`${serveHint}\` in another terminal shows the stories as they come)`}\n`);
      let failed = 0;
      try {
        await watchFeeds(
          feeds,
          {
            store,
            fetcher: new Fetcher({ allowPrivate: Boolean(flags.allowPrivate), timeoutMs: timeout * 1000 }),
            resources: models.resources,
            now: () => new Date(),
            ingest: { summaryBytes: 665, windowDays: DEFAULT_WINDOW_DAYS },
            ...(queue ? { enqueue: (input, options) => queue.enqueue(input, options, { allowPrivate: Boolean(flags.allowPrivate), timeoutMs: timeout * 1000 }) } : {}),
          },
          {
            intervalMs: interval * 1000,
            once: Boolean(flags.once),
            signal: stopping.signal,
            onPoll: (r) => {
              if (r.status === 'error') failed++;
              process.stderr.write(report(r));
            },
          },
        );
      } finally {
        await (queue ? queue.close() : store.close());
        stopping.dispose();
      }
      if (flags.once && failed === feeds.length) process.exitCode = 1;
    });
}

function report(r: PollResult): string {
  const lines = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `crosscheck: ${formatDiagnostic(d)}\n`);
  if (r.status === 'error') return lines.join('') + `${r.error}\n`;
  if (r.status === 'not-modified') return `watch: ${r.feed}: not modified\n`;
  // Enqueued is not stored: the workers fetch, analyze and store those articles afterwards.
  // "1 new entries, 1 articles stored" read on every quiet feed's poll.
  if (r.enqueued !== undefined) return lines.join('') + `watch: ${r.feed}: ${plural(r.newEntries, 'new entry', 'new entries')}, ${plural(r.enqueued, 'article')} enqueued for the workers\n`;
  return lines.join('') + `watch: ${r.feed}: ${plural(r.newEntries, 'new entry', 'new entries')}, ${plural(r.ingested, 'article')} stored\n`;
}
