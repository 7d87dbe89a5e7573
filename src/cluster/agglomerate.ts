/**
 * Greedy centroid-linkage agglomeration over sparse vectors: repeatedly joins the most alike pair of clusters (cosine
 * of their summed vectors, lowered by the time between them) while it reaches `threshold`.
 *
 * The result is a function of the items alone, whatever order or batches they came in: similarities do not depend on
 * other items (no batch statistics), candidates are every cluster sharing one of a cluster's heaviest terms (no
 * "best k" that an unrelated item could push out), and ties are broken by the items' canonical positions. Items that
 * never come within `threshold` of a group cannot change it.
 */

export interface AgglomerateItem {
  /** Sum of the item's unit vectors (one per article it holds). */
  readonly vector: ReadonlyMap<number, number>;
  /** Articles summed into `vector` (average linkage divides by it). */
  readonly size?: number;
  /** Days (since 1970) of the item's dated members; empty when undated. */
  readonly days: readonly number[];
  /** Days after publication its dated members name by month and day (events they anticipate); see `eventDistance`. */
  readonly mentionedDays?: readonly number[];
  /**
   * Sums of the members' word-only and name-only unit vectors: two dated clusters are scored by both (see
   * `AgglomerateOptions.datedThreshold`). Absent: the whole vector scores every pair.
   */
  readonly wordVector?: ReadonlyMap<number, number>;
  readonly nameVector?: ReadonlyMap<number, number>;
  /** Years its text mentions ("in 2008", "July 2, 2008"), with how often: when the event happened, dated or not. */
  readonly years?: ReadonlyMap<number, number>;
  /** Full names (two or more words: "Maurice Cheeks") and in how many of the item's articles each occurs. */
  readonly names?: ReadonlyMap<number, number>;
  /**
   * Names (any capitalized name or multi-word name) recurring in the item's own articles (see `recurringNames`): its
   * participants. Topics use them: a group of stories that share participants takes another story only if it shares one.
   */
  readonly participants?: ReadonlySet<number>;
}

export interface TimeOptions {
  /** Share of a score that time distance may take off. */
  readonly weight: number;
  /** Decay scale in days. */
  readonly scaleDays: number;
  /** Two clusters whose nearest dated members are further apart than this are never joined. */
  readonly windowDays: number;
  /** Days added to the scale per day of the shorter side's own span (first to last dated member); 0 = off. */
  readonly spanWeight?: number;
  /**
   * Days added to a distance measured from a day one side's text names to the other side's publication days (a named
   * day is weaker evidence of when a report's event is than the day it was published); undefined = named days unused.
   */
  readonly mentionedDayPenalty?: number;
  /**
   * How days place two clusters: their nearest publication or named days (`nearest`, the default), or the mean time
   * factor over all pairs of their members (`average`; see averageTimeFactor).
   */
  readonly linkage?: 'nearest' | 'average';
}

export interface AgglomerateOptions {
  readonly threshold: number;
  /** Heaviest terms of a cluster through which its candidates are found. */
  readonly probeTerms: number;
  readonly time?: TimeOptions;
  /**
   * `centroid`: cosine of the summed vectors. `average`: mean cosine over all pairs of members (the dot product of
   * two sums of unit vectors ÷ the pair count), which does not let a grown cluster's blurred centroid chain in
   * loosely related ones.
   */
  readonly linkage?: 'centroid' | 'average';
  /**
   * Two dated clusters are scored by the geometric mean of their word and name similarities (average linkage over
   * `wordVector` and `nameVector`), scaled so that this threshold counts as `threshold`; undefined = the whole vector
   * scores dated pairs too.
   */
  readonly datedThreshold?: number;
  /** Share of a score taken off when the two clusters' texts are mainly about different years (0 = ignore years). */
  readonly yearConflictWeight?: number;
  /**
   * Share of a score taken off, when either side is undated, by how much each side has recurring full names the other
   * never mentions (0 = off): see `ownNamesConflict`.
   */
  readonly ownNamesWeight?: number;
  /** The same for two dated sides whose spans of days overlap (0 = off). */
  readonly ownNamesDatedWeight?: number;
  /**
   * Share of a score taken off when either cluster has participants of its own (names recurring in two or more of its
   * items) and the other has none of them recurring in any of its items (0 = off): see `participantsConflict`.
   */
  readonly participantsWeight?: number;
  /**
   * Two dated clusters of at least `memberLinkMinSize` items each join only if at least this share of the pairs of their
   * items (one from each side) would reach `threshold` on their own, scored as two single items (their own days apart,
   * without the span widening): a partial complete-link check beside average linkage (0 = off). Average linkage
   * with the span widening joins two running stories of one subject whose reports, taken pair by pair, mostly do not
   * match (DUC 2004: the Gaza airport's opening and Clinton's Gaza visit, 12 % of their pairs match).
   */
  readonly memberLinkShare?: number;
  readonly memberLinkMinSize?: number;
}

