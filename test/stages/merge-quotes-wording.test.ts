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
