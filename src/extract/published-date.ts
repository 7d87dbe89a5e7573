// Date strings as pages write them → YYYY-MM-DD. Only publication dates reach here: modified/updated dates are never
// candidates (see metadata.ts), so an "updated" stamp cannot replace the day a story ran.

import { dayString } from '../nlp/time/calendar.ts';
import { monthNumber } from '../nlp/time/lexicon.ts';

// Plausible news dates: the web's first newspapers went online in the 1990s; the upper bound rejects typos like 2202.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function ymd(y: number, m: number, d: number): string | undefined {
  return y < MIN_YEAR || y > MAX_YEAR ? undefined : dayString(y, m, d);
}

/**
 * Normalizes a publication date string. The calendar date is taken as written (the publisher's local day), not
 * shifted to UTC: "2022-01-10T23:30:00-05:00" ran on the 10th for its readers.
 */
export function normalizeDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|\b)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // "January 10, 2022", "Jan. 10 2022"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mon = monthNumber(m[1] as string);
    if (mon) return ymd(Number(m[3]), mon, Number(m[2]));
  }
  // "10 January 2022"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mon = monthNumber(m[2] as string);
    if (mon) return ymd(Number(m[3]), mon, Number(m[1]));
  }
  // Unix timestamps (seconds or milliseconds) some CMSs put in meta tags.
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return undefined;
}

/** A date in the URL path: /2022/01/10/, /2022-01-10/, /20220110/. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

// Files that hold one article each: a date in such a file's name is that article's (archives and corpora name files
// "outlet_2016-01-29_slug.txt"). A record file's name (.json, .jsonl, feeds) dates the export, not its records.
const ONE_ARTICLE_FILE = /\.(?:txt|text|md|html?|xhtml)$/i;
// The date must stand between separators: a run of digits inside a hash ("5c4820220110ae") is no date.
const NAME_DATE = /(?:^|[ _.-])((?:19|20)\d{2})[-_]?(\d{2})[-_]?(\d{2})(?=$|[ _.-])/g;

/**
 * The date in a one-article file's name ("politico_2016-01-28_super-pac.txt" → 2016-01-28), or undefined when the
 * name has none, has two different ones, or is no such file. Only the base name is read: a folder's date is often the
 * day it was collected.
 */
export function dateFromFileName(path: string): string | undefined {
  if (!ONE_ARTICLE_FILE.test(path)) return undefined;
  const name = path.replace(/^.*[\\/]/, '').replace(ONE_ARTICLE_FILE, '');
  const dates = new Set<string>();
  for (const m of name.matchAll(NAME_DATE)) {
    const d = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) dates.add(d);
  }
  return dates.size === 1 ? [...dates][0] : undefined;
}
