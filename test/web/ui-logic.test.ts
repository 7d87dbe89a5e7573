import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyLabel, inCitationOrder, plural, quoted } from '../../src/web/format.ts';
import { locateMatch, matchOfHit, paragraphAround } from '../../src/web/passage.ts';
import { href, listPager, parseRoute, safeHttpUrl } from '../../src/web/route.ts';

describe('web UI logic', () => {
  it('lists an item\'s citations in the order of their numbers ("[2][1] — fox, nyt" read out of order)', () => {
    const numbers = new Map([['nyt-id', 1], ['fox-id', 2], ['hpo-id', 3]]);
    assert.deepEqual(inCitationOrder(['fox-id', 'nyt-id'], numbers), ['nyt-id', 'fox-id']);
    assert.deepEqual(inCitationOrder(['stray', 'hpo-id', 'nyt-id'], numbers), ['nyt-id', 'hpo-id', 'stray']);
  });

  it('labels the number of a copy and of a rewrite in the Sources list (it was a bare "(0.99)")', () => {
    assert.equal(copyLabel('copy', 6, 0.987), 'copy of [6] (similarity 0.99)');
    assert.equal(copyLabel('rewrite', 2, 0.7123), 'rewrite of [2] (score 0.71)');
  });

  it('pages the story list; a page past the last story is that, not an empty database, and Newer jumps to the last page', () => {
    assert.deepEqual(listPager(0, 20, 45), { older: 20, pastEnd: false });
    assert.deepEqual(listPager(20, 20, 45), { newer: 0, older: 40, pastEnd: false });
    assert.deepEqual(listPager(40, 20, 45), { newer: 20, pastEnd: false });
    // #/?offset=40 with 1 story said "No stories yet. Add articles with crosscheck ingest." beside "1 story".
    assert.deepEqual(listPager(40, 20, 1), { newer: 0, pastEnd: true });
    assert.deepEqual(listPager(100, 20, 45), { newer: 40, pastEnd: true });
    assert.deepEqual(listPager(0, 20, 0), { pastEnd: false });
  });

  it('shows the paragraph around a cited span', () => {
    const text = 'First paragraph.\n\nSecond has the cited words in it.\n\nThird.';
    const start = text.indexOf('the cited words');
    const p = paragraphAround(text, start, start + 'the cited words'.length);
    assert.deepEqual(p, { before: 'Second has ', cited: 'the cited words', after: ' in it.' });
    assert.deepEqual(paragraphAround(text, 0, 5), { before: '', cited: 'First', after: ' paragraph.' });
  });

  it('cuts long paragraphs around the span', () => {
    const text = 'x'.repeat(2000) + 'CITED' + 'y'.repeat(2000);
    const p = paragraphAround(text, 2000, 2005);
    assert.equal(p.cited, 'CITED');
    assert.ok(p.before.startsWith('…') && p.after.endsWith('…'));
    assert.ok(p.before.length + p.after.length <= 602);
  });

  it('routes by hash and back', () => {
    assert.deepEqual(parseRoute(''), { page: 'list', offset: 0 });
    assert.deepEqual(parseRoute(href.list(40)), { page: 'list', offset: 40 });
    assert.deepEqual(parseRoute(href.story('s1/ä')), { page: 'story', id: 's1/ä' });
    assert.deepEqual(parseRoute(href.search('Ryabkov & co')), { page: 'search', q: 'Ryabkov & co' });
    assert.deepEqual(parseRoute('#/?offset=-3'), { page: 'list', offset: 0 });
  });

  it('a search hit leads to the passage it matched: the snippet\'s word and its context find that occurrence', () => {
    // Sample 001 names Ryabkov many times; the snippet's words around the match pick the one the hit showed.
    const text = 'Sergei Ryabkov spoke first.\n\nLater, Ryabkov rattled off Russian concerns and demands first issued last month.';
    const snippet = '…Later, Ryabkov rattled off Russian concerns…';
    const m = matchOfHit(snippet, [{ start: 8, end: 15 }]);
    assert.deepEqual(m, { word: 'Ryabkov', context: 'Later, Ryabkov rattled off Russian concerns' });
    const at = locateMatch(text, m?.word ?? '', m?.context ?? '');
    assert.equal(at?.start, text.indexOf('Ryabkov', 10));
    assert.deepEqual(parseRoute(href.passage('s1', { article: 'a/1', word: 'Ryabkov', context: 'Later, Ryabkov rattled' })), {
      page: 'story',
      id: 's1',
      match: { article: 'a/1', word: 'Ryabkov', context: 'Later, Ryabkov rattled' },
    });
    // negative: context that is not in the text falls back to the word; a word inside another word is no match.
    assert.equal(locateMatch(text, 'Ryabkov', 'nowhere Ryabkov here')?.start, text.indexOf('Ryabkov'));
    assert.equal(locateMatch('Ryabkovich spoke.', 'Ryabkov', 'Ryabkov'), undefined);
    assert.equal(matchOfHit('no marks here', []), undefined);
  });

  it('links only http(s) URLs', () => {
    assert.equal(safeHttpUrl('https://example.com/a'), 'https://example.com/a');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'not a url', undefined]) {
      assert.equal(safeHttpUrl(bad), undefined, String(bad));
    }
  });
});

describe('what the reader reads', () => {
  it('counts with the right noun', () => {
    assert.deepEqual([plural(1, 'story', 'stories'), plural(2, 'story', 'stories'), plural(0, 'article', 'articles'), plural(1200, 'article', 'articles')], ['1 story', '2 stories', '0 articles', '1,200 articles']);
  });

  it('marks a quotation once: no doubled marks, a quote within a quote in single marks', () => {
    assert.equal(quoted('we will not give in'), '“we will not give in”');
    assert.equal(quoted('“we will not give in'), '“we will not give in”');
    assert.equal(quoted('“we will not give in”'), '“we will not give in”');
    assert.equal(quoted('"we will not give in"'), '“we will not give in”');
    assert.equal(quoted('we will not give in”'), '“we will not give in”');
    assert.equal(quoted('Moscow “will judge” the talks'), '“Moscow ‘will judge’ the talks”');
    assert.equal(quoted('Moscow will judge “the talks”'), '“Moscow will judge ‘the talks’”');
    assert.equal(quoted('“No,” he said, “we will not”'), '“‘No,’ he said, ‘we will not’”');
  });
});
