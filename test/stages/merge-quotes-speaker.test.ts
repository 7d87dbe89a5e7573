import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, QuoteMention } from '../../src/model/analyzed-article.ts';
import type { Story } from '../../src/model/story.ts';
import { mergeQuotes } from '../../src/pipeline/stages/merge-quotes.ts';

const WORDS = 'We spent about five days on the road, driving from Appleton to Green Bay to Janesville to Milwaukee.';

function article(id: string, speaker: string, certainty: 'stated' | 'inferred', rule = 'speaker/named'): AnalyzedArticle {
  const quote: QuoteMention = { start: 0, end: WORDS.length, text: WORDS, direct: true, speaker, speakerCertainty: certainty, speakerRule: rule, rule: 'quotes/x-said-after' };
  return {
    id, source: id, title: id, language: 'en', text: WORDS, paragraphs: [], removed: [], diagnostics: [],
    sentences: [], entities: [], quotes: [quote], times: [], quantities: [],
  } as unknown as AnalyzedArticle;
}

const story = (articles: AnalyzedArticle[]): Story => ({ id: 's', articles, duplicates: [], rewrites: [], origins: articles.map((a) => a.id), why: '' });

test('a quote run by several outlets has one speaker; when outlets credit different people the brief shows it', () => {
  const [q, ...rest] = mergeQuotes(story([article('fox', 'Paul Ryan', 'stated'), article('nyt', 'Paul Ryan', 'inferred'), article('hpo', 'Mitt Romney', 'inferred')]), new Map());
  assert.equal(rest.length, 0);
  assert.equal(q?.speaker, 'Paul Ryan');
  assert.deepEqual(q?.sources, ['fox', 'hpo', 'nyt']);
  assert.deepEqual(q?.speakerDisagreement?.map((d) => `${d.speaker} ${d.sources.join(',')}`), ['Paul Ryan fox,nyt', 'Mitt Romney hpo']);
});

test('a pronoun left undetermined in one outlet is no disagreement; alone it is marked undetermined', () => {
  const [q] = mergeQuotes(story([article('fox', 'he', 'inferred', 'speaker/undetermined'), article('nyt', 'Paul Ryan', 'stated')]), new Map());
  assert.equal(q?.speaker, 'Paul Ryan');
  assert.equal(q?.speakerDisagreement, undefined);
  assert.equal(q?.speakerUndetermined, undefined);
  const [alone] = mergeQuotes(story([article('fox', 'he', 'inferred', 'speaker/undetermined')]), new Map());
  assert.equal(alone?.speakerUndetermined, true);
});

test('negative: two outlets agreeing on the speaker show no disagreement', () => {
  const [q] = mergeQuotes(story([article('fox', 'Paul Ryan', 'stated'), article('nyt', 'Paul Ryan', 'stated')]), new Map());
  assert.equal(q?.speakerDisagreement, undefined);
});

function saying(id: string, text: string, direct: boolean): AnalyzedArticle {
  const quote: QuoteMention = { start: 0, end: text.length, text, direct, speaker: 'Wendy Sherman', speakerCertainty: 'stated', speakerRule: 'speaker/named', rule: 'quotes/x-said-after' };
  return { ...article(id, 'Wendy Sherman', 'stated'), text, quotes: [quote] } as AnalyzedArticle;
}

test('one speaker reported in other words (direct in one outlet, indirect in another) is one quote with both wordings', () => {
  const quotes = mergeQuotes(
    story([
      saying('a', 'We will have discussions with our allies and partners in the days ahead, and then the US and Russian governments will discuss the way forward,', true),
      saying('b', 'she would then have further conversations with the Russian government and decide on the best way forward later in the week', false),
    ]),
    new Map(),
  );
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0]?.sources, ['a', 'b']);
  assert.equal(quotes[0]?.variants?.length, 2);
});

test('negative: two different direct quotes by one speaker stay apart, however alike their words', () => {
  const quotes = mergeQuotes(
    story([
      saying('a', 'There needs to be a breakthrough, there needs to be a real step toward Russia, a step made by Nato,', true),
      saying('b', 'The US and Russia in some ways have opposite views on what needs to be done.', true),
    ]),
    new Map(),
  );
  assert.equal(quotes.length, 2);
});
