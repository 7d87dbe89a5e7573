import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { SEEDS_DIR } from '../helpers/data.ts';
import { inputOf } from './helpers.ts';

// Real scraped reports from ../shared/seeds (or the same five bundled in samples/): not special-cased anywhere in the code.
const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');
const quoteStarting = (text: string, prefix: string) => findQuotes(inputOf(text)).find((q) => q.text.startsWith(prefix));

test('000: “If Russia walks away ...,” she said → Sherman, inferred from the sentence before', () => {
  const q = quoteStarting(seed('000_e517b0fe5d6f7777.txt'), 'If Russia walks away');
  assert.equal(q?.direct, true);
  assert.equal(q?.speaker, 'Wendy Sherman');
  assert.equal(q?.speakerCertainty, 'inferred');
});

test('000: the quote with an ellipsis “We are fed up with loose talk...” → Ryabkov', () => {
  const q = quoteStarting(seed('000_e517b0fe5d6f7777.txt'), 'We are fed up with loose talk');
  assert.equal(q?.direct, true);
  assert.match(q?.speaker ?? '', /Ryabkov$/);
});

test('000: Ryabkov said Moscow “will judge ...” is indirect speech with a partial quote', () => {
  const q = quoteStarting(seed('000_e517b0fe5d6f7777.txt'), 'Moscow “will judge');
  assert.equal(q?.direct, false);
  assert.equal(q?.speaker, 'Sergei Ryabkov');
});

test('002: Sergei Ryabkov, said: “The conversation was difficult... continues into the next paragraph', () => {
  const text = seed('002_e2bdca9cb19be554.txt');
  const q = quoteStarting(text, 'The conversation was difficult');
  assert.equal(q?.speaker, 'Sergei Ryabkov');
  assert.equal(q?.rule, 'quotes/colon-introduction');
  assert.match(q?.text ?? '', /\n\n“We have been left with the impression/);
  assert.equal(q?.text, text.slice(q?.start, q?.end));
});

test('002: “...,” Wendy Sherman, the deputy US secretary of state ..., told reporters → Wendy Sherman', () => {
  const q = quoteStarting(seed('002_e2bdca9cb19be554.txt'), 'We had useful discussions');
  assert.equal(q?.speaker, 'Wendy Sherman');
});
