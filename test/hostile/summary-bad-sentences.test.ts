// Regression test: malformed sentences inside a document are skipped with a diagnostic (found by fuzzing).
//
// summarize() checks each document's shape ("not a SummaryDocument; skipped", rule summary/bad-document) but not the
// sentences inside it: a null sentence, or one whose `text` is not a string, throws from prepareSentences.
//
//   TypeError: Cannot read properties of null (reading 'text')
//       at src/summary/prepare-sentences.ts:60:22   (const lead = s.text.trim())
//       at prepareSentences (src/summary/prepare-sentences.ts:58:8)
//       at summarize (src/summary/summarize.ts:38:21)
//
// Reachable from JavaScript callers and from JSON handed straight to the library; not from the CLI (documentFromText
// always builds valid sentences). Suggested fix: in summarize's `usable` filter (or prepareSentences), skip sentences
// that are not { text: string, start: finite number, end: finite number } with a summary/bad-sentence diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFromText, summarize, type SummaryDocument } from '../../src/summary/index.ts';

test('summarize: malformed sentences inside a document are skipped with a diagnostic, not a crash', () => {
  const docs = [
    { id: 'z', sentences: [null, { text: 5, start: 'a', end: {} }, { text: 'A sentence with odd offsets in it.', start: -10, end: 1e9 }] },
    documentFromText('ok', 'Headline\n\nA real sentence about the talks in Geneva on Monday.'),
  ];
  const result = summarize(docs as unknown as SummaryDocument[], { bytes: 200 });
  assert.ok(result.diagnostics.length > 0);
  assert.ok(result.sentences.every((s) => s.docId === 'ok' || s.docId === 'z'));
});
