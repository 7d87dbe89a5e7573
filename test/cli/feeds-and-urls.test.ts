// What a feed reader's user (Miniflux, FreshRSS) tries first, through the real CLI against pages and a feed served on
// 127.0.0.1: a feed's address to watch, analyze on URLs, and a feed's address where a page's is expected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runAsync, serveLocally, type LocalServer } from '../helpers/local-http.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const PAGE = readFileSync(fileURLToPath(new URL('../extract/fixtures/news-full.html', import.meta.url)));
// A hang guard, not a timing.
const HANG_GUARD_MS = 120_000;

let server: LocalServer | undefined;
let base = '';

before(async () => {
  server = await serveLocally((req, res) => {
    if (req.url === '/news.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/feed.xml') {
      // text/xml, as python's http.server and many CMSs send it: the body, not only the type, tells it is a feed.
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Local Wire</title><link>${base}/</link><item><title>Talks</title><link>${base}/news.html</link><guid>n1</guid></item></channel></rss>\n`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = server.base;
});
after(() => server?.close());

const run = (args: readonly string[]) => runAsync(process.execPath, [BIN, ...args], HANG_GUARD_MS);

function storedTitles(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT title FROM articles ORDER BY title').pluck().all() as string[];
  } finally {
    conn.close();
  }
}

test('watch --feeds takes a feed URL as well as a file of them (a URL was read as a file name: "no such file")', async () => {
  const db = join(tempDir('cc-urls-watch-'), 'w.db');
  const r = await run(['watch', '--feeds', `${base}/feed.xml`, '--once', '--allow-private', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /1 new entry, 1 article stored/);
  // The entry's title as the feed gives it.
  assert.deepEqual(storedTitles(db), ['Talks']);
});

test('analyze reads http(s) URLs as ingest does (it said "no such file or directory"), refusing loopback unless --allow-private', async () => {
  const url = `${base}/news.html`;
  const refused = await run(['analyze', url, '--jobs', '1']);
  assert.equal(refused.code, 1, 'nothing to analyze');
  assert.match(refused.stderr, /fetch: .*news\.html: refused: 127\.0\.0\.1 is a private, loopback or link-local address \(use --allow-private\)/);
  assert.doesNotMatch(refused.stderr, /no such file/);
  const r = await run(['analyze', url, '--allow-private', '--jobs', '1']);
  assert.equal(r.code, 0, r.stderr);
  const brief = JSON.parse(r.stdout) as { articles: { title: string; url?: string }[] };
  assert.deepEqual(brief.articles.map((a) => [a.title, a.url]), [['Talks in Geneva end without a deal', url]]);
  const cluster = await run(['cluster', url, '--allow-private']);
  assert.equal(cluster.code, 0, cluster.stderr);
  assert.match(cluster.stdout, /1 article, 1 independent source/);
});

test('a feed’s URL where a page’s is expected is refused, naming the command that reads feeds (it was stored as an article of titles and links)', async () => {
  const feed = `${base}/feed.xml`;
  const hint = `a feed (RSS), not an article page: \`crosscheck watch --feeds ${feed} --allow-private --once\``;
  const db = join(tempDir('cc-urls-ingest-'), 'i.db');
  const ingest = await run(['ingest', feed, '--allow-private', '--db', db]);
  assert.equal(ingest.code, 1, ingest.stderr);
  // The hint's watch stores into the database ingest was given, and may reach the same address.
  assert.ok(ingest.stderr.includes(`\`crosscheck watch --feeds ${feed} --db ${db} --allow-private --once\``), ingest.stderr);
  // Nothing read, so nothing stored and no database made.
  assert.equal(existsSync(db), false);
  const analyze = await run(['analyze', feed, `${base}/news.html`, '--allow-private', '--jobs', '1']);
  assert.equal(analyze.code, 3, 'the page is analyzed, the feed is the input that failed');
  assert.ok(analyze.stderr.includes(hint), analyze.stderr);
  const extract = await run(['extract', feed, '--allow-private', '--format', 'jsonl']);
  assert.equal(extract.code, 1);
  assert.ok((JSON.parse(extract.stdout) as { error: string }).error.includes(hint), extract.stdout);
});

test('negative: a page is never taken for a feed', async () => {
  const r = await run(['extract', `${base}/news.html`, '--allow-private', '--format', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { error: string | null }).error, null);
});

test('worker without a PostgreSQL URL says none was given (it said got "./crosscheck.db") and that SQLite needs no worker', async () => {
  const r = await run(['worker']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /worker: needs a postgres:\/\/ URL, the queue lives in PostgreSQL; no --db given \(nor CROSSCHECK_DB\)\. With SQLite, ingest and watch analyze in their own process: no worker is needed/);
  assert.doesNotMatch(r.stderr, /crosscheck\.db/);
});
