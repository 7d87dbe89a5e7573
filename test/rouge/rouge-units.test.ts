import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseWordnetExceptions,
  perlRound5,
  porterStem,
  rougeText,
  rougeTokens,
  scoreRouge,
  skipBigramBag,
} from '../../src/eval/rouge/index.ts';

test('Porter stemmer follows the ROUGE-1.5.5 Perl port', () => {
  const cases: Record<string, string> = {
    caresses: 'caress',
    ponies: 'poni',
    cats: 'cat',
    agreed: 'agre',
    plastered: 'plaster',
    motoring: 'motor',
    hopping: 'hop',
    filing: 'file',
    happy: 'happi',
    relational: 'relat',
    generalization: 'gener',
    hopefulness: 'hope',
    electrical: 'electr',
    adjustment: 'adjust',
    // CYL's change: -ement words are not stripped again by -ment/-ent.
    agreement: 'agreem',
    replacement: 'replac',
    youth: 'youth',
    yelling: 'yell',
    controll: 'control',
    probate: 'probat',
    rate: 'rate',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('tokenization: lower-case, non-alphanumerics to spaces, hyphens split and dropped', () => {
  const text = rougeText(['The U.S.-led talks, in Phnom Penh!']);
  assert.equal(text, 'the u s - led talks in phnom penh');
  assert.deepEqual(rougeTokens(text, false), ['the', 'u', 's', 'led', 'talks', 'in', 'phnom', 'penh']);
});

test('stemming uses WordNet exceptions first, only for tokens longer than 3 characters', () => {
  const ex = parseWordnetExceptions('children\tchild\nwent\tgo\nmen\tman\n');
  assert.deepEqual(rougeTokens('children went men talks', true, ex), ['child', 'go', 'men', 'talk']);
});

test('byte limit counts line bytes, not the joining spaces, and cuts mid-line', () => {
  // 5 + 5 = 10 < 12 → both whole; third line cut to 12 - 10 = 2 bytes.
  assert.equal(rougeText(['aaaaa', 'bbbbb', 'ccccc'], { bytes: 12 }), 'aaaaa bbbbb cc');
  // Multi-byte characters count as their UTF-8 bytes and become spaces.
  assert.equal(rougeText(['café au lait'], { bytes: 6 }), 'caf');
});

test('skip-bigrams with unigrams skip the last token (ROUGE-1.5.5 quirk)', () => {
  const bag = skipBigramBag(['a', 'b', 'c'], 4, true);
  assert.equal(bag.total, 5); // a, a b, a c, b, b c
  assert.equal(bag.counts.get('c'), undefined);
});

test('rounding is half-to-even on exact binary ties like C printf', () => {
  assert.equal(perlRound5(1 / 64), 0.01562);
  assert.equal(perlRound5(3 / 64), 0.04688);
  assert.equal(perlRound5(1 / 3), 0.33333);
});

test('model-average mode sums hits and totals over models', () => {
  const r = scoreRouge(['a b c d'], [['a b'], ['c x y z']]);
  const r1 = r.ngrams[0];
  assert.ok(r1);
  assert.equal(r1.hits, 3);
  assert.equal(r1.modelTotal, 6);
  assert.equal(r1.peerTotal, 8);
  assert.equal(r1.recall, 0.5);
  assert.equal(r1.precision, 0.375);
});

test('misuse throws TypeError; empty text scores zero', () => {
  assert.throws(() => scoreRouge('x' as unknown as string[], []), TypeError);
  const r = scoreRouge([], [['a b']]);
  assert.equal(r.ngrams[0]?.recall, 0);
});

test('word limit (-l) keeps the first N words, cutting inside a line', () => {
  assert.equal(rougeText(['one two three', 'four five six'], { words: 5 }), 'one two three four five');
  assert.equal(rougeText(['one two three'], { words: 2 }), 'one two');
});

test('best-model mode (-f B) keeps the model with the best recall', () => {
  const r = scoreRouge(['a b c d'], [['a x y z'], ['a b c z']], { scoreMode: 'B' });
  const r1 = r.ngrams[0];
  assert.ok(r1);
  assert.equal(r1.hits, 3);
  assert.equal(r1.modelTotal, 4);
  assert.equal(r1.recall, 0.75);
});
