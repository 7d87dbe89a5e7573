import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentPieces, rawTerms, sentenceTerms } from '../../src/summary/sentence-terms.ts';
import { words } from '../../src/text/tokens.ts';

test('property: the fast path of rawTerms gives the tokenizer pieces', () => {
  const slow = (text: string): string[] =>
    words(text).flatMap((w) => w.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length > 0));
  const piece = fc.constantFrom('Russia', 'U.S.-led', 'mid-1980s', '1980s', '100,000', '5-1/2', 'don’t', 'naïve', 'nai\u0308ve', 'İstanbul', 'F-16s', '—', '“', '$', 'ΣΑΣ', '2nd', 'e\u03011a');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (ps) => assert.deepEqual(rawTerms(ps.join(' ')), slow(ps.join(' ')))));
});

test('contentPieces: the content words with their places; stems recomputed when the given ones do not fit', () => {
  const text = 'Sherman said Russia’s troops would stay; “Talks” resumed in mid-1980s style.';
  const own = contentPieces(text, 10, sentenceTerms(text).content);
  assert.deepEqual(own.map((p) => p.stem), sentenceTerms(text).content);
  for (const p of own) assert.match(text.slice(p.start - 10, p.end - 10).toLowerCase(), /^\p{L}|\p{N}/u);
  assert.deepEqual(own.filter((p) => p.capitalized).map((p) => text.slice(p.start - 10, p.end - 10)), ['Russia']);
  const plain = 'The troops would stay near the border.';
  assert.deepEqual(contentPieces(plain, 0, ['wrong']).map((p) => p.stem), sentenceTerms(plain).content);
});
