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

function merge(first: Draft, second: Draft, text: string): Draft | undefined {
  const gap = text.slice(first.end, second.start);
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
