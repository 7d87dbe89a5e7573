import { comparisonMemo, defaultAligner, opposedAt, viewOf, type CompareStatements, type StatementAligner, type StatementView } from '../../align/index.ts';
import type { AnalyzedArticle, EntityMention, QuoteMention, TimeMention } from '../../model/analyzed-article.ts';
import type { Certainty, SourceSpan, TextRange } from '../../model/span.ts';
import type { TimelineEvent } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { ENGLISH_STOPWORDS, isStopword } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';
import { CLAIM_THRESHOLD } from '../../summary/sentence-alignment.ts';
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

/**
 * The story's statement aligner, its memo of views and its comparison memo, so sentences the claims compared are not
 * read again and pairs they asked are not computed again.
 */
export interface TimelineViews {
  readonly aligner: StatementAligner;
  readonly viewOfText: (text: string) => StatementView;
  readonly compare: CompareStatements;
}

interface Dated {
  readonly articleId: string;
  readonly date: string;
  readonly sentence: string;
  readonly span: SourceSpan;
  readonly content: ReadonlySet<string>;
  readonly certainty: Certainty;
  /** Where the sentence starts, as a share of its article's text (0 = the lead). */
  readonly position: number;
  /** Dated only by "since …": the date starts a stretch of time the sentence is about, not a happening on it. */
  readonly sinceOnly: boolean;
  /** The sentence's identity in the story (article and offset): one sentence dated under two days is one sentence. */
  readonly key: string;
  /** The sentence as the statement aligner reads it, built only for pairs that pass the word test. */
  readonly view: () => StatementView;
  /**
   * Where the dated event is, lower-cased: the place next to the date ("in Brussels on Wednesday") and the meeting
   * body named before it ("the NATO-Russia Council in Brussels on Wednesday"), as the tagger named them.
   */
  readonly venues: readonly string[];
  /** The sentence says an event was called off, cancelled or postponed: not the same entry as the plan it undoes. */
  readonly cancels: boolean;
  /** The date is ahead of the sentence's article's own: told as a plan ("will hold talks in Brussels on Wednesday"). */
  readonly plans: boolean;
  /** Dated only by a reference to another event (see datesOnlyAReference): never an entry beside that day's own. */
  readonly referenceOnly: boolean;
}

/**
 * Story stage: dated events, past and upcoming, merged across sources. A body sentence is dated by its most precise
 * calendar date (year, month or day); sentences on one date that share enough content become one event with all their
 * sources, so an entry cites only passages that state that event.
 */
