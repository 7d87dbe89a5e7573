import type { EntityType } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';

/** What the retyping needs of a tagged span. */
export interface SeatSpan extends TextRange {
  readonly type: EntityType;
  readonly text: string;
  readonly rule: string;
}

// Buildings whose name stands for the government that sits in them ("the Kremlin laid out its demands", "the White
// House said"). Lower case, a leading "the" removed.
const SEATS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'downing street', 'blue house', 'zhongnanhai',
]);
// "in the Kremlin", "returned to the White House", "outside the Pentagon": after a preposition of place the building
// is meant.
const LOCATIVE_BEFORE = /\b(?:in|at|to|into|inside|outside|from|near|toward|towards|around|within|across)\s+(?:the\s+)?$/i;
// "a Kremlin residence", "the White House lawn": a noun of the building after the name means the building.
const BUILDING_AFTER = /^\s+(?:residence|grounds|lawn|walls?|gates?|complex|compound|building|garden|premises|fence)\b/i;

/**
 * A seat of government named as a place is the government acting unless the sentence is about the building: "the
 * Kremlin denies", "Kremlin-backed", "which the Kremlin laid out" are an institution, a speaker in who-said-what;
 * "in the Kremlin", "a Kremlin residence" stay a place. This follows how a reader reads news, not CoNLL 2003, which
 * tags every "White House" LOC ("the White House said"): that is why the pipeline applies it after the corrections
 * `npm run eval:ner` scores. Pure; returns new spans.
 */
export function nameSeatsOfGovernment<T extends SeatSpan>(text: string, spans: readonly T[]): T[] {
  return spans.map((span) => {
    if (span.type !== 'place') return span;
    const key = span.text.trim().toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/u, '');
    if (!SEATS.has(key)) return span;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) || BUILDING_AFTER.test(text.slice(span.end, span.end + 16))) {
      return span;
    }
    return { ...span, type: 'organization', rule: `${span.rule}+seat-of-government` };
  });
}
