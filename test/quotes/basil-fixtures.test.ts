import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  basilDir, datePart, loadBasilArticle, loadLabelledDates, loadLabelledQuotes, nameWords, speakerMatches, type LabelledQuote,
} from '../../scripts/lib/basil.ts';

const dir = basilDir();
const skip = dir === undefined ? 'basil-dev not found at ../shared/data (set CROSSCHECK_DATA): cannot check the fixture offsets' : false;

test('every labelled quote points at its stored snippet, between quotation marks', { skip }, () => {
  for (const q of loadLabelledQuotes()) {
    const { text } = loadBasilArticle(q.article, dir);
    assert.equal(text.slice(q.start, q.start + q.snippet.length), q.snippet, `${q.article}@${q.start}`);
    assert.match(text[q.start - 1] ?? '', /[“"]/u, `${q.article}@${q.start}: no opening mark before the quote`);
    assert.match(text[q.end] ?? '', /[”"]/u, `${q.article}@${q.end}: no closing mark after the quote`);
  }
});

test('every labelled date points at its expression', { skip }, () => {
  for (const d of loadLabelledDates()) {
    const { text, published } = loadBasilArticle(d.article, dir);
    assert.equal(text.slice(d.start, d.end), d.text, `${d.article}@${d.start}`);
    assert.equal(published, d.published, `${d.article}: publication date`);
  }
});

test('the labelled set is the size the issue asks for, split by event', () => {
  const quotes = loadLabelledQuotes();
  const dates = loadLabelledDates();
  assert.ok(quotes.length >= 80 && quotes.filter((q) => !q.speakerInSentence).length >= 40);
  assert.ok(dates.length >= 40);
  for (const items of [quotes, dates]) {
    const splitOf = new Map<string, string>();
    for (const item of items) {
      assert.equal(splitOf.get(item.event) ?? item.split, item.split, `event ${item.event} is in one split only`);
      splitOf.set(item.event, item.split);
    }
    assert.ok(items.some((i) => i.split === 'dev') && items.some((i) => i.split === 'heldout'));
  }
});

const label = (speaker: string, aliases?: string[]): LabelledQuote => ({
  article: 'a', event: 'e', split: 'dev', start: 0, end: 1, snippet: '', speaker, speakerInSentence: false, ...(aliases ? { aliases } : {}),
});

test('speaker matching: titles, initials and suffixes aside; a bare surname only when no other speaker shares it', () => {
  assert.deepEqual(nameWords('Eric H. Holder Jr.'), ['eric', 'holder']);
  assert.equal(speakerMatches('Eric H. Holder Jr.', label('Eric Holder'), ['Eric Holder']), true);
  assert.equal(speakerMatches('Mr. Ryan', label('Paul Ryan'), ['Paul Ryan', 'Lis Smith']), true);
  assert.equal(speakerMatches('Cheney', label('Mary Cheney'), ['Mary Cheney', 'Liz Cheney']), false);
  assert.equal(speakerMatches('Liz Cheney', label('Mary Cheney'), ['Mary Cheney', 'Liz Cheney']), false);
  assert.equal(speakerMatches('Bill Kristol', label('William Kristol', ['Bill Kristol']), []), true);
  assert.equal(speakerMatches(undefined, label('Paul Ryan'), []), false);
  assert.equal(speakerMatches('the former vice president', label('Dick Cheney'), []), false);
  assert.equal(datePart('2014-08-19TNI'), '2014-08-19');
});

test('a labelled span is found again in a cleaned text that lost a line before it', async () => {
  const { relocate } = await import('../../scripts/lib/basil-eval.ts');
  const body = 'Repeated line.\n\nHe said on Aug. 16 that it was fine.\n\nRepeated line.';
  const cleaned = 'He said on Aug. 16 that it was fine.';
  const start = body.indexOf('Aug. 16');
  assert.deepEqual(relocate(body, cleaned, { start, end: start + 7 }), { start: 11, end: 18 });
  assert.equal(relocate(body, 'Nothing alike.', { start, end: start + 7 }), undefined);
});