export function buildTimeline(story: Story, reference: string | undefined, views?: TimelineViews): TimelineEvent[] {
  const ref = reference ?? latestPublished(story.articles);
  const aligner = views?.aligner ?? defaultAligner();
  const viewOfText = views?.viewOfText ?? ((text: string) => viewOf(aligner, text));
  const compare = views?.compare ?? comparisonMemo(aligner);
  const dated = story.articles.flatMap((a) => eventSentences(a, viewOfText, a.published ?? ref));
  // One decision per pair (of sentence keys): grouping and the choice of the shown sentence ask about the same pairs.
  // Keys are numbered so a pair is one small integer: grouping asks about every pair of a date's sentences, and a
  // string per question was most of the cost of asking.
  const keyIds = new Map<string, number>();
  for (const d of dated) if (!keyIds.has(d.key)) keyIds.set(d.key, keyIds.size);
  const decided = new Map<number, boolean>();
  const same = (a: Dated, b: Dated, date: string): boolean => {
    const x = keyIds.get(a.key) ?? 0;
    const y = keyIds.get(b.key) ?? 0;
    const key = x < y ? x * keyIds.size + y : y * keyIds.size + x;
    let d = decided.get(key);
    if (d === undefined) decided.set(key, (d = sameEvent(a, b, date, aligner, compare)));
    return d;
  };
  const byDate = new Map<string, Dated[]>();
  for (const d of dated) {
    const list = byDate.get(d.date);
    if (list) list.push(d);
    else byDate.set(d.date, [d]);
  }
  const events: TimelineEvent[] = [];
  for (const [date, items] of byDate) {
    const groups: Dated[][] = [];
    for (const it of items) {
      const g = groups.find((grp) => grp.some((o) => same(o, it, date)));
      if (g) g.push(it);
      else groups.push([it]);
    }
    if (ref !== undefined && date.length === 10 && isAfter(date, ref)) mergeScheduledAtOneVenue(groups);
    // A sentence dated only by the event it refers to ("deferred further debate to a meeting in Brussels on
    // Wednesday") does not tell of that day's event; it stays an entry only when nothing else tells of the day (then
    // it is the one word of the referenced event: "Lee decided to send Chiang to the leaders summit on Nov. 17-18").
    const told = groups.filter((g) => !g.every((x) => x.referenceOnly));
    if (told.length > 0) groups.splice(0, groups.length, ...told);
    // The best-sourced first; among equals, a happening on that date before a stretch starting on it ("since 2014"),
    // then the happening more other outlets mention that day in any words (the word test alone: they tell of it
    // without stating the entry's fact; a year or month holds too many happenings for shared words to point at one),
    // then the one told earlier in its article (news puts the main event first).
    const ranked = groups
      .map((g) => ({
        g,
        sources: new Set(g.map((x) => x.articleId)).size,
        stretch: g.every((x) => x.sinceOnly) ? 1 : 0,
        mentioned: mentionedElsewhere(g, items, date),
        position: Math.min(...g.map((x) => x.position)),
      }))
      .sort((a, b) => b.sources - a.sources || a.stretch - b.stretch || b.mentioned - a.mentioned || a.position - b.position)
      .slice(0, MAX_EVENTS_PER_DATE);
    for (const { g } of ranked) {
      // Shown: a sentence that tells of the day's event, not one that only refers to it.
      const telling = g.filter((x) => !x.referenceOnly);
      const text = representative(telling.length > 0 ? telling : g, date, same).sentence;
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

// Verbs whose object is a holiday as a custom: "celebrate Christmas", "observing Halloween".
const OBSERVED = /\b(?:celebrat|observ|honou?r|commemorat|recogniz|ban|cancel)\p{L}*\s+$/iu;

// A span of time counted from another event of the text: "two years later", "a week afterwards".
const ANCHORED_TO_NARRATIVE = /\b(?:later|afterwards?|earlier)$/i;

// Words that date only by pointing at the moment of speaking.
const DEICTIC = /^(?:today|now|nowadays|currently|these days|at present)$/i;

// "since Monday", "since being named Saturday", "ever since its founding in 1998": at most three words in between.
const SINCE = /\bsince(?:\s+\S+){0,3}\s+$/i;

// A time expression inside a prepositional phrase about another event ("deferred further debate to a meeting in Brussels
// on Wednesday", "ahead of next week's vote"): the phrase's event words, the preposition that opens the reference, and
// up to six words (names, places) between the event word and the time expression.
const REFERENCE_BEFORE_TIME = new RegExp(
  String.raw`\b(?:to|until|till|before|ahead of|pending|for)\s+(?:a|an|the|this|next|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?` +
    String.raw`(?:meeting|meetings|talks|summit|session|conference|vote|hearing|election|visit|round)\b(?:\s+[\p{L}'’-]+){0,6}\s+$`,
  'iu',
);
// Words that make a sentence tell of what is planned or expected ("will hold talks … on Wednesday", "set for
// Wednesday"): then a date ahead is the sentence's own event, even inside a phrase like the one above.
// Characters read before a time expression for that phrase: its at most twelve words fit in this.
const REFERENCE_REACH = 120;
const PLANNED = /\b(?:will|would|shall|'ll|going to|set to|due to|expected|scheduled|slated|plans?|planned|planning|intends?|to (?:be held|hold|meet|take place|begin|start|resume))\b/i;

/**
 * A sentence that narrates what happened (no planning words) and names a date after its article's own only inside a
 * reference to another event ("The two sides largely spent the eight hours of talks … and deferred further debate on
 * them to a meeting in Brussels on Wednesday"): that date is the referenced meeting's, not the talks'. Dating the
 * sentence by it listed Monday's talks under Wednesday's meeting as an entry of their own.
 */
function datesOnlyAReference(a: AnalyzedArticle, t: TimeMention, date: string, sentenceStart: number, own: string | undefined): boolean {
  if (own === undefined || date.length !== 10 || !isAfter(date, own)) return false;
  const clauseStart = Math.max(sentenceStart, t.start - REFERENCE_REACH);
  if (!REFERENCE_BEFORE_TIME.test(a.text.slice(clauseStart, t.start))) return false;
  return !PLANNED.test(a.text.slice(sentenceStart, t.start));
}

// "the woman who handed him the gavel on Wednesday": a relative pronoun and at most eight words with no punctuation
// between it and the time expression.
const RELATIVE_BEFORE_TIME = /\b(?:who|whom|whose|which)\s+(?:[^\s,;:()\[\]—–"“”]+\s+){0,8}$/i;

/**
 * A date inside a relative clause dates what that clause tells of someone or something named in the sentence, not the
 * sentence's own event: NYT 2011-01-06 (basil-dev) listed Boehner reading the preamble on Thursday under Wednesday,
 * from "yielding to the woman who handed him the gavel on Wednesday". Such a date counts as a reference (see
 * datesOnlyAReference): the sentence's own date wins, and with none it makes no entry beside that day's own.
 */
function insideRelativeClause(text: string, t: TimeMention, sentenceStart: number): boolean {
  return RELATIVE_BEFORE_TIME.test(text.slice(Math.max(sentenceStart, t.start - REFERENCE_REACH), t.start));
}

// "the Sept. 11 attack", "their Jan. 6 hearing", "the Sept. 11, 2001, terrorist attacks": a definite or possessive
// determiner right before the date, and a content word right after it (a year between commas may come first).
const DETERMINER_BEFORE_TIME = /\b(?:the|its|his|her|their|our)\s+$/i;
const WORD_AFTER_TIME = /^(?:,\s*\d{4},?)?,?\s+([\p{L}][\p{L}'’-]*)/u;

/**
 * A date used as the name of an event the reader already knows ("the Sept. 11 attack", "the 2016 Democratic
 * presidential nomination") dates that event, not the sentence's: NYT 2013-01-23 (basil-dev) listed "Mrs. Clinton
 * first publicly took responsibility for the Sept. 11 attack in an Oct. 15 interview" under both days. The indefinite
 * "an Oct. 15 interview" brings the occasion in as news, so it stays the sentence's own date. Such a date counts as a
 * reference (see datesOnlyAReference).
 */
function namesAKnownEvent(text: string, t: TimeMention, sentenceStart: number): boolean {
  if (!DETERMINER_BEFORE_TIME.test(text.slice(Math.max(sentenceStart, t.start - 8), t.start))) return false;
  const next = WORD_AFTER_TIME.exec(text.slice(t.end, t.end + 40))?.[1];
  return next !== undefined && !isStopword(next);
}

// A place named this close to a date ("in Brussels on Wednesday", "on Thursday in Vienna") is where that day's event
// is; farther away it is more often another clause's place.
const PLACE_REACH = 12;

/**
 * The place the tagger found next to the time mention, lower-cased: "in Brussels on Wednesday", "on Thursday in
 * Vienna" (only "on"/"in"/"at" and spaces between), the nearer when there are two; a place inside an organization's
 * name ("Co-operation in Europe on Thursday") is not where anything happens.
 */
function placeAt(a: AnalyzedArticle, places: readonly EntityMention[], t: TimeMention): string | undefined {
  const before = (e: EntityMention): number | undefined =>
    e.end <= t.start && t.start - e.end <= PLACE_REACH && /^\s*(?:on\s+)?$/i.test(a.text.slice(e.end, t.start)) && /\b(?:in|at)\s+$/i.test(a.text.slice(Math.max(0, e.start - 4), e.start))
      ? t.start - e.end
      : undefined;
  const after = (e: EntityMention): number | undefined =>
    e.start >= t.end && e.start - t.end <= PLACE_REACH && /^\s*(?:in|at)\s+$/i.test(a.text.slice(t.end, e.start)) ? e.start - t.end : undefined;
  const near = places
    .flatMap((e) => {
      const gap = before(e) ?? after(e);
      return gap === undefined ? [] : [{ e, gap }];
    })
    .sort((x, y) => x.gap - y.gap);
  return near[0]?.e.name.toLowerCase();
}

// A body whose name says it meets ("NATO-Russia Council", "Asia-Pacific Economic Cooperation summit") names the
// meeting that day when it stands right before the date, or before its place ("Council in Brussels on Wednesday").
const MEETING_BODY = /\b(?:council|summit|conference|assembly|forum|congress)$/i;
const BODY_BEFORE_DATE = /^\s+(?:(?:in|at)\s+[^,;.]{1,40}?\s+)?(?:on\s+)?$/i;

/** The article's places outside an organization's name, in order: placeAt's candidates, found once per article. */
function placesOf(a: AnalyzedArticle): EntityMention[] {
  const inOrganization = (e: EntityMention): boolean => a.entities.some((o) => o.type === 'organization' && o.start <= e.start && e.end <= o.end);
  return a.entities.filter((e) => e.type === 'place' && !inOrganization(e));
}

/** The place next to the date, and the meeting body named right before it: what two reports of one meeting share. */
function venuesAt(a: AnalyzedArticle, places: readonly EntityMention[], t: TimeMention): string[] {
  const place = placeAt(a, places, t);
  const bodies = a.entities
    .filter((e) => e.type === 'organization' && e.end <= t.start && MEETING_BODY.test(e.name) && BODY_BEFORE_DATE.test(a.text.slice(e.end, t.start)))
    .map((e) => e.name.toLowerCase());
  return [...(place !== undefined ? [place] : []), ...bodies];
}

// Calling a planned event off: "called off the meeting", "the vote was cancelled", "postponed the talks".
const CANCELS = /\b(?:call(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?off|cancel(?:s|ed|led|ing|ling|lation)?|postpone(?:s|d|ment)?|scrap(?:s|ped)?|put off|scrubbed)\b/i;

// After a quote's tag, a relative clause on the speaker: "…,” said Don Fowler, who helmed the DNC from 1995 to 1997".
// (A quote's range ends inside its marks, so the closing mark may open the stretch.)
const SPEAKER_CLAUSE = /^[,.?!]?[”"]?[^“”"]*,\s+(?:who|whose)\s/i;

/**
 * "“Now is the time …,” said Don Fowler, who helmed the DNC from 1995 to 1997, …" (Politico 2016-09-12, PolNeAR dev;
 * "said Julie Miller, who worked at Wells Fargo … until being fired in 2013", NYT, PolNeAR test): a date in the clause
 * that tells who the speaker is dates the speaker's past, not the quote; the sentence was an entry of 1995.
 */
function aboutTheSpeaker(text: string, t: TimeMention, quoted: readonly QuoteMention[], sentenceStart: number): boolean {
  const quote = quoted.findLast((q) => q.end <= t.start && q.end > sentenceStart);
  return quote !== undefined && SPEAKER_CLAUSE.test(text.slice(quote.end, t.start));
}

// Words that make a sentence a forecast of a measured outcome: a figure reached, grown, fallen or paid by some year
// ("is expected to reach 40 percent by 2030", "By 2085, it will be able to pay 74 percent of promised benefits", "the
// trust fund will be exhausted in 2036", "zero growth next year, not the 2.1 percent growth rate projected"), or a
// target set for it ("designed to lower carbon emissions … by 2030 to 32 percent below 2005 levels", PolNeAR dev).
const PROJECTION = new RegExp(
  String.raw`\b(?:reach(?:es|ed)?|grow(?:s|n|th)?|rise|rises|climb(?:s)?|fall|falls|drop(?:s)?|decline(?:s)?|double(?:s)?|triple(?:s)?|` +
    String.raw`exceed(?:s)?|surpass(?:es)?|shrink(?:s)?|increase(?:s)?|decrease(?:s)?|lower(?:s)?|reduce(?:s)?|reduction|` +
    String.raw`able to|exhausted|run (?:out|dry)|` +
    String.raw`project(?:s|ed|ing|ion|ions)|forecast(?:s|ed|ing)?|predict(?:s|ed|ing|ion|ions)?|on (?:track|pace))\b`,
  'i',
);

/**
 * "By 2085, it will be able to pay 74 percent of promised benefits" (HPO, basil-dev): a year ahead of the report
 * holding a figure the sentence forecasts is a projection's horizon, not a happening the story schedules; the timeline
 * listed it as upcoming beside the hearings and votes. Only a bare year: a day or a month ahead is when a thing is
 * set to happen ("taxes go up on January 1st", "a primary in April"), and without a figure and a forecasting word a
 * year ahead is a plan ("plans to seek a seventh term in 2016", "The election is slated for 2014").
 */
function projectionHorizon(a: AnalyzedArticle, date: string, sentence: TextRange, own: string | undefined): boolean {
  if (own === undefined || date.length !== 4 || !isAfter(date, own)) return false;
  const times = a.times.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
  const figure = a.quantities.some((q) => q.start >= sentence.start && q.end <= sentence.end && !times.some((x) => x.start < q.end && q.start < x.end));
  return figure && PROJECTION.test(a.text.slice(sentence.start, sentence.end));
}

// Plural day words that name a recurring time: "weekdays", "on Sundays", "weeknights".
const RECURRING_DAYS = /\b(?:weekdays|weeknights|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b/;

/**
 * Each body sentence that states a date, once, under its most precise date (a day before a month before a year; the
 * first among equals): a long sentence naming four dates is one event, not four; a sentence naming exactly two days
 * ("Brussels on Wednesday and Vienna on Thursday") states two events and is listed under both. Captions, headings, page notes and
 * the dateline opening a story ("LONDON, Jan. 5 (Reuters) -") date no event.
 */
function eventSentences(a: AnalyzedArticle, viewOfText: (text: string) => StatementView, own: string | undefined): Dated[] {
  const out: Dated[] = [];
  const quoted = a.quotes.filter((q) => q.direct);
  // Every dated sentence asks for a place next to its date; the candidates (a scan of all entity pairs) are the same.
  let places: EntityMention[] | undefined;
  for (const s of a.sentences) {
    if (s.kind !== 'body') continue;
    const sentence = a.text.slice(s.start, s.end);
    if (PAGE_NOTE.test(sentence)) continue;
    // "2:45 p.m.", "Sunday, Sept. 11": a time standing alone (the heading of a live-updates entry) tells of no event.
    if (!hasWordsBesideTimes(sentence, s.start, a.times)) continue;
    const body = trimDateline(sentence, s.start);
    const found: { t: TimeMention; date: string; reference: boolean }[] = [];
    // "The show airs every Sunday at 9 a.m.": a clock time beside a recurring time tells a schedule, not a day's event
    // (the tagger gives a bare clock the report's date).
    // A plural day word says the same ("airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m.", Breitbart
    // 2016-09-15, PolNeAR dev); the tagger reads no set there, as TempEval does not.
    const recurring = a.times.some((t) => t.kind === 'set' && t.start >= body.start && t.end <= s.end) || RECURRING_DAYS.test(a.text.slice(body.start, s.end));
    for (const t of a.times) {
      if (t.start < body.start || t.end > s.end) continue;
      if (recurring && t.rule.startsWith('clock')) continue;
      // "the benefits they rely on today": inside a speaker's words "today" or "now" means "these days", not a date.
      if (DEICTIC.test(t.text) && quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
      if (aboutTheSpeaker(a.text, t, quoted, s.start)) continue;
      // "kids can't openly celebrate Christmas" (Perry's ad, basil-dev, listed as an upcoming 25 December): a holiday
      // one celebrates is the custom, not a day something happens on. The tagger keeps the date, as TimeML does.
      if (t.rule === 'holiday' && OBSERVED.test(a.text.slice(Math.max(s.start, t.start - 24), t.start))) continue;
      // "more than 200 years later" counts from an event the text tells (Washington's presidency), not from the
      // report's date: the tagger's 2216 was an upcoming entry (West Journal, PolNeAR train). After a date of its own
      // sentence the tagger counts from that date ("in Brussels on Wednesday, … in Vienna a day later"), which holds.
      if (ANCHORED_TO_NARRATIVE.test(t.text) && !a.times.some((o) => o.start >= body.start && o.end <= t.start && !DEICTIC.test(o.text) && calendarDate(o) !== undefined)) continue;
      const date = calendarDate(t);
      if (date === undefined || projectionHorizon(a, date, s, own)) continue;
      const reference = datesOnlyAReference(a, t, date, s.start, own) || insideRelativeClause(a.text, t, body.start) || namesAKnownEvent(a.text, t, body.start);
      found.push({ t, date, reference });
    }
    // "as he took the stage here Wednesday night …, but that seems even more out of reach today" (NYT, PolNeAR train):
    // beside a day named in the sentence, "today" or "now" in narration means "these days", not a second event.
    const named = found.filter((f) => !DEICTIC.test(f.t.text));
    if (named.length > 0 && named.length < found.length) found.splice(0, found.length, ...named);
    // A date of the sentence's own wins over one inside a reference to another event.
    const direct = found.filter((f) => !f.reference);
    const referenceOnly = direct.length === 0 && found.length > 0;
    if (direct.length > 0 && direct.length < found.length) found.splice(0, found.length, ...direct);
    // "in his first interview since being named Saturday, told Fox News on Tuesday": a date after "since" starts a
    // stretch of time and the sentence's event lies at its other end; it dates the sentence only when nothing else does.
    const main = found.filter((f) => !SINCE.test(a.text.slice(Math.max(body.start, f.t.start - 24), f.t.start)));
    if (main.length > 0 && main.length < found.length) found.splice(0, found.length, ...main);
    const sinceOnly = main.length === 0;
    const days = [...new Map(found.filter((f) => f.date.length === 10).map((f) => [f.date, f])).values()];
    // "talks in Brussels on Wednesday and in Vienna on Thursday": two days, two events; more is a long sentence.
    const picks = days.length === 2 ? days : [...found].sort((x, y) => y.date.length - x.date.length).slice(0, 1);
    let view: StatementView | undefined;
    const viewOnce = (): StatementView => (view ??= viewOfText(sentence));
    const cancels = CANCELS.test(sentence);
    const shown = picks.length > 0 ? quoteRunOn(a, s, quoted) : s.end;
    for (const best of picks) {
      out.push({
        venues: venuesAt(a, (places ??= placesOf(a)), best.t),
        cancels,
        plans: own !== undefined && isAfter(best.date, own),
        referenceOnly,
        key: `${a.id}:${s.start}`,
        view: viewOnce,
        position: a.text.length === 0 ? 0 : s.start / a.text.length,
        sinceOnly,
        articleId: a.id,
        date: best.date,
        // Shown and cited without its dateline ("WASHINGTON — …"), as claims and the summary show it.
        sentence: a.text.slice(body.start, shown),
        span: { articleId: a.id, start: body.start, end: shown },
        content: contentWords(sentence, a.times.filter((t) => t.start >= s.start && t.end <= s.end)),
        certainty: best.t.certainty,
      });
    }
  }
  return out;
}

/** True when some word of two letters or more stands outside the sentence's time expressions. */
function hasWordsBesideTimes(sentence: string, start: number, times: readonly TimeMention[]): boolean {
  let rest = sentence;
  for (const t of times) {
    if (t.start < start || t.end > start + sentence.length) continue;
    rest = rest.slice(0, t.start - start) + ' '.repeat(t.end - t.start) + rest.slice(t.end - start);
  }
  return /\p{L}{2}/u.test(rest);
}

// A quotation running on past its first sentence is shown whole up to this many characters (about three sentences).
const MAX_SHOWN_QUOTE_CHARS = 500;

/**
 * Where a dated sentence should be shown to end: '“Yesterday, there were two polls. Morning Consult and Rasmussen had
 * very similar numbers.”' is one quotation split into sentences, and its first sentence alone ('“Yesterday, there were
 * two polls.') leaves the speaker's words cut. A sentence inside a direct quote that runs on is shown to the end of
 * the sentence where the quote closes (with its tag); longer speeches keep the sentence alone.
 */
function quoteRunOn(a: AnalyzedArticle, s: { readonly start: number; readonly end: number }, quoted: readonly QuoteMention[]): number {
  const q = quoted.find((x) => x.start <= s.end && x.start >= s.start - 1 && x.end > s.end);
  if (q === undefined) return s.end;
  const closing = a.sentences.find((x) => x.start <= q.end && q.end <= x.end);
  return closing !== undefined && closing.end - s.start <= MAX_SHOWN_QUOTE_CHARS ? closing.end : s.end;
}

/**
 * Entries of one upcoming day that name the same venue are one scheduled event told by several outlets in their own
 * words ("Russian officials will hold talks with Nato in Brussels on Wednesday" / "a special meeting of the
 * NATO-Russia Council in Brussels on Wednesday" / "the upcoming Nato-Russia Council on Wednesday"), which the statement
 * aligner rightly calls different statements. A plan is one event per day and venue; a past day holds many happenings
 * at one place, so only upcoming days merge. A sentence calling an event off stays apart from the plan. Merges in
 * place (`groups` is this stage's own array), joining chains: a place links two entries, a body links a third.
 */
function mergeScheduledAtOneVenue(groups: Dated[][]): void {
  const venuesOf = (g: readonly Dated[]): Set<string> => new Set(g.some((x) => x.cancels) ? [] : g.flatMap((x) => x.venues));
  for (let i = 0; i < groups.length; i++) {
    let merged = true;
    while (merged) {
      merged = false;
      const venues = venuesOf(groups[i] ?? []);
      if (venues.size === 0) break;
      for (let j = groups.length - 1; j > i; j--) {
        if (![...venuesOf(groups[j] ?? [])].some((v) => venues.has(v))) continue;
        groups[i]?.push(...(groups[j] ?? []));
        groups.splice(j, 1);
        merged = true;
      }
    }
  }
}

/** Content words of a sentence, leaving out its date expressions ("Tuesday" says nothing about which event). */
function contentWords(sentence: string, times: readonly TimeMention[]): Set<string> {
  const dateWords = new Set(times.flatMap((t) => words(t.text)));
  return new Set(words(sentence).filter((w) => !ENGLISH_STOPWORDS.has(w) && !dateWords.has(w)));
}

/**
 * Two sentences dated the same day are one entry when they share enough content words and the statement aligner,
 * which decides "same fact" for claims and citations, finds they state one fact: an entry shows one sentence and cites
 * every member, so a member about another happening of that day ("Sherman called Monday's talks frank" beside
 * "Kazakhstan was not discussed in Monday's talks") would be cited for a fact it does not state. The threshold is the
 * claims' (outlets add their own detail to one event); a denial, or a forecast beside its outcome, stays apart as there.
 */
function sameEvent(a: Dated, b: Dated, date: string, aligner: StatementAligner, compare: CompareStatements): boolean {
  // "The meeting on Wednesday was called off" shares its words with the plan it undoes: a reader must see both. Two
  // reports of the call-off in other words ("forced a postponement" / "forced NASA to halt the launching") stay one.
  if ((a.cancels && !b.cancels && b.plans) || (b.cancels && !a.cancels && a.plans)) return false;
  if (!sharesContent(a.content, b.content, date)) return false;
  const va = a.view();
  const vb = b.view();
  const p = compare(va, vb).probability;
  if (p < CLAIM_THRESHOLD) return false;
  // The claims' vetoes: a denial or a forecast beside its outcome stays apart, different actors need the model's own
  // threshold (the same words about two people or bodies).
  return !opposedAt(aligner, va, vb, p);
}

/**
 * The sentence an entry shows: the member most other members state the same fact as (it is the one the citations
 * support best), then the shorter.
 */
function representative(g: readonly Dated[], date: string, same: (a: Dated, b: Dated, date: string) => boolean): Dated {
  if (g.length <= 2) return [...g].sort((a, b) => a.sentence.length - b.sentence.length)[0] as Dated;
  const links = g.map((a) => g.filter((b) => b !== a && same(a, b, date)).length);
  const order = g.map((_, k) => k).sort((x, y) => (links[y] ?? 0) - (links[x] ?? 0) || (g[x]?.sentence.length ?? 0) - (g[y]?.sentence.length ?? 0));
  return g[order[0] ?? 0] as Dated;
}

/** How many other articles have a sentence on this date that shares content with one of the group's. */
function mentionedElsewhere(g: readonly Dated[], items: readonly Dated[], date: string): number {
  if (date.length !== 10) return 0;
  const inGroup = new Set(g.map((x) => x.articleId));
  const others = new Set<string>();
  for (const it of items) {
    if (inGroup.has(it.articleId) || others.has(it.articleId)) continue;
    if (g.some((x) => sharesContent(x.content, it.content, date))) others.add(it.articleId);
  }
  return others.size;
}

function sharesContent(a: ReadonlySet<string>, b: ReadonlySet<string>, date: string): boolean {
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
