import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bernoulliKl, logisticProbability, project, randomizedSvd, symmetricEigen, tfkldWeights, trainLogistic, type SparseRow } from '../../scripts/lib/latent.ts';

const sparse = (dense: readonly (readonly number[])[]): SparseRow[] =>
  dense.map((r) => {
    const cols = r.flatMap((v, j) => (v !== 0 ? [j] : []));
    return { cols: Int32Array.from(cols), vals: Float64Array.from(cols, (j) => r[j] ?? 0) };
  });

test('randomized SVD reconstructs a small matrix of known rank exactly, singular values largest first', () => {
  // Rank 2: rows are combinations of (1, 2, 0, 1, 0) and (0, 1, 3, 0, 2).
  const u = [1, 2, 0, 1, 0];
  const v = [0, 1, 3, 0, 2];
  const coef = [[1, 0], [0, 1], [2, 1], [1, -1], [0.5, 3], [3, 2]];
  const dense = coef.map(([a = 0, b = 0]) => u.map((x, j) => a * x + b * (v[j] ?? 0)));
  const svd = randomizedSvd(sparse(dense), 5, 2, { oversample: 2, powerIterations: 2, seed: 3 });
  assert.ok((svd.s[0] ?? 0) >= (svd.s[1] ?? 0));
  dense.forEach((r, i) => {
    r.forEach((x, j) => {
      let y = 0;
      for (let c = 0; c < 2; c++) y += (svd.U[i * 2 + c] ?? 0) * (svd.s[c] ?? 0) * (svd.V[j * 2 + c] ?? 0);
      assert.ok(Math.abs(x - y) < 1e-9, `entry ${i},${j}: ${x} vs ${y}`);
    });
  });
  // A row's projection x·V is its row of UΣ.
  const z = project(sparse(dense)[2] as SparseRow, svd);
  for (let c = 0; c < 2; c++) assert.ok(Math.abs((z[c] ?? 0) - (svd.U[2 * 2 + c] ?? 0) * (svd.s[c] ?? 0)) < 1e-9);
});

test('randomized SVD finds the singular values of a diagonal matrix', () => {
  const dense = [[5, 0, 0, 0], [0, 3, 0, 0], [0, 0, 2, 0], [0, 0, 0, 1]];
  const svd = randomizedSvd(sparse(dense), 4, 3, { oversample: 1, powerIterations: 3, seed: 7 });
  assert.deepEqual([...svd.s].map((x) => Math.round(x * 1e9) / 1e9), [5, 3, 2]);
});

test('Jacobi eigen-decomposition of a symmetric matrix', () => {
  const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
  assert.deepEqual([...values].map((x) => Math.round(x * 1e9) / 1e9).sort(), [1, 3]);
});

test('TF-KLD weighs a word shared by paraphrases and not by the others; a word that does not discriminate gets ~0', () => {
  const pairs = [
    { a: ['said', 'x'], b: ['said', 'y'], label: 1 },
    { a: ['said', 'x'], b: ['said', 'z'], label: 0 },
    { a: ['billion'], b: ['billion'], label: 1 },
    { a: ['billion'], b: ['million'], label: 0 },
    { a: ['billion'], b: ['billion'], label: 1 },
    { a: ['million'], b: ['billion'], label: 0 },
  ];
  const w = tfkldWeights(pairs, 0.05);
  assert.ok((w.get('said') ?? 1) < 1e-9, '"said" is in both sentences of every pair, whatever the label');
  assert.ok((w.get('billion') ?? 0) > 0.5, '"billion" is shared only by paraphrases');
  assert.equal(bernoulliKl(0.3, 0.3), 0);
  assert.ok(Math.abs(bernoulliKl(0.9, 0.5) - (0.9 * Math.log(1.8) + 0.1 * Math.log(0.2))) < 1e-12);
});

test('logistic regression separates a separable set', () => {
  const X = [[0, 0], [0, 1], [1, 0], [3, 3], [3, 4], [4, 3]].map((r) => Float64Array.from(r));
  const y = [0, 0, 0, 1, 1, 1];
  const m = trainLogistic(X, y, 0.01, 200);
  X.forEach((x, i) => assert.equal(logisticProbability(m, x) >= 0.5 ? 1 : 0, y[i]));
});
