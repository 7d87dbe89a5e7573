// Turns a Relative (what the text says) into a TIMEX3 value, given the reference date, the clause tense and the
// last date the text mentioned. Pure functions, no text access.
import {
  addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, type Day,
} from './calendar.ts';
import type { Unit } from './lexicon.ts';
import type { Tense } from './tense.ts';
import type { Relative } from './types.ts';

/** The last date mentioned before an expression, for "a day later"; `unit` is its granularity. */
export interface Anchor {
  readonly day: Day;
  readonly unit: 'day' | 'month' | 'year';
}

export interface ResolveContext {
  readonly reference: Day | undefined;
  readonly tense: Tense;
  readonly anchor: Anchor | undefined;
  /** The last day-level date in the same sentence, for a bare clock time. */
  readonly sentenceDay: Day | undefined;
}

/** TIMEX3 value of a relative expression, or a value with X placeholders when there is no reference. */
export function resolveRelative(relative: Relative, context: ResolveContext): string {
  const ref = context.reference;
  switch (relative.type) {
    case 'weekday':
      return ref ? formatDay(resolveWeekday(ref, relative.weekday, relative.shift, context.tense)) : `XXXX-WXX-${relative.weekday}`;
    case 'month':
      if (relative.thisYear === true && ref) return resolveMonth(ref, relative.month, relative.day, 0, 'unknown', ref.year);
      if (relative.yearOffset !== undefined && ref) return resolveMonth(ref, relative.month, relative.day, 0, 'unknown', ref.year + relative.yearOffset);
      return resolveMonth(ref, relative.month, relative.day, relative.shift, context.tense);
    case 'year-part':
      return resolveYearPart(ref, relative.code, relative.shift, context.tense);
    case 'shift':
      return ref ? shiftValue(ref, relative.unit, relative.amount) : vagueShift(relative.amount);
    case 'anchored': {
      const anchor = context.anchor;
      // A coarser anchor ("in 2019 ... a day later") cannot fix a day. A day is anchor enough for "ten minutes
      // later": the value is only known to the day anyway (see shiftValue).
      const fine = anchor && (granularityRank(anchor.unit) <= granularityRank(relative.unit) || (anchor.unit === 'day' && granularityRank(relative.unit) < granularityRank('day')));
      if (fine) return shiftValue(anchor.day, relative.unit, relative.amount);
      // "the next night", "a day later" count from a day the text tells, never from the report's own: with none to
      // count from (no date yet, or only "in 1999") the day is unknown. Counted from the report, "Then a curfew was
      // imposed. The next night, there was no curfew." was dated the day after publication (NYT, basil-dev).
      // "that day", "the same year" with nothing before them are the report's own.
      if (relative.amount !== 0) return unknownOf(relative.unit);
      return ref ? shiftValue(ref, relative.unit, relative.amount) : vagueShift(relative.amount);
    }
    case 'weekend': {
      if (!ref) return 'XXXX-WXX-WE';
      // On a Saturday or Sunday "the weekend" is the current one; otherwise the last one, or the next by tense.
      const inWeekend = isoWeekday(ref) >= 6;
      const ahead = context.tense !== 'past' && context.tense !== 'retrospective' && context.tense !== 'unknown';
      return `${shiftValue(ref, 'week', inWeekend || ahead ? 0 : -1)}-WE`;
    }
    case 'clock': {
      const day = context.sentenceDay ?? ref;
      return day ? formatDay(day) : 'XXXX-XX-XX';
    }
  }
}

