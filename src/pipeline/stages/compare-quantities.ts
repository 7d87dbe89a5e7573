import type { AnalyzedArticle, Quantity } from '../../model/analyzed-article.ts';
import type { AgreedQuantity, Discrepancy, DiscrepancyValue } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';
import { CURRENCY_SIGNS } from '../../nlp/quantities/unit-lexicon.ts';
import { independentSourceOf } from './story-documents.ts';

// Reporters vary the noun for one event ("hours of talks", "hours of discussions"); these name the same thing.
const COMPLEMENT_SYNONYMS: Readonly<Record<string, string>> = {
  talk: 'talks', discussion: 'talks', negotiation: 'talks', meeting: 'talks', consultation: 'talks', session: 'talks',
  fighting: 'fighting', clash: 'fighting', battle: 'fighting',
};

// Counted nouns that structure the telling rather than report a fact ("the two sides", "five times", "both ways").
const DISCOURSE_UNITS: ReadonlySet<string> = new Set(['side', 'time', 'way', 'thing', 'part', 'point', 'aspect', 'issue', 'question', 'occasion', 'reason']);

// Values within 5 % are the same figure rounded differently ("100,000" vs "an estimated 98,000" is not a dispute).
const SAME_VALUE_TOLERANCE = 0.05;
// Shares are rounded to whole points at most ("43.7 percent" / "44 percent"): more than a point apart they are two
// figures, though within 5 % (39 and 41 percent, two poll results).
const SAME_SHARE_TOLERANCE = 1;
// Without an "of <noun>" complement, two mentions must share this many words near the number that not every article
// uses to be about the same thing: one shared word ("Russian") is topic, two are a subject.
const MIN_SHARED_CONTEXT = 2;
// Words every report uses are topic only from three reports on; two share all their facts' words too.
const MIN_REPORTS_FOR_TOPIC = 3;
// Words either side of the number that say what it counts: a clause's reach. A whole sentence shares incidental words
// ("money", "like") with sentences about other amounts (DUC: "the three other bills … taxpayer money to approve drugs
// like RU-486" and "six of the 13 required spending bills … money, like the $90 million").
const CONTEXT_WINDOW_WORDS = 10;
// Two reports of one figure differ by rounding, an update or whose estimate it is: every such pair read in DUC 2004,
// basil-dev and PolNeAR was within 1.7× (6,076 against "more than 10,000" killed by Mitch); pairs 3× apart or more
// were two amounts ("$100,000" from one donor, "$705,000" from another; a wife's $5,150 of fur capes and $750,000 of
// campaign money). Police and organisers' crowd counts can differ more: missing those is the price.
const MAX_DISPUTED_RATIO = 3;
// Three figures in one unit in one sentence are a breakdown (a poll's candidates, a budget's lines); which element
// a figure is, only the name beside it tells, and elements of two breakdowns are not one disputed figure. Two are
// often one figure and its change ("from 52 to 38 percent"), so they stay.
const MIN_LIST_FIGURES = 3;

interface Item {
  readonly articleId: string;
  readonly q: Quantity;
  readonly complement?: string;
  /** Content words near the number, without the number's own words, its complement and the story's common words. */
  readonly context: ReadonlySet<string>;
  /** Words of the names of the people the number's sentence names: whose vote share, whose age. */
  readonly people: ReadonlySet<string>;
  /** The places the sentence names: where a distance runs from or to. */
  readonly places: ReadonlySet<string>;
  /** Never disputed: a span counted from the writing or another moment (`anchoredSpan`), or an increment ("two more"). */
  readonly anchor: boolean;
  /** For a sum of money, the words naming what it is ("trust fund", "in campaign money", "for a wall"). */
  readonly object: ReadonlySet<string>;
  /** Whether the number is announced rather than reported: "will put $100 million", "plans to cut 5,000 jobs". */
  readonly intended: boolean;
  /** One of a list of figures in one unit ("Trump 38 percent, Johnson 3 percent and Stein 3 percent"). */
  readonly listed: boolean;
}

export interface QuantityComparison {
  readonly agreed: readonly AgreedQuantity[];
  readonly discrepancies: readonly Discrepancy[];
}

/**
 * Story stage: quantities of the same thing across sources. Same value (hedges aside: "nearly eight hours" agrees with
 * "eight hours") from two or more sources → agreed; different values about the same subject → a discrepancy. Bare
 * numbers without a counted noun are never compared, and mentions from one article never disagree with each other.
 */