interface Cluster extends MirroredSum {
  sum: Map<number, number>;
  norm: number;
  /** Sorted distinct days of dated members. */
  days: number[];
  /** Sorted distinct days the members' texts name. */
  mentionedDays: number[];
  /** Dated members as (publication day, days its text names ahead), each with how many share it; `average` time only. */
  moments: Moment[];
  /** `wordVector` and `nameVector` summed over the members, mirrored for their own dot spaces. */
  words: KindSum;
  nameSum: KindSum;
  members: number[];
  size: number;
  years: Map<number, number>;
  /** mainYear(years), kept with them (a pair asks for it on every comparison). */
  mainYear: number | undefined;
  names: Map<number, number>;
  /** Participants (names recurring in an item) and in how many of the cluster's items each recurs. */
  participants: Map<number, number>;
  alive: boolean;
  /** Terms under which the cluster is indexed (its heaviest). */
  probe: number[];
}

interface KindSum extends MirroredSum {
  sum: Map<number, number>;
}

function kindSum(space: DotSpace, vector: ReadonlyMap<number, number> | undefined): KindSum {
  const sum = new Map(vector ?? []);
  return { sum, ...space.mirror(sum) };
}

/** Adds `from` into `into` and mirrors the new sum (its spread copy, if any, is stale). */
function addInto(space: DotSpace, into: KindSum, from: KindSum): void {
  for (const [k, w] of from.sum) into.sum.set(k, (into.sum.get(k) ?? 0) + w);
  ({ ids: into.ids, weights: into.weights } = space.mirror(into.sum));
  space.changed(into);
}

function normOf(v: ReadonlyMap<number, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/**
 * Dot products of the clusters' sums without a Map lookup per term: each cluster mirrors its sum as dense term ids and
 * weights (in the sum's order), and the larger side of a product is spread into an array by id, where it stays for
 * the next product with it (bestOf compares one cluster with all its candidates). The smaller side's terms are summed
 * in its own order, as `dot` of the two Maps would: the same additions in the same order, so the same number to the bit.
 */
interface DotSpace {
  /** The sum's terms as dense ids and their weights, in the sum's iteration order. */
  mirror(sum: ReadonlyMap<number, number>): { ids: Int32Array; weights: Float64Array };
  dot(a: MirroredSum, b: MirroredSum): number;
  /** A cluster's sum changed: its spread copy is stale. */
  changed(c: MirroredSum): void;
}

interface MirroredSum {
  readonly sum: ReadonlyMap<number, number>;
  ids: Int32Array;
  weights: Float64Array;
}

function dotSpace(vectors: readonly (ReadonlyMap<number, number> | undefined)[]): DotSpace {
  const termIds = new Map<number, number>();
  for (const v of vectors) for (const k of v?.keys() ?? []) if (!termIds.has(k)) termIds.set(k, termIds.size);
  const spread = new Float64Array(termIds.size);
  // spread[id] holds the spread side's weight only where stamp[id] is the current stamp (no clearing between sides).
  const stamp = new Uint32Array(termIds.size);
  let current = 0;
  let spreadSide: MirroredSum | null = null;
  return {
    mirror(sum) {
      const ids = new Int32Array(sum.size);
      const weights = new Float64Array(sum.size);
      let i = 0;
      for (const [k, w] of sum) {
        ids[i] = termIds.get(k) as number;
        weights[i++] = w;
      }
      return { ids, weights };
    },
    dot(a, b) {
      const aSmaller = a.sum.size <= b.sum.size;
      const small = aSmaller ? a : b;
      const large = aSmaller ? b : a;
      if (spreadSide !== large) {
        current++;
        const { ids, weights } = large;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] as number;
          spread[id] = weights[i] as number;
          stamp[id] = current;
        }
        spreadSide = large;
      }
      let s = 0;
      const { ids, weights } = small;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (stamp[id] === current) s += (weights[i] as number) * (spread[id] as number);
      }
      return s;
    },
    changed(c) {
      if (spreadSide === c) spreadSide = null;
    },
  };
}

