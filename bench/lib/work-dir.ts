import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A scratch directory for a bench (hundreds of MB of records and output at 2,000 articles), removed by `dispose`
 * and also when the bench is interrupted (Ctrl-C, kill): a `finally` does not run on a signal, and interrupted
 * benches used to leave their directories in /tmp.
 */
export function workDir(prefix: string): { readonly path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(path, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    // The conventional exit status of a process ended by a signal (128 + its number): 130 for SIGINT, 143 for SIGTERM.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    path,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      remove();
    },
  };
}
