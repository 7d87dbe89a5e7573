import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agglomerate, refineStories } from '../../src/cluster/refine.ts';
import type { WeightedTerm } from '../../src/cluster/article-vector.ts';

const vec = (...pairs: [number, number][]): WeightedTerm[] => {
  const norm = Math.sqrt(pairs.reduce((s, [, w]) => s + w * w, 0));
  return pairs.map(([key, w]) => ({ key, label: String(key), kind: 'word', weight: w / norm }));
};

const OPTIONS = { joinThreshold: 0.2, storyMergeThreshold: 1, rounds: 2, maxCandidates: 10, timeWeight: 0, timeScaleDays: 14, windowDays: 60 };

test('refinement moves an article placed early in the wrong story to the story it matches as a whole', () => {
  const vectors = new Map([
    ['a1', vec([1, 1], [2, 1])],
    ['a2', vec([1, 1], [2, 1], [3, 0.2])],
    ['b1', vec([5, 1], [6, 1])],
    ['b2', vec([5, 1], [6, 1], [7, 0.3])],
    // Shares a little with story a, much more with story b.
    ['x', vec([5, 1], [6, 1], [1, 0.3])],
  ]);
  const order = new Map([...vectors.keys()].map((id, i) => [id, i]));
  const out = refineStories([['a1', 'a2', 'x'], ['b1', 'b2']], vectors, [], order, OPTIONS);
  assert.deepEqual(out, [['a1', 'a2'], ['b1', 'b2', 'x']]);
});

test('refinement sends an article alike to nothing to a story of its own, and moves copies together', () => {
  const vectors = new Map([
    ['a1', vec([1, 1], [2, 1])],
    ['a2', vec([1, 1], [2, 1])],
    ['z', vec([9, 1])],
    ['z-copy', vec([9, 1])],
  ]);
  const order = new Map([...vectors.keys()].map((id, i) => [id, i]));
  const out = refineStories([['a1', 'a2', 'z', 'z-copy']], vectors, [{ original: 'z', copy: 'z-copy' }], order, OPTIONS);
  assert.deepEqual(out, [['a1', 'a2'], ['z', 'z-copy']]);
});

test('time distance lowers a re-assignment score when dates are known', () => {
  const vectors = new Map([
    ['a1', vec([1, 1], [2, 1])],
    ['a2', vec([1, 1], [2, 1])],
    ['late', vec([1, 1], [3, 1.2])],
  ]);
  const order = new Map([...vectors.keys()].map((id, i) => [id, i]));
  const days = new Map([['a1', 0], ['a2', 1], ['late', 200]]);
  const near = refineStories([['a1', 'a2', 'late']], vectors, [], order, { ...OPTIONS, joinThreshold: 0.4 }, new Map([['a1', 0], ['a2', 1], ['late', 2]]));
  const far = refineStories([['a1', 'a2', 'late']], vectors, [], order, { ...OPTIONS, joinThreshold: 0.4, timeWeight: 0.9 }, days);
  assert.deepEqual(near, [['a1', 'a2', 'late']]);
  assert.deepEqual(far, [['a1', 'a2'], ['late']]);
  // Beyond the time window a story takes nothing, whatever the time weight.
  const outside = refineStories([['a1', 'a2', 'late']], vectors, [], order, { ...OPTIONS, joinThreshold: 0.4 }, days);
  assert.deepEqual(outside, [['a1', 'a2'], ['late']]);
});

test('agglomerate joins centroids at or above the threshold and never below', () => {
  const m = (...pairs: [number, number][]) => new Map(pairs);
  const sums = [m([1, 1], [2, 1]), m([1, 1], [2, 0.9]), m([7, 1]), m([7, 1], [8, 0.2])];
  assert.deepEqual(agglomerate(sums, 0.9, 10), [[0, 1], [2, 3]]);
  assert.deepEqual(agglomerate(sums, 1, 10), [[0], [1], [2], [3]]);
  assert.deepEqual(agglomerate(sums, 0.01, 10).length, 2);
});
