// Property tests for the per-article taggers: times, quotes, named entities. No input throws; every span resolves
// (offsets inside the text and the slice equals the mention's text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTimes } from '../../src/nlp/time/index.ts';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { loadNerModel, tagText, type NerModel } from '../../src/nlp/ner/index.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import type { TextRange } from '../../src/model/span.ts';
import { anyString, newsText, runs } from './arbitraries.ts';

const text = fc.oneof({ weight: 3, arbitrary: newsText(80) }, { weight: 1, arbitrary: anyString });

function assertSpan(s: TextRange, len: number, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer offsets ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start < s.end && s.end <= len, `${what}: offsets out of range ${JSON.stringify(s)} (length ${len})`);
}

/** Paragraph ranges as the pipeline builds them: blank-line separated. */
function paragraphsOf(s: string): TextRange[] {
  return [...s.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

test('findTimes: every mention is its slice, with a value, for any reference (good, bad or none)', () => {
  const reference = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('2022-01-10', '2022-02-29', '2024-02-29', '0001-01-01', '9999-12-31', 'bad', '', '2022-13-40').map((date) => ({ date })),
  );
  fc.assert(
    fc.property(text, reference, (s, ref) => {
      for (const t of findTimes(s, ref)) {
        assertSpan(t, s.length, 'time');
        assert.equal(s.slice(t.start, t.end), t.text);
        assert.ok(typeof t.value === 'string' && t.value.length > 0, `empty value ${JSON.stringify(t)}`);
        assert.ok(!/NaN|undefined|Infinity/.test(t.value), `bad value ${JSON.stringify(t)}`);
      }
    }),
    runs(250),
  );
});

test('findQuotes: quotes and speakers resolve, with real sentence and paragraph ranges', () => {
  fc.assert(
    fc.property(text, (s) => {
      for (const q of findQuotes({ text: s, paragraphs: paragraphsOf(s), sentences: splitSentences(s) })) {
        assertSpan(q, s.length, 'quote');
        assert.equal(s.slice(q.start, q.end), q.text);
        if (q.speakerRange) assertSpan(q.speakerRange, s.length, 'speaker');
      }
    }),
    runs(250),
  );
});

// The model is loaded once for the file; a model that does not load is its own failure, reported as such.
let model: NerModel | undefined;
let modelError: unknown;
try {
  model = loadNerModel();
} catch (err) {
  modelError = err;
}

test('tagText: entities are ordered, non-overlapping slices of the text', () => {
  assert.ok(model, `NER model did not load: ${modelError instanceof Error ? modelError.message : String(modelError)}`);
  const m = model;
  fc.assert(
    fc.property(text, (s) => {
      let prevEnd = 0;
      for (const e of tagText(m, s)) {
        assertSpan(e, s.length, 'entity');
        assert.equal(s.slice(e.start, e.end), e.text);
        assert.ok(e.start >= prevEnd, 'entities overlap or are out of order');
        prevEnd = e.end;
      }
    }),
    runs(120),
  );
});

test('tagText: one enormous "sentence" (no punctuation, 50k tokens) is tagged without blowing up', () => {
  assert.ok(model, 'NER model did not load');
  const s = 'Sergei Ryabkov met Wendy Sherman in Geneva and '.repeat(6000);
  const spans = tagText(model, s);
  for (const e of spans) assert.equal(s.slice(e.start, e.end), e.text);
});
