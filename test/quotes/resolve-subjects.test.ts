import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans, findQuotes, resolveSubjects } from '../../src/nlp/quotes/index.ts';
import type { NameSpan } from '../../src/nlp/quotes/types.ts';
import { inputOf } from './helpers.ts';

// Who "He"/"She" opening a sentence of narration stands for, so a brief can show that sentence alone.
function referents(text: string, people: readonly string[]): string[] {
  const input = inputOf(text);
  const names: NameSpan[] = people.flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + name.length, name, type: 'person' as const })));
  const quotes = findQuotes({ ...input, names });
  const found = resolveSubjects(text, names, { sentences: input.sentences, paragraphs: input.paragraphs, quoted: findQuotedSpans(text, input.paragraphs) }, quotes);
  for (const r of found) assert.equal(text.slice(r.start, r.end), r.pronoun, 'the span is the pronoun');
  return found.map((r) => `${r.pronoun}=${r.name}`);
}

test('a sentence that opens with he/she is about the person the sentences before are about (basil-dev shapes)', () => {
  // Fox 2012-10-12, shortened: the debate's narration, then Biden's manner.
  assert.deepEqual(
    referents('Biden went after the Romney/Ryan ticket with a directness that Obama did not.\n\nHe chuckled and smirked through many of Ryan\'s responses.', ['Biden', 'Obama', 'Ryan']),
    ['He=Biden'],
  );
  // The speaker of the quote just before is the likeliest he (Ryabkov, samples).
  assert.deepEqual(
    referents('“There needs to be a breakthrough,” Sergei Ryabkov said.\n\nHe said both sides were looking to the council on Wednesday.', ['Sergei Ryabkov']),
    ['He=Sergei Ryabkov'],
  );
});

test('negative: no person in reach, a pronoun inside a quote, or a he/she of the other gender gets no referent', () => {
  assert.deepEqual(referents('The council met on Tuesday.\n\nHe said the vote would wait.', []), []);
  assert.deepEqual(referents('Sherman said: “He will not get a veto over Nato,” at the end.', ['Sherman']), []);
  assert.deepEqual(referents('Ms. Sherman said she was firm.\n\nHe then left Geneva for Brussels.', ['Sherman']), []);
});