function granularityRank(unit: Unit | Anchor['unit']): number {
  const order: readonly string[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
  return order.indexOf(unit);
}

/** A value of the unit's granularity with every digit unknown (TIMEX3's X placeholders). */
function unknownOf(unit: Unit): string {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return 'XXXX';
  if (unit === 'quarter') return 'XXXX-QX';
  if (unit === 'month') return 'XXXX-XX';
  if (unit === 'week') return 'XXXX-WXX';
  return 'XXXX-XX-XX';
}

function vagueShift(amount: number): string {
  return amount === 0 ? 'PRESENT_REF' : amount < 0 ? 'PAST_REF' : 'FUTURE_REF';
}

/**
 * News convention: a bare weekday is the most recent one on or before the reference day, unless the clause is
 * about the future, then the next one after it. The reference's own weekday is the reference day itself.
 */
export function resolveWeekday(ref: Day, weekday: number, shift: -1 | 0 | 1, tense: Tense): Day {
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (shift < 0) return addDays(ref, -(back || 7));
  if (shift > 0) return addDays(ref, forward || 7);
  if (back === 0) return ref;
  return tense === 'past' || tense === 'retrospective' || tense === 'unknown' ? addDays(ref, -back) : addDays(ref, forward);
}

function resolveMonth(ref: Day | undefined, month: number, day: number | undefined, shift: -1 | 0 | 1, tense: Tense, year?: number): string {
  const format = (year: number): string => (day === undefined ? formatMonth(year, month) : formatDay({ year, month, day }));
  if (year !== undefined) return format(year);
  if (!ref) return day === undefined ? `XXXX-${String(month).padStart(2, '0')}` : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (shift < 0) return format(month < ref.month ? ref.year : ref.year - 1);
  if (shift > 0) return format(month > ref.month ? ref.year : ref.year + 1);
  const around = occurrences(ref, month, day);
  if (around.current !== undefined) return format(around.current);
  if (tense === 'retrospective') return format(around.behind.year);
  if (tense === 'past') return format(around.ahead.days <= SCHEDULED_DAYS ? around.ahead.year : around.behind.year);
  // "will assume the majority on Jan. 5" in a report dated Jan. 6: written before it went out, not a year ahead.
  // Only a day: "will take effect in December" on Jan. 2 is next December, the month just gone being a whole month.
  if (tense === 'future') return format(day !== undefined && around.behind.days <= WRITTEN_BEFORE_DAYS ? around.behind.year : around.ahead.year);
  // A month later this year, unless last year's ended within two months: US news writes a month of the current
  // year without its year and another year's with it (AP style), so "nominee in November" in a March report is this
  // November, though last November ended nearer; "in December" in a January report is still the one just gone.
  // Only with a present or prospective cue: a clause without any ("In October, Mr. Paulson, who made billions …, told
  // investors", the cue beyond reach) is as often about last year's.
  const notPast = tense === 'present' || tense === 'prospective';
  if (notPast && around.ahead.year === ref.year && around.behind.days > JUST_GONE_DAYS) return format(around.ahead.year);
  // Otherwise the nearer occurrence (a news story's "April 7" in late March is this April); a tie looks back.
  return format(around.ahead.days < around.behind.days ? around.ahead.year : around.behind.year);
}

// Last year's month that ended up to two months ago is still named without a year ("in December", in January); by
// then a month further back is written with its year ("a White House win in November", Feb. 29, is this November).
const JUST_GONE_DAYS = 62;

// A report's date is when it went out; a future clause about a day up to this many days before it was written before
// (overnight, a weekend edition) rather than about the same day a year on.
const WRITTEN_BEFORE_DAYS = 3;

// A past-tense sentence naming a month or day up to about two months ahead usually reports a scheduled event
// ("said the assembly opens Nov. 25", "organizers of December's games dismissed ..."); further ahead it is last year's.
const SCHEDULED_DAYS = 62;

interface Occurrences {
  /** The year whose occurrence contains the reference day (the current month, or the day itself). */
  readonly current: number | undefined;
  /** The next occurrence after the reference and how many days ahead it starts. */
  readonly ahead: { readonly year: number; readonly days: number };
  /** The last occurrence before the reference and how many days back it ended. */
  readonly behind: { readonly year: number; readonly days: number };
}

/** The occurrences of a month (or month and day) around the reference day. */
function occurrences(ref: Day, month: number, day: number | undefined): Occurrences {
  const base = Date.UTC(ref.year, ref.month - 1, ref.day);
  const span = (year: number) => {
    const first = Date.UTC(year, month - 1, day ?? 1);
    // A bare month spans its days.
    return { first, last: day === undefined ? Date.UTC(year, month, 0) : first };
  };
  const dayMs = 86_400_000;
  const here = span(ref.year);
  const current = here.first <= base && base <= here.last ? ref.year : undefined;
  const aheadYear = here.first > base ? ref.year : ref.year + 1;
  const behindYear = here.last < base ? ref.year : ref.year - 1;
  return {
    current,
    ahead: { year: aheadYear, days: Math.round((span(aheadYear).first - base) / dayMs) },
    behind: { year: behindYear, days: Math.round((base - span(behindYear).last) / dayMs) },
  };
}

// The months each part of a year covers (winter counted as January–February of its year).
const PART_MONTHS: Readonly<Record<string, { readonly first: number; readonly last: number }>> = {
  SP: { first: 3, last: 5 }, SU: { first: 6, last: 8 }, FA: { first: 9, last: 11 }, WI: { first: 1, last: 2 },
  Q1: { first: 1, last: 3 }, Q2: { first: 4, last: 6 }, Q3: { first: 7, last: 9 }, Q4: { first: 10, last: 12 },
  H1: { first: 1, last: 6 }, H2: { first: 7, last: 12 },
};

function resolveYearPart(ref: Day | undefined, code: string, shift: -1 | 0 | 1 | 'tense', tense: Tense): string {
  const months = PART_MONTHS[code];
  if (!ref || !months) return `XXXX-${code}`;
  const m = ref.month;
  let year: number;
  if (shift === 0) year = ref.year;
  else if (shift === -1) year = months.last < m ? ref.year : ref.year - 1;
  else if (shift === 1) year = months.first > m ? ref.year : ref.year + 1;
  else if (tense === 'past' || tense === 'retrospective') year = months.first <= m ? ref.year : ref.year - 1;
  else if (tense === 'future' || tense === 'prospective') year = months.last >= m ? ref.year : ref.year + 1;
  else year = months.first <= m + 3 ? ref.year : ref.year - 1; // nearest: a part starting within a quarter is upcoming
  return `${formatYear(year)}-${code}`;
}

/** The calendar unit containing `base` shifted by `amount` units, at that unit's granularity. */
export function shiftValue(base: Day, unit: Unit, amount: number): string {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return formatDay(base); // the reference has no time of day, so "two hours ago" is only known to the day
    case 'day':
      return formatDay(addDays(base, amount));
    case 'week':
      return formatWeek(addDays(base, 7 * amount));
    case 'month': {
      const d = addMonths(base, amount);
      return formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const index = base.year * 4 + Math.floor((base.month - 1) / 3) + amount;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4 + 4) % 4 + 1}`;
    }
    case 'year':
      return formatYear(base.year + amount);
    case 'decade':
      return String(Math.floor(base.year / 10) + amount);
    case 'century':
      return String(Math.floor(base.year / 100) + amount);
  }
}
