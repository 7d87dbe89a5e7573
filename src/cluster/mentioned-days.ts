import { MONTH_ALTERNATION, monthNumber } from '../nlp/time/lexicon.ts';

const MS_PER_DAY = 86_400_000;

// A month name (capitalized: lower-case "may" and "march" are words) with a day, an optional second day of a range
// ("Dec. 6-20") and an optional year ("Jan. 1, 1999"). Weekdays and "next month" are not read: a day named with its
// month is what a report gives for an event it anticipates (or recalls: those are dropped below).
const MONTH_DAY = new RegExp(`\\b(${MONTH_ALTERNATION.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}${c.toUpperCase()}`)})\\.? (\\d{1,2})(?:[-–](\\d{1,2}))?(?:,? ((?:19|20)\\d\\d))?\\b`, 'gu');

/**
 * Days (since 1970) after its publication day that a dated article names by month and day ("the Asian Games, Dec.
 * 6-20", "the euro's launch on Jan. 1"): when the events it anticipates happen (a range still running counts whole).
 * Days it recalls are left out: in DUC 2004 they tied stories to older ones of the same subject (reports of Clinton's
 * Gaza visit naming the Oct. 23 Wye accord joined the story of Sharon's appointment that month). A day without a
 * year is placed in the year that puts it nearest the publication day (an October report's "Jan. 1" is the coming
 * one). Both ends of a range are given. Undated articles give none (their month-days could be any year). Sorted,
 * distinct.
 */
export function mentionedDays(text: string, published: number | undefined): number[] {
  if (published === undefined) return [];
  const out = new Set<number>();
  const publishedYear = new Date(published * MS_PER_DAY).getUTCFullYear();
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] ?? '');
    const first = Number(m[2]);
    const last = m[3] !== undefined ? Number(m[3]) : first;
    if (month === 0 || first < 1 || first > 31 || last < first || last > 31) continue;
    const years = m[4] !== undefined ? [Number(m[4])] : [publishedYear - 1, publishedYear, publishedYear + 1];
    let best: number | undefined;
    for (const y of years) {
      const day = Math.floor(Date.UTC(y, month - 1, first) / MS_PER_DAY);
      if (best === undefined || Math.abs(day - published) < Math.abs(best - published)) best = day;
    }
    if (best === undefined) continue;
    // A day already past when the report was written is an event it recalls (the Wye accord's signing, recalled by
    // reports of Clinton's Gaza visit seven weeks later): background, not when its own event is.
    if (best + (last - first) <= published) continue;
    out.add(best);
    out.add(best + (last - first));
  }
  return [...out].sort((a, b) => a - b);
}
