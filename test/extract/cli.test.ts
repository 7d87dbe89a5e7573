// The `crosscheck extract` edge: argument parsing, formats, order, diagnostics on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(HERE, '..', '..', 'bin', 'crosscheck.js');
const FIX = join(HERE, 'fixtures');

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test('extract --format jsonl: one object per input, in order, including .txt and a bad file', () => {
  const dir = tempDir('cc-extract-');
  const txt = join(dir, 'story.txt');
  writeFileSync(txt, 'Plain headline\n\nFirst paragraph.\n\nSecond paragraph.\n');
  const pdf = join(dir, 'page.html');
  writeFileSync(pdf, '%PDF-1.4 binary');
  const r = cli([join(FIX, 'dates.html'), txt, pdf, join(FIX, 'news-full.html'), '--format', 'jsonl']);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 4);
  assert.deepEqual(lines.map((l) => l['title']), ['Hafen erweitert Terminal', 'Plain headline', '', 'Talks in Geneva end without a deal']);
  assert.deepEqual(Object.keys(lines[0] ?? {}).slice(0, 8), ['file', 'title', 'byline', 'published', 'outlet', 'language', 'url', 'text']);
  assert.equal(lines[0]?.['published'], '2023-02-27');
  assert.deepEqual(lines[1]?.['paragraphs'], ['First paragraph.', 'Second paragraph.']);
  assert.match(r.stderr, /extract: .*page\.html: not HTML \(starts with %PDF\)/);
  assert.equal(r.status, 3, 'some inputs failed, the rest were written (it was 1, as when none could be read)');
});

test('extract --format json prints an array; unknown format is a usage error', () => {
  const ok = cli([join(FIX, 'related-inside.html')]);
  const arr = JSON.parse(ok.stdout) as { removed: { reason: string }[] }[];
  assert.equal(arr.length, 1);
  assert.ok(arr[0]?.removed.some((x) => x.reason === 'related-post teaser'));
  assert.equal(ok.status, 0);
  assert.equal(cli([join(FIX, 'dates.html'), '--format', 'xml']).status, 1);
});

test('extract refuses a URL on a loopback address unless --allow-private, as ingest and watch do', async () => {
  const { createServer } = await import('node:http');
  const { readFileSync } = await import('node:fs');
  const { execFile } = await import('node:child_process');
  const page = readFileSync(join(FIX, 'news-full.html'));
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/news.html`;
  // execFile, not spawnSync: the server answers on this process's event loop.
  const run = (args: string[]) =>
    new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
      execFile(process.execPath, [BIN, 'extract', ...args], (err, stdout, stderr) => resolve({ stdout, stderr, code: err ? Number(err.code ?? 1) : 0 }));
    });
  try {
    const refused = await run([url, '--format', 'jsonl']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /127\.0\.0\.1 is a private, loopback or link-local address \(use --allow-private\)/);
    assert.equal(requests, 0, 'no request reaches a refused address');
    const allowed = await run([url, '--format', 'jsonl', '--allow-private']);
    assert.equal(allowed.code, 0, allowed.stderr);
    const record = JSON.parse(allowed.stdout.trim()) as { title: string; url: string };
    assert.equal(record.title, 'Talks in Geneva end without a deal');
    assert.equal(requests, 1);
  } finally {
    server.close();
  }
});
