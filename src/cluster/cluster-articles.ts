import type { Diagnostic } from '../model/diagnostic.ts';
import { mostCommonLatest } from '../lib/most-common-latest.ts';
import { agglomerate, recurringNames, type AgglomerateItem } from './agglomerate.ts';
import { articleVector, articleVectorAndKinds, type TermWeights, type WeightedTerm } from './article-vector.ts';
import { backgroundIdf, newsIdf } from './background-idf.ts';
import { createDfTable } from './df-table.ts';
import { collapseCopies, countIndependentSources, type CopyLink } from './collapse-copies.ts';
import { normalizeNumber } from './content-words.ts';
import { detectDuplicate, type CopySide } from './detect-copies.ts';
import { describeStory } from './explain.ts';
import { featurizeArticle } from './featurize-article.ts';
import { stableId } from './hash.ts';
import { createLshIndex } from './lsh-index.ts';
import { resolveOptions } from './options.ts';
import { parseDay } from './parse-day.ts';
import { addToProfile, EMPTY_PROFILE, type StoryProfile } from './story-profile.ts';
import type { ArticleFeatures, ClusterInput, ClusterOptions, ClusterResult, ClusterStory, ClusterTopic, DateHint, DuplicatePair } from './types.ts';
import type { WordMemo } from './word-info.ts';

// 32 bands × 4 rows of the 128 MinHash values, as in the stream: pairs at Jaccard 0.6 collide with probability 0.99.
const LSH_BANDS = 32;
const LSH_ROWS = 4;

/**
 * Canonical order: time, ties (same day) by id, undated articles last by id. Everything order-sensitive below (copy
 * direction as a last resort, tie-breaks, story ids from each story's first article) follows it, so the result never
 * depends on the order the caller listed articles in.
 */