/** Distance in days between the nearest members of two sorted day lists; undefined when either is undated. */
export function nearestDistance(a: readonly number[], b: readonly number[]): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let i = 0;
  let j = 0;
  let best = Number.POSITIVE_INFINITY;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    best = Math.min(best, Math.abs(x - y));
    if (x < y) i++;
    else j++;
  }
  return best;
}

/** `nearestDistance(days, [day])`: the fewest days between `day` and any of the sorted `days`; undefined when none. */
function nearestTo(days: readonly number[], day: number): number | undefined {
  if (days.length === 0) return undefined;
  let best = Number.POSITIVE_INFINITY;
  // As nearestDistance's walk: up to and including the first day not before `day` (later ones are farther).
  for (let i = 0; i < days.length; i++) {
    const x = days[i] ?? 0;
    best = Math.min(best, Math.abs(x - day));
    if (x >= day) break;
  }
  return best;
}

/**
 * Days between two clusters' events: between their nearest publication days, or, when nearer, between a day one side's
 * texts name ahead of their publication and the other's nearest publication day, plus `mentionedDayPenalty`. October
 * reports of the Asian Games "Dec. 6-20" and December reports of the games, or November reports that "the euro is
 * launched on Jan. 1" and the launch's own reports at the turn of the year, are one running story weeks apart by
 * publication (DUC 2004). A recalled day (the Aug. 7 embassy bombings, in reports of the inquiry and of the
 * indictment) is background and never counted (see mentionedDays). Undefined when either side is undated.
 */
export function eventDistance(
  a: { readonly days: readonly number[]; readonly mentionedDays: readonly number[] },
  b: { readonly days: readonly number[]; readonly mentionedDays: readonly number[] },
  time: TimeOptions | undefined,
): number | undefined {
  const published = nearestDistance(a.days, b.days);
  const penalty = time?.mentionedDayPenalty;
  if (published === undefined || penalty === undefined) return published;
  let best = published;
  const ab = nearestDistance(a.mentionedDays, b.days);
  if (ab !== undefined) best = Math.min(best, ab + penalty);
  const ba = nearestDistance(a.days, b.mentionedDays);
  if (ba !== undefined) best = Math.min(best, ba + penalty);
  return best;
}

/**
 * The time options for two clusters: the decay scale widened by `spanWeight` × the shorter of the two sides' spans of
 * days. Two running stories, each already reported over days or weeks, continue a subject whose next report may come a
 * week after the last (DUC 2004's Asian Games, euro launch, Gaza airport: phases weeks apart), while a one-day event
 * (span 0) keeps the plain scale, so two compact events of one subject days apart stay two (basil-dev's triplets).
 * The shorter span, not the longer: a running story should not pull in a one-day event of its subject.
 */
export function spanTime(time: TimeOptions | undefined, a: readonly number[], b: readonly number[]): TimeOptions | undefined {
  if (!time) return time;
  const scaleDays = spanScale(time, a, b);
  return scaleDays !== time.scaleDays ? { ...time, scaleDays } : time;
}

/** The decay scale `spanTime` gives, without building options (the agglomeration asks for it on every comparison). */
function spanScale(time: TimeOptions, a: readonly number[], b: readonly number[]): number {
  if (!time.spanWeight || a.length === 0 || b.length === 0) return time.scaleDays;
  const span = Math.min((a[a.length - 1] ?? 0) - (a[0] ?? 0), (b[b.length - 1] ?? 0) - (b[0] ?? 0));
  return span > 0 ? time.scaleDays + time.spanWeight * span : time.scaleDays;
}

/**
 * 1 for undated or same-day pairs, falling towards 1 − weight with distance; 0 beyond the window. The fall is
 * Gaussian (flat for the first days, steep around `scaleDays`): the reports of one event, and the follow-ups of a
 * running story, come a day or two after the nearest earlier one (DUC 2004: 416 of 480 dated articles have a
 * cluster-mate within two days), while a new event on the same subject comes a week or more after the last.
 */
export function timeFactor(distance: number | undefined, time: TimeOptions | undefined): number {
  return time === undefined ? 1 : scaledTimeFactor(distance, time, time.scaleDays);
}

