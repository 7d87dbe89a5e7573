import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { StaticFile } from '../../http/static-files.ts';
import { resolveDbPath } from '../../store/db-path.ts';

interface ServeFlags {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
}

/** Where `npm run build:web` (vite build) puts the UI. */
export const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI, JSON API (/api/), RSS (/feed.xml) and iCalendar (/calendar.ics) from the database.')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--port <n>', 'TCP port (0 = any free port)', '8787')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: --port must be 0-65535, got "${flags.port}"`);
      const dbPath = resolveDbPath(flags.db);
      // The store, the HTTP app (hono) and the UI files load when the command runs, not at every CLI start.
      const [{ describeDb, openStore }, { createApp }] = await Promise.all([import('../../store/open-store.ts'), import('../../http/app.ts')]);
      // A mistyped --db (or serve run from another directory) used to serve a new, empty database without a word.
      const created = !dbPath.includes('://') && !existsSync(dbPath);
      let store;
      try {
        store = await openStore(dbPath);
      } catch (err) {
        throw new Error(`serve: ${describeDb(dbPath)}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (created) process.stderr.write(`serve: ${dbPath} did not exist; serving a new, empty database (add articles with \`crosscheck ingest FILES --db ${dbPath}\`)\n`);
      const staticFiles = await webUi();
      if (!isLoopback(flags.host)) process.stderr.write(`serve: listening on ${flags.host}, reachable from other machines; the API is read-only\n`);
      const app = createApp(store, { staticFiles });
      // Loaded here, not at the top: @hono/node-server pulls in Node's fetch (undici), ~0.1 s at every CLI start.
      const { serve } = await import('@hono/node-server');
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          process.stdout.write(`Crosscheck: http://${host}:${info.port}/  (database ${describeDb(dbPath)}; Ctrl-C to stop)\n`);
        });
        server.on('error', (err: NodeJS.ErrnoException) => {
          void store.close();
          const why = err.code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0 for any free port)` : err.code === 'EADDRNOTAVAIL' ? `cannot listen on ${flags.host}` : err.message;
          reject(new Error(`serve: ${flags.host}:${port}: ${why}`));
        });
        const stop = () => {
          server.close(() => {
            void store.close();
            resolve();
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** The built UI; built on the spot when missing (an install that skipped `prepare`). The API works without it. */
async function webUi(): Promise<Map<string, StaticFile>> {
  const { loadStaticFiles } = await import('../../http/static-files.ts');
  const files = loadStaticFiles(WEB_DIST);
  if (files.size > 0) return files;
  process.stderr.write(`serve: web UI not built yet (${WEB_DIST}); building it (npm run build:web)\n`);
  try {
    await (await import('../build-web-ui.ts')).buildWebUi(WEB_DIST);
  } catch (err) {
    process.stderr.write(`serve: could not build the web UI (${err instanceof Error ? err.message : String(err)}); the API works without it\n`);
  }
  return loadStaticFiles(WEB_DIST);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
