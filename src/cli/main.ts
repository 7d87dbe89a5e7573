import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.ts';
import { registerExtract } from './commands/extract.ts';
import { registerCluster } from './commands/cluster.ts';
import { registerSummarize } from './commands/summarize.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerServe } from './commands/serve.ts';
import { registerExport } from './commands/export.ts';
import { registerWatch } from './commands/watch.ts';
import { registerWorker } from './commands/worker.ts';
// Bundled into dist/cli by esbuild, so the version shown is the one the bundle was built from.
import pkg from '../../package.json' with { type: 'json' };

// One line per command; each command file only parses options, calls the library and formats the result.
const COMMANDS = [registerAnalyze, registerExtract, registerCluster, registerSummarize, registerIngest, registerServe, registerExport, registerWatch, registerWorker] as const;

const EXAMPLES = `
Examples:
  crosscheck analyze samples --format md    a brief of files, folders or URLs, printed (no database)
  crosscheck analyze DIR --out brief.md     into a file (.md Markdown, .ics calendar, else JSON)
  crosscheck ingest samples                 analyze into ./crosscheck.db (or --db, CROSSCHECK_DB)
  crosscheck watch --feeds FEED-URL         poll a feed (or a file of feeds, OPML) into the database
  crosscheck serve                          web UI and API over the database, http://127.0.0.1:8787/
  crosscheck export --out stories.md        the database's stories as one brief
Each command's options: crosscheck help COMMAND.`;

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('crosscheck')
    .description('Read many news reports, get one cited story.')
    // A bug report or an upgrade starts with "which version is this?": `crosscheck --version` said "unknown option".
    .version(pkg.version, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError()
    // The list of commands said what each does but not how they fit together (which reads files, which a database).
    .addHelpText('after', EXAMPLES);
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`crosscheck: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/**
 * A worker-pool thread of the built CLI (dist/cli/worker.mjs runs this bundle, then this): the worker's module is
 * imported when a thread runs, so `--help` and the main thread never evaluate it, and the threads compile nothing the
 * bundle's code cache already holds (scripts/build.mjs).
 */
export async function runPoolWorker(): Promise<void> {
  await import('../pipeline/parallel/worker.ts');
}
