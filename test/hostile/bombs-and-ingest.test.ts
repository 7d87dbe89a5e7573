import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { Fetcher } from '../../src/service/fetch.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
// A hang guard for a child process on a shared machine, not a speed check.
const HANG_GUARD_MS = 300_000;

// 64 MB of zeros gzip to about 64 KB: a small download that would inflate far past any body limit.
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

test('a gzip bomb over HTTP stops at the body limit with a clear error', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(BOMB);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  try {
    const fetcher = new Fetcher({ allowPrivate: true, retries: 0, politenessMs: 0, maxBytes: 10 * 1024 * 1024 });
    await assert.rejects(fetcher.fetch(`http://127.0.0.1:${port}/page.html`), /too large/);
  } finally {
    server.close();
  }
});

test('a gzip bomb saved as .html.gz gives extract a named error, not an out-of-memory crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bomb-'));
  try {
    writeFileSync(join(dir, 'bomb.html.gz'), BOMB);
    writeFileSync(join(dir, 'good.html'), '<html><head><title>Fine</title></head><body><article><p>' + 'A real paragraph of news text. '.repeat(20) + '</p></article></body></html>');
    const r = spawnSync(process.execPath, [BIN, 'extract', join(dir, 'bomb.html.gz'), join(dir, 'good.html'), '--format', 'jsonl'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
    assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'stack trace on stderr');
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string });
    assert.equal(records.length, 2);
    // Stopped while inflating (at the extractor's byte cap), before the whole bomb is in memory.
    assert.match(r.stderr, /bomb\.html\.gz: cannot read \(Cannot create a Buffer larger than \d+ bytes\)/);
    assert.match(records[1]?.text ?? '', /real paragraph/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: bad items are named and skipped, good ones are stored, the run goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ingest-bad-'));
  try {
    const body = 'Officials met in Geneva on Monday for talks about arms control that lasted most of the day.';
    writeFileSync(join(dir, 'good-1.txt'), `Talks in Geneva\n\n${body} ${body}`);
    writeFileSync(join(dir, 'good-2.json'), JSON.stringify({ id: 'good-2', title: 'Geneva talks', text: `${body} More followed.` }));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'fake.html'), Buffer.from('%PDF-1.7\n binary'));
    writeFileSync(join(dir, 'broken.json'), '{"id": ');
    writeFileSync(join(dir, 'types.json'), '{"id": "t", "text": ["not", "a", "string"]}');
    writeFileSync(join(dir, 'lines.jsonl'), 'nope\n{"id":"l2","title":"x"}\n');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Zürich talks\n\n${body} Zürich.`, 'utf16le')]));
    const db = join(dir, 'x.db');
    const r = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--published', '2022-01-10'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
    // 3: some inputs failed, the rest were stored (as analyze says it).
    assert.equal(r.status, 3, r.stderr);
    assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'stack trace on stderr');
    for (const name of ['empty.txt', 'fake.html', 'broken.json', 'types.json', 'lines.jsonl:1', 'lines.jsonl:2']) {
      assert.match(r.stderr, new RegExp(`load: \\S*${name.replace('.', '\\.')}: `), `no message naming ${name}`);
    }
    const ids = new Database(db, { readonly: true }).prepare('SELECT id FROM articles ORDER BY id').pluck().all();
    assert.deepEqual(ids, ['good-1', 'good-2', 'utf16']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
