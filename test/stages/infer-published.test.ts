import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanArticle } from '../../src/model/clean-article.ts';
import { captionDate, inferPublished } from '../../src/pipeline/stages/infer-published.ts';

function article(text: string, published?: string): CleanArticle {
  return { id: 'a', source: 'a', title: 't', language: 'en', text, paragraphs: [], removed: [], diagnostics: [], ...(published ? { published } : {}) };
}

test('the article’s own date wins and is stated', () => {
  const a = inferPublished(article('On January 3, 2022 ...', '2022-01-10T08:00:00Z'), { fallback: '2021-01-01' });
  assert.equal(a.published, '2022-01-10');
  assert.equal(a.publishedCertainty, 'stated');
});

test('--published applies to articles that carry no date', () => {
  const a = inferPublished(article('Nothing dated here.'), { fallback: '2022-01-10' });
  assert.deepEqual([a.published, a.publishedCertainty, a.publishedRule], ['2022-01-10', 'stated', 'published/option']);
});

test('a date in the name of a one-article file dates it (stated, as a URL date), before the run-wide --published; the record wins', () => {
  const named = { ...article('Trump skipped the debate on Thursday.'), source: 'in/usa-today_2016-01-29_absent-trump.txt' };
  const a = inferPublished(named, { fallback: '2022-01-10' });
  assert.deepEqual([a.published, a.publishedCertainty, a.publishedRule], ['2016-01-29', 'stated', 'published/file-name']);
  assert.equal(inferPublished({ ...named, published: '2016-01-30' }).published, '2016-01-30');
});

test('otherwise a date the page gives as its own: a dateline or a page note, marked inferred', () => {
  const dateline = inferPublished(article('GENEVA, Jan. 10, 2022 — Talks between the US and Russia ended with no breakthrough.'));
  assert.deepEqual([dateline.published, dateline.publishedCertainty, dateline.publishedRule], ['2022-01-10', 'inferred', 'published/page-note']);
  // BASIL's NYT pages end with their print note.
  const print = inferPublished(article('The senator spoke on Thursday.\n\nA version of this article appears in print on October 12, 2012, on page A16 of the New York edition.'));
  assert.equal(print.published, '2012-10-12');
  const notes = inferPublished(article('Updated: March 3, 2021\nPublished: March 2, 2021\n\nThe council met on Tuesday.'));
  assert.equal(notes.published, '2021-03-02', 'the publication note, not the later update');
});

test('negative: a full date the report recalls is not its publication date', () => {
  // basil-dev and DUC with their dates removed: such dates were more than a year off for 14 of 24 reports.
  assert.equal(inferPublished(article('Mr. Obama shifted the focus from the response to the terrorist attacks on Sept. 11, 2001. Talks resumed on Monday.')).published, undefined);
  assert.equal(inferPublished(article('Libya has refused to hand over the men wanted for the Dec. 21, 1988, bombing. Again, the Dec. 21, 1988 bombing.')).published, undefined);
  // A sentence that opens with "Posted" is narrative, not a page note, when it runs long.
  const long = `Posted to a base in Germany on June 4, 2019, the unit ${'trained for months with allied forces '.repeat(6)}before it moved.`;
  assert.equal(inferPublished(article(long)).published, undefined);
});

test('no date anywhere: no publication date', () => {
  assert.equal(inferPublished(article('Undated text with 2,000 words and 5-1/2 hours.')).published, undefined);
});

test('a date in a photo caption is not the publication date (captions date the picture, often an archive one)', () => {
  const text = 'Talks resumed in Geneva on Monday last week.\n\nPresidents shake hands at their summit in Geneva, June 16, 2021. Photo / AP';
  const paragraphs = [{ start: 0, end: 44, kind: 'body' as const }, { start: 46, end: text.length, kind: 'caption' as const }];
  const captioned: CleanArticle = { ...article(text), paragraphs };
  assert.equal(inferPublished(captioned).published, undefined);
  assert.equal(captionDate(captioned), '2021-06-16');
  // Nor is it when the same words stand in the body: the summit is an event the report recalls.
  const body: CleanArticle = { ...captioned, paragraphs: paragraphs.map((p) => ({ ...p, kind: 'body' as const })) };
  assert.equal(inferPublished(body).published, undefined);
});

test('a stated date more than a print day before the date in the URL is ruled out: the URL’s date is the publication date', () => {
  // BASIL's NYT mosque story: record date 2010-08-14, URL /2010/08/17/, the body reports "on Monday" (08-16).
  const mosque: CleanArticle = { ...article('Republican Congressional candidates on Monday intensified efforts.', '2010-08-14'), url: 'https://www.nytimes.com/2010/08/17/us/politics/17mosque.html' };
  const a = inferPublished(mosque);
  assert.deepEqual([a.published, a.publishedCertainty, a.publishedRule], ['2010-08-17', 'stated', 'published/url-over-record']);
});

test('negative: the NYT print day (URL one day after the web date) and a later update date keep the stated date', () => {
  // BASIL's NYT Medicare story: on the web 2012-08-14, URL /2012/08/15/ (the print edition).
  const print: CleanArticle = { ...article('As the partisan brawl continued on Tuesday.', '2012-08-14'), url: 'http://www.nytimes.com/2012/08/15/health/policy/battle.html' };
  assert.equal(inferPublished(print).published, '2012-08-14');
  // BASIL's HuffPost Blumenthal story: URL /2010/05/17/, updated 05-18 with "a press conference on Tuesday afternoon".
  const update: CleanArticle = { ...article('During a press conference on Tuesday afternoon.', '2010-05-18'), url: 'https://www.huffingtonpost.com/2010/05/17/blumenthal.html' };
  assert.equal(inferPublished(update).published, '2010-05-18');
});
