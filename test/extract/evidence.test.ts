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
  const html = `<html><body><div id="story"><div class="story-body"><div class="story-intro"><p>${P1}</p><p>${P3}</p><p>${P3.replace('mayor', 'treasurer')}</p></div>` +
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

const NAV = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>';

function extract(html: string) {
  return extractHtml({ html, source: 'd.html', id: 'd' });
}

test('the body only in JSON-LD articleBody is used, with a diagnostic saying so', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget passes', articleBody: `${P1}\n${P2}\n${P3}` });
  const a = extract(`<html><head><script type="application/ld+json">${ld}</script></head><body>${NAV}<div id="app"><p>Loading…</p></div></body></html>`);
  assert.deepEqual(a.blocks, [P1, P2, P3]);
  assert.ok(a.diagnostics.some((d) => d.rule === 'extract/json-ld-article-body'), JSON.stringify(a.diagnostics));
});

test('a shorter (teaser) articleBody does not replace the visible article', () => {
  const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P1} ${P2}`.slice(0, 150) });
  const a = extract(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.deepEqual(a.blocks, [P1, P2, P3]);
  assert.ok(!a.diagnostics.some((d) => d.rule === 'extract/json-ld-article-body'));
});

test('the body only in <noscript> or a text/template script is read', () => {
  const inner = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
  for (const wrap of [`<noscript>${inner}</noscript>`, `<script type="text/template" id="tpl">${inner}</script>`]) {
    const a = extract(`<html><body>${NAV}<div id="root"></div>${wrap}</body></html>`);
    assert.deepEqual(a.blocks, [P1, P2, P3], wrap.slice(0, 30));
    assert.ok(a.diagnostics.some((d) => d.rule === 'extract/declared-markup'));
  }
});

test('a <noscript> notice on a page that shows its article changes nothing', () => {
  const a = extract(`<html><body><noscript><p>Please enable JavaScript to view the comments powered by our partner.</p></noscript><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.deepEqual(a.blocks, [P1, P2, P3]);
});

test('a page whose only text is headings, or one link, still yields that text', () => {
  assert.deepEqual(extract('<html><body><article><h2>Test Case 1</h2><img alt=""><h2>Test Case 2</h2></article></body></html>').blocks, ['Test Case 1', 'Test Case 2']);
  assert.deepEqual(extract('<html><body><a href="#"><p>abc</p><p>def</p>ghi</a></body></html>').blocks, ['abc', 'def', 'ghi']);
});

test('a link-free list of short items inside the article (ingredients, tools) is kept; a strip of links is not', () => {
  const items = ['Cloche', 'Planter saucer', 'Floral foam oasis', 'Ruler', 'Spoon', 'Moss', 'Small plants'];
  const list = (linked: boolean) => `<div class="content"><p>What you will need:</p><ul>${items.map((t) => `<li>${linked ? `<a href="/${t}">${t}</a>` : t}</li>`).join('')}</ul></div>`;
  const page = (linked: boolean) => `<html><body><article><p>${P1}</p><p>${P2}</p>${list(linked)}<p>${P3}</p></article></body></html>`;
  assert.ok(text(page(false)).includes('Floral foam oasis'), text(page(false)));
  assert.ok(!text(page(true)).includes('Floral foam oasis'), text(page(true)));
});

test('an article section holding a sign-up form keeps its paragraphs; the form and a bare pitch box go', () => {
  const form = '<form><input type="email"><input type="submit"><input type="checkbox"></form>';
  const section = `<section class="s-section"><p>${P2}</p>${form}<p>${P3}</p><p>${P1.replace('Tuesday', 'Friday')}</p><p>${P2.replace('Opponents', 'Critics')}</p><p>${P3.replace('mayor', 'treasurer')}</p><p>${P2.replace('Opponents', 'Landlords')}</p></section>`;
  const pitch = `<div class="box"><p>Let our news meet your inbox, every weekday morning.</p>${form}</div>`;
  const before = ['Monday', 'Wednesday', 'Thursday', 'Saturday', 'Sunday', 'midday', 'the night'].map((d) => `<p>${P1.replace('Tuesday', d)}</p>`).join('');
  const out = text(`<html><body><article>${before}${section}${pitch}</article></body></html>`);
  assert.ok(out.includes('Critics said') && out.includes(P3), out);
  assert.ok(!out.includes('meet your inbox'), out);
});

test('an inline dateline or glossary pop-up stays in its sentence; an inline caption span is still split off', () => {
  const lead = '<p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people.</p>';
  const popup = '<p>He said <a href="javascript:void(0)" class="popup">"I would prefer not to."</a> and went back to his desk by the window.</p>';
  const out = text(`<html><body><article>${lead}${popup}<p>${P1}<span class="caption">Photo: City Hall</span></p><p>${P2}</p></article></body></html>`);
  assert.ok(out.includes('CAIRO — Gunmen opened fire'), out);
  assert.ok(out.includes('He said "I would prefer not to." and went back'), out);
  assert.ok(!out.includes('Photo: City Hall'), out);
});

test('a slideshow told in captions keeps them; captions beside a written article still go', () => {
  const slides = [P1, P2, P3, P1.replace('Tuesday', 'Friday'), P2.replace('Opponents', 'Critics'), P3.replace('mayor', 'treasurer')]
    .map((p, i) => `<figure><img src="${i}.jpg"><figcaption>${p}</figcaption></figure>`).join('');
  const show = text(`<html><body><article><h1>In pictures</h1><p>A week at City Hall, in six photographs by our staff.</p>${slides}</article></body></html>`);
  assert.ok(show.includes(P1) && show.includes('Critics said'), show);
  const article = text(`<html><body><article><p>${P1}</p><p>${P2}</p><p>${P3}</p><figure><img src="a.jpg"><figcaption>The mayor at City Hall on Tuesday, after the budget vote.</figcaption></figure><p>${P2.replace('Opponents', 'Critics')}</p></article></body></html>`);
  assert.ok(!article.includes('The mayor at City Hall on Tuesday'), article);
});
