import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { joinInlineQuotes } from '../../src/nlp/quotes/join-inline-quotes.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { inputOf } from './helpers.ts';

const sentencesOf = (text: string) => {
  const paragraph = { start: 0, end: text.length };
  return joinInlineQuotes(text, [paragraph], splitSentences(text)).map((s) => text.slice(s.start, s.end));
};

// PolNeAR train, Breitbart 2015-12-11.
const ETHANOL = 'Trump said that “ethanol people” “do a fantastic job. And it’s so important. And it’s another form of, let’s stay away from OPEC, and let’s stay away from that Middle East stuff. It’s so important.”';

test('a quotation opened inside the writer\'s sentence is read with it to where it closes (PolNeAR train)', () => {
  assert.deepEqual(sentencesOf(ETHANOL), [ETHANOL]);
  const quote = findQuotes(inputOf(ETHANOL)).find((q) => q.text.includes('fantastic'));
  assert.ok(quote, 'the quotation is found');
  assert.match(quote.text, /It’s so important\.”?$/);
  assert.equal(quote.speaker, 'Trump');
});

test('negative: a sentence that opens with the quotation, and a quotation too long to be part of one sentence, stay split', () => {
  // PolNeAR dev, Breitbart 2016-09-15.
  const caddell = '“Yesterday, there were two polls. Morning Consult and Rasmussen had very similar numbers.”';
  assert.deepEqual(sentencesOf(caddell), ['“Yesterday, there were two polls.', 'Morning Consult and Rasmussen had very similar numbers.”']);
  const long = `He said, “${'We will fight this in every court we can find. '.repeat(12).trim()}”`;
  assert.equal(sentencesOf(long).length, 12);
});
