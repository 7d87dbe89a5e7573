import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAligner, opposition, sameFactProbability, viewOf } from '../../src/align/index.ts';
import { shareNearWords } from '../../src/align/share-near-words.ts';
import { LEXICON_DIR, NO_SYNONYMS } from '../../src/align/synonym-lexicon.ts';
import { alignStatements, documentFromText } from '../../src/summary/index.ts';

const aligner = defaultAligner();
const { synonyms } = aligner;
const view = (text: string) => viewOf(aligner, text);
const shared = (a: string, b: string) => shareNearWords(synonyms, view(a), view(b), view);

test('the lexicon relates a verb to its WordNet hypernym and words of one common sense', () => {
  assert.equal(synonyms.near('invad', 'attack'), true);
  assert.equal(synonyms.near('attack', 'invad'), true, 'symmetric');
  assert.equal(synonyms.near('replac', 'succe'), true, '"replace" / "succeed" (Porter stems)');
});

test('negative: antonyms, words GloVe puts close, and rare senses of a word are not near', () => {
  assert.equal(synonyms.near('agre', 'refus'), false, 'agreed / refused (GloVe 0.77)');
  assert.equal(synonyms.near('agre', 'disagre'), false, 'WordNet antonyms');
  assert.equal(synonyms.near('win', 'lose'), false);
  assert.equal(synonyms.near('support', 'second'), false, '"second" a motion is a rare use of "second"');
  assert.equal(synonyms.near('commun', 'acknowledg'), false, '"commun" stands for "community", not "communicate"');
});

test('the lexicon file stays small: it ships with every install', () => {
  assert.ok(statSync(join(LEXICON_DIR, 'synonyms.txt')).size < 1_000_000);
  assert.ok(statSync(join(LEXICON_DIR, 'WORDNET-LICENSE.txt')).size > 0, 'the WordNet licence travels with its data');
});

test('near words are compared as one word, whichever statement comes first', () => {
  const a = 'Moscow was not planning to attack Ukraine';
  const b = 'Russia was not planning to invade Ukraine';
  const before = sameFactProbability(aligner, view(a), view(b));
  const [x, y] = shared(a, b);
  const after = sameFactProbability(aligner, x, y);
  assert.ok(after > before + 0.2, `${before} -> ${after}`);
  const [y2, x2] = shared(b, a);
  assert.equal(sameFactProbability(aligner, x2, y2), after);
  assert.equal(x.text.includes('invade') || y.text.includes('attack'), true);
});

test('negative: statements with no near words, or with names and numbers only, come back as given', () => {
  const a = view('The union agreed to the deal on Monday.');
  const b = view('The union refused the deal on Monday.');
  const [x, y] = shareNearWords(synonyms, a, b, view);
  assert.equal(x, a);
  assert.equal(y, b);
  const [p, q] = shareNearWords(NO_SYNONYMS, view('Russia will attack'), view('Russia will invade'), view);
  assert.equal(p.text, 'Russia will attack');
  assert.equal(q.text, 'Russia will invade');
});

test('negative: a denial in other words is still a denial', () => {
  // Read with "attack" as "invade", the pair is one verb denied on one side only.
  const a = 'Russian troops invaded Ukraine on Thursday';
  const b = 'Russian troops did not attack Ukraine on Thursday';
  const [x, y] = shared(a, b);
  assert.notEqual(x.text === a && y.text === b, true, 'one side is rewritten');
  assert.equal(opposition(x, y), 'negation');
  const docs = [
    documentFromText('a', `${a}, officials in Kyiv said. Tanks crossed the border at dawn.`),
    documentFromText('b', `${b}, officials in Moscow said. Markets rose in Asia.`),
  ];
  assert.equal(alignStatements(docs, { aligner }).sentences.length, 0);
});
