import type { Command } from 'commander';

// Placeholder until its capability lands; keeps the command list in main.ts stable.
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('(not yet available)')
    .action(() => {
      process.stderr.write('crosscheck cluster: not implemented yet\n');
      process.exitCode = 2;
    });
}
