import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, wordTokens, words } from '../../src/text/tokens.ts';

// The tokenizer's definition: tokenize() scans news text by hand and must give exactly what this regex gives.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?(?<=\p{Lu}\.)|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,/\-]\p{N}+)*|\S/gu;

function byRegex(text: string, offset: number): { text: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: (m.index ?? 0) + offset, end: (m.index ?? 0) + offset + m[0].length }));
}

function wordsByRegex(text: string): string[] {
  return (text.match(TOKEN) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

test('abbreviations, joined words and numbers are one token each', () => {
  assert.deepEqual(
    tokenize('The U.S.-led talks: don’t say “no” to 100,000 troops (5-1/2 hours)…').map((t) => t.text),
    ['The', 'U.S.', '-', 'led', 'talks', ':', 'don’t', 'say', '“', 'no', '”', 'to', '100,000', 'troops', '(', '5-1/2', 'hours', ')', '…'],
  );
  assert.deepEqual(words('Russia’s U.S.A. e.g. x.y A.b.C. — 3.5'), ["russia's", 'u.s.a.', 'e', 'g', 'x', 'y', 'a.b.c.', '3.5']);
});

// Pieces news text is made of, with the joiners and edge cases of each alternative, plus characters the hand scanner
// leaves to the regex (accented letters, combining marks, other scripts, emoji, a lone surrogate).
const piece = fc.constantFrom(
  'A', 'b', 'Z', 'z', '0', '9', '.', ',', '/', "'", '’', '‘', '-', ' ', '  ', '\u00a0', '\u2009', '\n', '\t', '“', '”', '—', '–', '…', '©',
  'U.S.', 'A.', 'x.', '1.2', '(', '$', '%', '_', 'e.g.', 'don’t', 'é', 'e\u0301', 'Ω', '٣', '\ud83d\ude00', '\ud800', '\u200b',
);
const newsLike = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

test('tokenize, wordTokens and words give what the token regex gives, for any text', () => {
  fc.assert(
    fc.property(fc.oneof(newsLike, fc.string({ maxLength: 60 })), fc.integer({ min: 0, max: 1000 }), (text, offset) => {
      assert.deepEqual(tokenize(text, offset), byRegex(text, offset));
      assert.deepEqual(words(text), wordsByRegex(text));
      assert.deepEqual(wordTokens(text), (text.match(TOKEN) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)));
    }),
    { numRuns: 3000 },
  );
});
