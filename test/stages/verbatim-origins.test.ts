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
