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

/** Where a year a passage talks about was stated: "In 2016, ..." frames "On July 22" later in that paragraph. */
interface Frame {
  readonly year: number;
  readonly paragraphStart: number;
}

// Words joining two dates into one range or list ("between June and July 2016", "June to August 2019").
const COORDINATION = /^\s*(?:and|to|or|through|until|till|-|–|—)\s*$/i;
// A month or day followed by these takes the year of the passage: "On July 22 that year", "Oct. 7 of that year".
const THAT_YEAR = /^\s*,?\s*(?:of\s+)?that\s+year\b/i;

// "since 1997", "since fiscal 2004", "since the 2010 ...": the start of a span that runs to the reference.
const SINCE = /\bsince\s+(?:the\s+)?(?:fiscal\s+)?$/i;

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at) + 1;
}

/** The year a bare month or day belongs to when its passage says so, or undefined to leave it to the reference. */
function passageYear(draft: Draft, index: number, drafts: readonly Draft[], text: string, frame: Frame | undefined, anchor: Anchor | undefined): number | undefined {
  const r = draft.relative;
  if (r?.type !== 'month' || r.shift !== 0) return undefined;
  // "between June and July 2016": the year stated on the second date is the first's too.
  const next = drafts[index + 1];
  if (next?.value !== undefined && /^\d{4}-\d{2}/.test(next.value) && COORDINATION.test(text.slice(draft.end, next.start))) {
    return Number(next.value.slice(0, 4));
  }
  // "On July 22 that year": the year the story last named.
  if (THAT_YEAR.test(text.slice(draft.end, draft.end + 20))) return anchor?.day.year;
  // "In 2016, ... On Oct. 7, ...": inside the paragraph that stated a year, a bare date is in that year.
  if (frame !== undefined && frame.paragraphStart === paragraphStart(text, draft.start)) return frame.year;
  return undefined;
}

function inYear(relative: Extract<NonNullable<Draft['relative']>, { type: 'month' }>, year: number): string {
  const mm = String(relative.month).padStart(2, '0');
  return relative.day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(relative.day).padStart(2, '0')}`;
}

export const resolveRelativeRefiner: Refiner = {
  id: 'resolve-relative',
  refine(drafts, { text, reference, sentences }) {
    const out: Draft[] = [];
    let anchor: Anchor | undefined;
    let frame: Frame | undefined;
    let sentenceDay: { readonly day: Day; readonly sentence: TextRange } | undefined;
    for (const [index, draft] of drafts.entries()) {
      const sentence = sentenceOf(sentences, draft);
      let value = draft.value;
      if (value === undefined && draft.relative) {
        const year = passageYear(draft, index, drafts, text, frame, anchor);
        const r = draft.relative;
        if (year !== undefined && r.type === 'month' && (reference === undefined || year !== reference.year)) {
          value = inYear(r, year);
        } else {
          // Only expressions whose direction is open need the (costlier) tense reading.
          const tense = NEEDS_TENSE.has(draft.relative.type) ? clauseTense(text, sentence, draft) : 'unknown';
          const sameSentenceDay = sentenceDay && sentenceDay.sentence.start === sentence.start ? sentenceDay.day : undefined;
          value = resolveRelative(draft.relative, { reference, tense, anchor, sentenceDay: sameSentenceDay });
        }
      }
      if (value === undefined) continue;
      const next = anchorOf(value);
      if (next && draft.kind !== 'duration' && draft.kind !== 'set') {
        anchor = next;
        if (next.unit === 'day') sentenceDay = { day: next.day, sentence };
        // A year written out frames the rest of its paragraph; a date counted from today ("on Tuesday") ends the frame.
        // "since 1997" starts a span that runs to now, so the passage is not about that year.
        if (draft.relative === undefined && draft.kind === 'date') {
          if (!SINCE.test(text.slice(Math.max(0, draft.start - 20), draft.start))) frame = { year: next.day.year, paragraphStart: paragraphStart(text, draft.start) };
        }
        else if (draft.relative?.type === 'weekday' || draft.relative?.type === 'shift') frame = undefined;
      }
      out.push({ ...draft, value: withSuffix(draft, value) });
    }
    return out;
  },
};
