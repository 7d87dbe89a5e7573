// TempEval-3 style scoring of TIMEX3 extraction: strict and relaxed span F1, value F1 and type F1.
import type { TextRange } from '../../model/span.ts';

export interface ScoredTimex extends TextRange {
  /** TIMEX3 type: DATE, TIME, DURATION, SET. */
  readonly type: string;
  readonly value: string;
}

export interface TimexCounts {
  readonly gold: number;
  readonly system: number;
  readonly strict: number;
  readonly relaxed: number;
  /** Relaxed matches whose value is identical. */
  readonly value: number;
  /** Relaxed matches whose type is identical. */
  readonly type: number;
}

export interface TimexPair {
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}

export interface TimexAlignment {
  readonly pairs: readonly TimexPair[];
  readonly missed: readonly ScoredTimex[];
  readonly spurious: readonly ScoredTimex[];
}

const overlap = (a: TextRange, b: TextRange): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one alignment of system to gold timexes by overlap (the relaxed match of TempEval-3): each gold takes the
 * unused system timex that overlaps it most (ties: the earlier one).
 */
export function alignTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexAlignment {
  const used = new Set<number>();
  const pairs: TimexPair[] = [];
  const missed: ScoredTimex[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      const o = overlap(g, s);
      if (!used.has(i) && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    const match = system[best];
    if (match) {
      used.add(best);
      pairs.push({ gold: g, system: match });
    } else missed.push(g);
  }
  return { pairs, missed, spurious: system.filter((_, i) => !used.has(i)) };
}

export function countTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexCounts {
  const { pairs } = alignTimexes(gold, system);
  return {
    gold: gold.length,
    system: system.length,
    strict: pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length,
    relaxed: pairs.length,
    value: pairs.filter((p) => p.gold.value === p.system.value).length,
    type: pairs.filter((p) => p.gold.type === p.system.type).length,
  };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type,
  };
}

export const ZERO_COUNTS: TimexCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };

export interface TimexScores {
  readonly strictP: number; readonly strictR: number; readonly strictF1: number;
  readonly relaxedP: number; readonly relaxedR: number; readonly relaxedF1: number;
  /** As the TempEval-3 scorer: P = correct values / system timexes, R = correct values / gold timexes. */
  readonly valueP: number; readonly valueR: number; readonly valueF1: number;
  readonly typeF1: number;
  /** Correct types among relaxed matches. */
  readonly typeAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreCounts(c: TimexCounts): TimexScores {
  const prf = (hit: number) => {
    const p = ratio(hit, c.system);
    const r = ratio(hit, c.gold);
    return { p, r, f: f1(p, r) };
  };
  const s = prf(c.strict);
  const rl = prf(c.relaxed);
  const v = prf(c.value);
  const t = prf(c.type);
  return {
    strictP: s.p, strictR: s.r, strictF1: s.f, relaxedP: rl.p, relaxedR: rl.r, relaxedF1: rl.f,
    valueP: v.p, valueR: v.r, valueF1: v.f, typeF1: t.f, typeAccuracy: ratio(c.type, c.relaxed),
  };
}
