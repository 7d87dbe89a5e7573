import type { AnalyzedArticle, Quantity } from '../../model/analyzed-article.ts';
import type { AgreedQuantity, Discrepancy, DiscrepancyValue } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';

// Reporters vary the noun for one event ("hours of talks", "hours of discussions"); these name the same thing.
const COMPLEMENT_SYNONYMS: Readonly<Record<string, string>> = {
  talk: 'talks', discussion: 'talks', negotiation: 'talks', meeting: 'talks', consultation: 'talks', session: 'talks',
  fighting: 'fighting', clash: 'fighting', battle: 'fighting',
};

// Counted nouns that structure the telling rather than report a fact ("the two sides", "five times", "both ways").
const DISCOURSE_UNITS: ReadonlySet<string> = new Set(['side', 'time', 'way', 'thing', 'part', 'point', 'aspect', 'issue', 'question', 'occasion', 'reason']);

// Values within 5 % are the same figure rounded differently ("100,000" vs "an estimated 98,000" is not a dispute).
const SAME_VALUE_TOLERANCE = 0.05;
// Without an "of <noun>" complement, two mentions must share this many words that not every article uses to be
// about the same thing: one shared word ("Russian") is topic, two are a subject.
const MIN_SHARED_CONTEXT = 2;

interface Item {
  readonly articleId: string;
  readonly q: Quantity;
  readonly complement?: string;
  readonly context: ReadonlySet<string>;
  /** A span of time counted back from the writing (`countedBackFromWriting`): agreed when equal, never disputed. */
  readonly countedBack: boolean;
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
  const common = wordsInEveryArticle(story.articles);
  const items: Item[] = story.articles.flatMap((a) =>
    a.quantities
      .filter((q) => q.unit !== '' && !DISCOURSE_UNITS.has(q.unit) && !determinerOne(q))
      .map((q) => toItem(a, q, common)),
  );
  return { agreed: findAgreed(items), discrepancies: findDiscrepancies(items.filter((it) => !it.countedBack)) };
}

/**
 * A spelled-out "one" before a noun that is not a measure ("There was one problem", "even one life", "on one day")
 * is an article with emphasis, not a figure a reader would check across outlets; "one hour", "one percent" and
 * "one million" (a scale, parsed into the value) stay.
 */
function determinerOne(q: Quantity): boolean {
  return q.value === 1 && /^one\b/i.test(q.text) && !MEASURE_UNITS.has(q.unit);
}
// Units a count of one still measures: time, distance, money and shares.
const MEASURE_UNITS: ReadonlySet<string> = new Set(['hour', 'minute', 'week', 'month', 'year', 'km', 'mile', 'm', '%', 'USD', 'EUR', 'GBP', 'JPY', 'INR']);

/**
 * A span of time measured back from when the article was written ("over the past two days", "the last two years",
 * "15 years ago") places the telling, not a fact: reports written on different days give different figures for one
 * window, and two such windows are seldom the same one, so different figures are no dispute. (Equal ones still agree:
 * basil-dev's "began more than two years ago" / "two years of investigation" / "a two-year FBI investigation".) The New York Times' "over the past two days" (of Weiner's name) was a
 * discrepancy with Politico's "11 days before the presidential election"; basil-dev's "over the last two years" (of
 * Republican obstruction) with "approved 15 years ago" (Medicare cuts). Spans anchored to an event ("11 days before
 * the election", "three weeks left to reach a deal") stay: each outlet's figure is about that event.
 */
function countedBackFromWriting(text: string, q: Quantity): boolean {
  if (!TIME_UNITS.has(q.unit)) return false;
  return /\b(?:past|last)\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) || /^\s+ago\b/i.test(text.slice(q.end, q.end + 5));
}
const TIME_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

function toItem(a: AnalyzedArticle, q: Quantity, common: ReadonlySet<string>): Item {
  const sentence = a.sentences.find((s) => s.start <= q.start && q.end <= s.end);
  const context = new Set(
    words(sentence ? a.text.slice(sentence.start, sentence.end) : q.text).filter(
      (w) => !ENGLISH_STOPWORDS.has(w) && !/\d/.test(w) && !common.has(w),
    ),
  );
  const of = /^\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(a.text.slice(q.end, q.end + 40));
  const noun = of?.[1]?.toLowerCase().replace(/s$/, '');
  const complement = noun ? (COMPLEMENT_SYNONYMS[noun] ?? noun) : undefined;
  return { articleId: a.id, q, context, countedBack: countedBackFromWriting(a.text, q), ...(complement ? { complement } : {}) };
}

