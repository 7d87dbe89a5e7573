import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsResult } from '../helpers/seeds.ts';

// A reviewed snapshot of the seeds' brief: any change in what Crosscheck shows appears as a diff of this file.
// Regenerate with `npm run golden:update` and review the diff before committing.
const GOLDEN = join(import.meta.dirname, 'seeds-brief.json');

test('the seeds brief matches the reviewed golden file', () => {
  const actual = JSON.stringify(seedsResult().brief, null, 2) + '\n';
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(GOLDEN)) {
    if (process.env['CI'] === 'true') assert.fail(`golden file ${GOLDEN} missing in CI`);
    writeFileSync(GOLDEN, actual);
    return;
  }
  assert.equal(actual, readFileSync(GOLDEN, 'utf8'), 'brief changed: run `npm run golden:update` and review the diff');
});
