import { test } from 'node:test';
import assert from 'node:assert/strict';
import { independentOrigins } from '../../src/pipeline/stages/verbatim-origins.ts';

const self = (id: string): string => id;
const long = 'He obtained at least five military deferments from 1965 to 1970 and took repeated steps to avoid the war.';

test('two outlets carrying the same long narrative sentence word for word are one origin', () => {
  const r = independentOrigins([{ docId: 'nyt', text: long }, { docId: 'hpo', text: long.toUpperCase() }, { docId: 'fox', text: 'Records show he received five deferments between 1965 and 1970, avoiding service.' }], self);
  assert.equal(r.count, 2);
  assert.deepEqual(r.verbatim, [['hpo', 'nyt']]);
});

test('a speaker\'s words quoted verbatim, and short identical sentences, stay independent', () => {
  const quote = '“We owe our military men and women unconditional support whatever we call the war,” he said.';
  const continued = 'Whatever we call it, Afghanistan or Iraq, we owe our military men and women unconditional support.”';
  assert.equal(independentOrigins([{ docId: 'a', text: quote }, { docId: 'b', text: quote }], self).count, 2);
  assert.equal(independentOrigins([{ docId: 'a', text: continued }, { docId: 'b', text: continued }], self).count, 2);
  assert.equal(independentOrigins([{ docId: 'a', text: 'Talks resume on Wednesday.' }, { docId: 'b', text: 'Talks resume on Wednesday.' }], self).count, 2);
});

test('origins already shared (rewrites) still count once', () => {
  const origin = (id: string): string => (id === 'farm' ? 'ft' : id);
  assert.equal(independentOrigins([{ docId: 'ft', text: 'a b c' }, { docId: 'farm', text: 'x y z' }], origin).count, 1);
});

test('a clause cut out of a quotation is speech even without quotation marks of its own', () => {
  // A clause claim's member is part of a quoted sentence; its text lost the marks when the sentence was split.
  const clause = 'I think he should accept their counsel and exit the Senate race in Missouri now';
  const quoted = [{ docId: 'a', text: clause, quotedShare: 1 }, { docId: 'b', text: clause, quotedShare: 0.9 }];
  assert.equal(independentOrigins(quoted, self).count, 2);
  assert.deepEqual(independentOrigins(quoted, self).verbatim, []);
});

test('an outlet quoting a rival\'s narrative word for word copied it: one origin', () => {
  // The Times runs the sentence as its own; HuffPost quotes "the Times reported" with the same words.
  const narrative = 'And he describes the hostile reaction directed at veterans coming back from Vietnam, intimating that he was among them.';
  const r = independentOrigins([{ docId: 'nyt', text: narrative, quotedShare: 0 }, { docId: 'hpo', text: `${narrative}”`, quotedShare: 1 }], self);
  assert.equal(r.count, 1);
  assert.deepEqual(r.verbatim, [['hpo', 'nyt']]);
});