export function timeOrder(articles: readonly ClusterInput[]): ClusterInput[] {
  const keyed = articles.map((a) => ({ a, day: parseDay(a.published) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((x, y) => (x.day === y.day ? 0 : x.day < y.day ? -1 : 1) || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  return keyed.map((k) => k.a);
}

/**
 * Pure batch clustering: stories (events) and topics (related stories) as a function of the set of articles alone.
 * The same articles in any order, or arriving in any split into batches and re-clustered, give the same stories; an
 * article that comes near no story cannot change one. The input array is not modified.
 */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): ClusterResult {
  if (!Array.isArray(articles)) throw new TypeError('clusterArticles: expected an array of { id, title, text }');
  // One word memo for the batch: its articles share most of their words.
  const memo: WordMemo = new Map();
  const result = clusterFeatures(timeOrder(articles).map((a) => featurizeArticle(a, memo)), options);
  const outlets = new Map(articles.flatMap((a) => (a.outlet ? [[a.id, a.outlet] as const] : [])));
  if (outlets.size === 0) return result;
  return { ...result, stories: result.stories.map((s) => ({ ...s, independentSources: countIndependentSources(s.origins, outlets) })) };
}

/** A fixed idf for every kind of term: the reference for words and names, a rule for numbers. */
function referenceWeights(): TermWeights {
  const reference = backgroundIdf();
  return { idf: (key, label, kind) => (kind === 'number' ? reference.numberIdf(normalizeNumber(label)) : reference.idf(key)) };
}

/**
 * The reference idf with each name capped by its idf in news (newsIdf): the lower of the two, so a name common in news
 * (Clinton, Obama) is weak evidence that two reports tell one event, however rare it is in subtitles. Memoized per
 * batch (a name recurs in many articles).
 */
function newsNameWeights(reference: TermWeights): TermWeights {
  const memo = new Map<string, number | undefined>();
  return {
    idf: (key, label, kind) => {
      const base = reference.idf(key, label, kind);
      if (kind !== 'entity') return base;
      let news = memo.get(label);
      if (news === undefined && !memo.has(label)) {
        news = newsIdf(label);
        memo.set(label, news);
      }
      return news === undefined ? base : Math.min(base, news);
    },
  };
}

function batchWeights(features: readonly ArticleFeatures[]): TermWeights {
  const df = createDfTable();
  for (const f of features) df.addDocument(f.features.map((x) => x.key));
  return df;
}

// A four-digit number in this range written in a news text is a year almost always.
const YEAR = /^(19|20)\d\d$/;

/** Years the article mentions and how often (from its number features). */
function yearsMentioned(f: ArticleFeatures | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const x of f?.features ?? []) if (x.kind === 'number' && YEAR.test(x.label)) out.set(Number(x.label), (out.get(Number(x.label)) ?? 0) + x.count);
  return out;
}

/**
 * Keys of the article's full names (two or more capitalized words: "Maurice Cheeks", "Mannheim Germany"). Single
 * capitalized words are too loose to be an event's own (any "Minister", "Sept", a sentence's first word).
 */
function fullNames(f: ArticleFeatures | undefined): number[] {
  return (f?.features ?? []).filter((x) => x.kind === 'entity' && x.label.includes(' ')).map((x) => x.key);
}

/** Names (capitalized words and multi-word names) recurring in a story's articles: its participants. */
function participantsOf(members: readonly number[], features: readonly ArticleFeatures[]): Set<number> {
  const articlesWith = new Map<number, number>();
  for (const m of members) for (const x of features[m]?.features ?? []) if (x.kind === 'entity') articlesWith.set(x.key, (articlesWith.get(x.key) ?? 0) + 1);
  return recurringNames(articlesWith, members.length);
}

function sumOf(members: readonly number[], vectors: readonly (readonly WeightedTerm[])[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const m of members) for (const t of vectors[m] ?? []) sum.set(t.key, (sum.get(t.key) ?? 0) + t.weight);
  return sum;
}

function toSparse(terms: readonly WeightedTerm[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of terms) m.set(t.key, (m.get(t.key) ?? 0) + t.weight);
  return m;
}

function unionFind(count: number, pairs: readonly (readonly [number, number])[]): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[x] = r;
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return parent.map((_, i) => find(i));
}

/** Near-duplicates among all articles of the batch (every pair that LSH brings together is checked). */
function findDuplicates(sides: readonly CopySide[], threshold: number): { pairs: DuplicatePair[]; links: [number, number][] } {
  const lsh = createLshIndex({ bands: LSH_BANDS, rows: LSH_ROWS });
  const position = new Map<string, number>();
  const pairs: DuplicatePair[] = [];
  const links: [number, number][] = [];
  sides.forEach((side, i) => {
    const candidates = [...lsh.query(side.features.signature)].map((id) => position.get(id) ?? -1).sort((a, b) => a - b);
    for (const j of candidates) {
      const other = sides[j];
      if (!other) continue;
      const found = detectDuplicate(other, side, threshold);
      if (!found) continue;
      pairs.push({ original: found.original, copy: found.copy, similarity: found.value });
      links.push([j, i]);
    }
    if (side.features.shingleCount > 0) lsh.add(side.features.id, side.features.signature);
    position.set(side.features.id, i);
  });
  return { pairs, links };
}

/** `clusterArticles` on articles featurized earlier, already in canonical order (lets an evaluation featurize once). */
export function clusterFeatures(features: readonly ArticleFeatures[], options: Partial<ClusterOptions> = {}): ClusterResult {
  const resolved = resolveOptions(options);
  const weights = referenceWeights();
  const sides: CopySide[] = features.map((f, seq) => ({ features: f, seq }));
  // Words and names apart too (each kind weighed alike within its own vector), for dated articles only: only two dated
  // groups are scored by them (see datedThreshold). Names there may be weighed by their frequency in news
  // (nameNewsPrior); the whole vector, which scores undated groups, keeps the reference idf.
  const nameWeights = resolved.nameNewsPrior ? newsNameWeights(weights) : undefined;
  const split = features.map((f) => (f.day !== undefined ? articleVectorAndKinds(f, weights, resolved.kindWeights, resolved.articleTerms, nameWeights) : { whole: articleVector(f, weights, resolved.kindWeights, resolved.articleTerms), words: [], names: [] }));
  const vectors = split.map((v) => v.whole);
  const wordVectors = split.map((v) => v.words);
  const nameVectors = split.map((v) => v.names);
  // Topics (related stories) are relative to what else is in the batch: a word shared by a few stories of the batch
  // says they are of one kind, one in every story says nothing. So the topic level weighs terms by the batch's own
  // document frequencies; stories, the level that must not depend on the batch, use the fixed reference. Tried
  // (2026-12-05): topics on the reference idf, centroid (thresholds 0.2-0.7) or average linkage (0.04-0.2), reached
  // ECB+ topic dev B³ F1 .813 / .806 against .927 here, so topics stay batch-weighted.
  const batch = batchWeights(features);
  const topicVectors = features.map((f) => articleVector(f, batch, resolved.topicKindWeights, resolved.articleTerms));
  // A near-duplicate belongs wherever its original is: copies are grouped first and move as one.
  const duplicates = findDuplicates(sides, resolved.duplicateThreshold);
  const root = unionFind(features.length, duplicates.links);
  const groupOf = new Map<number, number>();
  const groups: number[][] = [];
  root.forEach((r, i) => {
    let g = groupOf.get(r);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(r, g);
      groups.push([]);
    }
    groups[g]?.push(i);
  });
  const items: AgglomerateItem[] = groups.map((members) => {
    const vector = new Map<number, number>();
    for (const m of members) for (const [k, w] of toSparse(vectors[m] ?? [])) vector.set(k, (vector.get(k) ?? 0) + w);
    const years = new Map<number, number>();
    for (const m of members) for (const [y, n] of yearsMentioned(features[m])) years.set(y, (years.get(y) ?? 0) + n);
    const names = new Map<number, number>();
    for (const m of members) for (const k of fullNames(features[m])) names.set(k, (names.get(k) ?? 0) + 1);
    return {
      vector,
      size: members.length,
      years,
      names,
      days: members.flatMap((m) => (features[m]?.day !== undefined ? [features[m]?.day ?? 0] : [])),
      mentionedDays: members.flatMap((m) => features[m]?.mentionedDays ?? []),
      wordVector: sumOf(members, wordVectors),
      nameVector: sumOf(members, nameVectors),
    };
  });
  const time = { weight: resolved.storyTimeWeight, scaleDays: resolved.storyTimeScaleDays, windowDays: resolved.windowDays, spanWeight: resolved.storyTimeSpanWeight, mentionedDayPenalty: resolved.storyMentionedDayPenalty, linkage: resolved.storyTimeLinkage };
  // Average linkage: with centroid linkage the whole ECB+ set (982 undated articles) chained into a few blurred
  // stories (B³ F1 .669 against .845/.825 on its halves); average linkage keeps .858.
  const storyGroups = agglomerate(items, { threshold: resolved.storyThreshold, ...(resolved.storyDatedThreshold > 0 ? { datedThreshold: resolved.storyDatedThreshold } : {}), probeTerms: resolved.articleTerms, time, linkage: 'average', yearConflictWeight: resolved.yearConflictWeight, ownNamesWeight: resolved.ownNamesWeight, ownNamesDatedWeight: resolved.ownNamesDatedWeight, memberLinkShare: resolved.storyLinkShare, memberLinkMinSize: resolved.storyLinkMinSize });
  const stories = storyGroups.map((gs) => gs.flatMap((g) => groups[g] ?? []).sort((a, b) => a - b));
  return assemble(features, stories, vectors, topicVectors, duplicates.pairs, resolved);
}

