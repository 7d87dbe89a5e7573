import type { TextRange } from '../../model/span.ts';
import { UNTAGGED_RULE } from './find-direct-quotes.ts';
import type { RawAttribution } from './types.ts';

/**
 * A quote with no tag of its own continues the attribution just before it: in the same paragraph it is the second
 * half of a split quote ("“...,” Ryabkov said. “...”": stated), in the next paragraph a follow-up (inferred).
 * Untagged quotes with no attribution in reach are dropped: a speakerless quote is no use to a reader.
 */
export function attachUntaggedQuotes(raws: readonly RawAttribution[], paragraphs: readonly TextRange[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  let previous: RawAttribution | undefined;
  for (const raw of [...raws].sort((a, b) => a.start - b.start)) {
    if (raw.rule !== UNTAGGED_RULE) {
      out.push(raw);
      if (raw.speaker !== undefined) previous = raw;
      continue;
    }
    if (previous === undefined) continue;
    const gap = paragraphIndex(paragraphs, raw.start) - paragraphIndex(paragraphs, previous.end);
    // Farther than the next paragraph the reader no longer knows who speaks.
    if (gap > 1 || gap < 0) continue;
    const attached: RawAttribution =
      gap === 0
        ? { ...raw, speakerCertainty: 'stated', rule: 'quotes/split-quote' }
        : { ...raw, speakerCertainty: 'inferred', rule: 'quotes/follow-up-paragraph' };
    out.push(attached);
    previous = attached;
  }
  return out;
}

function paragraphIndex(paragraphs: readonly TextRange[], at: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (p === undefined) break;
    if (p.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
