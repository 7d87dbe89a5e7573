// Loader cases beyond test/io/load-inputs.test.ts: random bytes with few NULs, BOM-only and UTF-16 BE files, and a
// property that parseInput never throws and names the file in every diagnostic, whatever the bytes and extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseInput } from '../../src/io/load-inputs.ts';
import { sniffBinary } from '../../src/io/sniff-binary.ts';
import { runs } from './arbitraries.ts';

test('random bytes with fewer than 1 % NULs are refused as binary, not read as windows-1252 mojibake', () => {
  // A linear congruential sequence: uniform bytes, 16 NULs in 4096 (0.4 %), like compressed or encrypted data.
  const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256);
  const r = parseInput('data.txt', bytes);
  assert.equal(r.articles.length, 0);
  assert.match(r.diagnostics[0]?.reason ?? '', /not text: contains control bytes/);
  assert.equal(r.diagnostics[0]?.item, 'data.txt');
});

test('text with tabs, form feeds, CRLF and an ANSI colour code is still text', () => {
  const s = 'Headline\r\n\r\n\tBody\fwith a \x1b[1mbold\x1b[0m word.\r\n';
  assert.equal(sniffBinary(new TextEncoder().encode(s.repeat(50))), undefined);
  const cp1252 = Uint8Array.from('Caf\xe9 \x93quoted\x94 \x96 dash, \x80 euro.\n'.repeat(40), (c) => c.charCodeAt(0));
  assert.equal(sniffBinary(cp1252), undefined);
});

test('UTF-16 BE with BOM is read; a file holding only a BOM is empty', () => {
  const le = Buffer.from('Kraków\n\nŁódź news.', 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
  const r = parseInput('be.txt', new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
  assert.equal(r.articles[0]?.text, 'Kraków\n\nŁódź news.');
  for (const bom of [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]) {
    const empty = parseInput('bom.txt', Uint8Array.from(bom));
    assert.equal(empty.articles.length, 0);
    assert.match(empty.diagnostics[0]?.reason ?? '', /empty/);
  }
});

test('parseInput: never throws; diagnostics name the file; articles have text or html', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)), fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v) ?? ''))),
      fc.constantFrom('a.txt', 'a.html', 'a.json', 'a.jsonl', 'a.md', 'a.ndjson', 'a.htm', '-'),
      (bytes, file) => {
        const r = parseInput(file, bytes);
        for (const d of r.diagnostics) {
          assert.equal(d.stage, 'load');
          assert.ok(d.item.startsWith(file), `diagnostic names ${d.item}, not ${file}`);
          assert.ok(d.reason.length > 0);
        }
        for (const a of r.articles) {
          assert.ok(a.id.length > 0, 'empty id');
          assert.ok((a.format === 'text' && typeof a.text === 'string') || (a.format === 'html' && a.html !== undefined), `bad article ${JSON.stringify(a).slice(0, 200)}`);
        }
      },
    ),
    runs(300),
  );
});
