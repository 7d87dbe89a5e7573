import { addToSize, EMPTY_SIZE, sentenceCost, withinBudget, type SummarySize } from './budget.ts';
import type { SummaryBudget } from './types.ts';

/** What the selector needs of a sentence. */
export interface CoverageCandidate {
  readonly bytes: number;
  readonly words: number;
  /** Distinct weighted concepts the sentence states. */
  readonly concepts: readonly string[];
  /** Small prior in [0, 1] (position), used only to break ties between equal coverage. */
  readonly prior: number;
}

export interface CoverageOptions {
  /** Gain is divided by cost^lengthPower: 1 = pure density (favours short sentences), 0 = ignore length. */
  readonly lengthPower?: number;
  /** Rounds of single swaps after the greedy pass (each round tries every selected × candidate pair). */
  readonly swapRounds?: number;
}

// Tuned on the odd DUC clusters; between density (1) and raw gain (0), as in Lin & Bilmes' scaled greedy.
const DEFAULT_LENGTH_POWER = 0.6;
const DEFAULT_SWAP_ROUNDS = 2;
// Weight of the position prior relative to one unit of concept weight: a tie-breaker, never worth a concept.
const PRIOR_WEIGHT = 0.01;

function coverage(selected: readonly number[], cands: readonly CoverageCandidate[], weights: ReadonlyMap<string, number>): number {
  const seen = new Set<string>();
  let total = 0;
  for (const i of selected) {
    const c = cands[i];
    if (!c) continue;
    total += PRIOR_WEIGHT * c.prior;
    for (const k of c.concepts) {
      if (seen.has(k)) continue;
      seen.add(k);
      total += weights.get(k) ?? 0;
    }
  }
  return total;
}

function sizeOf(selected: readonly number[], cands: readonly CoverageCandidate[]): SummarySize {
  let size = EMPTY_SIZE;
  for (const i of selected) {
    const c = cands[i];
    if (c) size = addToSize(size, c);
  }
  return size;
}

/**
 * Budgeted maximum coverage of weighted concepts (Gillick & Favre's objective) by greedy gain/cost^p, then swap local
 * search to escape the greedy's early commitments. Returns candidate indices in selection order. Deterministic: ties
 * go to the lower index.
 */
export function selectByCoverage(
  cands: readonly CoverageCandidate[],
  weights: ReadonlyMap<string, number>,
  budget: SummaryBudget,
  options: CoverageOptions = {},
): number[] {
  const p = options.lengthPower ?? DEFAULT_LENGTH_POWER;
  const rounds = options.swapRounds ?? DEFAULT_SWAP_ROUNDS;
  const selected = greedy(cands, weights, budget, p);
  return improveBySwaps(selected, cands, weights, budget, rounds);
}

function greedy(cands: readonly CoverageCandidate[], weights: ReadonlyMap<string, number>, budget: SummaryBudget, p: number): number[] {
  const selected: number[] = [];
  const covered = new Set<string>();
  const used = new Set<number>();
  let size = EMPTY_SIZE;
  for (;;) {
    let best = -1;
    let bestScore = 0;
    cands.forEach((c, i) => {
      if (used.has(i) || !withinBudget(addToSize(size, c), budget)) return;
      let gain = PRIOR_WEIGHT * c.prior;
      for (const k of c.concepts) if (!covered.has(k)) gain += weights.get(k) ?? 0;
      const cost = Math.max(sentenceCost(c, budget), 1e-9);
      const score = gain / Math.pow(cost, p);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    const pick = cands[best];
    if (best < 0 || !pick) return selected;
    selected.push(best);
    used.add(best);
    size = addToSize(size, pick);
    for (const k of pick.concepts) covered.add(k);
  }
}

function improveBySwaps(
  start: readonly number[],
  cands: readonly CoverageCandidate[],
  weights: ReadonlyMap<string, number>,
  budget: SummaryBudget,
  rounds: number,
): number[] {
  let current = [...start];
  let value = coverage(current, cands, weights);
  for (let r = 0; r < rounds; r++) {
    let improved = false;
    for (let pos = 0; pos < current.length; pos++) {
      const rest = current.filter((_, j) => j !== pos);
      const restSize = sizeOf(rest, cands);
      let bestSet: number[] | undefined;
      let bestValue = value;
      cands.forEach((c, i) => {
        if (current.includes(i) || !withinBudget(addToSize(restSize, c), budget)) return;
        const trial = [...rest, i];
        const v = coverage(trial, cands, weights);
        if (v > bestValue + 1e-9) {
          bestValue = v;
          bestSet = trial;
        }
      });
      if (bestSet) {
        current = bestSet;
        value = bestValue;
        improved = true;
      }
    }
    // After swaps some room may be left: add whatever still fits and gains.
    const filled = greedyExtend(current, cands, weights, budget);
    if (filled.length > current.length) {
      current = filled;
      value = coverage(current, cands, weights);
      improved = true;
    }
    if (!improved) break;
  }
  return current;
}

function greedyExtend(
  start: readonly number[],
  cands: readonly CoverageCandidate[],
  weights: ReadonlyMap<string, number>,
  budget: SummaryBudget,
): number[] {
  const current = [...start];
  for (;;) {
    const size = sizeOf(current, cands);
    const base = coverage(current, cands, weights);
    let best = -1;
    let bestGain = 1e-9;
    cands.forEach((c, i) => {
      if (current.includes(i) || !withinBudget(addToSize(size, c), budget)) return;
      const gain = coverage([...current, i], cands, weights) - base;
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    });
    if (best < 0) return current;
    current.push(best);
  }
}