export function compareQuantities(story: Story): QuantityComparison {
  const common = topicWords(story.articles);
  const items: Item[] = story.articles.flatMap((a) =>
    a.quantities
      .filter((q) => q.unit !== '' && !DISCOURSE_UNITS.has(q.unit) && !determinerOne(q) && !conversion(a, q))
      .map((q) => toItem(a, q, common)),
  );
  return { agreed: findAgreed(items, common, independentSourceOf(story)), discrepancies: findDiscrepancies(items, common) };
}

/**
 * A figure in brackets right after another is that figure in other units ("80 miles (128 kilometers)", "8 mph (12
 * kph)"): compared on its own, its rounding made two disputes of one ("12 kph" / "13 kph" for "8 mph" twice).
 */
function conversion(a: AnalyzedArticle, q: Quantity): boolean {
  const before = a.text.slice(Math.max(0, q.start - 3), q.start);
  if (!/\(\s*$/.test(before)) return false;
  const open = q.start - before.length + before.indexOf('(');
  return a.quantities.some((o) => o !== q && o.end <= open && open - o.end <= 2);
}

/**
 * A spelled-out "one" before a noun that is not a measure ("There was one problem", "even one life", "on one day")
 * is an article with emphasis, not a figure a reader would check across outlets; "one hour", "one percent" and
 * "one million" (a scale, parsed into the value) stay.
 */
function determinerOne(q: Quantity): boolean {
  return q.value === 1 && /^one\b/i.test(q.text) && !MEASURE_UNITS.has(q.unit);
}
const CURRENCIES: ReadonlySet<string> = new Set(Object.values(CURRENCY_SIGNS));
// Units a count of one still measures: time, distance, money and shares.
const MEASURE_UNITS: ReadonlySet<string> = new Set(['hour', 'minute', 'week', 'month', 'year', 'km', 'mile', 'm', 'foot', '%', ...CURRENCIES]);

/**
 * A span of time measured back from when the article was written ("over the past two days", "the last two years",
 * "15 years ago") or from another moment ("three days before that") places the telling, not a fact: reports written on
 * different days give different figures for one window, and two such windows are seldom the same one, so different
 * figures are no dispute. (Equal ones still agree: basil-dev's "began more than two years ago" / "two years of
 * investigation" / "a two-year FBI investigation".) The New York Times' "over the past two days" (of Weiner's name)
 * was a discrepancy with Politico's "11 days before the presidential election"; basil-dev's "over the last two years"
 * (of Republican obstruction) with "approved 15 years ago" (Medicare cuts). A span between two moments is the same
 * kind of figure ("three weeks until Election Day" and "four weeks before Election Day", written a week apart; "less
 * than two weeks after the NBA postponed training camp" and "a three- to four-week period"): every such pair read in
 * DUC 2004 was two spans, not one disputed.
 */
function anchoredSpan(text: string, q: Quantity): boolean {
  if (!TIME_UNITS.has(q.unit)) return false;
  return /\b(?:past|last)\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start))
    || /^\s+(?:ago|earlier|later|before|after|until|since)\b/i.test(text.slice(q.end, q.end + 16));
}
const TIME_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

