// Where a TIMEX3 value lies relative to a reference day: before it, around it, or after it.
import { addDays, addMonths, compareDays, parseDay, type Day } from './calendar.ts';

export type Relation = 'past' | 'present' | 'future' | 'unknown';

interface Interval {
  readonly first: Day;
  readonly last: Day;
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [1, 2],
};

function months(year: number, first: number, last: number): Interval {
  const end = addDays(addMonths({ year, month: last, day: 1 }, 1), -1);
  return { first: { year, month: first, day: 1 }, last: end };
}

/** The calendar interval a TIMEX3 date value covers, if it is a calendar value. */
function intervalOf(value: string): Interval | undefined {
  const v = value.replace(/T.*$/, '');
  const day = parseDay(v);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { first: day, last: day };
  let m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return months(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(v);
  if (m) {
    // ISO week 1 holds January 4th; its Monday starts the week-numbering year.
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const weekday = (new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() + 6) % 7;
    const monday = addDays(jan4, -weekday + 7 * (Number(m[2]) - 1));
    return { first: monday, last: addDays(monday, 6) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return months(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return months(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const [first, last] = SEASON_MONTHS[m[2] ?? ''] ?? [1, 12];
    return months(Number(m[1]), first, last);
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return months(Number(m[1]), 1, 12);
  m = /^(\d{3})$/.exec(v);
  if (m) return { first: { year: Number(m[1]) * 10, month: 1, day: 1 }, last: { year: Number(m[1]) * 10 + 9, month: 12, day: 31 } };
  m = /^(\d{2})$/.exec(v);
  if (m) return { first: { year: Number(m[1]) * 100, month: 1, day: 1 }, last: { year: Number(m[1]) * 100 + 99, month: 12, day: 31 } };
  return undefined;
}

/**
 * 'past' when the value ends before the reference day, 'future' when it starts after it, 'present' when it contains
 * it; durations, sets and unparseable values are 'unknown'.
 */
export function relationToReference(value: string, reference: string): Relation {
  if (typeof value !== 'string' || typeof reference !== 'string') {
    throw new TypeError('relationToReference: value and reference must be strings');
  }
  if (value === 'PAST_REF') return 'past';
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'FUTURE_REF') return 'future';
  const ref = parseDay(reference);
  const interval = intervalOf(value);
  if (!ref || !interval) return 'unknown';
  if (compareDays(interval.last, ref) < 0) return 'past';
  if (compareDays(interval.first, ref) > 0) return 'future';
  return 'present';
}
