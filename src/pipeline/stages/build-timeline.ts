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
// A month or a year holds many events of a story: sentences dated only that coarsely must share more to be one.
const SAME_EVENT_OVERLAP_COARSE = 0.4;
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
 * first among equals): a long sentence naming four dates is one event, not four. Captions, headings, page notes and
 * the dateline opening a story ("LONDON, Jan. 5 (Reuters) -") date no event.
 */
function eventSentences(a: AnalyzedArticle): Dated[] {
  const out: Dated[] = [];
  for (const s of a.sentences) {
    if (s.kind !== 'body') continue;
    const sentence = a.text.slice(s.start, s.end);
    if (PAGE_NOTE.test(sentence)) continue;
    const body = trimDateline(sentence, s.start);
    let best: { t: TimeMention; date: string } | undefined;
    for (const t of a.times) {
      if (t.start < body.start || t.end > s.end) continue;
      const date = calendarDate(t);
      if (date !== undefined && (best === undefined || date.length > best.date.length)) best = { t, date };
    }
    if (best === undefined) continue;
    out.push({
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
  const needed = date.length === 10 ? SAME_EVENT_OVERLAP : SAME_EVENT_OVERLAP_COARSE;
  return shared >= Math.min(SAME_EVENT_MIN_SHARED, small.size) && shared / small.size >= needed;
}

/** "2022-01-12" is after "2022-01-10"; a month or year is after the reference only when it starts after it. */
function isAfter(date: string, ref: string): boolean {
  return date.localeCompare(ref.slice(0, date.length)) > 0;
}

function latestPublished(articles: readonly AnalyzedArticle[]): string | undefined {
  return articles.map((a) => a.published).filter((p): p is string => !!p).sort().at(-1);
}
