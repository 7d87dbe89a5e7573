import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses, withAntecedent } from '../../src/summary/index.ts';
import { readClauses } from './read-clauses.ts';

// A relative clause shown alone as an exclusive gets the noun phrase it describes, as written in the source.
const shown = (sentence: string): string[] => readClauses(sentence, withAntecedent);

test('a relative clause reads with its antecedent: a determiner phrase, a phrase with an object, a name (basil-dev shapes)', () => {
  assert.ok(
    shown('As the Legislature sent a bill to her desk Monday, Gov. Jan Brewer faced pressure to veto the measure, which has cast unwanted national attention on Arizona.')
      .includes('the measure, which has cast unwanted national attention on Arizona'),
  );
  assert.ok(shown('Steele wrote in a message to Republicans, which was provided to the New York Times by a committee member.').includes('a message to Republicans, which was provided to the New York Times by a committee member'));
  assert.ok(shown('The crowd cheered for Gov. Jan Brewer, who had returned from Washington on Tuesday afternoon.').includes('Gov. Jan Brewer, who had returned from Washington on Tuesday afternoon'));
});

test('negative: clauses that open otherwise, and relatives with no noun phrase in reach, are unchanged', () => {
  const sentence = 'Officials spoke out against the measure, and business groups warned of boycotts across the state.';
  assert.deepEqual(shown(sentence), splitClauses(sentence, 100).map((c) => c.text));
  // Walking back more than six words without a determiner or a name: left as it is.
  const far = 'Lawmakers voted late at night quickly and quietly and unanimously, which surprised observers across the capital.';
  assert.deepEqual(shown(far), splitClauses(far, 100).map((c) => c.text));
});