function scaledTimeFactor(distance: number | undefined, time: TimeOptions, scaleDays: number): number {
  if (distance === undefined) return 1;
  if (distance > time.windowDays) return 0;
  const x = distance / scaleDays;
  return 1 - time.weight * (1 - Math.exp(-x * x));
}

/** One or more dated members published on `day` whose texts name `mentioned` ahead. */
interface Moment {
  readonly day: number;
  readonly mentioned: readonly number[];
  readonly count: number;
}

function momentsOf(days: readonly number[], mentioned: readonly number[]): Moment[] {
  return mergeMoments([], days.map((day) => ({ day, mentioned, count: 1 })));
}

function mergeMoments(a: readonly Moment[], b: readonly Moment[]): Moment[] {
  const out = new Map<string, Moment>();
  for (const m of [...a, ...b]) {
    const key = `${m.day}:${m.mentioned.join(',')}`;
    const old = out.get(key);
    out.set(key, old ? { ...old, count: old.count + m.count } : m);
  }
  return [...out.values()];
}

/**
 * The time factor of two clusters as a whole: the mean, over all pairs of their dated members, of the factor of the
 * days between the two members' events (eventDistance of the pair: publication days, or a day one names ahead and the
 * other's publication day). Average linkage in time, as in content: a cluster spread over months is near a report only
 * through the members it is near, not through whichever member or named day happens to be closest. 1 when either side
 * is undated.
 */
export function averageTimeFactor(a: { readonly days: readonly number[]; readonly moments: readonly Moment[] }, b: { readonly days: readonly number[]; readonly moments: readonly Moment[] }, time: TimeOptions): number {
  if (a.days.length === 0 || b.days.length === 0) return 1;
  const scale = spanScale(time, a.days, b.days);
  const penalty = time.mentionedDayPenalty;
  let sum = 0;
  let pairs = 0;
  for (const x of a.moments) {
    for (const y of b.moments) {
      // eventDistance of the two single days, without two option objects and two arrays per pair: the agglomeration
      // asks this for every pair of moments of every pair it scores.
      let d = Math.abs(x.day - y.day);
      if (penalty !== undefined) {
        const ab = nearestTo(x.mentioned, y.day);
        if (ab !== undefined) d = Math.min(d, ab + penalty);
        const ba = nearestTo(y.mentioned, x.day);
        if (ba !== undefined) d = Math.min(d, ba + penalty);
      }
      sum += x.count * y.count * scaledTimeFactor(d, time, scale);
      pairs += x.count * y.count;
    }
  }
  return pairs > 0 ? sum / pairs : 1;
}

// A year is what a cluster is mainly about when it has at least half of the year mentions and is mentioned twice:
// one passing "in 2005" is background, not the event's date.
const MAIN_YEAR_SHARE = 0.5;
const MAIN_YEAR_MENTIONS = 2;

/** The year a cluster's texts mainly mention, if one stands out. */
export function mainYear(years: ReadonlyMap<number, number>): number | undefined {
  let total = 0;
  let best: [number, number] | undefined;
  for (const [y, n] of years) {
    total += n;
    if (!best || n > best[1] || (n === best[1] && y < best[0])) best = [y, n];
  }
  return best && best[1] >= MAIN_YEAR_MENTIONS && best[1] >= total * MAIN_YEAR_SHARE ? best[0] : undefined;
}

// A name recurs in a group when at least half of its articles (and two of them) mention it: then it is one of the
// group's actors, not a passing mention. ECB+ event dev B³ F1 was .895 at 0.4 and 0.5, .894 at 0.6.
const CORE_SHARE = 0.5;
const CORE_MIN = 2;

/** Share of a group's recurring names that the other group never mentions. */
function ownShare(a: { names: ReadonlyMap<number, number>; size: number }, b: { names: ReadonlyMap<number, number> }): number {
  let core = 0;
  let own = 0;
  for (const [k, n] of a.names) {
    if (n < CORE_MIN || n < a.size * CORE_SHARE) continue;
    core++;
    if (!b.names.has(k)) own++;
  }
  return core === 0 ? 0 : own / core;
}

/**
 * Two events of one kind each have their own people and places, named again and again in their reports (the coach
 * fired in 2008 and the one fired in 2013, the two Interior Secretaries of two rule changes): the smaller of the two
 * sides' shares of recurring full names the other never mentions. Both sides must have such names, so a report that
 * adds one new witness to a story is not held off; 0 when either side is a single article (no recurring names yet).
 */
