import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../scripts/lib/data.ts';
import type { Store } from '../../src/store/store.ts';

const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
const BASIL = join(process.env['CROSSCHECK_DATA'] ?? join(REPO_ROOT, '..', 'shared', 'data'), 'basil-dev', 'articles');

export interface Inputs {
  /** CLI arguments naming the inputs. */
  readonly args: readonly string[];
  readonly count: number;
  readonly note: string;
}

/**
 * The bundled samples plus, when ../shared is there, the first `events` basil-dev events (three outlets each) as a
 * JSONL file written into `dir` (a temporary directory: evaluation data is read, never copied into the project).
 */
export function testInputs(dir: string, events: number): Inputs {
  if (!existsSync(BASIL)) return { args: [join(REPO_ROOT, 'samples')], count: 5, note: `basil-dev not found at ${BASIL}: samples only` };
  const files = readdirSync(BASIL).filter((f) => f.endsWith('.json')).sort().slice(0, events * 3);
  const lines = files.map((f) => {
    const rec = JSON.parse(readFileSync(join(BASIL, f), 'utf8')) as { title?: string; date?: string; source?: string; 'body-paragraphs'?: string[][] };
    const text = (rec['body-paragraphs'] ?? []).map((p) => p.join(' ')).join('\n\n');
    return JSON.stringify({ id: f.replace(/\.json$/, ''), title: rec.title, text, published: rec.date, outlet: rec.source });
  });
  const file = join(dir, `basil-${events}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return { args: [join(REPO_ROOT, 'samples'), file], count: 5 + files.length, note: `samples + ${files.length} basil-dev articles` };
}

export interface Proc {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** `crosscheck ARGS` as a child process, its stderr collected. */
export function crosscheck(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** The exit code, or a failure carrying the process's output when it has not exited within `ms`. */
export async function exitCode(proc: Proc, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit within ${ms} ms; output so far:\n${proc.output()}`)), ms);
  });
  try {
    return await Promise.race([proc.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function startWorkers(url: string, n: number): Proc[] {
  return Array.from({ length: n }, () => crosscheck(['worker', '--db', url]));
}

/** SIGTERM (workers finish the job in hand), SIGKILL if one has not exited after 20 s. */
export async function stopWorkers(workers: readonly Proc[]): Promise<void> {
  await Promise.all(
    workers.map(async (w) => {
      if (w.child.exitCode !== null || w.child.signalCode !== null) return;
      w.child.kill('SIGTERM');
      const timer = setTimeout(() => w.child.kill('SIGKILL'), 20_000);
      await w.exited;
      clearTimeout(timer);
    }),
  );
}

/**
 * The CLI processes a test file starts, kept so that after() stops every one of them, also when a test failed or
 * timed out waiting for it: a leftover `ingest --wait` would otherwise keep the test run alive for ever.
 */
export function tracked(): { cli(args: readonly string[]): Proc; workers(url: string, n: number): Proc[]; stopAll(): Promise<void> } {
  const running: Proc[] = [];
  return {
    cli(args) {
      const proc = crosscheck(args);
      running.push(proc);
      return proc;
    },
    workers(url, n) {
      const started = startWorkers(url, n);
      running.push(...started);
      return started;
    },
    stopAll: () => stopWorkers(running),
  };
}

/** Every story's article ids (sorted), the stories sorted: a partition to compare across runs and backends. */
export async function storyPartition(store: Store): Promise<string[][]> {
  const out: string[][] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listStories({ limit: 100, offset });
    for (const s of page.items) out.push([...(await store.storyArticleIds(s.id))].sort());
    if (offset + 100 >= page.total) break;
  }
  return out.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** One SQL query on the database (test assertions on queue state). */
export async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Polls `check` every 100 ms until it returns a value, or fails after `ms` naming what it waited for. */
export async function until<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch {
      // the database may be restarting
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface TestPage {
  /** Path on the test server, `/a/<id>.html`. */
  readonly path: string;
  readonly html: string;
}

/**
 * News pages for the fetching workers: the first `events` basil-dev events (three outlets each) as HTML pages with
 * their outlet, date and one line of outlet furniture (a newsletter pitch, as real pages carry), so that the batch's
 * furniture learning has something to learn; the bundled samples when ../shared is absent.
 */
export function testPages(events: number): { pages: TestPage[]; note: string } {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const html = (p: { title: string; paragraphs: readonly string[]; date?: string; outlet: string }) =>
    `<!doctype html><html><head><title>${esc(p.title)}</title><meta property="og:site_name" content="${esc(p.outlet)}">` +
    (p.date ? `<meta property="article:published_time" content="${esc(p.date)}">` : '') +
    `</head><body><article><h1>${esc(p.title)}</h1>${p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('')}` +
    `<p>Get the ${esc(p.outlet)} newsletter: the day's top stories, every morning in your inbox.</p></article></body></html>`;
  if (!existsSync(BASIL)) {
    const dir = join(REPO_ROOT, 'samples');
    const pages = readdirSync(dir).sort().map((f) => {
      const [title = '', ...rest] = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/);
      return { path: `/a/${f.replace(/\.txt$/, '')}.html`, html: html({ title: title.trim(), paragraphs: rest.map((p) => p.trim()), outlet: 'Sample News' }) };
    });
    return { pages, note: `basil-dev not found at ${BASIL}: the samples as pages` };
  }
  const files = readdirSync(BASIL).filter((f) => f.endsWith('.json')).sort().slice(0, events * 3);
  const pages = files.map((f) => {
    const rec = JSON.parse(readFileSync(join(BASIL, f), 'utf8')) as { title?: string; date?: string; source?: string; 'body-paragraphs'?: string[][] };
    const paragraphs = (rec['body-paragraphs'] ?? []).map((p) => p.join(' '));
    return { path: `/a/${f.replace(/\.json$/, '')}.html`, html: html({ title: rec.title ?? '', paragraphs, ...(rec.date ? { date: rec.date } : {}), outlet: rec.source ?? 'unknown' }) };
  });
  return { pages, note: `${pages.length} basil-dev articles as pages` };
}
