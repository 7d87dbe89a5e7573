import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords, isSpaceCode } from '../../src/text/whitespace.ts';
import { lineKey } from '../../src/extract/text/classify-blocks.ts';

// Characters the properties draw from: letters, the white space /\s/ knows (ASCII and Unicode), curly quotes.
const PIECES = ['a', 'B', 'é', '.', '’', '‘', '“', '”', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

test('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('countWords counts what split(/\\s+/) leaves non-empty', () => {
  fc.assert(fc.property(fc.oneof(texts, fc.string()), (t) => countWords(t) === t.split(/\s+/).filter(Boolean).length));
  assert.equal(countWords(''), 0);
  assert.equal(countWords(' \u00a0\t'), 0);
  assert.equal(countWords('  two\u2003words '), 2);
});

test('lineKey is the lower-cased line with straight quotes and every run of white space one space, trimmed', () => {
  const definition = (t: string) => t.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  fc.assert(fc.property(fc.oneof(texts, fc.string()), (t) => lineKey(t) === definition(t)));
  assert.equal(lineKey(' “Read\u00a0\u00a0More” \t'), '"read more"');
});
