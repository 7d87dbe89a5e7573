import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and benches: `initdb` into a temporary directory, `pg_ctl start` on a
 * free port on 127.0.0.1, trust authentication, and everything removed by stop(). Debian's postgresql package
 * puts the binaries in /usr/lib/postgresql/<version>/bin; PATH is tried first.
 *
 * initdb and postgres refuse to run as root, so as root the cluster belongs to the `postgres` system user
 * (created by the package) and the commands run through `runuser`.
 */
export interface TempPostgres {
  /** postgres://crosscheck@127.0.0.1:PORT/ — append a database name. */
  readonly baseUrl: string;
  readonly port: number;
  /** The cluster's data directory (postmaster.pid is in it: benches read the server's CPU time). */
  readonly dataDir: string;
  /** A new empty database; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server the hard way or politely, then starts it again on the same port (fault tests). */
  restart(options?: { downMs?: number }): void;
  stop(): void;
}

/**
 * Where initdb and pg_ctl are, or undefined (and why) when PostgreSQL is not installed. CROSSCHECK_POSTGRES_BIN
 * names the directory outright (an install outside PATH and Debian's layout; a path without initdb shows what a
 * machine without PostgreSQL does).
 */
export function findPostgresBin(): { dir?: string; reason?: string } {
  const given = process.env['CROSSCHECK_POSTGRES_BIN'];
  if (given !== undefined) {
    return existsSync(join(given, 'initdb')) ? { dir: given } : { reason: `PostgreSQL is not installed (no initdb in CROSSCHECK_POSTGRES_BIN=${given}; apt-get install postgresql)` };
  }
  const fromPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return { dir: fromPath.replace(/\/initdb$/, '') };
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions[0]) return { dir: join(root, versions[0], 'bin') };
  return { reason: 'PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin; apt-get install postgresql)' };
}

/** Skip reason for node:test when no PostgreSQL can be started here; false when it can. */
export function postgresSkipReason(): string | false {
  const found = findPostgresBin();
  if (!found.dir) return found.reason ?? 'PostgreSQL not found';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root and there is no postgres system user to run PostgreSQL as';
  return false;
}

export async function startTempPostgres(): Promise<TempPostgres> {
  const { dir: bin, reason } = findPostgresBin();
  if (!bin) throw new Error(`temp-postgres: ${reason}`);
  const asRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv as string[], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`temp-postgres: ${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const pgdata = join(dataDir, 'data');
  // C locale: byte order for ORDER BY, the same on every machine; UTF8 for article text.
  run('initdb', ['-D', pgdata, '-U', 'crosscheck', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const log = join(dataDir, 'server.log');
  // fsync off: a test cluster is thrown away, and fsync is most of its cost on a shared disk.
  // max_connections: several workers, each with a pool, plus pg-boss's own.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => {
    try {
      run('pg_ctl', ['-D', pgdata, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
    } catch (err) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-10).join('\n') : '';
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n${tail}`);
    }
  };
  start();
  const baseUrl = `postgres://crosscheck@127.0.0.1:${port}/`;
  let stopped = false;
  return {
    baseUrl,
    port,
    dataDir: pgdata,
    async createDatabase(name: string): Promise<string> {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: `${baseUrl}postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `${baseUrl}${name}`;
    },
    restart({ downMs = 0 } = {}) {
      run('pg_ctl', ['-D', pgdata, '-m', 'immediate', 'stop']);
      if (downMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, downMs);
      start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', pgdata, '-m', 'immediate', 'stop']);
      } catch {
        // already down: nothing to stop
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
