import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAligner, viewOf } from '../../src/align/index.ts';
import { fitTfKld, formatTfKld, termCounts, tfKldCosine } from '../../src/align/tf-kld.ts';

const split = (s: string): string[] => s.split(' ');

test('termCounts counts stemmed unigrams and bigrams', () => {
  assert.deepEqual([...termCounts(split('the cat the'))], [['the', 2], ['the cat', 1], ['cat', 1], ['cat the', 1]]);
});

test('fitTfKld weighs a term paraphrases keep on both sides above one both kinds of pair treat alike', () => {
  const pairs = [];
  // "percent" is on both sides of every paraphrase and on one side of every non-paraphrase; "said" is everywhere.
  for (let i = 0; i < 20; i++) pairs.push({ a: split(`percent said x${i}`), b: split(`percent said y${i}`), label: 1 });
  for (let i = 0; i < 20; i++) pairs.push({ a: split(`percent said u${i}`), b: split(`said v${i}`), label: 0 });
  const m = fitTfKld(pairs);
  assert.ok((m.weight.get('percent') ?? 0) > 10 * (m.weight.get('said') ?? 0), formatTfKld(m));
  // Terms seen in one sentence only are not weighed.
  assert.equal(m.weight.get('x3'), undefined);
});

test('negative: the shipped TF-KLD cosine is symmetric, 1 for the same sentence, higher for a restatement than for another fact', () => {
  const { tfKld } = defaultAligner();
  const a = viewOf(defaultAligner(), 'The company said profits rose 5 percent in the third quarter.');
  const b = viewOf(defaultAligner(), 'Third-quarter profit grew 5 percent, the company reported.');
  const c = viewOf(defaultAligner(), 'Rain is expected in Paris tomorrow.');
  assert.equal(tfKldCosine(tfKld, a, b), tfKldCosine(tfKld, b, a));
  assert.ok(Math.abs(tfKldCosine(tfKld, a, a) - 1) < 1e-9);
  assert.ok(tfKldCosine(tfKld, a, b) > tfKldCosine(tfKld, a, c));
});
