// Joins expressions that name one time together: "Monday, Jan. 10, 2022" (weekday + date), "Monday at 10 a.m."
// and "15:00 GMT Saturday" (day + clock).
import type { Draft, Refiner } from '../types.ts';

/** A draft that names one calendar day (stated or relative). */
function isDay(d: Draft): boolean {
  // "Sunday night at 8 PM" stays two expressions: the part of day already refines the day.
  if (d.clock !== undefined || d.partOfDay !== undefined || d.kind === 'duration' || d.kind === 'set') return false;
  if (d.value !== undefined) return /^\d{4}-\d{2}-\d{2}$/.test(d.value);
  const r = d.relative;
  return r !== undefined && (r.type === 'weekday' || (r.type === 'month' && r.day !== undefined) || (r.type === 'shift' && r.unit === 'day'));
}

const isClock = (d: Draft): boolean => d.relative?.type === 'clock';
const isWeekday = (d: Draft): boolean => d.relative?.type === 'weekday' && d.partOfDay === undefined;

/** "last year", "this year", "next year": the reference's year counted on by -1, 0 or +1. */
function yearShift(d: Draft): -1 | 0 | 1 | undefined {
  const r = d.relative;
  if (r?.type !== 'shift' || r.unit !== 'year' || d.kind !== 'date') return undefined;
  return r.amount === -1 || r.amount === 0 || r.amount === 1 ? r.amount : undefined;
}

function merge(first: Draft, second: Draft, text: string): Draft | undefined {
  const gap = text.slice(first.end, second.start);
  // "June 16th of last year", "in May last year", "March of next year": the year the period names is the month's
  // (read apart, the month took the year its tense gave: "when we started this journey on June 16th of last year",
  // Breitbart 2016-10-02, was 2016-06-16). Not before a possessive: "in June last year's winner" names no year of June.
  const month = first.relative?.type === 'month' && first.relative.shift === 0 && first.relative.thisYear === undefined ? first.relative : undefined;
  const offset = yearShift(second);
  if (month !== undefined && offset !== undefined && /^\s+(?:of\s+)?$/i.test(gap) && !/^[’']s\b/.test(text.slice(second.end, second.end + 3))) {
    const relative = offset === 0 ? { ...month, thisYear: true as const } : { ...month, yearOffset: offset };
    return { ...first, end: second.end, relative, rule: 'merge-month-year-shift' };
  }
  // "Sunday's Sept. 11 memorial service": a possessive weekday before a date names the same day.
  if (isWeekday(first) && isDay(second) && !isWeekday(second) && /^\s*,?\s*\(?\s*$|^[’']s\s+$/.test(gap)) {
    // The date fixes the day; the weekday only confirms it. Keep a closing bracket inside the span.
    const end = gap.includes('(') && text[second.end] === ')' ? second.end + 1 : second.end;
    // "4:20 p.m. on Friday, Sept. 14": a clock already joined to the weekday stays on the day.
    const clock = first.clock !== undefined ? { kind: 'time' as const, clock: first.clock } : {};
    return { ...second, ...clock, start: first.start, end, rule: 'merge-weekday-date' };
  }
  if (isDay(first) && isClock(second) && /^\s*,?\s*(?:at\s+|from\s+|around\s+)?$/i.test(gap)) {
    return { ...first, end: second.end, kind: 'time', clock: second.clock, rule: 'merge-day-clock' };
  }
  if (isClock(first) && isDay(second) && /^\s*,?\s*(?:on\s+)?$/i.test(gap)) {
    return { ...second, start: first.start, kind: 'time', clock: first.clock, rule: 'merge-clock-day' };
  }
  return undefined;
}

export const mergeAdjacent: Refiner = {
  id: 'merge-adjacent',
  refine(drafts, { text }) {
    const out: Draft[] = [];
    for (const draft of drafts) {
      const last = out[out.length - 1];
      const merged = last ? merge(last, draft, text) : undefined;
      if (merged) out[out.length - 1] = merged;
      else out.push(draft);
    }
    return out;
  },
};
