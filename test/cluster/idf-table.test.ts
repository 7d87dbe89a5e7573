import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IDF_TABLE_FILE, buildIdfTable, encodeIdfTable } from '../../src/cluster/background-idf.ts';

test('models/cluster/idf.bin is exactly what `npm run build:idf` makes from the SUBTLEX package', () => {
  const shipped = readFileSync(IDF_TABLE_FILE);
  const rebuilt = encodeIdfTable(buildIdfTable());
  assert.equal(shipped.byteLength, rebuilt.byteLength);
  assert.ok(Buffer.compare(shipped, Buffer.from(rebuilt)) === 0, 'idf.bin is stale: run npm run build:idf');
});
