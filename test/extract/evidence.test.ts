// The extractor's evidence rules on small pages built like the real ones that needed them: what a reader cannot see is
// never the article; a furniture class name does not outweigh paragraphs of prose; bytes outrank a stale meta charset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, extractHtml } from '../../src/extract/index.ts';

const P1 = 'The council voted on Tuesday to approve the new budget, which raises spending on schools by a tenth and trims roads.';
const P2 = 'Opponents said the plan leaves the city exposed if tax receipts fall, and promised to bring it back before the summer.';
const P3 = 'The mayor, who proposed the budget in March, called the vote a turning point for families with children in the city.';
const POPUP = 'Subscribe today and get unlimited access to every story, our daily newsletter, the archive, puzzles and the app.';

function text(html: string): string {
  return extractHtml({ html, source: 't.html', id: 't' }).blocks.join('\n');
}

test('a hidden pop-up is never the article, even when it holds more text than the body', () => {
  const popup = `<div role="dialog" aria-hidden="true">${`<p>${POPUP}</p>`.repeat(8)}</div>`;
  const out = text(`<html><body>${popup}<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.ok(out.includes(P1) && out.includes(P3), out);
  assert.ok(!out.includes('Subscribe today'), out);
});

test('display:none, visibility:hidden and the hidden attribute hide their text', () => {
  for (const attr of ['style="display: none"', 'style="visibility:hidden"', 'hidden']) {
    const out = text(`<html><body><article><div ${attr}><p>${P2}</p><p>${P3}</p></div><p>${P1}</p></article></body></html>`);
    assert.ok(out.includes(P1), `${attr}: ${out}`);
    assert.ok(!out.includes(P2) && !out.includes(P3), `${attr}: ${out}`);
  }
});

test('an article behind an open modal: the aria-hidden page under it does not count against the modal', () => {
  const page = `<div aria-hidden="true"><div class="stream">${`<p>${POPUP}</p>`.repeat(6)}</div></div>`;
  const modal = `<div class="render-target-modal"><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></div>`;
  const out = text(`<html><body>${page}${modal}</body></html>`);
  assert.ok(out.includes(P1) && out.includes(P3), out);
});

test('a collapsed Bootstrap panel is dropped; an open one (collapse show) is kept', () => {
  const page = (cls: string) =>
    `<html><body><article><p>${P1}</p><p>${P2}</p><div class="${cls}"><p>${POPUP}</p></div><p>${P3}</p></article></body></html>`;
  assert.ok(!text(page('collapse')).includes('Subscribe today'));
  assert.ok(text(page('collapse show')).includes('Subscribe today'));
});

test('byline, widget and hidden-xs class names do not remove paragraphs of prose', () => {
  for (const cls of ['entry author-sarah', 'elementor-widget elementor-widget-text-editor', 'hidden-xs']) {
    const out = text(`<html><body><div class="sidebar"><p>Most read</p></div><div class="${cls}"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`);
    assert.ok(out.includes(P1) && out.includes(P3), `${cls}: ${out}`);
  }
  // The same names on a short box still mark it as furniture.
  const out = text(`<html><body><article><p>${P1}</p><p>${P2}</p><div class="author-info"><p>Sarah writes about city budgets and transport for the paper.</p></div><p>${P3}</p></article></body></html>`);
  assert.ok(!out.includes('Sarah writes'), out);
});

test('UTF-8 bytes under a stale <meta charset="gb2312"> decode as UTF-8; real GBK bytes still decode as GBK', () => {
  const utf8 = new TextEncoder().encode('<meta charset="gb2312"><p>谷歌在2014年收购的人工智能公司</p>');
  const a = decodeBytes({ bytes: utf8 });
  assert.ok(a.ok && a.text.includes('谷歌在2014年') && a.rule === 'encoding/valid-utf8-over-meta');
  // "谷歌" in GBK: B9 C8 B8 E8 — not valid UTF-8.
  const gbk = new Uint8Array([...new TextEncoder().encode('<meta charset="gb2312"><p>'), 0xb9, 0xc8, 0xb8, 0xe8]);
  const b = decodeBytes({ bytes: gbk });
  assert.ok(b.ok && b.text.endsWith('谷歌') && b.rule === 'encoding/meta');
});

test('an introduction beside a "read more" half is kept: the winner climbs to the ancestor that outscores it', () => {
  const more = ['Opponents', 'Critics', 'Landlords', 'Teachers', 'Unions', 'Parents', 'Nurses', 'Bakers', 'Cyclists', 'Shopkeepers', 'Drivers']
    .map((who) => `<p>${P2.replace('Opponents', who)}</p>`).join('');
  const html = `<html><body><div id="story"><div class="story-body"><div class="story-intro"><p>${P1}</p></div>` +
    `<div id="read-more"><div id="read-more-content">${more}</div><div class="x"></div></div></div></div></body></html>`;
  const out = text(html);
  assert.ok(out.startsWith(P1), out);
  assert.ok(out.includes('Drivers said'), out);
});

test('a one-line box that wins on its name yields to the much fuller element around it', () => {
  const lead = '<p>A new <a href="/report">report</a> on the city budget came out on Monday.</p>';
  const body = lead + [P1, P2, P3, P1.replace('Tuesday', 'Monday'), P2.replace('Opponents', 'Critics')].map((p) => `<p>${p}</p>`).join('');
  const html = `<html><body><main><div id="storytext"><div id="js-storytop" class="storytop"><p>Updated 1:39 PM ET, Mon March 3, 2020, by staff</p></div>${body}</div></main></body></html>`;
  const out = text(html);
  assert.ok(out.startsWith('A new report') && out.includes('Critics said'), out);
});

test('a block that is only a date and time is a timestamp, a sentence with a date is not', () => {
  const html = (line: string) => `<html><body><article><p>${line}</p><p>${P1}</p><p>${P2}</p></article></body></html>`;
  assert.ok(!text(html('Nov. 20, 2019, 9:28 AM UTC')).includes('9:28'));
  assert.ok(!text(html('Tuesday, March 3, 2020')).includes('March 3'));
  assert.ok(text(html('On 20 November 2019 the council met again.')).includes('On 20 November 2019'));
});
