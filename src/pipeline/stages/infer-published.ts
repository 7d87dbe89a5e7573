import type { CleanArticle, Paragraph } from '../../model/clean-article.ts';
import { dateFromFileName, dateFromUrl } from '../../extract/published-date.ts';
import { dayString } from '../../nlp/time/calendar.ts';
import { MONTH_ALTERNATION, monthNumber } from '../../nlp/time/lexicon.ts';

export interface PublishedOptions {
  /** The run's reference date (CLI --published): used for articles that carry no date of their own. */
  readonly fallback?: string;
}

const MDY = new RegExp(`\\b(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'gi');
const DMY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_ALTERNATION})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'gi');

/**
 * Stage 3: the publication date. The article's own metadata wins (stated) unless the date in its URL rules it out
 * (then the URL's date, see contradicts); else a date in the name of the file that holds it alone (stated, like a
 * URL's date: corpora and archives name files "outlet_2016-01-29_slug.txt"; it is the article's own, so it wins over
 * the run-wide default); else the run's --published (stated, by the user); else a date the text gives as its own: a
 * page note ("Published …", "appears in print on …") or a dateline ("GENEVA, Jan. 10, 2022 —"), marked inferred. Any
 * other full date in the body is an event the report recalls, not its own day: on basil-dev and DUC 2004 with their
 * dates removed, the most mentioned full date was the publication day for 5 of 24 reports that had one and more than a
 * year off for 14 ("the attacks of Sept. 11, 2001", "the Dec. 21, 1988 bombing"); a wrong day is worse than none,
 * since "on Monday" is resolved against it (a story's undated reports are dated from its other reports, see
 * dateUndatedReports).
 * A date-only page header was removed as boilerplate before this stage, so it cannot pose as the publication date.
 * Captions are not read for it: they date the photo, often an archive picture of an earlier event (the story stage
 * dateUndatedReports weighs them across the story's reports instead, see captionDate).
 */
export function inferPublished(article: CleanArticle, options: PublishedOptions = {}): CleanArticle {
  const own = article.published ? normalizeIsoDate(article.published) : undefined;
  const minted = article.url ? dateFromUrl(article.url) : undefined;
  if (own && minted && contradicts(own, minted)) return { ...article, published: minted, publishedCertainty: 'stated', publishedRule: 'published/url-over-record' };
  if (own) return { ...article, published: own, publishedCertainty: 'stated', publishedRule: article.publishedRule ?? 'published/record' };
  const named = dateFromFileName(article.source);
  if (named) return { ...article, published: named, publishedCertainty: 'stated', publishedRule: 'published/file-name' };
  if (options.fallback) return { ...article, published: options.fallback, publishedCertainty: 'stated', publishedRule: 'published/option' };
  const noted = selfDate(paragraphsOf(article, (kind) => kind !== 'caption'));
  if (noted) return { ...article, published: noted, publishedCertainty: 'inferred', publishedRule: 'published/page-note' };
  const { published: _drop, ...rest } = article;
  return rest;
}

// A print edition's URL carries the next day's date (NYT: a story on the web on the 14th is /2012/08/15/), so a stated
// date up to this many days before the URL's is the web date, not a contradiction.
const PRINT_LAG_DAYS = 1;

/**
 * A stated date the URL's date rules out: more than a print day before it. A page's address is minted when it is first
 * published, so the page cannot be older (BASIL's NYT mosque story of Monday 2010-08-16, /2010/08/17/, is dated 08-14,
 * which put its "on Monday" a week early). A stated date after the URL's is kept: it is the date of an update, and the
 * text we have is that update (BASIL's HuffPost Blumenthal story, /2010/05/17/, dated 05-18, reports "a press
 * conference on Tuesday afternoon", the 18th).
 */
function contradicts(stated: string, minted: string): boolean {
  return (Date.parse(`${minted}T00:00:00Z`) - Date.parse(`${stated}T00:00:00Z`)) / 86_400_000 > PRINT_LAG_DAYS;
}

/** YYYY-MM-DD from ISO-like strings ("2022-01-10T08:00:00Z", "2022-01-10"), RFC 2822 and "January 10, 2022". */
export function normalizeIsoDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return dayString(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mentioned = [...datesIn(value)];
  if (mentioned[0]) return mentioned[0];
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

/** The date a report's photo captions mention most (latest on a tie): weak evidence, weighed at story level. */
export function captionDate(article: Pick<CleanArticle, 'text' | 'paragraphs'>): string | undefined {
  return mostMentionedDate(paragraphsOf(article, (kind) => kind === 'caption').join('\n\n'));
}

/**
 * The text of the paragraphs whose kind `keep` takes; articles built without paragraph ranges (tests, old stores) are
 * all body, split at blank lines.
 */
function paragraphsOf(article: Pick<CleanArticle, 'text' | 'paragraphs'>, keep: (kind: Paragraph['kind']) => boolean): string[] {
  if (article.paragraphs.length === 0) return keep('body') ? article.text.split(/\n\s*\n/) : [];
  return article.paragraphs.filter((p) => keep(p.kind)).map((p) => article.text.slice(p.start, p.end));
}

// A line about the page itself: its publication, print edition or update. "Published"/"posted"/print say the day the
// text ran; an update comes later, so it is read only when nothing else dates the page, and its earliest date is taken.
const PUBLISHED_NOTE = /^(?:first published|published|posted|date)\b|\bappears? in print on\b/i;
const UPDATED_NOTE = /^(?:last )?(?:updated|modified)\b/i;
// Longest note line read: a page note is short; a sentence that opens with "Posted" or "Published" is narrative.
const MAX_NOTE_CHARS = 200;
// "WASHINGTON, Jan. 10, 2022 —": a dateline, upper-case place words and the full date, opening the body.
const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'’-]{1,40},\s*/u;
const DATE_AT_START = new RegExp(`^(?:${MONTH_ALTERNATION})\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}\\b`, 'i');

/** The date a report gives as its own (a dateline or a page note), or undefined. */
function selfDate(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs.find((p) => p.trim() !== '')?.trim() ?? '';
  const place = DATELINE_PLACE.exec(first);
  const dateline = place ? DATE_AT_START.exec(first.slice(place[0].length)) : null;
  const [fromDateline] = dateline ? datesIn(dateline[0]) : [];
  if (fromDateline) return fromDateline;
  const notes = paragraphs.flatMap((p) => p.split(/\n/)).map((l) => l.trim()).filter((l) => l.length <= MAX_NOTE_CHARS);
  for (const line of notes) {
    if (!PUBLISHED_NOTE.test(line)) continue;
    const [d] = datesIn(line);
    if (d) return d;
  }
  const updated = notes.filter((l) => UPDATED_NOTE.test(l)).flatMap((l) => [...datesIn(l)]).sort();
  return updated[0];
}

function mostMentionedDate(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const d of datesIn(text)) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [d, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && d > best)) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

function* datesIn(text: string): Generator<string> {
  for (const m of text.matchAll(MDY)) {
    const d = dayString(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
    if (d) yield d;
  }
  for (const m of text.matchAll(DMY)) {
    const d = dayString(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
    if (d) yield d;
  }
}

