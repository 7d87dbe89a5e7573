// Gives every relative draft its TIMEX3 value (reference date + clause tense + last mentioned date) and appends
// part-of-day, clock and weekend suffixes. Drafts keep `relative` so certainty can say they were inferred.
import type { TextRange } from '../../../model/span.ts';
import { addDays, compareDays, formatDay, isoWeekday, parseDay, type Day } from '../calendar.ts';
import { resolveRelative, type Anchor } from '../resolve.ts';
import { clauseTense, sentenceHasPast, type Tense } from '../tense.ts';
import type { Draft, Refiner } from '../types.ts';

const NEEDS_TENSE: ReadonlySet<string> = new Set(['weekday', 'month', 'year-part', 'weekend']);

function sentenceOf(sentences: readonly TextRange[], range: TextRange): TextRange {
  return sentences.find((s) => s.start <= range.start && range.start < s.end) ?? range;
}

/** The anchor a resolved value provides to later "a day later" expressions. */
function anchorOf(value: string): Anchor | undefined {
  const day = parseDay(value);
  if (day) return { day, unit: 'day' };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { day: { year: Number(month[1]), month: Number(month[2]), day: 1 }, unit: 'month' };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { day: { year: Number(year[1]), month: 1, day: 1 }, unit: 'year' };
  return undefined;
}

function withSuffix(draft: Draft, value: string): string {
  if (draft.weekend && /^\d{4}-W\d{2}$/.test(value)) return `${value}-WE`;
  if (draft.clock !== undefined) return `${value}T${draft.clock}`;
  if (draft.partOfDay !== undefined) return `${value}T${draft.partOfDay}`;
  return value;
}

/** Where a year a passage talks about was stated: "In 2016, ..." frames "On July 22" later in that paragraph. */
interface Frame {
  readonly year: number;
  readonly paragraphStart: number;
  /** The sentence the year was stated in, when it does not open it: then it frames that sentence only. */
  readonly sentence?: TextRange;
}

// Words joining two dates into one range or list ("between June and July 2016", "June to August 2019").
const COORDINATION = /^\s*(?:and|to|or|through|until|till|-|–|—)\s*$/i;
// A month or day followed by these takes the year of the passage: "On July 22 that year", "Oct. 7 of that year".
const THAT_YEAR = /^\s*,?\s*(?:of\s+)?that\s+year\b/i;

// "at that March 2 event", "during the same Oct. 7 meeting": a demonstrative after a preposition or at the start.
const ANAPHORIC = /(?:^|[.!?"“]\s*|\b(?:at|on|in|from|during|of|after|before|since|by|for|to)\s+)(?:that|the\s+same)\s+$/i;

// "the next day, Sept. 15,": a date set beside a counted day names that same day; only a closing mark may follow.
const APPOSITION_GAP = /^\s*,\s*$/;
const APPOSITION_END = /^\s*(?:[,.;:)]|$)/;

// What may stand before a year that opens its sentence and so frames the passage: "In 2016,", "Back in March 2010,".
const FRAME_OPENING = /^[\s"“‘']*(?:(?:back|in|on|by|during|early|late|since|and|but|then|also|of|the|year)\s+)*$/i;

// "since 1997", "since fiscal 2004", "since the 2010 ...": the start of a span that runs to the reference.
const SINCE = /\bsince\s+(?:the\s+)?(?:fiscal\s+)?$/i;

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at) + 1;
}

