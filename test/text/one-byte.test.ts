import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { oneByteShadow, readsShadowAlike } from '../../src/text/one-byte.ts';

test('a two-byte text whose wide characters are all punctuation gets a one-byte shadow of the same length', () => {
  const text = '“We won’t go” — he said… on Monday – 5 €';
  const shadow = oneByteShadow(text);
  assert.ok(shadow !== undefined);
  assert.equal(shadow.text.length, text.length);
  assert.equal(/[^\x00-\xff]/.test(shadow.text), false);
  assert.deepEqual([...shadow.replaced].sort(), ['…', '–', '—', '’', '“', '”', '€'].sort());
});

test('negative: no shadow for a one-byte text, nor for one with a letter, digit, space or cased symbol past Latin-1', () => {
  for (const text of ['plain text', 'Erdoğan said “no”', '“x” ٣', '“x”\u2003y', '“x”\u2028y', '“x” Ⓐ', '“x” \u0301', '“x” 😀']) {
    assert.equal(oneByteShadow(text), undefined, text);
  }
});

test('negative: a pattern that names a replaced character, uses an escape, a back-reference or another property reads the shadow differently', () => {
  const shadow = oneByteShadow('It’s “5” days')!;
  assert.equal(readsShadowAlike(/\p{L}+\s+\d/gu, shadow), true);
  assert.equal(readsShadowAlike(/['’]s/gu, shadow), false);
  assert.equal(readsShadowAlike(/[\u2019]/g, shadow), false);
  assert.equal(readsShadowAlike(/(.)x\1/g, shadow), false);
  assert.equal(readsShadowAlike(/\p{P}/gu, shadow), false);
  assert.equal(readsShadowAlike(/–/gu, shadow), true); // names a dash the text does not have
});

test('property: a pattern the shadow admits matches it exactly where and as long as it matches the text', () => {
  const patterns = [/(?<![\p{L}\p{N}_])\p{L}+(?![\p{L}\p{N}_])/giu, /[^a-z\s]+/g, /\b\w+\b\W/gi, /.\s./gu, /(?<=\d)\D{1,3}/gu, /\S+$/gmu];
  const piece = fc.constantFrom('“', '”', '’', '‘', '—', '–', '…', '€', '•', ' ', '\n', 'a', 'B', '1', '.', ',', 'é', 'x\x01y');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const shadow = oneByteShadow(text);
      if (shadow === undefined) return;
      for (const p of patterns) {
        if (!readsShadowAlike(p, shadow)) continue;
        const spans = (s: string) => [...s.matchAll(p)].map((m) => `${m.index}+${m[0].length}`);
        assert.deepEqual(spans(shadow.text), spans(text), `${p} on ${JSON.stringify(text)}`);
      }
    }),
  );
});
