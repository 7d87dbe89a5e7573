// Overlong "sentences" (a 5 MB line with no punctuation, a table dump) are cut at whitespace by the pipeline's
// sentence stage so per-sentence algorithms stay bounded; nothing of the text is lost by the cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cutLong, MAX_SENTENCE_CHARS, noneCut, splitSentences } from '../../src/pipeline/stages/split-sentences.ts';
import { splitSentences as splitParagraph } from '../../src/text/sentences.ts';
import type { CleanArticle } from '../../src/model/clean-article.ts';
import { anyString, newsText, runs } from './arbitraries.ts';

test('cutLong: ordered pieces of at most max chars that keep every non-space character', () => {
  fc.assert(
    fc.property(fc.oneof(newsText(200), anyString, fc.string({ unit: 'grapheme', maxLength: 300 })), fc.integer({ min: 1, max: 40 }), (text, max) => {
      const pieces = cutLong(text, { start: 0, end: text.length }, max);
      if (text.length <= max) {
        assert.deepEqual(pieces, [{ start: 0, end: text.length }], 'a short range is returned as it is');
        return;
      }
      let prev = 0;
      let kept = 0;
      for (const p of pieces) {
        assert.ok(p.start >= prev && p.start < p.end && p.end <= text.length, `bad piece ${JSON.stringify(p)}`);
        assert.ok(p.end - p.start <= max, `piece longer than ${max}`);
        kept += text.slice(p.start, p.end).replace(/\s/g, '').length;
        prev = p.end;
      }
      assert.equal(kept, text.replace(/\s/g, '').length, 'the cut lost text');
    }),
    runs(300),
  );
});

test('a one-line 300 KB paragraph becomes sentences no longer than the cap, covering all of it', () => {
  const text = 'The delegates talked and talked in Geneva '.repeat(7500).trim();
  const article: CleanArticle = { id: 'x', source: 'x.txt', title: 'T', language: 'en', text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], removed: [], diagnostics: [] };
  const { sentences } = splitSentences(article);
  assert.ok(sentences.length > 100);
  for (const s of sentences) assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS);
  const covered = sentences.reduce((n, s) => n + text.slice(s.start, s.end).replace(/\s/g, '').length, 0);
  assert.equal(covered, text.replace(/\s/g, '').length);
});

test('noneCut: sentences it finds uncut are the sentence splitter\'s own', () => {
  fc.assert(
    fc.property(fc.oneof(newsText(200), anyString), fc.integer({ min: 1, max: 60 }), (text, max) => {
      const split = splitParagraph(text, 0);
      const pieces = split.flatMap((r) => cutLong(text, r, max)).map((r) => ({ ...r, paragraph: 0, kind: 'body' as const }));
      if (noneCut(pieces, max)) assert.deepEqual(pieces.map((p) => ({ start: p.start, end: p.end })), split);
    }),
    runs(2000),
  );
});