function wordsInEveryArticle(articles: readonly AnalyzedArticle[]): Set<string> {
  if (articles.length < 2) return new Set();
  // The first article's words, narrowed article by article: later articles are only looked up in (no set of their
  // own), and once nothing is left the rest are not read.
  const [first, ...rest] = articles;
  let common = new Set(words(first?.text ?? ''));
  for (const a of rest) {
    if (common.size === 0) break;
    const found = new Set<string>();
    for (const w of words(a.text)) if (common.has(w)) found.add(w);
    common = new Set([...common].filter((w) => found.has(w)));
  }
  return common;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function sameSubject(a: Item, b: Item): boolean {
  if (a.q.unit !== b.q.unit || a.articleId === b.articleId) return false;
  if (a.complement && b.complement) return a.complement === b.complement;
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  return shared >= MIN_SHARED_CONTEXT;
}

/**
 * A dispute says the sources contradict each other, a stronger statement than agreement, so its links are stricter:
 * either both figures say what they count ("8 hours of talks" / "5-1/2 hours of talks") or neither does. "Six months
 * on Parris Island" and "two months of research" share a unit and a story, not a subject.
 */
function sameFraming(a: Item, b: Item): boolean {
  return (a.complement === undefined) === (b.complement === undefined);
}

/**
 * Mentions of one quantity of one thing from two or more sources. Within a unit, two mentions join when their values
 * are equal (and their "of <noun>" complements, where both have one, agree), or when their values are only close
 * ("$5.7 billion" / "$6 billion", "nearly 100,000" / "98,000") and they are also about the same subject: close
 * values of different things (a wall request and an estimate of economic loss) are neither agreed nor disputed.
 */
function findAgreed(items: readonly Item[]): AgreedQuantity[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  items.forEach((a, i) => {
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j];
      if (!b || a.q.unit !== b.q.unit || !sameValue(a.q.value, b.q.value)) continue;
      if (a.complement && b.complement && a.complement !== b.complement) continue;
      if (a.q.value !== b.q.value && (!sameSubject(a, b) || statesBoth(items, a, b))) continue;
      parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), it]));
  const out: AgreedQuantity[] = [];
  for (const g of groups.values()) {
    const sources = [...new Set(g.map((i) => i.articleId))].sort();
    const first = g[0];
    if (!first || sources.length < 2) continue;
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
 * An article that states both close values exactly ("Romney leads at 21 percent", "Trump finishes first among Tea
 * Party supporters at 20 percent") tells them apart itself, so they are two figures, not one rounded two ways.
 */
function statesBoth(items: readonly Item[], a: Item, b: Item): boolean {
  const has = (articleId: string, value: number): boolean =>
    items.some((it) => it.articleId === articleId && it.q.unit === a.q.unit && it.q.value === value);
  return has(a.articleId, b.q.value) || has(b.articleId, a.q.value);
}

function findDiscrepancies(items: readonly Item[]): Discrepancy[] {
  // Connected components of "same subject" links across articles; a component with two distinct values disagrees.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  // Only mentions with the same unit can be about the same thing: compare within each unit's bucket, not all pairs.
  const byUnit = new Map<string, number[]>();
  items.forEach((it, i) => byUnit.set(it.q.unit, [...(byUnit.get(it.q.unit) ?? []), i]));
  for (const bucket of byUnit.values()) {
    bucket.forEach((i, k) => {
      for (const j of bucket.slice(k + 1)) {
        const a = items[i];
        const b = items[j];
        if (a && b && sameSubject(a, b) && sameFraming(a, b)) parent[find(i)] = find(j);
      }
    });
  }
  const components = new Map<number, Item[]>();
  items.forEach((it, i) => components.set(find(i), [...(components.get(find(i)) ?? []), it]));
  const out: Discrepancy[] = [];
  for (const comp of components.values()) {
    const values = valueGroups(comp);
    if (values.length < 2 || new Set(comp.map((c) => c.articleId)).size < 2) continue;
    // An article does not contradict itself: a component in which one article gives two different values has
    // linked different things (a poll's list of candidates, a package and its parts), not one disputed figure.
    if (values.some((v) => v.sources.some((id) => values.some((w) => w !== v && w.sources.includes(id))))) continue;
    const first = comp[0];
    if (!first) continue;
    out.push({ about: describe(first), values });
  }
  return out;
}

function valueGroups(items: readonly Item[]): DiscrepancyValue[] {
  const groups: Item[][] = [];
  for (const it of items) {
    const g = groups.find((x) => x[0] && sameValue(x[0].q.value, it.q.value));
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
