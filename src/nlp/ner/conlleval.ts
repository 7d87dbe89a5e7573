/**
 * conlleval-style scoring: an entity counts only when its boundaries and its type both match exactly.
 * Micro-averaged precision/recall/F1 overall and per type.
 */
export interface ScoredSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface PrfCounts {
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface Prf extends PrfCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ConllScore {
  readonly overall: Prf;
  readonly byType: Readonly<Record<string, Prf>>;
}

/** Scores parallel lists of units (sentences): gold[k] and predicted[k] are the spans of unit k. */
export function scoreSpans(
  gold: readonly (readonly ScoredSpan[])[],
  predicted: readonly (readonly ScoredSpan[])[],
  types?: readonly string[],
): ConllScore {
  if (gold.length !== predicted.length) throw new TypeError('scoreSpans: gold and predicted differ in length');
  const keep = (s: ScoredSpan): boolean => types === undefined || types.includes(s.type);
  const counts = new Map<string, { tp: number; predicted: number; gold: number }>();
  const bump = (type: string, field: 'tp' | 'predicted' | 'gold'): void => {
    const c = counts.get(type) ?? { tp: 0, predicted: 0, gold: 0 };
    c[field]++;
    counts.set(type, c);
  };
  gold.forEach((g, k) => {
    const goldKeys = new Set(g.filter(keep).map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g.filter(keep)) bump(s.type, 'gold');
    for (const s of (predicted[k] ?? []).filter(keep)) {
      bump(s.type, 'predicted');
      if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) bump(s.type, 'tp');
    }
  });
  const byType: Record<string, Prf> = {};
  let tp = 0;
  let p = 0;
  let g = 0;
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = prf(c);
    tp += c.tp;
    p += c.predicted;
    g += c.gold;
  }
  return { overall: prf({ tp, predicted: p, gold: g }), byType };
}

export function prf(c: PrfCounts): Prf {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
