import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedFlagProblem } from '../../src/cli/published-flag.ts';

test('--published: a real calendar day passes; a day or month that does not exist is refused with the value named', () => {
  for (const ok of ['2022-01-10', '2024-02-29', '1999-12-31']) assert.equal(publishedFlagProblem(ok), undefined, ok);
  assert.match(publishedFlagProblem('2022-13-45') ?? '', /real calendar day, got "2022-13-45" \(no month 13\)/);
  assert.match(publishedFlagProblem('2023-02-29') ?? '', /real calendar day, got "2023-02-29" \(no day 29 in that month\)/);
  assert.match(publishedFlagProblem('2022-00-10') ?? '', /no month 0/);
  assert.match(publishedFlagProblem('2022-1-1') ?? '', /must be YYYY-MM-DD, got "2022-1-1"/);
});

test('--published: years before 100 are real days too (Date.UTC would read 0050 as 1950 and call the day impossible)', () => {
  assert.equal(publishedFlagProblem('0050-03-01'), undefined);
  assert.match(publishedFlagProblem('0050-02-29') ?? '', /no day 29 in that month/);
});
