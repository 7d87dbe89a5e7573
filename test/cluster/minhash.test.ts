import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, minhashSignature } from '../../src/cluster/minhash.ts';
import { hashString } from '../../src/cluster/hash.ts';
import { createLshIndex } from '../../src/cluster/lsh-index.ts';

const set = (from: number, to: number): Uint32Array => Uint32Array.from({ length: to - from }, (_, i) => hashString(`w${from + i}`));

test('identical sets estimate similarity 1 and disjoint sets near 0', () => {
  assert.equal(estimateJaccard(minhashSignature(set(0, 200)), minhashSignature(set(0, 200))), 1);
  assert.ok(estimateJaccard(minhashSignature(set(0, 200)), minhashSignature(set(1000, 1200))) < 0.05);
});

test('estimate tracks true Jaccard within sampling error', () => {
  // [0,300) vs [100,400): intersection 200, union 400 → 0.5; vs [200,500): 100/500 = 0.2.
  const a = minhashSignature(set(0, 300));
  assert.ok(Math.abs(estimateJaccard(a, minhashSignature(set(100, 400))) - 0.5) < 0.15);
  assert.ok(Math.abs(estimateJaccard(a, minhashSignature(set(200, 500))) - 0.2) < 0.12);
});

test('signatures are deterministic across calls (fixed seeds)', () => {
  assert.deepEqual(minhashSignature(set(0, 50)), minhashSignature(set(0, 50)));
  assert.equal(hashString('Geneva'), hashString('Geneva'));
});

test('LSH finds a near-identical set and forgets removed ids', () => {
  const lsh = createLshIndex({ bands: 32, rows: 4 });
  const a = minhashSignature(set(0, 300));
  lsh.add('a', a);
  lsh.add('far', minhashSignature(set(5000, 5300)));
  const near = minhashSignature(set(10, 310));
  assert.ok(lsh.query(near).has('a'));
  assert.ok(!lsh.query(near).has('far'));
  lsh.remove('a', a);
  assert.ok(!lsh.query(near).has('a'));
});

test('misuse is a TypeError', () => {
  assert.throws(() => minhashSignature(set(0, 3), 0), TypeError);
  assert.throws(() => estimateJaccard(new Uint32Array(4), new Uint32Array(5)), TypeError);
});
