import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROFILES, detectLanguage, guessLanguage, joinedLanguageCounts, languageCounts, type LanguageGuess } from '../../src/extract/text/detect-language.ts';

// The definition the one-pass scan must keep: words are the runs of /[\p{L}']+/u in the lower-cased text; each
// language is counted in the order its first function word appears; Cyrillic text (over a quarter of the code units)
// is Russian.
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(PROFILES)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

function reference(text: string): LanguageGuess {
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  if (cyrillic > 0 && cyrillic > text.length / 4) return { language: 'ru', score: 1, words: tokens.length };
  const counts = new Map<string, number>();
  for (const t of tokens) for (const lang of LOOKUP.get(t) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best = 'und';
  let bestCount = 0;
  let second = 0;
  for (const [lang, c] of counts) {
    if (c > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = c;
    } else if (c > second) second = c;
  }
  const score = tokens.length ? bestCount / tokens.length : 0;
  if (tokens.length === 0 || score < 0.12 || bestCount < second * 1.5) return { language: 'und', score, words: tokens.length };
  return { language: best, score, words: tokens.length };
}

// Function words of several languages (and words that only contain one), letters that lower-case to two code units
// or change by context (İ, Σ), an astral letter and emoji, a lone surrogate, apostrophes, Cyrillic, line breaks.
const PIECES = ['the', 'and', 'said', 'de', 'la', 'el', 'más', 'informó', 'och', 'är', 'der', 'und', 'für', 'le', 'est', 'il', 'è', 'não', 'het', 'een', 'The', 'AND', 'Der', 'theme', "the'", "'the", ' ', ' ', '  ', '\n', '.', ',', '’', 'İ', 'Σ', 'д', 'и', 'мир', '𝐀', '😀', '\ud800', 'x', '1'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

test('detectLanguage finds what the regular-expression definition finds, on texts of mixed languages and scripts', () => {
  fc.assert(fc.property(text, (t) => assert.deepEqual(detectLanguage(t), reference(t))), { numRuns: 3000 });
});

test("the counts of blocks, joined, give the language of the blocks joined by line breaks", () => {
  fc.assert(
    fc.property(fc.array(text, { maxLength: 6 }), (blocks) => {
      assert.deepEqual(guessLanguage(joinedLanguageCounts(blocks.map((b) => languageCounts(b)))), detectLanguage(blocks.join('\n')));
    }),
    { numRuns: 2000 },
  );
});

test('plain cases: English, a Spanish line, Russian, and text too short or mixed to tell', () => {
  assert.equal(detectLanguage('The talks were said to be frank, and the two sides will meet again.').language, 'en');
  assert.equal(detectLanguage('El ministro informó que la reunión de los países fue un éxito para la región.').language, 'es');
  assert.equal(detectLanguage('Переговоры в Женеве продолжились в понедельник.').language, 'ru');
  assert.equal(detectLanguage('Geneva, Monday').language, 'und');
  assert.equal(detectLanguage('').language, 'und');
});
