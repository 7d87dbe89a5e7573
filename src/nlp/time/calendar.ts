// Pure calendar arithmetic on plain {year, month, day} values (proleptic Gregorian, no time zones).

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, width = 2): string => String(Math.trunc(n)).padStart(width, '0');

/** Parses `YYYY-MM-DD` (ignoring anything after); undefined when it is not a real calendar day. */
export function parseDay(value: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * `YYYY-MM-DD` of a real calendar day, or undefined ("31 February", month 13): the one validity check for dates read
 * from text and flags.
 */
export function dayString(year: number, month: number, day: number): string | undefined {
  const d = { year, month, day };
  return Number.isInteger(year) && Number.isInteger(day) && isValidDay(d) ? formatDay(d) : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year); // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Day): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { readonly year: number; readonly week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d)); // the ISO year is the year of the week's Thursday
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
