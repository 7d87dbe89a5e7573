// Regression tests: deep nesting stays linear; extract reads .txt through the shared loader (found by fuzzing).
// Found by test/hostile (extract-properties, cli-matrix).
//
// 1. Deep nesting is quadratic: extractHtml on N nested (or unclosed) <div>s takes ~1.5 s at 50k, ~17 s at 100k and
//    ~180 s at 200k levels (shared 2-core machine). A 20 MB page (the cap) can nest ~3M levels: effectively a hang.
//    Cause (CPU profile): htmlparser2 Parser keeps its open-element stack with Array#unshift/shift
//    (node_modules/htmlparser2/dist/commonjs/Parser.js emitOpenTag, onclosetag): O(depth) per tag → O(depth²).
//    Suggested fix in src/extract/parse-html.ts: bound the depth before parsing, e.g. count open-minus-close tags in a
//    cheap regex pass and, past ~10k levels, drop the start/end tags of non-content wrappers (div/span/section)
//    beyond that depth (their text stays), or refuse the page with an `extract/too-deep` diagnostic.
//    Command: node bin/crosscheck.js extract deep.html  (deep.html as generated below with N = 200_000).
//
// 2. `crosscheck extract file.txt` decodes .txt as UTF-8 only and never sniffs for binary (src/cli/commands/extract.ts,
//    extractOne: `new TextDecoder('utf-8').decode(loaded.bytes)`):
//    - UTF-16 LE/BE files with a BOM come out as "��Z � r i c h ..." (must be read correctly);
//    - windows-1252 curly quotes (0x93/0x94) become U+FFFD ("LYON � �We are ready,� ...");
//    - a PNG or PDF named .txt, random bytes and NUL-filled files are "extracted" as articles with no error.
//    `analyze` and `cluster` handle all of these (src/io/load-inputs.ts parseInput: sniffBinary + decodeText).
//    Suggested fix: for .txt inputs call parseInput(input, bytes) from src/io/load-inputs.ts (or its decodeText and
//    sniffBinary) and turn its diagnostics into the extract record's diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../../src/extract/index.ts';

const BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'bin', 'crosscheck.js');

test('200k nested divs: extract finishes within a generous hang guard (a child process, killed at 60 s)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-pending-extract-'));
  try {
    const body = 'Deep inside the page the article says the talks in Geneva lasted seven hours on Monday. '.repeat(3);
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(200_000)}<p>${body}</p>${'</div>'.repeat(200_000)}</body></html>`);
    const r = spawnSync(process.execPath, [BIN, 'extract', '--format', 'jsonl', join(dir, 'deep.html')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, 'extract hung on deep nesting');
    assert.match(r.stdout + r.stderr, /Deep inside the page|too deep/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract reads UTF-16 and windows-1252 .txt files and refuses binary ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-pending-extract-'));
  try {
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich summit\n\nZürich hosted delegates on Tuesday.\n', 'utf16le')]));
    writeFileSync(join(dir, 'cp.txt'), Buffer.from('Lyon\n\nLYON \x97 \x93We are ready,\x94 the minister said.\n', 'latin1'));
    writeFileSync(join(dir, 'png.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
    const r = spawnSync(process.execPath, [BIN, 'extract', '--format', 'jsonl', ...['le.txt', 'cp.txt', 'png.txt'].map((n) => join(dir, n))], { encoding: 'utf8', timeout: 60_000 });
    const recs = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string });
    assert.equal(recs[0]?.title, 'Zürich summit');
    assert.match(recs[1]?.text ?? '', /“We are ready,”/);
    assert.match(r.stderr, /png\.txt: .*(PNG|not text)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extractHtml stays linear in nesting depth: 100k levels parse like 10 × 10k (structure, no timing)', () => {
  // Kept for the owner as a reproduction; the property itself is exercised by the CLI test above.
  const page = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Text in Geneva on Monday about the talks.</p>${'</div>'.repeat(n)}</body></html>`;
  assert.ok(extractHtml({ html: page(100_000), source: 'deep.html', id: 'd' }).blocks.length > 0);
});
