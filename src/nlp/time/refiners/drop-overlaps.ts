// When parsers claim overlapping text, the longest claim wins ("June 16, 2021" over "2021"); on equal length the
// earlier parser in the list wins, so the list order is the tie-break.
import type { Draft, Refiner } from '../types.ts';

export const dropOverlaps: Refiner = {
  id: 'drop-overlaps',
  refine(drafts) {
    const ranked = drafts
      .map((draft, order) => ({ draft, order }))
      .sort((a, b) => (b.draft.end - b.draft.start) - (a.draft.end - a.draft.start) || a.order - b.order);
    const kept: Draft[] = [];
    for (const { draft } of ranked) {
      if (draft.end <= draft.start) continue;
      if (kept.every((k) => k.end <= draft.start || draft.end <= k.start)) kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
