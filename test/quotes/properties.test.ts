import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { inputOf } from './helpers.ts';

// Text built from the pieces quotes are made of, so the generator reaches the interesting code paths.
const piece = fc.constantFrom(
  '“', '”', '"', "'", '‘', '’', ' ', '\n\n', ',', '.', ':', ' said ', ' told reporters ', 'Mr. ', 'Sergei Ryabkov',
  'Sherman', ' she ', ' he said', ' according to ', 'that ', 'We will win', 'Russia', 'the talks', '…', '—',
);
const textArb = fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }).map((xs) => xs.join(''));

test('never throws and every span is the slice it claims', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      for (const q of findQuotes(inputOf(text))) {
        assert.equal(q.text, text.slice(q.start, q.end));
        assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length);
        if (q.speakerRange !== undefined) {
          assert.ok(q.speakerRange.start >= 0 && q.speakerRange.start < q.speakerRange.end && q.speakerRange.end <= text.length);
        }
      }
    }),
    { numRuns: 400 },
  );
});

test('arbitrary ranges never make it throw', () => {
  const range = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
  fc.assert(
    fc.property(textArb, fc.array(range), fc.array(range), (text, paragraphs, sentences) => {
      findQuotes({ text, paragraphs, sentences });
    }),
    { numRuns: 300 },
  );
});

test('names from a NER with bad offsets never leak out as speaker ranges', () => {
  const nameArb = fc.record({
    start: fc.integer({ min: -5, max: 80 }),
    end: fc.integer({ min: -5, max: 80 }),
    type: fc.constantFrom('person', 'organization', 'place', 'other') as fc.Arbitrary<'person'>,
    name: fc.string(),
  });
  fc.assert(
    fc.property(textArb, fc.array(nameArb, { maxLength: 8 }), (text, names) => {
      for (const q of findQuotes({ ...inputOf(text), names })) {
        if (q.speakerRange !== undefined) assert.ok(q.speakerRange.start >= 0 && q.speakerRange.end <= text.length);
      }
    }),
    { numRuns: 300 },
  );
});
