/**
 * Trains the statement aligner's same-fact model (models/align/same-fact-model.json) on MSRP train only: gradient-
 * boosted trees over pair features (src/align/pair-features.ts). Settings are chosen by 5-fold cross-validation on
 * train; the threshold is the one that maximizes accuracy over the out-of-fold predictions. MSRP test is never read
 * here (`npm run eval:paraphrase` reports it). Deterministic: same data, same model.
 *   node --import tsx scripts/train-paraphrase.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGN_MODEL_DIR, loadWordVectors } from '../src/align/word-vectors.ts';
import { FEATURE_NAMES } from '../src/align/pair-features.ts';
import type { SameFactModel, TreeNode } from '../src/align/same-fact-model.ts';
import { msrpFeatures, readMsrp } from './msrp.ts';

interface Settings {
  readonly trees: number;
  readonly depth: number;
  readonly rate: number;
  readonly minLeaf: number;
}

const vectors = loadWordVectors();
const train = readMsrp('train');
const X = msrpFeatures(train, vectors);
const y = train.map((p) => p.label);

const grid: Settings[] = [];
// Deeper trees need fewer rounds; the grid keeps the whole search to a few minutes on one core.
for (const [depth, trees] of [[3, 300], [4, 200], [5, 150]] as const) grid.push({ trees, depth, rate: 0.05, minLeaf: 20 });
if (process.argv.includes('--quick')) grid.splice(0, grid.length, { trees: 200, depth: 3, rate: 0.05, minLeaf: 20 });

const folds = 5;
const foldOf = y.map((_, i) => i % folds);
let best: { s: Settings; acc: number; f1: number; threshold: number } | undefined;
for (const s of grid) {
  const oof = new Array<number>(y.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const tr = y.map((_, i) => i).filter((i) => foldOf[i] !== f);
    const model = boost(tr.map((i) => X[i] ?? []), tr.map((i) => y[i] ?? 0), s);
    y.forEach((_, i) => {
      if (foldOf[i] === f) oof[i] = predict(model, X[i] ?? []);
    });
  }
  const { threshold, acc, f1 } = bestThreshold(oof, y);
  console.error(`depth ${s.depth} trees ${s.trees}: cv accuracy ${acc.toFixed(4)} f1 ${f1.toFixed(4)} at ${threshold.toFixed(3)}`);
  if (!best || acc > best.acc) best = { s, acc, f1, threshold };
}
if (!best) throw new Error('no settings');
const final = boost(X, y, best.s);
const model: SameFactModel = {
  features: [...FEATURE_NAMES],
  base: final.base,
  trees: final.trees,
  threshold: round(best.threshold),
  trainedOn: `MSRP train (${y.length} pairs); ${best.s.trees} trees of depth ${best.s.depth}, rate ${best.s.rate}, min leaf ${best.s.minLeaf}; 5-fold CV on train: accuracy ${best.acc.toFixed(4)}, F1 ${best.f1.toFixed(4)}`,
};
writeFileSync(join(ALIGN_MODEL_DIR, 'same-fact-model.json'), JSON.stringify(model) + '\n');
console.log(JSON.stringify({ cvAccuracy: round(best.acc), cvF1: round(best.f1), threshold: model.threshold, ...best.s }));

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function bestThreshold(p: readonly number[], y: readonly number[]): { threshold: number; acc: number; f1: number } {
  let best = { threshold: 0.5, acc: 0, f1: 0 };
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    p.forEach((v, i) => {
      const yes = v >= t;
      if (yes && y[i] === 1) tp++;
      else if (yes) fp++;
      else if (y[i] === 1) fn++;
      else tn++;
    });
    const acc = (tp + tn) / p.length;
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (acc > best.acc) best = { threshold: t, acc, f1 };
  }
  return best;
}

interface Boosted {
  readonly base: number;
  readonly trees: TreeNode[][];
}

function predict(m: Boosted, x: readonly number[]): number {
  let s = m.base;
  for (const t of m.trees) {
    let k = 0;
    for (;;) {
      const n = t[k];
      if (!n) break;
      if (n.feature < 0) {
        s += n.value;
        break;
      }
      k = (x[n.feature] ?? 0) < n.threshold ? n.left : n.right;
    }
  }
  return 1 / (1 + Math.exp(-s));
}

/** Logistic-loss gradient boosting with Newton leaves; split candidates are feature quantiles (32 per feature). */
function boost(X: readonly (readonly number[])[], y: readonly number[], s: Settings): Boosted {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const base = Math.log(mean / (1 - mean));
  const f = new Float64Array(n).fill(base);
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const vals = [...new Set(X.map((x) => x[j] ?? 0))].sort((a, b) => a - b);
    const c: number[] = [];
    for (let q = 1; q < 32; q++) {
      const v = vals[Math.floor((q / 32) * vals.length)];
      if (v !== undefined && c[c.length - 1] !== v) c.push(v);
    }
    cuts.push(c);
  }
  const trees: TreeNode[][] = [];
  for (let t = 0; t < s.trees; t++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(f[i] ?? 0)));
      g[i] = (y[i] ?? 0) - p;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const nodes: TreeNode[] = [];
    const grow = (idx: readonly number[], depth: number): number => {
      let G = 0, H = 0;
      for (const i of idx) {
        G += g[i] ?? 0;
        H += h[i] ?? 0;
      }
      const value = (s.rate * G) / (H + 1);
      const at = nodes.length;
      nodes.push({ feature: -1, threshold: 0, left: -1, right: -1, value });
      if (depth >= s.depth || idx.length < 2 * s.minLeaf) return at;
      let bestGain = 0;
      let bestF = -1;
      let bestT = 0;
      const parentScore = (G * G) / (H + 1);
      for (let j = 0; j < d; j++) {
        const c = cuts[j] ?? [];
        const gl = new Float64Array(c.length + 1);
        const hl = new Float64Array(c.length + 1);
        const cnt = new Int32Array(c.length + 1);
        for (const i of idx) {
          const v = X[i]?.[j] ?? 0;
          let lo = 0, hi = c.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (v < (c[mid] ?? 0)) hi = mid;
            else lo = mid + 1;
          }
          gl[lo] = (gl[lo] ?? 0) + (g[i] ?? 0);
          hl[lo] = (hl[lo] ?? 0) + (h[i] ?? 0);
          cnt[lo] = (cnt[lo] ?? 0) + 1;
        }
        let GL = 0, HL = 0, CL = 0;
        for (let b = 0; b < c.length; b++) {
          GL += gl[b] ?? 0;
          HL += hl[b] ?? 0;
          CL += cnt[b] ?? 0;
          if (CL < s.minLeaf || idx.length - CL < s.minLeaf) continue;
          const GR = G - GL;
          const HR = H - HL;
          const gain = (GL * GL) / (HL + 1) + (GR * GR) / (HR + 1) - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            bestF = j;
            bestT = c[b] ?? 0;
          }
        }
      }
      if (bestF < 0) return at;
      const li = idx.filter((i) => (X[i]?.[bestF] ?? 0) < bestT);
      const ri = idx.filter((i) => (X[i]?.[bestF] ?? 0) >= bestT);
      const left = grow(li, depth + 1);
      const right = grow(ri, depth + 1);
      nodes[at] = { feature: bestF, threshold: bestT, left, right, value };
      return at;
    };
    grow(Array.from({ length: n }, (_, i) => i), 0);
    trees.push(nodes);
    for (let i = 0; i < n; i++) {
      let k = 0;
      for (;;) {
        const nd = nodes[k];
        if (!nd) break;
        if (nd.feature < 0) {
          f[i] = (f[i] ?? 0) + nd.value;
          break;
        }
        k = (X[i]?.[nd.feature] ?? 0) < nd.threshold ? nd.left : nd.right;
      }
    }
  }
  return { base, trees };
}
