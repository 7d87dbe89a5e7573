// Gives every relative draft its TIMEX3 value (reference date + clause tense + last mentioned date) and appends
// part-of-day, clock and weekend suffixes. Drafts keep `relative` so certainty can say they were inferred.
import type { TextRange } from '../../../model/span.ts';
import { parseDay, type Day } from '../calendar.ts';
import { resolveRelative, type Anchor } from '../resolve.ts';
import { clauseTense } from '../tense.ts';
import type { Draft, Refiner } from '../types.ts';

const NEEDS_TENSE: ReadonlySet<string> = new Set(['weekday', 'month', 'year-part', 'weekend']);

function sentenceOf(sentences: readonly TextRange[], range: TextRange): TextRange {
  return sentences.find((s) => s.start <= range.start && range.start < s.end) ?? range;
}

/** The anchor a resolved value provides to later "a day later" expressions. */
function anchorOf(value: string): Anchor | undefined {
  const day = parseDay(value);
  if (day) return { day, unit: 'day' };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { day: { year: Number(month[1]), month: Number(month[2]), day: 1 }, unit: 'month' };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { day: { year: Number(year[1]), month: 1, day: 1 }, unit: 'year' };
  return undefined;
}

function withSuffix(draft: Draft, value: string): string {
  if (draft.weekend && /^\d{4}-W\d{2}$/.test(value)) return `${value}-WE`;
  if (draft.clock !== undefined) return `${value}T${draft.clock}`;
  if (draft.partOfDay !== undefined) return `${value}T${draft.partOfDay}`;
  return value;
}

export const resolveRelativeRefiner: Refiner = {
  id: 'resolve-relative',
  refine(drafts, { text, reference, sentences }) {
    const out: Draft[] = [];
    let anchor: Anchor | undefined;
    let sentenceDay: { readonly day: Day; readonly sentence: TextRange } | undefined;
    for (const draft of drafts) {
      const sentence = sentenceOf(sentences, draft);
      let value = draft.value;
      if (value === undefined && draft.relative) {
        // Only expressions whose direction is open need the (costlier) tense reading.
        const tense = NEEDS_TENSE.has(draft.relative.type) ? clauseTense(text, sentence, draft) : 'unknown';
        const sameSentenceDay = sentenceDay && sentenceDay.sentence.start === sentence.start ? sentenceDay.day : undefined;
        value = resolveRelative(draft.relative, { reference, tense, anchor, sentenceDay: sameSentenceDay });
      }
      if (value === undefined) continue;
      const next = anchorOf(value);
      if (next && draft.kind !== 'duration' && draft.kind !== 'set') {
        anchor = next;
        if (next.unit === 'day') sentenceDay = { day: next.day, sentence };
      }
      out.push({ ...draft, value: withSuffix(draft, value) });
    }
    return out;
  },
};
