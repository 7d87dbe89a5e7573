import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { REPO_ROOT } from '../scripts/lib/data.ts';
import { postgresSkipReason, startTempPostgres, type TempPostgres } from '../scripts/lib/temp-postgres.ts';
import type { RawArticle } from '../src/model/raw-article.ts';
import { ARTICLE_QUEUE, FETCH_QUEUE } from '../src/queue/ingest-queue.ts';
import { ducArticles } from './lib/duc.ts';
import { workDir } from './lib/work-dir.ts';

/**
 * Ingest throughput on one machine, through the CLI as users run it: single-process SQLite (`crosscheck ingest
 * --db file`) beside 1, 2 and 4 `crosscheck worker` processes on one PostgreSQL (`crosscheck ingest --db URL --wait`),
 * the same DUC 2004 articles each time. Reports articles/s (wall, from the ingest command's start to its stories
 * being written), CPU seconds per article (workers, the enqueuer and the PostgreSQL server apart), and the p95 job
 * time (a job's start to its completion, from pg-boss's own timestamps). A last row gives the same articles as web
 * pages on loopback that 2 workers fetch (the feed path: fetch jobs, then analysis jobs). Linux only (CPU from /proc).
 */
const ARTICLES = Number(process.env['CROSSCHECK_SCALE_ARTICLES'] ?? 300);
const WORKERS = [1, 2, 4] as const;
const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
const USAGE_HOOK = pathToFileURL(join(REPO_ROOT, 'bench', 'lib', 'usage-on-exit.mjs')).href;
const TICK = 100; // getconf CLK_TCK on Linux

interface Row {
  readonly setup: string;
  readonly seconds: number;
  readonly rate: number;
  /** CPU seconds per article: the analyzing processes only. */
  readonly cpuPerArticle: number;
  readonly enqueueCpu?: number;
  readonly postgresCpuPerArticle?: number;
  readonly p95JobMs?: number;
  /** URL batches: p95 of the fetch jobs (fetch, extract for the furniture keys, keep the page). */
  readonly p95FetchJobMs?: number;
  readonly clusterStepMs?: number;
}

export async function run(): Promise<void> {
  const skip = postgresSkipReason();
  if (skip) {
    console.log(`scale bench skipped: ${skip}`);
    return;
  }
  const scratch = workDir('cc-scale-');
  const dir = scratch.path;
  let server: TempPostgres | undefined;
  try {
    const input = join(dir, 'duc.jsonl');
    const articles = ducArticles().filter((a) => (a.text ?? '').trim() !== '').slice(0, ARTICLES);
    writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published })).join('\n') + '\n');
    console.log(`scale bench: ${articles.length} DUC 2004 articles, ${cpus()} cores; shared machine: timings are noisy (load average ${loadAverage()} at start)`);

    const rows: Row[] = [];
    rows.push(await sqliteRun(dir, input, articles.length));
    server = await startTempPostgres();
    for (const n of WORKERS) rows.push(await queueRun(server, dir, [input], articles.length, n));
    // The same articles as web pages the workers fetch (the feed path): 2 workers, one per core here.
    const pages = await servePages(articles);
    try {
      rows.push(await queueRun(server, dir, [...pages.urls, '--allow-private'], articles.length, 2, 'URLs'));
    } finally {
      pages.close();
    }

    console.log('  setup                         | articles/s | wall s | CPU s/article (workers) | enqueuer CPU s | PostgreSQL CPU s/article | p95 job ms | p95 fetch job ms | batch cluster step ms');
    for (const r of rows) {
      console.log(
        `  ${r.setup.padEnd(29)} | ${r.rate.toFixed(1).padStart(10)} | ${r.seconds.toFixed(1).padStart(6)} | ${r.cpuPerArticle.toFixed(4).padStart(23)} | ${fmt(r.enqueueCpu, 1).padStart(14)} | ${fmt(r.postgresCpuPerArticle, 4).padStart(24)} | ${fmt(r.p95JobMs, 0).padStart(10)} | ${fmt(r.p95FetchJobMs, 0).padStart(16)} | ${fmt(r.clusterStepMs, 0).padStart(21)}`,
      );
    }
    console.log(`  load average at end ${loadAverage()}`);
    console.log(JSON.stringify({ articles: articles.length, rows }));
  } finally {
    server?.stop();
    scratch.dispose();
  }
}

/** One process, SQLite: CPU of the whole command minus its fixed start-up (model load), measured on one article. */
async function sqliteRun(dir: string, input: string, count: number): Promise<Row> {
  const one = join(dir, 'one.jsonl');
  writeFileSync(one, readFileSync(input, 'utf8').split('\n')[0] + '\n');
  const startup = await cli(['ingest', one, '--db', join(dir, 'startup.db')], dir);
  const full = await cli(['ingest', input, '--db', join(dir, 'single.db')], dir);
  const cpu = Math.max(0, full.cpuSeconds - startup.cpuSeconds);
  console.log(`  sqlite: start-up (1-article ingest) ${startup.cpuSeconds.toFixed(1)} CPU s, subtracted from the full run's ${full.cpuSeconds.toFixed(1)}`);
  return { setup: 'SQLite, one process', seconds: full.seconds, rate: count / full.seconds, cpuPerArticle: cpu / count };
}

