import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rawTerms } from '../../src/summary/sentence-terms.ts';
import { words } from '../../src/text/tokens.ts';

test('property: the fast path of rawTerms gives the tokenizer pieces', () => {
  const slow = (text: string): string[] =>
    words(text).flatMap((w) => w.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length > 0));
  const piece = fc.constantFrom('Russia', 'U.S.-led', 'mid-1980s', '1980s', '100,000', '5-1/2', 'don’t', 'naïve', 'nai\u0308ve', 'İstanbul', 'F-16s', '—', '“', '$', 'ΣΑΣ', '2nd', 'e\u03011a');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (ps) => assert.deepEqual(rawTerms(ps.join(' ')), slow(ps.join(' ')))));
});
