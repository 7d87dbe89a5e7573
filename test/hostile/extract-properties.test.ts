// extractHtml on hostile markup: never throws on content, names the source in every diagnostic, and keeps only text
// that is in the page (every kept block is made of the page's text nodes, in order, whitespace aside).
// Big inputs (100k-deep nesting, a 5 MB line) are generated here, never committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { extractHtml, extractPlainText } from '../../src/extract/index.ts';
import { stripNonContent } from '../../src/extract/parse-html.ts';
import { anyString, htmlish, htmlPage, newsText, runs } from './arbitraries.ts';

/** All text the page holds (text nodes, entities decoded, script/style included), whitespace removed. */
function pageText(html: string): string {
  const parts: string[] = [];
  const parser = new Parser({ ontext: (t) => parts.push(t) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return parts.join('').replace(/\s+/g, '');
}

/**
 * Skipped elements (<iframe>, <noscript>...) drop out of the middle of a paragraph, so a kept block is the page's text
 * in order with pieces left out: a subsequence, never a reordering or an invention.
 */
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

function checkExtract(html: string | Uint8Array, source: string): void {
  const out = extractHtml({ html, source, id: 'x' });
  assert.equal(out.id, 'x');
  assert.ok(Array.isArray(out.blocks) && Array.isArray(out.removed));
  for (const d of out.diagnostics) {
    assert.equal(d.item, source, 'diagnostic does not name the input');
    assert.equal(d.stage, 'extract');
  }
  if (typeof html === 'string' && !/ld\+json/i.test(html)) {
    // The extractor cuts <script>/<style>/comments with a regex before tokenizing (a script ends at its first
    // </script> even inside a broken attribute), so text is also accepted from that view of the page.
    const views = [pageText(html), pageText(stripNonContent(html).html)];
    for (const b of out.blocks) {
      assert.equal(typeof b, 'string');
      const squashed = b.replace(/\s+/g, '');
      assert.ok(views.some((v) => isSubsequence(squashed, v)), `kept block is not page text: ${JSON.stringify(b)}`);
    }
  }
}

test('extractHtml: arbitrary HTML-ish markup inside one element', () => {
  fc.assert(fc.property(htmlish, (html) => checkExtract(`<div>${html}</div>`, 'fuzz.html')), runs(250));
});

// A page whose only elements are skipped ones (<iframe>, <textarea>, <noscript>, <template>) used to throw in
// filter-blocks.ts (container 0 of an empty node list).
test('extractHtml: arbitrary bare HTML-ish fragments, including pages with no content element', () => {
  for (const html of ['<iframe></iframe>', '<textarea>x</textarea>', '<noscript></noscript>']) checkExtract(html, 'bare.html');
  fc.assert(fc.property(htmlish, (html) => checkExtract(html, 'fuzz.html')), runs(250));
});

test('extractHtml: page-shaped documents around arbitrary markup', () => {
  fc.assert(fc.property(htmlPage, (html) => checkExtract(html, 'page.html')), runs(200));
});

test('extractHtml: arbitrary strings and arbitrary bytes', () => {
  fc.assert(fc.property(anyString, (s) => checkExtract(s, 'str.html')), runs(200));
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('<p>', '<html><body><p>', '\xef\xbb\xbf<p>', ''), (bytes, head) => {
      const prefix = Uint8Array.from(head, (c) => c.charCodeAt(0));
      checkExtract(new Uint8Array([...prefix, ...bytes]), 'bytes.html');
    }),
    runs(200),
  );
});

// 20k levels is past any recursion limit (a recursive walk overflows the stack near 10k); the CLI matrix runs the
// full 100k. Deeper nesting is slow (htmlparser2's open-element stack is an array it unshifts): pending-extract.
test('extractHtml: 20k nested divs, 20k unclosed divs, 50k unclosed <p>, a deep inline chain and a 5 MB line keep the text', () => {
  const body = 'Deeply nested article text that is long enough to be kept as the body of this page. '.repeat(4);
  const cases: Record<string, string> = {
    'nested-divs': `<html><body>${'<div>'.repeat(20_000)}<p>${body}</p>${'</div>'.repeat(20_000)}</body></html>`,
    'unclosed-divs': `<html><body>${'<div class="a">'.repeat(20_000)}<p>${body}</p></body></html>`,
    'unclosed-p': `<html><body>${'<p>x'.repeat(50_000)}<p>${body}</body></html>`,
    'inline-chain': `<html><body><p>${'<b><i>'.repeat(10_000)}${body}</p></body></html>`,
    'long-line': `<html><body><p>${body}</p><p>${'word '.repeat(1_000_000)}</p></body></html>`,
  };
  for (const [name, html] of Object.entries(cases)) {
    const out = extractHtml({ html, source: name, id: name });
    assert.ok(out.blocks.some((b) => b.includes('Deeply nested article text')), `${name}: article text lost`);
  }
});

test('extractHtml: oversized input is refused with a diagnostic naming it', () => {
  const out = extractHtml({ html: '<p>' + 'x'.repeat(5000) + '</p>', source: 'big.html', id: 'big' }, { maxBytes: 1000 });
  assert.deepEqual(out.blocks, []);
  assert.equal(out.diagnostics[0]?.rule, 'extract/too-large');
  assert.equal(out.diagnostics[0]?.item, 'big.html');
});

test('extractPlainText: title and blocks come from the text', () => {
  fc.assert(
    fc.property(fc.oneof(newsText(), anyString), (text) => {
      const out = extractPlainText({ text, source: 't.txt', id: 't' });
      const squashed = text.replace(/\s+/g, '');
      for (const b of [out.title, ...out.blocks]) assert.ok(squashed.includes(b.replace(/\s+/g, '')), JSON.stringify(b));
    }),
    runs(200),
  );
});