/** The year a bare month or day belongs to when its passage says so, or undefined to leave it to the reference. */
function passageYear(
  draft: Draft, index: number, drafts: readonly Draft[], text: string, frame: Frame | undefined, anchor: Anchor | undefined,
  statedDays: ReadonlyMap<string, number>,
): { readonly year: number | undefined; readonly rule: string } | undefined {
  const r = draft.relative;
  if (r?.type !== 'month' || r.shift !== 0 || r.thisYear === true || r.yearOffset !== undefined) return undefined;
  // "the attacks of Sept. 11, 2001 ... exploiting the Sept. 11 attacks": a day the text already stated with its year,
  // named again without it, is that day.
  const restated = r.day !== undefined ? statedDays.get(`${r.month}-${r.day}`) : undefined;
  if (restated !== undefined) return { year: restated, rule: 'restated-day' };
  // "between June and July 2016": the year stated on the second date is the first's too.
  const next = drafts[index + 1];
  if (next?.value !== undefined && /^\d{4}-\d{2}/.test(next.value) && COORDINATION.test(text.slice(draft.end, next.start))) {
    return { year: Number(next.value.slice(0, 4)), rule: 'coordinated-year' };
  }
  // "On July 22 that year": the year the story last named.
  if (THAT_YEAR.test(text.slice(draft.end, draft.end + 20))) return { year: anchor?.day.year, rule: 'that-year' };
  // "misspoke at a 2008 event ... At that March 2 event": "that" before a date modifying a noun points back to the
  // occasion the story last dated, so the date takes that date's year.
  if (ANAPHORIC.test(text.slice(Math.max(0, draft.start - 30), draft.start)) && /^\s+\p{Ll}/u.test(text.slice(draft.end, draft.end + 3))) {
    return { year: anchor?.day.year, rule: 'anaphoric-date' };
  }
  // "In 2016, ... On Oct. 7, ...": inside the paragraph that stated a year, a bare date is in that year.
  // A year inside a sentence's predicate ("Arpaio endorsed Mitt Romney in 2008, ...") dates that sentence's event and
  // frames only that sentence: "He held a joint press conference with Herman Cain in October" after it is this year's.
  if (frame !== undefined && frame.paragraphStart === paragraphStart(text, draft.start)) {
    if (frame.sentence === undefined || (frame.sentence.start <= draft.start && draft.start < frame.sentence.end)) return { year: frame.year, rule: 'passage-year' };
  }
  return undefined;
}

