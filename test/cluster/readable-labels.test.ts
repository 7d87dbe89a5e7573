import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readableLabels } from '../../src/cluster/explain.ts';

test('readableLabels: a story\'s shared names once each, without possessives (basil-dev, Benghazi e-mails)', () => {
  assert.deepEqual(
    readableLabels(['State Department’s', 'Benghazi', 'Department’s', 'Republican', 'State', 'White House', 'CIA'], 5),
    ['State Department', 'Benghazi', 'Republican', 'White House', 'CIA'],
  );
  // A shorter name shown first gives way to the full one; two parts of one name are both replaced by it.
  assert.deepEqual(readableLabels(['Cheney', 'Mary Cheney', 'Liz', 'Liz Cheney', 'Facebook'], 5), ['Mary Cheney', 'Liz Cheney', 'Facebook']);
  assert.deepEqual(readableLabels(['Social', 'Security', 'Social Security', 'AARP'], 5), ['Social Security', 'AARP']);
  // Negative: different names that share no word, or only some words, all stay.
  assert.deepEqual(readableLabels(['North Carolina', 'South Carolina', 'Carolina Panthers'], 5), ['North Carolina', 'South Carolina', 'Carolina Panthers']);
  assert.deepEqual(readableLabels(['a', 'b', 'c'], 2), ['a', 'b']);
});