export function ownNamesConflict(a: { names: ReadonlyMap<number, number>; size: number }, b: { names: ReadonlyMap<number, number>; size: number }): number {
  return Math.min(ownShare(a, b), ownShare(b, a));
}

/**
 * Keys recurring in a group of `size` articles, given in how many of them each key occurs (`names`): in at least half of
 * them and in two, the same measure as a group's recurring full names above.
 */
export function recurringNames(names: ReadonlyMap<number, number>, size: number): Set<number> {
  const out = new Set<number>();
  for (const [k, n] of names) if (n >= CORE_MIN && n >= size * CORE_SHARE) out.add(k);
  return out;
}

/** The names a cluster's items have in common: recurring in two or more of them. */
function sharedParticipants(c: { participants: ReadonlyMap<number, number> }): number[] {
  const out: number[] = [];
  for (const [k, n] of c.participants) if (n >= 2) out.push(k);
  return out;
}

/**
 * Related stories that share their participants (AMD in both of AMD's acquisitions, the Saints' players in two
 * Saints stories) are a topic about them: another story of the same kind of event (HP buying a company, another
 * team's season) joins it only if one of those participants recurs in it too. True when either side has such shared
 * participants and the other side has none of them recurring in any of its items. Stories of one kind that share no
 * recurring names (two hit-and-runs in two cities) are not held apart by this: neither side has shared participants.
 */
export function participantsConflict(a: { participants: ReadonlyMap<number, number> }, b: { participants: ReadonlyMap<number, number> }): boolean {
  const lacks = (x: typeof a, y: typeof b): boolean => {
    const shared = sharedParticipants(x);
    return shared.length > 0 && !shared.some((k) => y.participants.has(k));
  };
  return lacks(a, b) || lacks(b, a);
}

/** The spans (first to last day) of two sorted, non-empty day lists overlap. */
function overlapping(a: readonly number[], b: readonly number[]): boolean {
  return (a[0] ?? 0) <= (b[b.length - 1] ?? 0) && (b[0] ?? 0) <= (a[a.length - 1] ?? 0);
}

function mergeDays(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function heaviest(sum: ReadonlyMap<number, number>, n: number): number[] {
  return [...sum]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map((e) => e[0]);
}

interface Pair {
  readonly i: number;
  readonly j: number;
  readonly sim: number;
}

/** Before: higher similarity first, then lower indices (canonical order). */
function before(a: Pair, b: Pair): boolean {
  return a.sim > b.sim || (a.sim === b.sim && (a.i < b.i || (a.i === b.i && a.j < b.j)));
}

function insert(queue: Pair[], item: Pair): void {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = queue[mid];
    if (q && before(q, item)) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, item);
}

