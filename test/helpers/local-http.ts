// CLI tests against pages served on 127.0.0.1 (never the network): a server on a free port, and the CLI run as a child
// process without blocking this process's event loop, on which the server answers.
import { execFile } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';

export interface LocalServer {
  /** http://127.0.0.1:PORT */
  readonly base: string;
  close(): void;
}

/** Serves `handler` on a free port of 127.0.0.1. */
export async function serveLocally(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

/**
 * Runs `file` with `args` (execFile, not spawnSync: a local server answers on this process's event loop), with no
 * CROSSCHECK_DB from the environment, killed after `hangGuardMs`; its exit code is 0 or the error's.
 */
export function runAsync(file: string, args: readonly string[], hangGuardMs: number): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: hangGuardMs, env: { ...process.env, CROSSCHECK_DB: '' } }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number(err.code ?? 1) : 0 }),
    );
  });
}
