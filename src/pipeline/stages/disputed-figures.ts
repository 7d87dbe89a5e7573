import type { TextRange } from '../../model/span.ts';
import type { Discrepancy } from '../../model/story-brief.ts';

/** A passage of an article: a claim member's or a summary sentence's. */
export interface Passage extends TextRange {
  readonly docId: string;
}

/**
 * The passages that give, of some disputed quantity, a value other than the one `kept` gives: they state a figure the
 * sources differ on, so they do not state `kept`'s fact ("Clinton is 71 delegates short of ... 2,383" and "Clinton needs
 * 67 delegates to reach the 2,383" are one sentence group by their shared words, while "Where sources differ" lists
 * 67 against 71: the brief said the outlets agree on what it also said they dispute).
 */
export function givesOtherFigure(kept: Passage, passages: readonly Passage[], discrepancies: readonly Discrepancy[]): Set<Passage> {
  const other = new Set<Passage>();
  if (discrepancies.length === 0) return other;
  const inside = (p: Passage, sp: { articleId: string; start: number; end: number }): boolean =>
    sp.articleId === p.docId && p.start <= sp.start && sp.end <= p.end;
  for (const d of discrepancies) {
    // The value `kept` gives of this quantity, by its place among the disputed values; none: nothing to hold others to.
    const keptValue = d.values.findIndex((v) => v.spans.some((sp) => inside(kept, sp)));
    if (keptValue < 0) continue;
    for (const p of passages) {
      if (p === kept) continue;
      if (d.values.some((v, k) => k !== keptValue && v.spans.some((sp) => inside(p, sp)) && !d.values[keptValue]?.spans.some((sp) => inside(p, sp)))) other.add(p);
    }
  }
  return other;
}
