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

export function logOdds(model: SameFactModel, x: readonly number[]): number {
  let s = model.base;
  for (const tree of model.trees) s += leafOf(tree, x).value;
  return s;
}

export function probability(model: SameFactModel, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, x)));
}

function leafOf(tree: readonly TreeNode[], x: readonly number[]): TreeNode {
  let k = 0;
  for (;;) {
    const n = tree[k];
    if (!n) throw new Error('same-fact model: broken tree');
    if (n.feature < 0) return n;
    k = (x[n.feature] ?? 0) < n.threshold ? n.left : n.right;
  }
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
