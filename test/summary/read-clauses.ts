import assert from 'node:assert/strict';
import { splitClauses, type Clause } from '../../src/summary/index.ts';

/**
 * Each clause of `sentence` as a reader is shown it (`read`: how the brief widens or trims a clause shown alone),
 * checking that every shown clause's span is its text.
 */
export function readClauses(sentence: string, read: (clause: Clause, sentence: Clause) => Clause, offset = 100): string[] {
  const whole = { start: offset, end: offset + sentence.length, text: sentence };
  return splitClauses(sentence, offset).map((c) => {
    const shown = read(c, whole);
    assert.equal(sentence.slice(shown.start - offset, shown.end - offset), shown.text, 'the span is the text');
    return shown.text;
  });
}
