// Pages given as URLs are fetched one a second per site before any analysis: 30 of them were half a minute of a
// silent terminal. Through the real CLI against pages served on 127.0.0.1 (never the network).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsync, serveLocally, type LocalServer } from '../helpers/local-http.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const PAGE = readFileSync(fileURLToPath(new URL('../extract/fixtures/news-full.html', import.meta.url)));
// A hang guard, not a timing.
const HANG_GUARD_MS = 120_000;
// util-linux's script(1) gives the CLI a terminal for stderr, where progress is shown; without it that test skips.
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

let server: LocalServer | undefined;
let base = '';

before(async () => {
  server = await serveLocally((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Local Wire</title><link>${base}/</link><item><title>Talks</title><link>${base}/a.html</link><guid>a</guid></item></channel></rss>\n`);
    } else if (req.url === '/a.html' || req.url === '/b.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = server.base;
});
after(() => server?.close());

const run = (file: string, args: readonly string[]) => runAsync(file, args, HANG_GUARD_MS);

test('ingest counts the pages it fetches before it analyzes them', async () => {
  const db = join(tempDir('cc-fetch-ingest-'), 'f.db');
  const r = await run(process.execPath, [BIN, 'ingest', `${base}/a.html`, `${base}/missing.html`, '--allow-private', '--db', db]);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /^ingest: fetched: 2\/2$/m);
  assert.ok(r.stderr.indexOf('ingest: fetched: 2/2') < r.stderr.indexOf('ingest: analyzed'), r.stderr);
});

test('analyze on a terminal shows pages being fetched, then says where --out wrote', { skip: HAS_SCRIPT ? false : 'script(1) not found' }, async () => {
  const out = join(tempDir('cc-fetch-analyze-'), 'brief.md');
  const command = [process.execPath, BIN, 'analyze', `${base}/a.html`, `${base}/b.html`, '--allow-private', '--out', out].map((a) => `'${a}'`).join(' ');
  // script -q -e -c: the command's exit status, its terminal output (stdout and stderr) on our stdout.
  const r = await run('script', ['-qec', command, '/dev/null']);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /analyze: fetching 2 pages \(0 done; one a second per site\)…/);
  assert.match(r.stdout, /analyze: fetching 2 pages \(2 done; one a second per site\)…/);
  assert.ok(r.stdout.includes(`analyze: 1 story written to ${out} (from 2 articles)`), r.stdout);
  assert.match(readFileSync(out, 'utf8'), /^# /);
});

test('analyze --out with stderr to a pipe: no progress, one line saying where the brief went (as export says)', async () => {
  const out = join(tempDir('cc-fetch-pipe-'), 'brief.md');
  const r = await run(process.execPath, [BIN, 'analyze', `${base}/a.html`, '--allow-private', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, `analyze: 1 story written to ${out} (from 1 article)\n`);
});

test('watch (not --once) says at the start how it ends and how to see the stories between its silent polls', async () => {
  const db = join(tempDir('cc-fetch-watch-'), 'w.db');
  const child = spawn(process.execPath, [BIN, 'watch', '--feeds', `${base}/feed.xml`, '--db', db, '--allow-private'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CROSSCHECK_DB: '' } });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  // Stopped with Ctrl-C's signal once the first poll is reported (the next one is 15 minutes away).
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`no poll reported: ${stderr}`)), HANG_GUARD_MS);
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (/articles? stored/.test(stderr)) {
        clearTimeout(guard);
        resolve();
      }
    });
  });
  child.kill('SIGINT');
  await exited;
  // Before: "watch: 1 feed into …/w.db, every 900 s" and then nothing for 15 minutes.
  assert.ok(stderr.includes(`every 900 s until Ctrl-C (\`crosscheck serve --db ${db}\` in another terminal shows the stories as they come)`), stderr);
});
