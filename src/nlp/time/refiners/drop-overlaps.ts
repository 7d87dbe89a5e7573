// When parsers claim overlapping text, the longest claim wins ("June 16, 2021" over "2021"); on equal length the
// earlier in the text, and at the same start the earlier parser in the list (drafts arrive sorted stably by start).
import type { Draft, Refiner } from '../types.ts';

export const dropOverlaps: Refiner = {
  id: 'drop-overlaps',
  refine(drafts, { text }) {
    const ranked = drafts
      .map((draft, order) => ({ draft, order }))
      .sort((a, b) => (b.draft.end - b.draft.start) - (a.draft.end - a.draft.start) || a.order - b.order);
    // One flag per character: checking a candidate costs its own length, so the pass stays linear in the text.
    const claimed = new Uint8Array(text.length + 1);
    const kept: Draft[] = [];
    for (const { draft } of ranked) {
      if (draft.end <= draft.start || draft.start < 0 || draft.end > text.length) continue;
      let free = true;
      for (let i = draft.start; i < draft.end && free; i++) free = claimed[i] === 0;
      if (!free) continue;
      claimed.fill(1, draft.start, draft.end);
      kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