/** Groups of item indices (each sorted), in order of their first item. */
export function agglomerate(items: readonly AgglomerateItem[], options: AgglomerateOptions): number[][] {
  const space = dotSpace(items.map((it) => it.vector));
  // Words and names apart, each in a space of its own (their sums hold terms the whole vector's top terms may lack).
  const wordSpace = dotSpace(items.map((it) => it.wordVector));
  const nameSpace = dotSpace(items.map((it) => it.nameVector));
  // Members' (day, named days) are kept only when time is measured over all pairs of members.
  const averageTime = options.time?.linkage === 'average';
  const single = (it: AgglomerateItem, i: number): Cluster => {
    const sum = new Map(it.vector);
    return { sum, ...space.mirror(sum), norm: normOf(sum), days: mergeDays(it.days, []), mentionedDays: mergeDays(it.mentionedDays ?? [], []), moments: averageTime ? momentsOf(it.days, mergeDays(it.mentionedDays ?? [], [])) : [], words: kindSum(wordSpace, it.wordVector), nameSum: kindSum(nameSpace, it.nameVector), members: [i], size: it.size ?? 1, years: new Map(it.years ?? []), mainYear: mainYear(it.years ?? new Map()), names: new Map(it.names ?? []), participants: new Map([...(it.participants ?? [])].map((k) => [k, 1])), alive: true, probe: heaviest(sum, options.probeTerms) };
  };
  const clusters: Cluster[] = items.map(single);
  // Each item as it came, for the member link check (clusters[i] grows as it takes others): made when first asked
  // for, so only the items of large groups that meet are ever copied.
  const linkShare = options.memberLinkShare ?? 0;
  const linkMinSize = options.memberLinkMinSize ?? 1;
  const singles = new Map<number, Cluster>();
  const singleOf = (i: number): Cluster => {
    let c = singles.get(i);
    if (!c) {
      c = single(items[i] as AgglomerateItem, i);
      singles.set(i, c);
    }
    return c;
  };
  if (options.threshold >= 1) return clusters.map((c) => c.members);
  const postings = new Map<number, Set<number>>();
  const index = (i: number): void => {
    for (const k of clusters[i]?.probe ?? []) {
      const p = postings.get(k);
      if (p) p.add(i);
      else postings.set(k, new Set([i]));
    }
  };
  const unindex = (i: number): void => {
    for (const k of clusters[i]?.probe ?? []) postings.get(k)?.delete(i);
  };
  clusters.forEach((_, i) => index(i));
  // Two dated clusters: time already keeps apart events of one kind (the other earthquake is weeks or years away), so
  // what must tell them apart is two events of one subject at the same time, which share their names (Israel, Arafat,
  // Clinton) but not their words (an airport's opening, flights; a charter vote, a president's visit), or share the
  // words of a kind of event but not its names. One event's reports share both, so both must agree: the geometric
  // mean of the word and the name similarity. Undefined (the whole vector scores the pair) when either side is
  // undated, or has no words or no names to compare.
  const datedContent = (a: Cluster, b: Cluster, scale: number, timed: number): number | undefined => {
    const dated = options.datedThreshold;
    if (dated === undefined || a.days.length === 0 || b.days.length === 0) return undefined;
    if (a.words.sum.size === 0 || b.words.sum.size === 0 || a.nameSum.sum.size === 0 || b.nameSum.sum.size === 0) return undefined;
    const words = wordSpace.dot(a.words, b.words) / scale;
    // Under average linkage the name part is a mean cosine of unit vectors, at most 1 (the margin covers rounding), so
    // the score is at most √words, scaled: a pair already below the threshold on its words is out without its names
    // (0, which only the threshold ever sees: see `similarity`).
    if (options.linkage === 'average' && Math.sqrt(Math.max(words, 0)) * (options.threshold / dated) * timed < options.threshold * (1 - 1e-9)) return 0;
    const names = nameSpace.dot(a.nameSum, b.nameSum) / scale;
    return Math.sqrt(words * names) * (options.threshold / dated);
  };
  // Every factor below is at most 1, so once the product falls below the threshold the pair is out whatever the rest
  // would give: the value returned then is only ever compared with the threshold (bestOf) or with a queued score that
  // reached it (a stale pair), so the clusters are the same as with every factor applied.
  // Whether two items join on their own, memoized (a pair is asked again each time either side is scored).
  const linkMemo = new Map<number, boolean>();
  const linked = (x: number, y: number): boolean => {
    const key = Math.min(x, y) * items.length + Math.max(x, y);
    let v = linkMemo.get(key);
    if (v === undefined) {
      v = groupSimilarity(singleOf(x), singleOf(y)) >= options.threshold;
      linkMemo.set(key, v);
    }
    return v;
  };
  // Two large clusters must also match report by report (memberLinkShare); 0 (out) when too few of their pairs do.
  const similarity = (a: Cluster, b: Cluster): number => {
    const score = groupSimilarity(a, b);
    if (linkShare <= 0 || score < options.threshold || a.members.length < linkMinSize || b.members.length < linkMinSize) return score;
    // Dated groups only: the span widening, which lets two running stories join as wholes, is what the check answers,
    // and undated short texts (headlines) match pair by pair too weakly for it (UCI News B3 F1 .494 -> .479).
    if (a.days.length === 0 || b.days.length === 0) return score;
    const needed = linkShare * a.members.length * b.members.length;
    let count = 0;
    for (const x of a.members) for (const y of b.members) if (linked(x, y) && ++count >= needed) return score;
    return 0;
  };
  const groupSimilarity = (a: Cluster, b: Cluster): number => {
    if (a.norm === 0 || b.norm === 0) return 0;
    const time = options.time;
    const timed = time === undefined ? 1 : time.linkage === 'average' ? averageTimeFactor(a, b, time) : scaledTimeFactor(eventDistance(a, b, time), time, spanScale(time, a.days, b.days));
    if (timed === 0) return 0;
    const scale = options.linkage === 'average' ? a.size * b.size : a.norm * b.norm;
    const content = (datedContent(a, b, scale, timed) ?? space.dot(a, b) / scale) * timed;
    if (content < options.threshold) return content;
    // Publication dates, where both sides have them, already place the event in time; years stand in where not.
    const undated = a.days.length === 0 || b.days.length === 0;
    const yearFactor = undated && a.mainYear !== undefined && b.mainYear !== undefined && a.mainYear !== b.mainYear ? 1 - (options.yearConflictWeight ?? 0) : 1;
    // Likewise own names: where dates are known, the days between reports separate two events, and the follow-ups of a
    // running story, which bring new names of their own, are kept together by being days apart, not months. But two
    // dated groups running over the same days are not told apart by time at all (the Turkey-Syria crisis and Sharon's
    // appointment, both October 1998, both naming Syria and Israel): there each keeping its own recurring names is what
    // separates them.
    const namesWeight = undated ? (options.ownNamesWeight ?? 0) : overlapping(a.days, b.days) ? (options.ownNamesDatedWeight ?? 0) : 0;
    const namesFactor = namesWeight ? 1 - namesWeight * ownNamesConflict(a, b) : 1;
    const participantsFactor = options.participantsWeight && participantsConflict(a, b) ? 1 - options.participantsWeight : 1;
    return content * yearFactor * namesFactor * participantsFactor;
  };
  const seen = new Uint32Array(clusters.length);
  let round = 0;
  const bestOf = (i: number): Pair | undefined => {
    const c = clusters[i];
    if (!c || !c.alive) return undefined;
    // seen[j] === round: j was scored in this call (a stamp per call instead of a Set per call).
    round++;
    let best: Pair | undefined;
    // Candidates share one of this cluster's heaviest terms, or it shares one of theirs (found through the sum).
    for (const k of c.sum.keys()) {
      for (const j of postings.get(k) ?? []) {
        if (j === i || seen[j] === round) continue;
        seen[j] = round;
        const other = clusters[j];
        if (!other || !other.alive) continue;
        const sim = similarity(c, other);
        if (sim >= options.threshold && (!best || sim > best.sim || (sim === best.sim && j < best.j))) best = { i, j, sim };
      }
    }
    return best;
  };
  const queue: Pair[] = [];
  for (let i = 0; i < clusters.length; i++) {
    const b = bestOf(i);
    if (b) insert(queue, b);
  }
  while (queue.length > 0) {
    const top = queue.shift();
    if (!top) break;
    const a = clusters[top.i];
    const b = clusters[top.j];
    if (!a || !a.alive) continue;
    // A queued pair is stale when either side has changed since: look again from this side.
    if (!b || !b.alive || Math.abs(similarity(a, b) - top.sim) > 1e-12) {
      const again = bestOf(top.i);
      if (again) insert(queue, again);
      continue;
    }
    const keepIdx = Math.min(top.i, top.j);
    const goneIdx = Math.max(top.i, top.j);
    const keep = clusters[keepIdx];
    const gone = clusters[goneIdx];
    if (!keep || !gone) continue;
    unindex(keepIdx);
    unindex(goneIdx);
    addInto(space, keep, gone);
    keep.norm = normOf(keep.sum);
    keep.days = mergeDays(keep.days, gone.days);
    keep.mentionedDays = mergeDays(keep.mentionedDays, gone.mentionedDays);
    if (averageTime) keep.moments = mergeMoments(keep.moments, gone.moments);
    addInto(wordSpace, keep.words, gone.words);
    addInto(nameSpace, keep.nameSum, gone.nameSum);
    keep.members.push(...gone.members);
    keep.size += gone.size;
    for (const [y, n] of gone.years) keep.years.set(y, (keep.years.get(y) ?? 0) + n);
    keep.mainYear = mainYear(keep.years);
    for (const [k, n] of gone.names) keep.names.set(k, (keep.names.get(k) ?? 0) + n);
    for (const [k, n] of gone.participants) keep.participants.set(k, (keep.participants.get(k) ?? 0) + n);
    keep.probe = heaviest(keep.sum, options.probeTerms);
    gone.alive = false;
    index(keepIdx);
    // The merged cluster looks for its next partner; so does every cluster whose queued partner just changed.
    const again = bestOf(keepIdx);
    if (again) insert(queue, again);
  }
  return clusters
    .filter((c) => c.alive)
    .map((c) => c.members.sort((x, y) => x - y))
    .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
