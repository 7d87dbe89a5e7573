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

test('a description in one outlet ("the president") is no disagreement with a name in another; the name is the speaker', () => {
  const [q] = mergeQuotes(story([article('fox', 'Barack Obama', 'stated'), article('hpo', 'the president', 'stated'), article('nyt', 'the president', 'stated')]), new Map());
  assert.equal(q?.speaker, 'Barack Obama');
  assert.equal(q?.speakerDisagreement, undefined);
});

test('negative: two names still disagree when a description is beside them; descriptions alone can disagree', () => {
  const [q] = mergeQuotes(story([article('fox', 'Paul Ryan', 'stated'), article('hpo', 'Mitt Romney', 'stated'), article('nyt', 'the candidate', 'stated')]), new Map());
  assert.deepEqual(q?.speakerDisagreement?.map((d) => d.speaker).sort(), ['Mitt Romney', 'Paul Ryan']);
  const [d] = mergeQuotes(story([article('fox', 'a senior official', 'stated'), article('hpo', 'the spokesman', 'stated')]), new Map());
  assert.equal(d?.speakerDisagreement?.length, 2);
});

function twoInOne(first: string, second: string): AnalyzedArticle {
  const text = `${first} ${second}`;
  const q = (start: number, t: string): QuoteMention => ({ start, end: start + t.length, text: t, direct: true, speaker: 'Barack Obama', speakerCertainty: 'stated', speakerRule: 'speaker/named', rule: 'quotes/x-said-after' });
  return { ...article('hpo', 'Barack Obama', 'stated'), text, quotes: [q(0, first), q(first.length + 1, second)] } as AnalyzedArticle;
}

test('two different quotes in one article stay two, however many words they share; a repeated fragment is one', () => {
  const apart = mergeQuotes(story([twoInOne('I tell you, the only way we can change is if the American people demand it,', 'This will not happen unless the American people demand it.')]), new Map());
  assert.equal(apart.length, 2);
  const fragment = mergeQuotes(story([twoInOne('whatever weight this office holds', 'I will use whatever weight this office holds to get them passed.')]), new Map());
  assert.equal(fragment.length, 1);
});

test('one person named two ways is no disagreement, and the fullest name is shown (basil-dev speaker forms)', () => {
  const [a] = mergeQuotes(story([article('hpo', 'Arpaio', 'stated'), article('fox', 'Joe Arpaio', 'stated')]), new Map());
  assert.equal(a?.speaker, 'Joe Arpaio');
  assert.equal(a?.speakerDisagreement, undefined);
  const [b] = mergeQuotes(story([article('fox', 'Raul Labrador', 'stated'), article('hpo', 'Raul Labrador', 'stated'), article('nyt', 'Raúl R. Labrador', 'stated')]), new Map());
  assert.equal(b?.speakerDisagreement, undefined);
  const [c] = mergeQuotes(story([article('hpo', 'Bibi Netanyahu', 'stated'), article('fox', 'Benjamin Netanyahu', 'inferred')]), new Map());
  assert.equal(c?.speakerDisagreement, undefined);
});

test('a description that opens with an article ("a White House spokesman") yields to a name and is no disagreement', () => {
  const [q] = mergeQuotes(story([article('nyt', 'a White House spokesman', 'stated'), article('hpo', 'Eric Schultz', 'stated')]), new Map());
  assert.equal(q?.speaker, 'Eric Schultz');
  assert.equal(q?.speakerDisagreement, undefined);
});
