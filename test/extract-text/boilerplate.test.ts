import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleFiles } from '../helpers/seeds.ts';
import { extractArticle } from '../../src/pipeline/stages/extract-article.ts';
import { removeBoilerplate } from '../../src/pipeline/stages/remove-boilerplate.ts';
import { scoreBoilerplate, type BoilerplateGold } from '../../src/eval/boilerplate-score.ts';

const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seeds-boilerplate.json'), 'utf8')) as Record<string, BoilerplateGold>;

function cleaned(id: string, text: string) {
  return removeBoilerplate(extractArticle({ id, source: id, format: 'text', text }));
}

test('seeds: every body line survives and every boilerplate line is removed (both error kinds measured)', () => {
  const totals = { bodyLines: 0, boilerplateLines: 0 };
  const problems: string[] = [];
  for (const { id, text } of sampleFiles()) {
    const g = gold[id];
    assert.ok(g, `no gold annotation for ${id}`);
    const score = scoreBoilerplate(text, cleaned(id, text), g);
    totals.bodyLines += score.bodyLines;
    totals.boilerplateLines += score.boilerplateLines;
    problems.push(...score.problems);
  }
  assert.deepEqual(problems, []);
  assert.ok(totals.bodyLines > 100, `expected the seeds to have over 100 body lines, saw ${totals.bodyLines}`);
  assert.ok(totals.boilerplateLines >= 35, `expected at least 35 boilerplate lines, saw ${totals.boilerplateLines}`);
});

test('seeds: each distinct photo caption is kept exactly once, marked as caption', () => {
  for (const { id, text } of sampleFiles()) {
    const g = gold[id];
    if (!g) continue;
    const article = cleaned(id, text);
    const captions = article.paragraphs.filter((p) => p.kind === 'caption').map((p) => article.text.slice(p.start, p.end));
    assert.equal(captions.length, g.captions.length, `${id}: captions ${JSON.stringify(captions)}`);
    for (const c of g.captions) assert.equal(captions.filter((x) => x.startsWith(c)).length, 1, `${id}: caption ${c}`);
  }
});

test('seeds: every removal has a reason and a rule id', () => {
  for (const { id, text } of sampleFiles()) {
    for (const r of cleaned(id, text).removed) {
      assert.ok(r.reason.length > 3, `${id}: empty reason for ${r.text}`);
      assert.match(r.rule, /^boilerplate\//);
    }
  }
});

test('the Spanish and Swedish teasers are removed as another language', () => {
  const seed = sampleFiles().find((s) => s.id.startsWith('001'));
  assert.ok(seed);
  const removed = cleaned(seed.id, seed.text).removed;
  const spanish = removed.find((r) => r.text.startsWith('Con 30 puntos'));
  const swedish = removed.find((r) => r.text.startsWith('Hugo Zeberg'));
  assert.equal(spanish?.rule, 'boilerplate/other-language');
  assert.equal(swedish?.rule, 'boilerplate/other-language');
});

test('a date-only line above the headline is not the headline and not the publication date', () => {
  const article = cleaned('x', 'Thursday, February 2, 2023\n\nTalks end without progress\n\nThe talks ended on Monday without progress, officials said after a long day of meetings in Geneva.');
  assert.equal(article.title, 'Talks end without progress');
  assert.equal(article.published, undefined);
  assert.equal(article.removed[0]?.rule, 'boilerplate/scrape-date');
});

test('negative cases: short real sentences, sub-headings and quotes are kept', () => {
  const body = [
    'Headline here',
    'The first paragraph of the story is long enough to count as a body paragraph in any news article.',
    'The second paragraph of the story is also long enough to count as a body paragraph in the article.',
    'Exercises, missiles',
    'Sherman said Russia had a stark choice to make.',
    '“We will not allow anyone to slam closed the door,” she said after the talks ended in Geneva on Monday.',
    'The last paragraph of the story is long enough to count as a body paragraph and it ends the article.',
  ].join('\n\n');
  const article = cleaned('neg', body);
  assert.deepEqual(article.removed, []);
  assert.equal(article.paragraphs.find((p) => article.text.slice(p.start, p.end) === 'Exercises, missiles')?.kind, 'heading');
});

test('a prose sentence the writer repeats is kept; a widget line printed twice is still removed', () => {
  // basil-dev, Fox 2013-01-24: the same closing sentence ends two paragraphs.
  const body = [
    'Headline here',
    'The State Department budget for diplomatic security rose sharply after the embassy bombings in Africa in 1998.',
    "It dipped to $1.5 billion the following year and roughly $1.35 billion in fiscal 2012 -- still far more than it was a decade ago.",
    'Slightly more has been requested for fiscal 2013.',
    "Tripoli was the only post mentioned in the department's fiscal 2013 request -- funding for that location did slip.",
    'Slightly more has been requested for fiscal 2013.',
    'Share this article',
    'The last paragraph of the story is long enough to count as a body paragraph and it ends the article.',
    'Share this article',
  ].join('\n\n');
  const article = cleaned('fox', body);
  assert.equal(article.text.split('Slightly more has been requested for fiscal 2013.').length - 1, 2);
  assert.deepEqual(article.removed.map((r) => r.text), ['Share this article', 'Share this article']);
  // Negative: a short label repeated is still the repeated-line rule's.
  const widget = cleaned('w', ['Headline here', 'UPDATE:', body.split('\n\n').slice(1, 3).join('\n\n'), 'UPDATE:', 'The last paragraph of the story is long enough to count as a body paragraph and it ends the article.'].join('\n\n'));
  assert.deepEqual(widget.removed.map((r) => r.rule), ['boilerplate/repeated-line']);
});

test('an editor’s note is removed with its reason; a sentence that mentions an editor stays (PolNeAR)', () => {
  const text =
    'Trump doubles down on ISIS claim\n\n' +
    'Donald Trump on Thursday repeated his claim that President Obama founded the Islamic State, calling him its most valuable player.\n\n' +
    'The editor’s note on the earlier story was updated, the paper said in a statement on Thursday.\n\n' +
    'Editor’s note: Donald Trump regularly incites political violence and is a serial liar who has repeatedly pledged to ban all Muslims from entering the U.S.';
  const article = cleaned('hpo', text);
  assert.ok(!article.text.includes('serial liar'), article.text);
  assert.ok(article.text.includes('The editor’s note on the earlier story'), article.text);
  assert.deepEqual(article.removed.filter((r) => r.rule === 'boilerplate/editors-note').map((r) => r.text.slice(0, 14)), ['Editor’s note:']);
});
