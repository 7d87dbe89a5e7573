import type { Command } from 'commander';

// Placeholder until its capability lands; keeps the command list in main.ts stable.
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(not yet available)')
    .action(() => {
      process.stderr.write('crosscheck extract: not implemented yet\n');
      process.exitCode = 2;
    });
}