function profileOf(members: readonly number[], vectors: readonly (readonly WeightedTerm[])[], maxTerms: number): StoryProfile {
  let p = EMPTY_PROFILE;
  for (const m of members) p = addToProfile(p, vectors[m] ?? [], maxTerms);
  return p;
}

// Names and terms shown for a topic: enough to read what its stories have in common.
const TOPIC_TERMS_SHOWN = 5;

// Names or numbers shown per story for what tells it apart from the other stories of its topic.
const DISTINCT_SHOWN = 3;

/**
 * Why stories are together in a topic, and which: the terms most of them share (the kind of event), then for each
 * story the names and numbers it has that the others do not (what makes it another event).
 */
function describeTopic(shared: StoryProfile, stories: readonly { readonly id: string; readonly profile: StoryProfile }[]): string {
  if (stories.length <= 1) return 'single story';
  const terms = [...shared.terms.values()]
    .sort((a, b) => b.members - a.members || b.weight - a.weight)
    .slice(0, TOPIC_TERMS_SHOWN)
    .map((t) => t.label);
  const distinct = stories.map((s) => {
    const others = new Set(stories.filter((o) => o !== s).flatMap((o) => [...o.profile.terms.keys()]));
    const own = [...s.profile.terms]
      .filter(([k, t]) => t.kind !== 'word' && !others.has(k))
      .sort((a, b) => b[1].weight - a[1].weight)
      .slice(0, DISTINCT_SHOWN)
      .map(([, t]) => t.label);
    return `${s.id}: ${own.join(', ') || '(nothing of its own)'}`;
  });
  return `related stories (${stories.length} events of one kind): shared: ${terms.join(', ') || '(no common terms)'}; told apart by: ${distinct.join('; ')}`;
}

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * When the story happened, from the evidence its timeline is dated by (storyDate, in the brief): the days its
 * reports were published ("; published 2022-01-10" or a range); with none stated, the day their datelines or page
 * notes give, else the day their photo captions give, the most given (latest on a tie), marked inferred; else
 * "undated". The year the texts mention most is not named: it is often an earlier event they recall (the samples
 * mention Crimea's 2014 more than any other year, about talks of 2022-01-10), and "undated, mentions 2014 most" read
 * as if the story were from 2014.
 */
function describeWhen(members: readonly number[], features: readonly ArticleFeatures[]): string {
  const days = members.flatMap((m) => (features[m]?.day !== undefined ? [features[m]?.day ?? 0] : [])).sort((a, b) => a - b);
  const first = days[0];
  const last = days.at(-1);
  if (first !== undefined && last !== undefined) return `; published ${isoDay(first)}${last !== first ? ` to ${isoDay(last)}` : ''}`;
  const hinted = (from: DateHint['from']): string[] => members.flatMap((m) => (features[m]?.dateHint?.from === from ? [features[m]?.dateHint?.date ?? ''] : []));
  const fromText = mostCommonLatest(hinted('text'));
  if (fromText !== undefined) return `; reports undated, their datelines or page notes give ${fromText} (inferred)`;
  const fromCaptions = mostCommonLatest(hinted('captions'));
  if (fromCaptions !== undefined) return `; reports undated, their photo captions give ${fromCaptions} (inferred)`;
  return '; undated';
}

/** Sum over members but the first of their cosine with the story centroid (what `describeStory` averages). */
function similaritySum(members: readonly number[], vectors: readonly (readonly WeightedTerm[])[], profile: StoryProfile): number {
  if (profile.norm === 0) return 0;
  let sum = 0;
  for (const m of members.slice(1)) {
    let d = 0;
    for (const t of vectors[m] ?? []) d += t.weight * (profile.terms.get(t.key)?.weight ?? 0);
    sum += d / profile.norm;
  }
  return sum;
}

function assemble(
  features: readonly ArticleFeatures[],
  stories: readonly (readonly number[])[],
  vectors: readonly (readonly WeightedTerm[])[],
  topicVectors: readonly (readonly WeightedTerm[])[],
  allDuplicates: readonly DuplicatePair[],
  options: ClusterOptions,
): ClusterResult {
  const idOf = (m: number): string => features[m]?.id ?? '';
  const storyOf = new Map<string, number>();
  stories.forEach((members, i) => members.forEach((m) => storyOf.set(idOf(m), i)));
  // A duplicate pair whose sides ended in two stories is not reported (possible only when the copy is a tiny text).
  const duplicates = allDuplicates.filter((d) => storyOf.get(d.original) === storyOf.get(d.copy));
  const linksOf = new Map<number, CopyLink[]>();
  for (const l of duplicates) {
    const s = storyOf.get(l.copy);
    if (s === undefined) continue;
    const list = linksOf.get(s) ?? [];
    list.push({ original: l.original, copy: l.copy });
    linksOf.set(s, list);
  }
  const storyIds = stories.map((members) => stableId('s', idOf(members[0] ?? 0)));
  const topicItems: AgglomerateItem[] = stories.map((members) => {
    const p = profileOf(members, topicVectors, options.profileTerms);
    return { vector: new Map([...p.terms].map(([k, t]) => [k, t.weight])), size: members.length, days: [], participants: participantsOf(members, features) };
  });
  const topicGroups = agglomerate(topicItems, { threshold: options.topicThreshold, probeTerms: options.articleTerms, linkage: options.topicLinkage, participantsWeight: options.topicParticipantsWeight });
  const topicOf = new Map<number, string>();
  const topics: ClusterTopic[] = topicGroups.map((members) => {
    const id = stableId('t', idOf(stories[members[0] ?? 0]?.[0] ?? 0));
    for (const m of members) topicOf.set(m, id);
    const articles = members.flatMap((m) => stories[m] ?? []);
    const each = members.map((m) => ({ id: storyIds[m] ?? '', profile: profileOf(stories[m] ?? [], vectors, options.profileTerms) }));
    return { id, storyIds: each.map((e) => e.id), why: describeTopic(profileOf(articles, topicVectors, options.profileTerms), each) };
  });
  const out: ClusterStory[] = stories.map((members, i) => {
    const ids = members.map(idOf);
    const origins = collapseCopies(ids, linksOf.get(i) ?? []);
    const profile = profileOf(members, vectors, options.profileTerms);
    return {
      id: storyIds[i] ?? '',
      articleIds: ids,
      origins,
      independentSources: origins.length,
      why: describeStory(profile, ids.length, similaritySum(members, vectors, profile)) + describeWhen(members, features),
      topicId: topicOf.get(i) ?? '',
    };
  });
  const diagnostics: Diagnostic[] = features.flatMap((f) => f.diagnostics);
  return { stories: out, topics, duplicates, diagnostics };
}