function toItem(a: AnalyzedArticle, q: Quantity, common: ReadonlySet<string>): Item {
  const sentence = a.sentences.find((s) => s.start <= q.start && q.end <= s.end) ?? q;
  // The counted noun, past a word that only says which part ("55 percent of the remaining delegates", "of likely
  // voters"): "remaining" was Sanders' share and Kasich's alike.
  const of = /^\s+of\s+(?:the\s+)?(?:(?:remaining|total|entire|estimated|available|eligible|registered|likely|whole|overall)\s+)?([\p{L}-]+)/u.exec(a.text.slice(q.end, q.end + 50));
  const noun = of?.[1]?.toLowerCase().replace(/s$/, '');
  const complement = noun ? (canonicalComplement(noun) ?? noun) : undefined;
  // The number's own words ("percent", "years") and its complement are compared by unit and complement already;
  // counted again as context they made any two "N percent of the vote" one subject.
  const own = new Set([...words(q.text), ...(of?.[1] ? words(of[1]) : [])]);
  const near = [
    ...words(withoutAttribution(a.text.slice(sentence.start, q.start))).slice(-CONTEXT_WINDOW_WORDS),
    ...words(withoutAttribution(a.text.slice(q.end, sentence.end))).slice(of ? 2 : 0, CONTEXT_WINDOW_WORDS),
  ];
  const context = new Set(near.filter((w) => !ENGLISH_STOPWORDS.has(w) && !/\d/.test(w) && !NUMBER_WORDS.has(w) && !own.has(w) && !common.has(w)));
  const inSentence = a.entities.filter((e) => sentence.start <= e.start && e.end <= sentence.end);
  const people = new Set(inSentence.filter((e) => e.type === 'person').flatMap((e) => nameWords(e.name)));
  // Whole names: "the Bay Islands" and "the Swan Islands" share a word, not a place.
  const places = new Set(inSentence.filter((e) => e.type === 'place').map((e) => e.name.toLowerCase()));
  // "Two more crew", "15 other nations": counted on top of, or beside, others named elsewhere: no total to dispute.
  const anchor = anchoredSpan(a.text, q) || /\b(?:more|other|additional|extra)\s+[\p{L}-]+$/iu.test(q.text);
  const object = CURRENCIES.has(q.unit) ? moneyObject(a.text.slice(q.end, Math.min(sentence.end, q.end + 60))) : new Set<string>();
  // Read as written, not lower-cased: "the end of May" is a month, "may" a modal.
  const intended = a.text.slice(sentence.start, q.start).split(/\s+/).slice(-CONTEXT_WINDOW_WORDS)
    .some((t) => { const w = t.replace(/^\W+|[^\w'’]+$/g, ''); return INTENT_WORDS.has(w) || /^[a-z]+['’]ll$/i.test(w); });
  const listed = a.quantities.filter((o) => o.unit === q.unit && sentence.start <= o.start && o.end <= sentence.end).length >= MIN_LIST_FIGURES;
  return { articleId: a.id, q, context, people, places, anchor, object, intended, listed, ...(complement ? { complement } : {}) };
}

/**
 * The text without its "according to …" phrases: who reports a figure is not what it counts. Two sums in one
 * campaign story, "the National Republican Senatorial Committee had spent $28.3 million" and "has put in only $56
 * million so far, according to Federal Election Commission filings" (PolNeAR), shared their source's four words and
 * were one disputed figure. The phrase runs to the next comma, semicolon or sentence end.
 */
function withoutAttribution(text: string): string {
  return text.replace(/\baccording to\b[^,;.]*/gi, ' ');
}

// Words before a number that make it a plan, a promise or a guess: an expectation is not an outcome ("Trump vowed he
// will put $100 million of his own money" against "had collected $712 million, including $56 million of his own").
// Not "expected": "an expected eight percent of gross domestic product" is an estimate of the same figure.
const INTENT_WORDS: ReadonlySet<string> = new Set([
  'will', "won't", 'would', 'could', 'might', 'may', 'plan', 'plans', 'planned', 'vowed', 'vows', 'promised', 'promises', 'pledged',
  'pledges', 'wants', 'proposed', 'proposes', 'expects', 'hopes', 'aims', 'intends', 'seeks',
]);

const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'mile', 'nautical mile', 'm', 'foot', 'yard']);

/**
 * What a sum of money is, read from the words right after it: a compound ("$2.6 trillion trust fund") or a
 * prepositional phrase ("$6.5 trillion in additional money", "$5,150 on fur capes", "$5.7 billion for a wall"), up to
 * the first word that starts another phrase. Money has no counted noun, so this is its "of <noun>".
 */
