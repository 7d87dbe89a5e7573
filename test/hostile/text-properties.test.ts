// Property tests for the text primitives: no input makes them throw, and every range they return indexes the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { classifyBlocks } from '../../src/extract/text/classify-blocks.ts';
import { splitTextBlocks } from '../../src/extract/text/split-text-blocks.ts';
import { parseNumber } from '../../src/nlp/quantities/parse-number.ts';
import { findQuantities } from '../../src/nlp/quantities/find-quantities.ts';
import { anyString, newsText, runs } from './arbitraries.ts';

const text = fc.oneof(newsText(), anyString);

test('splitSentences: ordered, non-empty, trimmed ranges that cover every non-space character', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 1000 }), (s, offset) => {
      const ranges = splitSentences(s, offset);
      let covered = 0;
      let prevEnd = offset;
      for (const r of ranges) {
        assert.ok(r.start >= prevEnd && r.start < r.end && r.end <= s.length + offset, `bad range ${JSON.stringify(r)}`);
        const slice = s.slice(r.start - offset, r.end - offset);
        assert.equal(slice, slice.trim(), 'sentence has surrounding whitespace');
        covered += slice.replace(/\s/g, '').length;
        prevEnd = r.end;
      }
      assert.equal(covered, s.replace(/\s/g, '').length, 'some text fell between sentences');
    }),
    runs(300),
  );
});

test('tokenize: tokens are exact, ordered slices and together hold every non-space character', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 1000 }), (s, offset) => {
      let prevEnd = offset;
      let covered = 0;
      for (const t of tokenize(s, offset)) {
        assert.ok(t.start >= prevEnd && t.start < t.end, `bad token ${JSON.stringify(t)}`);
        assert.equal(s.slice(t.start - offset, t.end - offset), t.text);
        covered += t.text.replace(/\s/g, '').length;
        prevEnd = t.end;
      }
      assert.equal(covered, s.replace(/\s/g, '').length);
    }),
    runs(300),
  );
});

test('classifyBlocks: every kept paragraph comes from an input block and no block vanishes unaccounted', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(newsText(25), anyString), { maxLength: 12 }), fc.array(newsText(6), { maxLength: 3 }), (blocks, recurring) => {
      const out = classifyBlocks(blocks, { recurring: new Set(recurring) });
      assert.equal(typeof out.language, 'string');
      for (const k of out.kept) assert.ok(blocks.some((b) => b.includes(k.text)), `kept text not from the input: ${JSON.stringify(k.text)}`);
      for (const r of out.removed) {
        assert.ok(blocks.some((b) => b.includes(r.text)), `removed text not from the input: ${JSON.stringify(r.text)}`);
        assert.ok(r.rule.length > 0 && r.reason.length > 0);
      }
      assert.ok(out.kept.length + out.removed.length >= blocks.length, 'a block was dropped without a reason');
    }),
    runs(150),
  );
});

test('splitTextBlocks: title and blocks are taken from the text', () => {
  const squash = (s: string): string => s.replace(/\s+/g, '');
  fc.assert(
    fc.property(text, fc.option(newsText(6), { nil: undefined }), (s, given) => {
      const out = splitTextBlocks(s, given);
      for (const b of out.blocks) assert.ok(squash(s).includes(squash(b)), `block not from the input: ${JSON.stringify(b)}`);
    }),
    runs(200),
  );
});

test('parseNumber: undefined or a finite value read from a prefix of the input', () => {
  fc.assert(
    fc.property(text, (s) => {
      const n = parseNumber(s);
      if (n === undefined) return;
      assert.ok(Number.isFinite(n.value), `non-finite value ${n.value} from ${JSON.stringify(s.slice(0, 40))}`);
      assert.ok(n.length > 0 && n.length <= s.length, `length ${n.length} outside the input`);
      assert.ok(n.rule.startsWith('number/'));
    }),
    runs(400),
  );
});

test('findQuantities: every quantity is the slice it claims, with a finite value, whatever the sentence ranges', () => {
  const range = fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) });
  fc.assert(
    fc.property(text, fc.boolean(), fc.array(range, { maxLength: 4 }), (s, realSentences, junk) => {
      const sentences = realSentences ? splitSentences(s) : junk;
      for (const q of findQuantities(s, sentences)) {
        assert.ok(q.start >= 0 && q.start < q.end && q.end <= s.length, `bad span ${JSON.stringify(q)}`);
        assert.equal(s.slice(q.start, q.end), q.text);
        assert.ok(Number.isFinite(q.value), `non-finite value in ${JSON.stringify(q)}`);
      }
    }),
    runs(300),
  );
});

test('huge numbers and long digit runs stay finite and bounded', () => {
  for (const s of ['9'.repeat(400), 'one' + ' hundred'.repeat(200) + ' troops', '9'.repeat(400) + ' trillion', '1' + ',000'.repeat(120) + ' billion troops', '1.' + '9'.repeat(5000)]) {
    const n = parseNumber(s);
    if (n !== undefined) assert.ok(Number.isFinite(n.value), `${s.slice(0, 20)}… gave ${n.value}`);
    for (const q of findQuantities(s, splitSentences(s))) assert.ok(Number.isFinite(q.value), `${s.slice(0, 20)}… gave ${q.value}`);
  }
});
