import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGN_MODEL_DIR } from './word-vectors.ts';

/** One node of a regression tree: a split (feature < threshold → left) or a leaf (feature -1). */
export interface TreeNode {
  readonly feature: number;
  readonly threshold: number;
  readonly left: number;
  readonly right: number;
  /** The node's value (a leaf's output; an inner node's mean, used to explain a decision). */
  readonly value: number;
}

/**
 * Gradient-boosted trees over pair features, trained by scripts/train-paraphrase.ts on MSRP train. The log-odds of
 * "same fact" is `base` plus the sum of the trees' leaves; a pair is the same fact at probability >= threshold.
 */
export interface SameFactModel {
  readonly features: readonly string[];
  readonly base: number;
  readonly trees: readonly (readonly TreeNode[])[];
  readonly threshold: number;
  /** How the model was made: data, settings and its cross-validated scores on train. */
  readonly trainedOn: string;
}

export function loadSameFactModel(dir: string = ALIGN_MODEL_DIR): SameFactModel {
  const model = JSON.parse(readFileSync(join(dir, 'same-fact-model.json'), 'utf8')) as SameFactModel;
  if (!Array.isArray(model.trees) || typeof model.threshold !== 'number') throw new Error(`same-fact model in ${dir} is malformed`);
  return model;
}

/**
 * The trees as parallel typed arrays (node k of every tree in one numbering), walked without an object per node: a
 * story's brief asks the model for thousands of pairs, 200 trees each. Derived once per model object; the WeakMap
 * only saves that work, it changes no result (same comparisons, same leaves summed in the same order).
 */
interface FlatTrees {
  readonly roots: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly value: Float64Array;
}

const flattened = new WeakMap<SameFactModel, FlatTrees>();

function flatTrees(model: SameFactModel): FlatTrees {
  let flat = flattened.get(model);
  if (flat !== undefined) return flat;
  const size = model.trees.reduce((n, t) => n + t.length, 0);
  flat = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  };
  let at = 0;
  model.trees.forEach((tree, t) => {
    (flat as FlatTrees).roots[t] = at;
    tree.forEach((n, k) => {
      const inner = n.feature >= 0;
      // A child outside its tree would be read from another tree: refused here, as the walk by objects refused it.
      if (inner && !(tree[n.left] && tree[n.right])) throw new Error('same-fact model: broken tree');
      const f = flat as FlatTrees;
      f.feature[at + k] = inner ? n.feature : -1;
      f.threshold[at + k] = n.threshold;
      f.left[at + k] = at + n.left;
      f.right[at + k] = at + n.right;
      f.value[at + k] = n.value;
    });
    if (tree.length === 0) throw new Error('same-fact model: broken tree');
    at += tree.length;
  });
  flattened.set(model, flat);
  return flat;
}

export function logOdds(model: SameFactModel, x: readonly number[]): number {
  const { roots, feature, threshold, left, right, value } = flatTrees(model);
  let s = model.base;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t] as number;
    for (let f = feature[k] as number; f >= 0; f = feature[k] as number) k = ((x[f] ?? 0) < (threshold[k] as number) ? left[k] : right[k]) as number;
    s += value[k] as number;
  }
  return s;
}

export function probability(model: SameFactModel, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, x)));
}

/**
 * Each feature's share of the decision (log-odds), by following each tree's path and crediting every split's change of
 * value to its feature. Sums, with `base` and the root values, to the log-odds.
 */
export function contributions(model: SameFactModel, x: readonly number[]): number[] {
  const out = new Array<number>(model.features.length).fill(0);
  for (const tree of model.trees) {
    let k = 0;
    for (;;) {
      const n = tree[k];
      if (!n || n.feature < 0) break;
      const next = (x[n.feature] ?? 0) < n.threshold ? n.left : n.right;
      const child = tree[next];
      if (!child) break;
      out[n.feature] = (out[n.feature] ?? 0) + child.value - n.value;
      k = next;
    }
  }
  return out;
}
