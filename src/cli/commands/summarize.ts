import type { Command } from 'commander';

// Placeholder until its capability lands; keeps the command list in main.ts stable.
export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('(not yet available)')
    .action(() => {
      process.stderr.write('crosscheck summarize: not implemented yet\n');
      process.exitCode = 2;
    });
}
