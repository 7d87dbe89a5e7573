import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromFileName } from '../../src/extract/published-date.ts';
import { dateFromUrl, decodeBytes, extractPlainText, normalizeDate } from '../../src/extract/index.ts';
import { aggregate, shingleCounts } from '../../scripts/eval-extract.ts';

test('normalizeDate: ISO, slashes, month names, timestamps; the local calendar day is kept', () => {
  assert.equal(normalizeDate('2022-01-10T23:30:00-05:00'), '2022-01-10');
  assert.equal(normalizeDate('2022/1/9'), '2022-01-09');
  assert.equal(normalizeDate('January 10, 2022 5:00 PM'), '2022-01-10');
  assert.equal(normalizeDate('10 Jan. 2022'), '2022-01-10');
  assert.equal(normalizeDate('1641772800'), '2022-01-10');
  assert.equal(normalizeDate('2022-02-31'), undefined);
  assert.equal(normalizeDate('yesterday'), undefined);
});

test('dateFromFileName: a date between separators in a one-article file name, not in a hash, a folder or a record file', () => {
  // PolNeAR names its texts this way.
  assert.equal(dateFromFileName('corpus/politico_2016-01-28_super-pac-blasts-trump.txt'), '2016-01-28');
  assert.equal(dateFromFileName('/data/20160129-absent-trump.html'), '2016-01-29');
  assert.equal(dateFromFileName('reuters_2019_11_18.htm'), '2019-11-18');
  // The bundled samples: a hash holds digit runs that are no date.
  assert.equal(dateFromFileName('samples/001_5c485ae68bb6cf05.txt'), undefined);
  assert.equal(dateFromFileName('x/a20160129b.txt'), undefined);
  assert.equal(dateFromFileName('crawl-2016-01-29/story.txt'), undefined, 'a folder is dated by its collection');
  assert.equal(dateFromFileName('export_2016-01-29.jsonl:12'), undefined, 'a record file dates the export');
  assert.equal(dateFromFileName('from_2016-01-28_to_2016-01-29.txt'), undefined, 'two dates: neither is sure');
  assert.equal(dateFromFileName('note_2016-02-30.txt'), undefined, 'no such day');
});

test('dateFromUrl: common path patterns only', () => {
  assert.equal(dateFromUrl('https://x.example/2019/11/18/title/'), '2019-11-18');
  assert.equal(dateFromUrl('https://x.example/news/2019-11-18-title'), '2019-11-18');
  assert.equal(dateFromUrl('https://x.example/story/20191118/title'), '2019-11-18');
  assert.equal(dateFromUrl('https://x.example/2019/11/title'), undefined);
  assert.equal(dateFromUrl('https://2019.example/12345678/'), undefined);
});

test('decodeBytes: meta charset beats the default; BOM beats meta', () => {
  const meta = decodeBytes({ bytes: new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0x93, 0x41, 0x94]) });
  assert.ok(meta.ok && meta.text.endsWith('“A”') && meta.rule === 'encoding/meta');
  const bom = decodeBytes({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1252">é')]) });
  assert.ok(bom.ok && bom.text.endsWith('é') && bom.rule === 'encoding/bom');
});

test('extractPlainText: first line is the title, blank lines separate paragraphs', () => {
  const a = extractPlainText({ text: '\uFEFF\nHeadline here\n\nFirst line\nwraps.\r\n\r\nSecond.\n\n\n', source: 'a.txt', id: 'a' });
  assert.equal(a.title, 'Headline here');
  assert.deepEqual(a.blocks, ['First line wraps.', 'Second.']);
  assert.equal(extractPlainText({ text: '  \n', source: 'e.txt', id: 'e' }).diagnostics[0]?.reason, 'empty input');
});

test('benchmark metric matches evaluate.py on small cases', () => {
  // Identical → tp only. Empty prediction → counted for recall (0), skipped for precision.
  assert.deepEqual(shingleCounts('a b c d e', 'a b c d e'), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(shingleCounts('a b c d e', ''), { tp: 0, fp: 0, fn: 1 });
  // Short texts are one shingle; punctuation is not a token.
  assert.deepEqual(shingleCounts('Hello, world!', 'hello world'), { tp: 0, fp: 0.5, fn: 0.5 });
  const m = aggregate([shingleCounts('a b c d e', 'a b c d e'), shingleCounts('a b c d e', '')]);
  assert.equal(m.precision, 1);
  assert.equal(m.recall, 0.5);
  // Both empty: precision = recall = 1 but neither mean counts it (tp+fp = tp+fn = 0), as in evaluate.py.
  assert.deepEqual(aggregate([shingleCounts('', ''), shingleCounts('a b c d', 'a b c d')]), { precision: 1, recall: 1, f1: 1 });
});

test('orphan headings: a section heading over a subsection stays; one over a removed list goes', async () => {
  const { extractHtml } = await import('../../src/extract/index.ts');
  const p = (s: string) => `<p>${s} The committee met for several hours and published a long statement afterwards.</p>`;
  const html = `<html><body><div class="article-body">${p('One.')}<h2>Plan A</h2><h3>Breakfast</h3>${p('Two.')}` +
    `<h2>Elsewhere</h2><ul><li><a href="/1">Link one here</a></li><li><a href="/2">Link two here</a></li></ul>` +
    `<h2>Plan B</h2>${p('Three.')}</div></body></html>`;
  const a = extractHtml({ html, source: 'h.html', id: 'h' });
  const kept = a.blocks.filter((b) => b.length < 20);
  assert.deepEqual(kept, ['Plan A', 'Breakfast', 'Plan B']);
  assert.ok(a.removed.some((r) => r.text === 'Elsewhere' && r.rule === 'boilerplate/orphan-heading'));
});
