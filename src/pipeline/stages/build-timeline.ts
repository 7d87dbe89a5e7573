import type { AnalyzedArticle, TimeMention } from '../../model/analyzed-article.ts';
import type { Certainty, SourceSpan } from '../../model/span.ts';
import type { TimelineEvent } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';

// Two sentences dated the same day describe the same event when they share this share of content words (of the
// shorter): low, because outlets describe one meeting in very different words, and the date already has to match.
const SAME_EVENT_OVERLAP = 0.25;
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
 * Story stage: dated events, past and upcoming, merged across sources. Each calendar date (year, month or day) found in
 * a sentence dates that sentence; sentences on one date that share content become one event with all their sources.
 */
export function buildTimeline(story: Story, reference: string | undefined): TimelineEvent[] {
  const ref = reference ?? latestPublished(story.articles);
  const dated = story.articles.flatMap((a) => a.times.flatMap((t) => {
    const date = calendarDate(t);
    return date ? datedSentence(a, t, date) : [];
  }));
  const byDate = new Map<string, Dated[]>();
  for (const d of dated) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  const events: TimelineEvent[] = [];
  for (const [date, items] of byDate) {
    const groups: Dated[][] = [];
    for (const it of items) {
      const g = groups.find((grp) => grp.some((o) => overlap(o.content, it.content) >= SAME_EVENT_OVERLAP));
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

function datedSentence(a: AnalyzedArticle, t: TimeMention, date: string): Dated[] {
  const s = a.sentences.find((x) => x.start <= t.start && t.end <= x.end);
  if (!s) return [];
  const sentence = a.text.slice(s.start, s.end);
  return [{
    articleId: a.id,
    date,
    sentence,
    span: { articleId: a.id, start: s.start, end: s.end },
    content: new Set(words(sentence).filter((w) => !ENGLISH_STOPWORDS.has(w))),
    certainty: t.certainty,
  }];
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** "2022-01-12" is after "2022-01-10"; a month or year is after the reference only when it starts after it. */
function isAfter(date: string, ref: string): boolean {
  return date.localeCompare(ref.slice(0, date.length)) > 0;
}

function latestPublished(articles: readonly AnalyzedArticle[]): string | undefined {
  return articles.map((a) => a.published).filter((p): p is string => !!p).sort().at(-1);
}
