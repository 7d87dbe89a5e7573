import type { AnalyzedArticle, TimeMention } from '../../model/analyzed-article.ts';
import type { Certainty, SourceSpan } from '../../model/span.ts';
import type { TimelineEvent } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';
import { trimDateline } from '../../summary/trim-dateline.ts';

// Two sentences dated the same day describe the same event when they share this share of content words (of the
// shorter): low, because outlets describe one meeting in very different words, and the date already has to match.
const SAME_EVENT_OVERLAP = 0.25;
// ...and at least this many content words: a quarter of a short sentence is one word ("Obama", "Senate"), which two
// different events of one story share.
const SAME_EVENT_MIN_SHARED = 3;
// A month or a year holds many events of a story: sentences dated only that coarsely must share one word more
// ("married Heather Poe in 2012" in two outlets shares Mary, Cheney, married, Heather, Poe).
const SAME_EVENT_MIN_SHARED_COARSE = 4;
// More events per date than this are repetitions of the day's main event in other words; the best-sourced stay.
const MAX_EVENTS_PER_DATE = 3;

interface Dated {
  readonly articleId: string;
  readonly date: string;
  readonly sentence: string;
  readonly span: SourceSpan;
  readonly content: ReadonlySet<string>;
  readonly certainty: Certainty;
}

/**
 * Story stage: dated events, past and upcoming, merged across sources. A body sentence is dated by its most precise
 * calendar date (year, month or day); sentences on one date that share enough content become one event with all their
 * sources, so an entry cites only passages that state that event.
 */
export function buildTimeline(story: Story, reference: string | undefined): TimelineEvent[] {
  const ref = reference ?? latestPublished(story.articles);
  const dated = story.articles.flatMap(eventSentences);
  const byDate = new Map<string, Dated[]>();
  for (const d of dated) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  const events: TimelineEvent[] = [];
  for (const [date, items] of byDate) {
    const groups: Dated[][] = [];
    for (const it of items) {
      const g = groups.find((grp) => grp.some((o) => sameEvent(o.content, it.content, date)));
      if (g) g.push(it);
      else groups.push([it]);
    }
    const ranked = groups
      .map((g) => ({ g, sources: new Set(g.map((x) => x.articleId)).size }))
      .sort((a, b) => b.sources - a.sources)
      .slice(0, MAX_EVENTS_PER_DATE);
    for (const { g } of ranked) {
      const text = [...g].sort((a, b) => a.sentence.length - b.sentence.length)[0]?.sentence ?? '';
      events.push({
        date,
        text,
        upcoming: ref !== undefined && isAfter(date, ref),
        certainty: g.some((x) => x.certainty === 'stated') ? 'stated' : 'inferred',
        sources: [...new Set(g.map((x) => x.articleId))].sort(),
        spans: g.map((x) => x.span),
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length);
}

// Calendar dates, and times of day reduced to their date ("Monday morning" = 2022-01-10TMO → 2022-01-10).
// Weeks, seasons and reference words ("this week", PAST_REF) do not fit the timeline's YYYY[-MM[-DD]] dates.
const CALENDAR = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\w:.]*)?$/;

function calendarDate(t: TimeMention): string | undefined {
  if (t.kind !== 'date' && t.kind !== 'time') return undefined;
  return CALENDAR.exec(t.value)?.[1];
}

// "Updated: ...", "A version of this article appears in print on Oct. 12, 2012": notes about the page, not events.
const PAGE_NOTE = /^(?:updated|posted|published|last (?:updated|modified)|first published)\b|\bappears? in print on\b|^(?:photo|image|credit)\s*:/i;

/**
 * Each body sentence that states a date, once, under its most precise date (a day before a month before a year; the
 * first among equals): a long sentence naming four dates is one event, not four; a sentence naming exactly two days
 * ("Brussels on Wednesday and Vienna on Thursday") states two events and is listed under both. Captions, headings, page notes and
 * the dateline opening a story ("LONDON, Jan. 5 (Reuters) -") date no event.
 */
// Words that date only by pointing at the moment of speaking.
const DEICTIC = /^(?:today|now|nowadays|currently|these days|at present)$/i;

// "since Monday", "since being named Saturday", "ever since its founding in 1998": at most three words in between.
const SINCE = /\bsince(?:\s+\S+){0,3}\s+$/i;

function eventSentences(a: AnalyzedArticle): Dated[] {
  const out: Dated[] = [];
  const quoted = a.quotes.filter((q) => q.direct);
  for (const s of a.sentences) {
    if (s.kind !== 'body') continue;
    const sentence = a.text.slice(s.start, s.end);
    if (PAGE_NOTE.test(sentence)) continue;
    const body = trimDateline(sentence, s.start);
    const found: { t: TimeMention; date: string }[] = [];
    for (const t of a.times) {
      if (t.start < body.start || t.end > s.end) continue;
      // "the benefits they rely on today": inside a speaker's words "today" or "now" means "these days", not a date.
      if (DEICTIC.test(t.text) && quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
      const date = calendarDate(t);
      if (date !== undefined) found.push({ t, date });
    }
    // "in his first interview since being named Saturday, told Fox News on Tuesday": a date after "since" starts a
    // stretch of time and the sentence's event lies at its other end; it dates the sentence only when nothing else does.
    const main = found.filter((f) => !SINCE.test(a.text.slice(Math.max(body.start, f.t.start - 24), f.t.start)));
    if (main.length > 0 && main.length < found.length) found.splice(0, found.length, ...main);
    const days = [...new Map(found.filter((f) => f.date.length === 10).map((f) => [f.date, f])).values()];
    // "talks in Brussels on Wednesday and in Vienna on Thursday": two days, two events; more is a long sentence.
    const picks = days.length === 2 ? days : [...found].sort((x, y) => y.date.length - x.date.length).slice(0, 1);
    for (const best of picks) out.push({
      articleId: a.id,
      date: best.date,
      sentence,
      span: { articleId: a.id, start: s.start, end: s.end },
      content: contentWords(sentence, a.times.filter((t) => t.start >= s.start && t.end <= s.end)),
      certainty: best.t.certainty,
    });
  }
  return out;
}

/** Content words of a sentence, leaving out its date expressions ("Tuesday" says nothing about which event). */
function contentWords(sentence: string, times: readonly TimeMention[]): Set<string> {
  const dateWords = new Set(times.flatMap((t) => words(t.text)));
  return new Set(words(sentence).filter((w) => !ENGLISH_STOPWORDS.has(w) && !dateWords.has(w)));
}

function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>, date: string): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  const minShared = date.length === 10 ? SAME_EVENT_MIN_SHARED : SAME_EVENT_MIN_SHARED_COARSE;
  return shared >= Math.min(minShared, small.size) && shared / small.size >= SAME_EVENT_OVERLAP;
}

/** "2022-01-12" is after "2022-01-10"; a month or year is after the reference only when it starts after it. */
function isAfter(date: string, ref: string): boolean {
  return date.localeCompare(ref.slice(0, date.length)) > 0;
}

function latestPublished(articles: readonly AnalyzedArticle[]): string | undefined {
  return articles.map((a) => a.published).filter((p): p is string => !!p).sort().at(-1);
}