function moneyObject(after: string): Set<string> {
  const out = new Set<string>();
  const m = /^\s*(?:(?:in|for|on|of|to)\s+)?(?:(?:a|an|the|his|her|its|their|our|new|more|extra)\s+)*([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/u.exec(after);
  for (const w of words(m?.[1] ?? '')) {
    if (ENGLISH_STOPWORDS.has(w) || PHRASE_STARTS.has(w)) break;
    out.add(w.replace(/s$/, ''));
  }
  return out;
}
// Words that open the next phrase, not name the money: "trust fund from running out", "money will be needed".
const PHRASE_STARTS: ReadonlySet<string> = new Set(['each', 'a', 'per', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'had', 'have']);

// Spelled-out numbers are the figure itself, not what it counts ("two" shared by "two hours" and "two minutes").
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands million millions billion billions half'.split(' '),
);

/** A person's name as words to match on: "Jesse Jackson Jr." is met again as "Jackson". */
function nameWords(name: string): string[] {
  return words(name).filter((w) => !NAME_SUFFIXES.has(w));
}
// Generational suffixes name no one by themselves.
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * The story's topic words: those (nearly) every report uses, which tell no figure's subject. A complement's synonyms
 * count as its canonical form too, so a story whose reports say "talks", "discussions" or "negotiations" has "talks"
 * in common. Up to TOPIC_MIN_REPORTS reports that is every report; from there on, a word at least TOPIC_SHARE of the
 * reports use: one report of ten that never names the Democracy Party left "china", "democracy" and "party" a subject
 * two figures shared (DUC 2004: "arrested 10 members" last week, "detained more than two dozen members" since the
 * spring, "at least 32 members detained or questioned" in three weeks were one disputed figure).
 */
function topicWords(articles: readonly AnalyzedArticle[]): Set<string> {
  // Two reports share their topic and their facts alike ("every report" would be every word both use, so no two of
  // their figures could share a subject word: two versions of one story, "trailing Voinovich by 10 percentage points"
  // and "by 15", were never compared): topic is told apart from subject from three reports on.
  if (articles.length < MIN_REPORTS_FOR_TOPIC) return new Set();
  const needed = Math.min(articles.length, Math.max(TOPIC_MIN_REPORTS, Math.ceil(articles.length * TOPIC_SHARE)));
  // A word none of the first (n - needed + 1) reports uses cannot reach `needed`: only those reports add words to
  // count, the rest only count them (speed: a 200-report story reads most of its words once, as the every-report
  // narrowing did). Each report counts a word once: `last` holds the last report that counted it.
  const open = articles.length - needed + 1;
  const counts = new Map<string, number>();
  const last = new Map<string, number>();
  const count = (w: string, i: number): void => {
    if (last.get(w) === i) return;
    const n = counts.get(w);
    if (n === undefined && i >= open) return;
    last.set(w, i);
    counts.set(w, (n ?? 0) + 1);
  };
  articles.forEach((a, i) => {
    // A word again in the same report counts nothing (nor does its complement): each is read once per report.
    const read = new Set<string>();
    for (const w of words(a.text)) {
      if (read.has(w)) continue;
      read.add(w);
      count(w, i);
      const c = canonicalComplement(w);
      if (c) count(c, i);
    }
  });
  return new Set([...counts].filter(([, n]) => n >= needed).map(([w]) => w));
}
// Up to six reports, topic is what every report says: a word most but not all of a few reports use is as likely a
// fact they share. From there, three reports in four (tuned on DUC 2004's labelled pairs: 0.75 kept every true
// dispute and dropped 5 of 7 wrong pairs; 0.5 lost 3 of 8 true ones). A story of hundreds of reports (PolNeAR's
// campaign months, one story) has almost no such word at either share: its wrong disputes stay (see the note).
const TOPIC_MIN_REPORTS = 6;
const TOPIC_SHARE = 0.75;

function canonicalComplement(word: string): string | undefined {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  // Own keys only: a word like "constructor" must not find Object.prototype's.
  return Object.hasOwn(COMPLEMENT_SYNONYMS, singular) ? COMPLEMENT_SYNONYMS[singular] : undefined;
}

function sameValue(a: number, b: number, unit = ''): boolean {
  const relative = SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= (unit === '%' ? Math.min(SAME_SHARE_TOLERANCE, relative) : relative);
}

/**
 * Two mentions count one thing when they count it by the same words: the same "of <noun>" complement, if that noun is
 * the story's own subject (every report's "talks") or the words around the number share one more; else two words near
 * the number in common. Either way not when their sentences name different people and none in common (Brat's 56
 * percent of the vote and Cantor's 79 in earlier primaries), and an age only of one person named in both.
 */
function sameSubject(a: Item, b: Item, common: ReadonlySet<string>): boolean {
  if (a.q.unit !== b.q.unit || a.articleId === b.articleId) return false;
  if (differentPeople(a, b) || (a.q.unit === 'year-old' && !sharesAny(a.people, b.people))) return false;
  if (a.object.size > 0 && b.object.size > 0 && !sharesAny(a.object, b.object)) return false;
  // A distance is told by its ends: "Utila, an island 20 miles off the Honduran coast" and "the Bay Islands, about 25
  // miles off Honduras' coast" are two.
  if (DISTANCE_UNITS.has(a.q.unit) && a.places.size > 0 && b.places.size > 0 && !sharesAny(a.places, b.places)) return false;
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  // A share's group ("72 percent of Republicans support Trump", "77 percent of Republicans … want the party to remain
  // behind him") is the base it is taken of, not what it measures: a share needs two words in common like any figure.
  if (a.q.unit === '%') return (a.complement === b.complement || !a.complement || !b.complement) && shared >= MIN_SHARED_CONTEXT;
  // A complement every report names is the story's own event ("hours of talks").
  if (a.complement && b.complement) return a.complement === b.complement && (isCommon(a.complement, common) || shared >= 1);
  return shared >= MIN_SHARED_CONTEXT;
}

function isCommon(complement: string, common: ReadonlySet<string>): boolean {
  return common.has(complement) || common.has(`${complement}s`);
}

function differentPeople(a: Item, b: Item): boolean {
  return a.people.size > 0 && b.people.size > 0 && !sharesAny(a.people, b.people);
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * A dispute says the sources contradict each other, a stronger statement than agreement, so its links are stricter:
 * either both figures say what they count ("8 hours of talks" / "5-1/2 hours of talks") or neither does. "Six months
 * on Parris Island" and "two months of research" share a unit and a story, not a subject.
 */
function sameFraming(a: Item, b: Item): boolean {
  if ((a.complement === undefined) !== (b.complement === undefined)) return false;
  // A count written as a modifier sizes the thing it stands before ("the 115-yacht fleet", "the 124-member council");
  // written as a count it counts ("37 yachts have been forced to retire"): two quantities. Measures (hours, miles,
  // money, shares) measure one thing either way ("an eight-hour meeting", "eight hours of talks").
  return MEASURE_UNITS.has(a.q.unit) || isModifier(a.q) === isModifier(b.q);
}

function isModifier(q: Quantity): boolean {
  return /[\d\p{L}]-\p{L}+$/u.test(q.text);
}

/**
 * Mentions of one quantity of one thing from two or more sources. Within a unit, two mentions join when their values
 * are equal (and their "of <noun>" complements, where both have one, agree), or when their values are only close
 * ("$5.7 billion" / "$6 billion", "nearly 100,000" / "98,000") and they are also about the same subject: close
 * values of different things (a wall request and an estimate of economic loss) are neither agreed nor disputed.
 */
function findAgreed(items: readonly Item[], common: ReadonlySet<string>, source: (articleId: string) => string): AgreedQuantity[] {
  const groups = linkedGroups(items, (a, b) => {
    if (!sameValue(a.q.value, b.q.value, a.q.unit)) return false;
    if (a.complement && b.complement && a.complement !== b.complement) return false;
    return a.q.value === b.q.value || (sameSubject(a, b, common) && !statesBoth(items, a, b));
  });
  const out: AgreedQuantity[] = [];
  for (const g of groups.flatMap(byCloseValue)) {
    const sources = [...new Set(g.map((i) => i.articleId))].sort();
    const first = g[0];
    // Agreement takes two independent sources, as a claim does: two live-update pages of one outlet (Breitbart's of
    // 2016-03-15, PolNeAR train) listed twenty of their shared figures ("row: 16", "chandelier: 12") as numbers the
    // sources agree on; an article and its copy, or two reports of one outlet, confirm nothing to each other.
    if (!first || new Set(sources.map(source)).size < 2) continue;
    out.push({
      about: describe(first),
      value: first.q.value,
      unit: first.q.unit,
      texts: [...new Set(g.map((i) => i.q.text))],
      sources,
      spans: g.map((i) => ({ articleId: i.articleId, start: i.q.start, end: i.q.end })),
    });
  }
  return out.sort((a, b) => b.sources.length - a.sources.length);
}

/**
 * The connected components of `linked` (a symmetric test), each in the items' order, components in the order of their
 * first item. Only mentions with one unit can be one figure, so only pairs within a unit are asked.
 */
function linkedGroups(items: readonly Item[], linked: (a: Item, b: Item) => boolean): Item[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const byUnit = new Map<string, number[]>();
  items.forEach((it, i) => {
    const bucket = byUnit.get(it.q.unit);
    if (bucket) bucket.push(i);
    else byUnit.set(it.q.unit, [i]);
  });
  for (const bucket of byUnit.values()) {
    for (let k = 0; k < bucket.length; k++) {
      const i = bucket[k] ?? 0;
      const a = items[i];
      // Indices, not bucket.slice(k + 1): a copy of the rest of the bucket per mention was quadratic garbage.
      for (let l = k + 1; l < bucket.length; l++) {
        const j = bucket[l] ?? 0;
        const b = items[j];
        if (a && b && linked(a, b)) parent[find(j)] = find(i);
      }
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const group = groups.get(find(i));
    if (group) group.push(it);
    else groups.set(find(i), [it]);
  });
  return [...groups.values()];
}

/**
 * Links of close values chain (39 → 41 → 42 … → 48 percent made one "agreed" figure of eleven values): a group is cut
 * where a value is no longer close to the smallest of its part.
 */
function byCloseValue(group: readonly Item[]): Item[][] {
  const parts: Item[][] = [];
  for (const it of [...group].sort((a, b) => a.q.value - b.q.value)) {
    const part = parts.at(-1);
    const low = part?.[0];
    if (part && low && sameValue(low.q.value, it.q.value, it.q.unit)) part.push(it);
    else parts.push([it]);
  }
  // Each part in the story's order again: its first mention names the figure.
  const order = new Map(group.map((it, i) => [it, i]));
  return parts.map((p) => p.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}

/**
 * An article that states both close values exactly ("Romney leads at 21 percent", "Trump finishes first among Tea
 * Party supporters at 20 percent") tells them apart itself, so they are two figures, not one rounded two ways.
 */
function statesBoth(items: readonly Item[], a: Item, b: Item): boolean {
  const has = (articleId: string, value: number): boolean =>
    items.some((it) => it.articleId === articleId && it.q.unit === a.q.unit && it.q.value === value);
  return has(a.articleId, b.q.value) || has(b.articleId, a.q.value);
}

function findDiscrepancies(items: readonly Item[], common: ReadonlySet<string>): Discrepancy[] {
  // Connected components of "same subject" links across articles; a component with two distinct values disagrees.
  const components = linkedGroups(items, (a, b) =>
    !a.anchor && !b.anchor && !a.listed && !b.listed && a.intended === b.intended && withinRatio(a, b) && sameSubject(a, b, common) && sameFraming(a, b));
  const out: Discrepancy[] = [];
  for (const comp of components) {
    const values = valueGroups(comp);
    if (values.length < 2 || new Set(comp.map((c) => c.articleId)).size < 2) continue;
    // An article does not contradict itself: a component in which one article gives two different values has
    // linked different things (a poll's list of candidates, a package and its parts), not one disputed figure.
    if (values.some((v) => v.sources.some((id) => values.some((w) => w !== v && w.sources.includes(id))))) continue;
    // "more than 30 people" and "at least 32 people" can both be true: a dispute shows the figures that contradict
    // another ("224 killed" / "more than 250"), not a bound that leaves room for all of them ("more than 200").
    const disputed = values.filter((v) => values.some((w) => w !== v && !compatible(v, w)));
    if (disputed.length < 2) continue;
    const first = comp[0];
    if (!first) continue;
    out.push({ about: describe(first), values: disputed });
  }
  return out;
}

function withinRatio(a: Item, b: Item): boolean {
  // Asked for every pair of one unit's mentions (tens of thousands in a 200-article story): no array, no sort.
  const x = Math.abs(a.q.value);
  const y = Math.abs(b.q.value);
  const lo = Math.min(x, y);
  return lo > 0 && Math.max(x, y) / lo <= MAX_DISPUTED_RATIO;
}

/** Whether a bound leaves room for the other figure: "more than 30" and 32, "up to 40" and 35. */
function compatible(v: DiscrepancyValue, w: DiscrepancyValue): boolean {
  const holds = (bound: DiscrepancyValue, x: number): boolean => {
    switch (bound.qualifier) {
      case 'more than': return x > bound.value;
      case 'at least': return x >= bound.value;
      case 'less than': return x < bound.value;
      case 'at most':
      case 'up to': return x <= bound.value;
      default: return false;
    }
  };
  return holds(v, w.value) || holds(w, v.value);
}

function valueGroups(items: readonly Item[]): DiscrepancyValue[] {
  const groups: Item[][] = [];
  for (const it of items) {
    const g = groups.find((x) => x[0] && sameValue(x[0].q.value, it.q.value, it.q.unit));
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => {
      const first = g[0];
      if (!first) throw new Error('unreachable: empty value group');
      return {
        value: first.q.value,
        unit: first.q.unit,
        qualifier: first.q.qualifier,
        text: first.q.text,
        sources: [...new Set(g.map((i) => i.articleId))].sort(),
        spans: g.map((i) => ({ articleId: i.articleId, start: i.q.start, end: i.q.end })),
      };
    })
    .sort((a, b) => b.sources.length - a.sources.length || a.value - b.value);
}

function describe(it: Item): string {
  const unit = it.q.unit === '%' ? 'percent' : it.q.unit;
  return it.complement ? `${unit} of ${it.complement}` : unit;
}
