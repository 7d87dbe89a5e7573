import type { AgreedQuantity, Discrepancy } from '../model/story-brief.ts';

export interface OtherFigure {
  readonly value: number;
  readonly sources: readonly string[];
}

/**
 * The figures other sources give for what an agreed figure measures. "Numbers sources agree on: hour of talks: 8"
 * read as settled while "Where sources differ" had the same 8 against another source's 5.5; shown beside the agreed
 * figure, the reader sees that the agreement is not all sources'. Pure: the Markdown brief and the web UI both ask.
 */
export function otherFigures(agreed: AgreedQuantity, discrepancies: readonly Discrepancy[]): OtherFigure[] {
  const mine = new Set(agreed.sources);
  const out: OtherFigure[] = [];
  for (const d of discrepancies) {
    if (d.about !== agreed.about) continue;
    const values = d.values.filter((v) => v.unit === agreed.unit);
    // The dispute is about this figure only when it holds this value from at least one of the same sources.
    if (!values.some((v) => v.value === agreed.value && v.sources.some((s) => mine.has(s)))) continue;
    for (const v of values) if (v.value !== agreed.value) out.push({ value: v.value, sources: v.sources });
  }
  return out;
}
