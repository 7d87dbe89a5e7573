import type { TextRange } from '../../model/span.ts';
import { UNTAGGED_RULE } from './find-direct-quotes.ts';
import type { RawAttribution, SpeakerPhrase } from './types.ts';

/** Who a sentence standing between two quotes names as its subject, given the stretch from `from` to the quote. */
export type IntroducedBy = (from: number, quote: TextRange) => SpeakerPhrase | undefined;

/**
 * A quote with no tag of its own continues the attribution just before it: in the same paragraph it is the second
 * half of a split quote ("“...,” Ryabkov said. “...”": stated), in the next paragraph a follow-up (inferred).
 * Untagged quotes with no attribution in reach are dropped: a speakerless quote is no use to a reader.
 */
export function attachUntaggedQuotes(
  raws: readonly RawAttribution[],
  paragraphs: readonly TextRange[],
  introducedBy: IntroducedBy = () => undefined,
): RawAttribution[] {
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
    // "A young man … approached the congressman on a sidewalk, saying: “Hi, Congressman. …”" (basil-dev; it went to
    // the congressman quoted in the paragraph before): a quote whose own sentence names a speaker we could not read
    // continues only an attribution made inside that sentence ("said Mr. Scotto was “not man enough” and added: “…”").
    if (raw.ownLeadIn !== undefined && previous.end <= raw.ownLeadIn.start) continue;
    // "“…,” Pence said. ¶ On “Face the Nation,” Sen. Bernie Sanders (Vt.) identified young voters' exhaustion with
    // bigotry as one of the reasons … “The younger people are … sick and tired of discrimination.”" (Washington Post
    // 2016-09-26, PolNeAR dev: was Pence's): a sentence of the quote's own paragraph, between the last speaker and the
    // quote, whose subject is another named person introduces that person's words.
    const other = introducedBy(Math.max(previous.end, paragraphs[paragraphIndex(paragraphs, raw.start)]?.start ?? 0), raw);
    if (other !== undefined && surnameOf(other.text) !== surnameOf(previous.speaker?.text ?? '')) {
      const introduced: RawAttribution = { ...raw, speaker: other, speakerCertainty: 'inferred', rule: 'quotes/introduced-by-sentence' };
      out.push(introduced);
      previous = introduced;
      continue;
    }
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

function surnameOf(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
}
