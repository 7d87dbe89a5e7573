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

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('crosscheck')
    .description('Read many news reports, get one cited story.')
    // A bug report or an upgrade starts with "which version is this?": `crosscheck --version` said "unknown option".
    .version(pkg.version, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError();
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
