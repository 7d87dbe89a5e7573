// Bad input never crashes or hangs: each case gives an empty (or partial) result plus a diagnostic naming the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/index.ts';
import { formatDiagnostic } from '../../src/model/diagnostic.ts';

const ARTICLE = '<p>The council voted on Tuesday to approve the new budget, which raises spending on schools by a tenth.</p>';

function errorOf(a: ReturnType<typeof extractHtml>): string {
  const d = a.diagnostics.find((x) => x.severity === 'error');
  return d ? formatDiagnostic(d) : '';
}

test('PDF bytes named .html are refused with a clear diagnostic', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj');
  const a = extractHtml({ html: bytes, source: 'page.html', id: 'page' });
  assert.equal(errorOf(a), 'extract: page.html: not HTML (starts with %PDF)');
  assert.deepEqual(a.blocks, []);
});

test('PNG and arbitrary binary are refused', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.match(errorOf(extractHtml({ html: png, source: 'img.html', id: 'img' })), /img\.html: not HTML \(starts with PNG image\)/);
  const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  assert.match(errorOf(extractHtml({ html: noise, source: 'noise.html', id: 'n' })), /noise\.html: not HTML/);
});

test('empty input and whitespace-only input', () => {
  assert.equal(errorOf(extractHtml({ html: '', source: 'empty.html', id: 'e' })), 'extract: empty.html: empty input');
  assert.equal(errorOf(extractHtml({ html: new Uint8Array(0), source: 'empty.html', id: 'e' })), 'extract: empty.html: empty input');
  const ws = extractHtml({ html: '   \n\t ', source: 'ws.html', id: 'w' });
  assert.deepEqual(ws.blocks, []);
  assert.match(errorOf(ws), /ws\.html: not HTML/);
});

test('50 MB input hits the size cap quickly; the cap is configurable', () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const a = extractHtml({ html: big, source: 'big.html', id: 'big' });
  assert.match(errorOf(a), /big\.html: input too large \(50\.0 MB > 20\.0 MB cap\)/);
  const small = extractHtml({ html: `<html><body>${ARTICLE}</body></html>`, source: 's.html', id: 's' }, { maxBytes: 10 });
  assert.match(errorOf(small), /too large/);
});

test('5 MB of real markup (under the cap) is processed, removed list capped', () => {
  const unit = `<div class="c">${ARTICLE}<a href="/x">link</a></div>\n`;
  const html = `<html><body>${unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length))}</body></html>`;
  const a = extractHtml({ html, source: 'huge.html', id: 'huge' }, { maxRemoved: 10 });
  assert.ok(a.blocks.length > 0);
  assert.ok(a.removed.length <= 10);
});

test('100k nested divs: no recursion-depth failure', () => {
  const depth = 100_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}</body></html>`;
  const a = extractHtml({ html, source: 'deep.html', id: 'deep' });
  assert.deepEqual(a.blocks, ['The council voted on Tuesday to approve the new budget, which raises spending on schools by a tenth.']);
  assert.ok(a.diagnostics.some((d) => d.rule === 'extract/too-deep' && d.item === 'deep.html'));
  const unclosed = extractHtml({ html: `<html><body>${'<div><span>'.repeat(depth)}${ARTICLE}`, source: 'unclosed.html', id: 'u' });
  assert.equal(unclosed.blocks.length, 1);
});

test('invalid UTF-8 is decoded with replacement characters, not a crash', () => {
  const head = new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body>${ARTICLE.replace('</p>', '')}`);
  const bytes = new Uint8Array([...head, 0xc3, 0x28, 0xa0, 0xa1, 0xff, ...new TextEncoder().encode(' end.</p></body></html>')]);
  const a = extractHtml({ html: bytes, source: 'bad-utf8.html', id: 'b' });
  assert.equal(a.blocks.length, 1);
  assert.ok(a.blocks[0]?.includes('\uFFFD'));
});

test('undeclared non-UTF-8 bytes fall back to windows-1252', () => {
  const latin = new Uint8Array([...new TextEncoder().encode('<html><body><p>Caf'), 0xe9, ...new TextEncoder().encode(' de la gare, ouvert depuis 1982, ferme ses portes '), 0x96, ...new TextEncoder().encode(' triste nouvelle.</p></body></html>')]);
  const a = extractHtml({ html: latin, source: 'latin.html', id: 'l' });
  assert.equal(a.blocks[0], 'Café de la gare, ouvert depuis 1982, ferme ses portes – triste nouvelle.');
});

test('UTF-16 with BOM (LE and BE) decodes', () => {
  const html = `<html><body>${ARTICLE.replace('budget', 'budget — “über”')}</body></html>`;
  const le = new Uint8Array(2 + html.length * 2);
  const be = new Uint8Array(2 + html.length * 2);
  le.set([0xff, 0xfe]);
  be.set([0xfe, 0xff]);
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    le[2 + 2 * i] = c & 0xff;
    le[3 + 2 * i] = c >> 8;
    be[2 + 2 * i] = c >> 8;
    be[3 + 2 * i] = c & 0xff;
  }
  for (const bytes of [le, be]) {
    const a = extractHtml({ html: bytes, source: 'utf16.html', id: 'u' });
    assert.equal(a.blocks.length, 1, JSON.stringify(a.diagnostics));
    assert.ok(a.blocks[0]?.includes('budget — “über”'));
  }
});

test('Content-Type header charset is honoured', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('<html><body><p>Na'), 0xef, ...new TextEncoder().encode('ve visitors arrived early and stayed until the very end of the show.</p></body></html>')]);
  const a = extractHtml({ html: bytes, source: 'ct.html', id: 'c', contentType: 'text/html; charset=ISO-8859-1' });
  assert.equal(a.blocks[0], 'Naïve visitors arrived early and stayed until the very end of the show.');
});

test('malformed markup and text without an article give diagnostics, not throws', () => {
  for (const html of ['<<<>>><div', '<html><body><nav><a href="/">Home</a></nav></body></html>', '<p>short</p>', '<!-- only a comment -->']) {
    const a = extractHtml({ html, source: 'x.html', id: 'x' });
    assert.ok(Array.isArray(a.blocks));
  }
  const nav = extractHtml({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>', source: 'nav.html', id: 'n' });
  assert.equal(errorOf(nav), 'extract: nav.html: no article text found');
});

test('API misuse is a TypeError', () => {
  assert.throws(() => extractHtml({ html: 42 as unknown as string, source: 's', id: 'i' }), TypeError);
  assert.throws(() => extractHtml(null as unknown as Parameters<typeof extractHtml>[0]), TypeError);
});
