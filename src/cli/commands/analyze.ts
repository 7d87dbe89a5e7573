import type { Command } from 'commander';

// Placeholder until its capability lands; keeps the command list in main.ts stable.
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('(not yet available)')
    .action(() => {
      process.stderr.write('crosscheck analyze: not implemented yet\n');
      process.exitCode = 2;
    });
}