async function queueRun(server: TempPostgres, dir: string, inputs: readonly string[], count: number, workers: number, kind = ''): Promise<Row> {
  const url = await server.createDatabase(`scale_${workers}${kind ? `_${kind.toLowerCase()}` : ''}`);
  // Migrations and the queue exist before the clock starts (a deployment has them).
  const warm = await cli(['ingest', join(REPO_ROOT, 'samples', '000_e517b0fe5d6f7777.txt'), '--db', url, '--published', '2022-01-10'], dir);
  if (warm.code !== 0) throw new Error(`scale: warm-up ingest failed: ${warm.output}`);
  const procs = Array.from({ length: workers }, () => startWorker(url));
  try {
    // The warm-up article plus "ready": every worker has loaded its model and polls the queue.
    await Promise.all(procs.map((p) => p.ready));
    await waitFor(async () => (await sql<{ n: number }>(url, 'SELECT count(*)::int AS n FROM ingest_batches WHERE clustered_at IS NULL'))[0]?.n === 0);
    const before = procs.map((p) => procCpu(p.child.pid!));
    const pgBefore = postgresCpu(server);
    const ingest = await cli(['ingest', ...inputs, '--db', url, '--wait'], dir);
    if (ingest.code !== 0) throw new Error(`scale: ingest --wait failed: ${ingest.output}`);
    const workCpu = procs.reduce((sum, p, i) => sum + procCpu(p.child.pid!) - (before[i] ?? 0), 0);
    const pgCpu = postgresCpu(server) - pgBefore;
    const p95 = async (queue: string) =>
      (
        await sql<{ p95: number | null }>(
          url,
          `SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on)) * 1000 AS p95
           FROM pgboss.job WHERE name = '${queue}' AND state = 'completed' AND created_on > now() - interval '1 hour' AND data->>'batch' <> (SELECT id FROM ingest_batches ORDER BY created_at LIMIT 1)`,
        )
      )[0]?.p95;
    const jobP95 = await p95(ARTICLE_QUEUE);
    const fetchP95 = await p95(FETCH_QUEUE);
    const [step] = await sql<{ ms: number }>(
      url,
      `SELECT extract(epoch FROM (b.clustered_at::timestamptz - max(i.done_at::timestamptz))) * 1000 AS ms
       FROM ingest_batches b JOIN ingest_items i ON i.batch_id = b.id GROUP BY b.id, b.clustered_at ORDER BY b.created_at DESC LIMIT 1`,
    );
    return {
      setup: `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}${kind ? `, ${kind}` : ''}`,
      seconds: ingest.seconds,
      rate: count / ingest.seconds,
      cpuPerArticle: workCpu / count,
      enqueueCpu: ingest.cpuSeconds,
      postgresCpuPerArticle: pgCpu / count,
      ...(jobP95 != null ? { p95JobMs: Number(jobP95) } : {}),
      ...(fetchP95 != null ? { p95FetchJobMs: Number(fetchP95) } : {}),
      ...(step?.ms !== undefined ? { clusterStepMs: Number(step.ms) } : {}),
    };
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(
      procs.map(async (p) => {
        const timer = setTimeout(() => {
          console.log(`  scale: a worker did not stop within 45 s of SIGTERM; killed. Its last lines:\n${p.log().slice(-1500)}`);
          p.child.kill('SIGKILL');
        }, 45_000);
        await p.exited;
        clearTimeout(timer);
      }),
    );
  }
}

/**
 * The articles as HTML pages on 127.0.0.2-41 (loopback, no network): forty hosts, so the fetchers' one-request-per-
 * second-per-host courtesy spreads as it does over many outlets instead of queueing every page behind one host.
 */
async function servePages(articles: readonly RawArticle[]): Promise<{ urls: string[]; close(): void }> {
  const HOSTS = 40;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const byPath = new Map(
    articles.map((a) => [
      `/${encodeURIComponent(a.id)}.html`,
      `<!doctype html><html><head><title>${esc(a.title ?? a.id)}</title>${a.published ? `<meta property="article:published_time" content="${a.published}">` : ''}</head>` +
        `<body><article><h1>${esc(a.title ?? a.id)}</h1>${(a.text ?? '').split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('')}</article></body></html>`,
    ]),
  );
  const servers: Server[] = [];
  const urls: string[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const host = `127.0.0.${h + 2}`;
    const server = createServer((req, res) => {
      const page = byPath.get((req.url ?? '/').split('?')[0] ?? '/');
      if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
    servers.push(server);
  }
  [...byPath.keys()].forEach((path, i) => {
    const server = servers[i % HOSTS]!;
    const { address, port } = server.address() as AddressInfo;
    urls.push(`http://${address}:${port}${path}`);
  });
  return { urls, close: () => servers.forEach((s) => s.close()) };
}

interface CliRun {
  readonly code: number | null;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly output: string;
}

function cli(args: readonly string[], dir: string): Promise<CliRun> {
  const usage = join(dir, `usage-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', USAGE_HOOK, BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, CC_USAGE_FILE: usage }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = existsSync(usage) ? (JSON.parse(readFileSync(usage, 'utf8')) as { cpuSeconds: number }).cpuSeconds : NaN;
      resolve({ code, seconds, cpuSeconds, output });
    });
  });
}

function startWorker(url: string): { child: ChildProcess; ready: Promise<void>; exited: Promise<void>; log: () => string } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('worker: ready')) resolve();
    });
    child.on('exit', () => reject(new Error(`scale: worker exited before ready: ${log}`)));
  });
  ready.catch(() => {});
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, ready, exited, log: () => log };
}

/** CPU seconds a live process has used (user + system), from /proc. */
function procCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12; cutime/cstime at 13, 14.
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICK;
}

/** The PostgreSQL server's CPU: the postmaster (with its exited children) plus every live backend. */
function postgresCpu(server: TempPostgres): number {
  const postmaster = Number(readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = procCpu(postmaster);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      if (Number(stat[1]) === postmaster) total += procCpu(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('scale: timed out waiting for the warm-up batch');
}

function fmt(v: number | undefined, digits: number): string {
  return v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits);
}

function cpus(): number {
  return readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
