import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { articleTokens, tokensIn } from '../../src/text/article-tokens.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import type { TextRange } from '../../src/model/span.ts';
import { SEEDS_DIR } from '../helpers/data.ts';

/** Sentences of each line, as the pipeline splits paragraphs (sentence gaps then hold spaces, line ends or nothing). */
function sentencesOf(text: string): TextRange[] {
  return [...text.matchAll(/[^\n]+/g)].flatMap((m) => splitSentences(m[0], m.index ?? 0));
}

const expected = (text: string, start: number, end: number) => tokenize(text.slice(start, end), start);

test('tokensIn gives what tokenizing the window gives, for any window of a real report', () => {
  const texts = readdirSync(SEEDS_DIR).map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  for (const text of texts) {
    const at = articleTokens(text, sentencesOf(text));
    fc.assert(
      fc.property(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: 0, max: 600 }), (start, length) => {
        assert.deepEqual(tokensIn(at, text, start, start + length), expected(text, start, start + length));
      }),
      { numRuns: 2000 },
    );
    // Every sentence, and every run of whole sentences, is read from the article's tokens.
    for (const s of at.sentences) assert.deepEqual(tokensIn(at, text, s.start, s.end), expected(text, s.start, s.end));
  }
});

// Sentences that touch, a gap with a word in it, a token cut by the window: the cases that must tokenize again.
const piece = fc.constantFrom('A', 'b.', 'U.S.', 'x-1.5', '1,000', ' ', '  ', '\n', '“', '”', 'don’t', '.', 'é');

test('tokensIn is tokenize for any text, sentences and window', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
      fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 8 }),
      fc.integer({ min: -2, max: 125 }),
      fc.integer({ min: 0, max: 60 }),
      (text, cuts, start, length) => {
        // Sentences from sorted cut points, each trimmed of nothing: some touch, some leave gaps with words in them.
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const sentences: TextRange[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) sentences.push({ start: points[i] as number, end: points[i + 1] as number });
        const at = articleTokens(text, sentences);
        assert.deepEqual(tokensIn(at, text, start, start + length), expected(text, start, start + length));
      },
    ),
    { numRuns: 5000 },
  );
});

test('tokensIn tokenizes a text other than the one the tokens are of', () => {
  const at = articleTokens('Russia said no.', [{ start: 0, end: 15 }]);
  assert.deepEqual(tokensIn(at, 'Ukraine said yes.', 0, 12), expected('Ukraine said yes.', 0, 12));
  assert.deepEqual(tokensIn(undefined, 'Ukraine said yes.', 8, 17), expected('Ukraine said yes.', 8, 17));
});
