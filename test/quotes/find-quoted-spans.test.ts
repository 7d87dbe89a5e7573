import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from '../../src/nlp/quotes/index.ts';
import { inputOf } from './helpers.ts';

const spans = (text: string) => {
  const { paragraphs } = inputOf(text);
  return findQuotedSpans(text, paragraphs).map((q) => text.slice(q.start, q.end));
};

test('curly and straight pairs, marks excluded', () => {
  assert.deepEqual(spans('He said “yes” and then "no" again.'), ['yes', 'no']);
});

test('nested single quotes stay inside the content', () => {
  assert.deepEqual(spans('“She told me ‘never’ twice,” he said.'), ['She told me ‘never’ twice,']);
});

test('curly quotes nested in a straight quote do not end it', () => {
  assert.deepEqual(spans('"The question was: “Who knew?” and nobody answered," she said.'), [
    'The question was: “Who knew?” and nobody answered,',
  ]);
});

test('a straight quote closed by a curly mark (scraping typo) still pairs', () => {
  assert.deepEqual(spans('"I don’t think it’s getting the attention,” Grassley said.'), ['I don’t think it’s getting the attention,']);
});

test('an unclosed quote continues into a paragraph that opens with a quote mark, and only then', () => {
  const text = '“First part.\n\n“Second part.”\n\nNarration.';
  const [q] = findQuotedSpans(text, inputOf(text).paragraphs);
  assert.equal(q?.continued, true);
  assert.equal(text.slice(q?.start, q?.end), 'First part.\n\n“Second part.');
  const stop = '“Never closed.\n\nNarration follows.';
  assert.deepEqual(spans(stop), ['Never closed.']);
});

test('apostrophes are not quote marks', () => {
  assert.deepEqual(spans("Russia's demands and the west’s reply don't pair."), []);
});

test('a doubled straight mark opens one quote and leaves the narration between two quotes unquoted', () => {
  assert.deepEqual(spans('""We have learned something," Mr. Blumenthal said in 2008. "And you exemplify it."'), [
    'We have learned something,',
    'And you exemplify it.',
  ]);
});

test("two apostrophes are a double quotation mark (the New York Times texts of PolNeAR); a height or a lone apostrophe is none", () => {
  assert.deepEqual(spans("''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's anti-reform.''"), ["This isn't tax reform,", "It's anti-reform."]);
  // A quote running on to the next paragraph, which opens with the mark again.
  assert.deepEqual(spans("''The message is clear.\n\n''But these are the key priorities,'' he added."), ["The message is clear.\n\n''But these are the key priorities,"]);
  assert.deepEqual(spans("He is 6'2'' tall and the players' union's ''final offer'' stands."), ['final offer']);
});

test("the speaker of a quote marked with two apostrophes is found as for any mark (PolNeAR dev, NYT 2016-09-16)", async () => {
  const text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as director of the Congressional Budget Office.";
  const { findQuotes } = await import('../../src/nlp/quotes/index.ts');
  const [q] = findQuotes(inputOf(text)).filter((x) => x.direct);
  assert.equal(q?.text, "This isn't tax reform,");
  assert.equal(q?.speaker, 'Douglas Holtz-Eakin');
});