function inYear(relative: Extract<NonNullable<Draft['relative']>, { type: 'month' }>, year: number): string {
  const mm = String(relative.month).padStart(2, '0');
  return relative.day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(relative.day).padStart(2, '0')}`;
}

/** A day counted from the story ("the next day", "yesterday"), which a date set beside it can name. */
function isCountedDay(draft: Draft): boolean {
  const r = draft.relative;
  return (r?.type === 'anchored' || r?.type === 'shift') && r.unit === 'day' && draft.partOfDay === undefined;
}

/** A calendar day: stated ("Sept. 15, 2012") or a month and day ("Sept. 15"). */
function isDayDate(draft: Draft): boolean {
  if (draft.value !== undefined) return draft.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(draft.value);
  return draft.relative?.type === 'month' && draft.relative.day !== undefined && draft.clock === undefined;
}

/** "the next day, Sept. 15": the date beside a counted day, or undefined. */
function apposedDate(draft: Draft, index: number, drafts: readonly Draft[], text: string): Draft | undefined {
  const next = drafts[index + 1];
  if (!next || !isCountedDay(draft) || !isDayDate(next)) return undefined;
  if (!APPOSITION_GAP.test(text.slice(draft.end, next.start)) || !APPOSITION_END.test(text.slice(next.end, next.end + 2))) return undefined;
  return next;
}

// "tonight" said in a report that tells the evening's events as those of the day before ("Thursday night", "late
// Thursday" in a Friday report): the report was written that night and dated the next day, so "tonight" is that night.
const EVENING_PARTS: ReadonlySet<string> = new Set(['EV', 'NI']);

/** The day before the reference when the text tells of that day's evening and never names the reference day. */
function writtenTheNightBefore(drafts: readonly Draft[], text: string, resolved: readonly Draft[], reference: Day | undefined): string | undefined {
  if (!reference) return undefined;
  const today = formatDay(reference);
  const yesterday = formatDay(addDays(reference, -1));
  let evening = false;
  for (const d of resolved) {
    if (d.relative?.type !== 'weekday' || d.value === undefined) continue;
    const day = d.value.slice(0, 10);
    if (day === today) return undefined;
    const late = EVENING_PARTS.has(d.partOfDay ?? '') || /^late\b/i.test(text.slice(d.start, d.end)) || /\blate\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start));
    if (day === yesterday && late) evening = true;
  }
  return evening ? yesterday : undefined;
}

/**
 * "killed when a bomb brought Pan Am Flight 103 crashing down ... 10 years ago Monday": whole years ago, then a day,
 * is that day's date that many years back (an anniversary falls on the day named); read apart, the sentence was dated
 * to the Monday of the report (DUC 2004, the Lockerbie anniversary).
 */
function joinAnniversaries(drafts: readonly Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const ago = drafts[i] as Draft;
    const day = drafts[i + 1];
    const r = ago.relative;
    const years = r?.type === 'shift' && r.unit === 'year' && r.amount < 0 ? r.amount : undefined;
    const on = day?.value !== undefined && day.relative?.type === 'weekday' ? parseDay(day.value.slice(0, 10)) : undefined;
    if (years === undefined || day === undefined || on === undefined || !/^\s+(?:on\s+)?$/i.test(text.slice(ago.end, day.start))) {
      out.push(ago);
      continue;
    }
    const year = on.year + years;
    // Feb. 29 in a year without one: the anniversary is kept on the 28th.
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const back = formatDay({ year, month: on.month, day: on.month === 2 && on.day === 29 && !leap ? 28 : on.day });
    out.push({ ...day, start: ago.start, rule: 'ago-anniversary', value: `${back}${(day.value ?? '').slice(10)}` });
    i++;
  }
  return out;
}

// Events named with their day: held on a day set ahead ("the primary on June 3", "the Jan. 3 caucuses", "hearing set
// for May 8"), or that only happen unforeseen and are told after ("the Orlando massacre on June 12"). The day then
// modifies the event's noun, not the clause's verb, so the verb's tense says nothing of which year's it is: a set event
// is the nearer occurrence, an unforeseen one the last. Not speeches, rallies or interviews: "commitments included a
// May 11 speech" in December is last May's, as the verb says (Politico, PolNeAR train).
const SET_EVENTS = 'primary|primaries|election|caucus(?:es)?|runoff|referendum|debate|convention|hearing|deadline|inauguration|summit|vote';
const UNFORESEEN_EVENTS = 'attacks?|massacre|shootings?|bombings?|crash|explosion|earthquake';
const eventBefore = (nouns: string) => new RegExp(`\\b(?:${nouns})\\s+(?:(?:is|was)\\s+)?(?:on|of|set for|scheduled for)\\s+$`, 'i');
const eventAfter = (nouns: string) => new RegExp(`^\\s+(?:${nouns})\\b`, 'i');
const SET_BEFORE = eventBefore(SET_EVENTS);
const SET_AFTER = eventAfter(SET_EVENTS);
const UNFORESEEN_BEFORE = eventBefore(UNFORESEEN_EVENTS);
const UNFORESEEN_AFTER = eventAfter(UNFORESEEN_EVENTS);

/** The tense a day named with its event is read in: the nearer one for a set event, the last for an unforeseen one. */
function eventTense(text: string, draft: Draft): Tense | undefined {
  const before = text.slice(Math.max(0, draft.start - 40), draft.start);
  const after = text.slice(draft.end, draft.end + 16);
  if (UNFORESEEN_BEFORE.test(before) || UNFORESEEN_AFTER.test(after)) return 'retrospective';
  if (SET_BEFORE.test(before) || SET_AFTER.test(after)) return 'unknown';
  return undefined;
}

const ERA_PREFIX = /\b(?:post|pre)-$/i;

// A narrative day more than a week before the report is not of the report's week: a weekday there cannot be read
// from the report's date (within the week both readings can name the same day, and news means the report's).
const NARRATIVE_GONE_DAYS = 7;

function longGone(day: Day, reference: Day): boolean {
  return compareDays(addDays(day, NARRATIVE_GONE_DAYS), reference) < 0;
}

/** The weekday nearest `day` (three days either way at most; the day itself when it is that weekday). */
function nearestWeekday(day: Day, weekday: number): Day {
  const forward = (weekday - isoWeekday(day) + 7) % 7;
  return addDays(day, forward <= 3 ? forward : forward - 7);
}

const isTonight = (d: Draft, text: string): boolean => d.rule === 'relative-day' && /^tonight$/i.test(text.slice(d.start, d.end));

export const resolveRelativeRefiner: Refiner = {
  id: 'resolve-relative',
  refine(drafts, { text, reference, sentences, tokens }) {
    const out: Draft[] = [];
    let anchor: Anchor | undefined;
    let frame: Frame | undefined;
    let sentenceDay: { readonly day: Day; readonly sentence: TextRange } | undefined;
    // The day of the last clock time that had one: "At 4:20 p.m. on Friday, Sept. 14 ... At 6:20 p.m. ..." goes on
    // telling that day hour by hour.
    let clockDay: Day | undefined;
    // Values fixed ahead of their turn: the date in "the next day, Sept. 15".
    const fixed = new Map<number, string>();
    // Days stated with their year so far, by "month-day".
    const statedDays = new Map<string, number>();
    // The value of a draft, and the rule that gave it when a narrative rule lent the year (provenance).
    const resolveOne = (draft: Draft, index: number, sentence: TextRange): { value: string | undefined; rule?: string } => {
      if (draft.value !== undefined || !draft.relative) return { value: draft.value };
      const r = draft.relative;
      // "the post-Sept. 11 law", "pre-Jan. 6 security": a day with "post-"/"pre-" names an era its event opened, not
      // a day of the passage (NYT, June 2013, telling 2011: "the Patriot Act, the post-Sept. 11 law" was dated
      // 2011-09-11); which year's that day was, the text does not say here.
      if (r.type === 'month' && r.day !== undefined && ERA_PREFIX.test(text.slice(Math.max(0, draft.start - 5), draft.start))) {
        return { value: `XXXX-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`, rule: 'era-name' };
      }
      const lent = passageYear(draft, index, drafts, text, frame, anchor, statedDays);
      const year = lent?.year;
      if (year !== undefined && r.type === 'month' && (reference === undefined || year !== reference.year)) return { value: inYear(r, year), rule: lent?.rule };
      // Only expressions whose direction is open need the (costlier) tense reading.
      // "a candidate in the Republican Senate primary on June 3, announced …" (NYT, March 2014): a day that dates an
      // event named beside it is read by the event (see eventTense), not by the clause verb ("announced" had made it
      // last year's).
      const ofEvent = r.type === 'month' && r.day !== undefined ? eventTense(text, draft) : undefined;
      const clause = ofEvent ?? (NEEDS_TENSE.has(r.type) ? clauseTense(text, sentence, draft, { month: r.type === 'month', tokens }) : 'unknown');
      // A month in a sentence without any past verb is read as the present does (this year's, unless last year's has
      // just gone: see resolveMonth); a weekday without a cue stays the last one (news reports what happened).
      const tense = clause === 'unknown' && r.type === 'month' && !sentenceHasPast(text, sentence, draft, tokens) ? 'present' : clause;
      const sameSentenceDay = sentenceDay && sentenceDay.sentence.start === sentence.start ? sentenceDay.day : undefined;
      // "… e-mailed a final version to lawmakers shortly after 3 p.m. With time short before Ms. Rice began taping her
      // appearances on Sunday morning news programs …" (NYT, May 2013, telling Sept. 15, 2012 hour by hour): a bare
      // weekday inside a narrative of a day long gone is a day of that narrative's week, not of the report's.
      if (r.type === 'weekday' && r.shift === 0 && clockDay !== undefined && reference !== undefined && longGone(clockDay, reference)) {
        return { value: formatDay(nearestWeekday(clockDay, r.weekday)), rule: 'weekday-narrative-day' };
      }
      const narrativeDay = r.type === 'clock' && sameSentenceDay === undefined ? clockDay : undefined;
      const value = resolveRelative(r, { reference, tense, anchor, sentenceDay: sameSentenceDay ?? narrativeDay });
      return narrativeDay !== undefined ? { value, rule: 'clock-narrative-day' } : { value };
    };
    for (const [index, draft] of drafts.entries()) {
      const sentence = sentenceOf(sentences, draft);
      const fixedValue = fixed.get(index);
      const resolved = fixedValue !== undefined ? { value: fixedValue, rule: 'apposed-date' } : resolveOne(draft, index, sentence);
      let value = resolved.value;
      let rule = resolved.rule ?? draft.rule;
      // Only a counted day that resolved to a calendar day (not "PAST_REF" for want of a reference) can lend its year.
      const apposed = value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? apposedDate(draft, index, drafts, text) : undefined;
      if (apposed && value !== undefined) {
        // The stated date wins; a bare "Sept. 15" is in the year of the narrative the counted day continues.
        const own = apposed.value ?? inYear(apposed.relative as MonthRelative, Number(value.slice(0, 4)));
        if (own !== undefined) {
          fixed.set(index + 1, own);
          value = own;
          rule = 'apposed-date';
        }
      }
      if (value === undefined) continue;
      const stated = draft.relative === undefined && draft.kind === 'date' ? parseDay(value) : undefined;
      if (stated && /^\d{4}-\d{2}-\d{2}$/.test(value)) statedDays.set(`${stated.month}-${stated.day}`, stated.year);
      const next = anchorOf(value);
      if (next && draft.kind !== 'duration' && draft.kind !== 'set') {
        anchor = next;
        // A narrative told hour by hour is of a day gone by, and "the next day" moves it on; a scheduled time ("set
        // the sentencing for June 28 at 2 p.m.") starts none, and a day counted from today ("on Friday") ends it.
        const past = reference === undefined || compareDays(next.day, reference) < 0;
        const narrative = rule === 'apposed-date' || rule === 'weekday-narrative-day';
        if (next.unit === 'day' && past && (draft.clock !== undefined || draft.relative?.type === 'anchored' || narrative)) clockDay = next.day;
        else if (draft.relative?.type === 'weekday' || draft.relative?.type === 'shift' || !past) clockDay = undefined;
        if (next.unit === 'day') sentenceDay = { day: next.day, sentence };
        // A year written out frames the rest of its paragraph; a date counted from today ("on Tuesday") ends the frame.
        // "since 1997" starts a span that runs to now, so the passage is not about that year.
        if (draft.relative === undefined && draft.kind === 'date') {
          if (!SINCE.test(text.slice(Math.max(0, draft.start - 20), draft.start))) {
            const opens = FRAME_OPENING.test(text.slice(sentence.start, draft.start));
            frame = { year: next.day.year, paragraphStart: paragraphStart(text, draft.start), ...(opens ? {} : { sentence }) };
          }
        }
        else if ((draft.relative?.type === 'weekday' && rule !== 'weekday-narrative-day') || draft.relative?.type === 'shift') frame = undefined;
      }
      out.push({ ...draft, rule, value: withSuffix(draft, value) });
    }
    const dated = joinAnniversaries(out, text);
    const night = dated.some((d) => isTonight(d, text)) ? writtenTheNightBefore(drafts, text, dated, reference) : undefined;
    if (night === undefined) return dated;
    return dated.map((d) => (isTonight(d, text) ? { ...d, rule: 'tonight-night-before', value: withSuffix(d, night) } : d));
  },
};

type MonthRelative = Extract<NonNullable<Draft['relative']>, { type: 'month' }>;
