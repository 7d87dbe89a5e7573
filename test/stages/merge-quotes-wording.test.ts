import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, QuoteMention } from '../../src/model/analyzed-article.ts';
import type { Story } from '../../src/model/story.ts';
import { mergeQuotes } from '../../src/pipeline/stages/merge-quotes.ts';

// When two outlets' quotes of one speaker are one utterance (one entry, "wording differs") and when they are two.

function article(id: string, text: string, direct = true): AnalyzedArticle {
  const quote: QuoteMention = { start: 0, end: text.length, text, direct, speaker: 'Hillary Clinton', speakerCertainty: 'stated', speakerRule: 'speaker/named', rule: 'quotes/x-said-after' };
  return {
    id, source: id, title: id, language: 'en', text, paragraphs: [], removed: [], diagnostics: [],
    sentences: [], entities: [], quotes: [quote], times: [], quantities: [],
  } as unknown as AnalyzedArticle;
}

const story = (articles: AnalyzedArticle[]): Story => ({ id: 's', articles, duplicates: [], rewrites: [], origins: articles.map((a) => a.id), why: '' });

test('negative: a short quote that shares only names with another is another saying (PolNeAR, second 2016 debate)', () => {
  const quotes = mergeQuotes(story([
    article('usa-today', 'But I never questioned their fitness to serve. Donald Trump is different.'),
    article('wash-post', 'This is who Donald Trump is,'),
  ]), new Map());
  assert.equal(quotes.length, 2, 'shown as one quote whose wording one outlet changed');
});

test('two sayings that share names and topic words but no stretch of words join the quote each is part of (basil-dev 2012, Lis Smith)', () => {
  const quote = (text: string): QuoteMention => ({
    start: 0, end: text.length, text, direct: true, speaker: 'Lis Smith', speakerCertainty: 'stated', speakerRule: 'speaker/named', rule: 'quotes/x-said-after',
  });
  const withQuotes = (id: string, texts: string[]): AnalyzedArticle => ({ ...article(id, texts[0] ?? ''), quotes: texts.map(quote) });
  const dishonest = 'Mitt Romney’s Medicare ad is dishonest and hypocritical.';
  const savings = 'do not cut a single guaranteed Medicare benefit.';
  const quotes = mergeQuotes(story([
    withQuotes('nyt', [dishonest, savings]),
    withQuotes('fox', [
      'The savings his ad attacks do not cut a single guaranteed Medicare benefit, and Mitt Romney embraced the very same savings when he promised he’d sign Paul Ryan’s budget,',
      'Because the president is eliminating subsidies to insurance companies and cutting waste and fraud, we’ve extended the life of Medicare by eight years.',
    ]),
  ]), new Map());
  const withNyt = (text: string) => quotes.find((q) => q.variants?.some((v) => v.text === text) || q.text === text);
  assert.deepEqual(withNyt(savings)?.sources, ['fox', 'nyt'], 'the Times\' fragment is in Fox\'s first quote');
  assert.match(withNyt(savings)?.text ?? '', /^The savings his ad attacks/);
  assert.deepEqual(withNyt(dishonest)?.sources, ['nyt'], 'four of six content words shared, but only "Mitt Romney" in a row');
  assert.equal(quotes.length, 3);
});

test('a short quote trimmed or with one word swapped is the same utterance', () => {
  for (const [a, b] of [
    ["I know you're under duress,", "Mr. vice president, I know you're under a lot of duress to make up for what happened"],
    ["We've got a real challenge,", "We've got a big challenge, and we've got work to do."],
    ["That's a bunch of malarkey.", "With all due respect, that's just a bunch of malarkey."],
    ['I was talking about the radical environmentalist,', 'I was talking about the radical environmentalists,'],
  ] as const) {
    const quotes = mergeQuotes(story([article('fox', a), article('nyt', b)]), new Map());
    assert.equal(quotes.length, 1, `${a} / ${b}`);
    assert.deepEqual(quotes[0]?.sources, ['fox', 'nyt']);
  }
});

test('two parts of one utterance that one outlet quoted apart are no changed wording; a paraphrase is marked as one (basil-dev, Santorum 2012)', () => {
  const quote = (text: string, direct: boolean): QuoteMention => ({
    start: 0, end: text.length, text, direct, speaker: 'Rick Santorum', speakerCertainty: 'stated', speakerRule: 'speaker/named', rule: 'quotes/x-said-after',
  });
  const withQuotes = (id: string, quotes: QuoteMention[]): AnalyzedArticle => ({ ...article(id, quotes[0]?.text ?? ''), quotes });
  const theology = 'It’s about some phony ideal, some phony theology. Oh, not a theology based on the Bible, a different theology,';
  // Fox's paraphrase holds the whole utterance, so it gathers both of HuffPost's parts into one entry.
  const quotes = mergeQuotes(story([
    withQuotes('fox', [quote('that Obama\'s agenda is "not about you. It\'s not about your quality of life. It\'s not about your jobs. It\'s about some phony ideal. Some phony theology. Not a theology based on the Bible. A different theology."', false)]),
    withQuotes('nyt', [quote(theology, true)]),
    withQuotes('hpo', [quote("It's not about you. It's not about your quality of life. It's not about your jobs,", true), quote(theology, true)]),
  ]), new Map());
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.wordingChanged, false, 'HuffPost ran both parts; Fox paraphrased');
  assert.deepEqual(quotes[0]?.variants?.map((v) => v.direct), [true, true, false]);
});

test('an indirect quote\'s words in quotation marks are verbatim: they must be in the other outlet\'s direct quote (basil-dev 2014, Herrod; 2011, Trump)', () => {
  // Two things Cathi Herrod said about the bill's critics, one per outlet: the aligner rated them one fact (shared
  // theme), but Fox's quoted words are nowhere in NYT's quote.
  const herrod = mergeQuotes(story([
    article('nyt', 'Instead of having an honest discussion about the true meaning of religious liberty, opponents of the bill have hijacked this discussion through lies, personal attacks, and irresponsible reporting.'),
    article('fox', 'that "in America today, false attacks and irresponsible characterizations about a piece of legislation can so intimidate and persuade people to change their opinion about religious liberty."', false),
  ]), new Map());
  assert.equal(herrod.length, 2);
  // The quoted words are in the statement the other outlet ran whole: one utterance, told in other words.
  const trump = mergeQuotes(story([
    article('a', 'It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration, but if that Republican, in my opinion, is not the right candidate, I am not willing to give up my right to run as an independent candidate,'),
    article('b', 'that he was ending the debate because he did not want to "give up my right to run as an independent candidate," which he claimed the Republican Party was asking him to do if he wanted to moderate the debate', false),
  ]), new Map());
  assert.equal(trump.length, 1);
  assert.equal(trump[0]?.sources.length, 2);
});
