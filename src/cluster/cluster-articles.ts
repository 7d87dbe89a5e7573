import type { Diagnostic } from '../model/diagnostic.ts';
import { articleVector, type WeightedTerm } from './article-vector.ts';
import { createClusterer } from './clusterer.ts';
import { collapseCopies, type CopyLink } from './collapse-copies.ts';
import { createDfTable } from './df-table.ts';
import { describeStory } from './explain.ts';
import { featurizeArticle } from './featurize-article.ts';
import { stableId } from './hash.ts';
import { resolveOptions } from './options.ts';
import { parseDay } from './parse-day.ts';
import { agglomerate, refineStories } from './refine.ts';
import { addToProfile, EMPTY_PROFILE, type StoryProfile } from './story-profile.ts';
import type { ArticleFeatures, ClusterInput, ClusterOptions, ClusterResult, ClusterStory, ClusterTopic } from './types.ts';

export interface BatchOptions extends ClusterOptions {
  /**
   * Learn document frequencies from the whole batch before streaming it (default true). A batch is known in advance,
   * so its own idf is the best one; with false the idf is learned as articles arrive, as in a live stream, and the
   * first articles are compared with an idf that has seen little.
   */
  readonly warmIdf: boolean;
  /**
   * Re-assignment rounds after the single pass (default from options): each article (with its copies) moves to the
   * final story it is closest to; 0 keeps the single-pass stories as they are.
   */
  readonly refineRounds: number;
}

/**
 * Time order, ties (same day) by id, undated articles last by id: the result never depends on the order the caller
 * happened to list articles in, so story ids (from each story's first article) are the same in every run.
 */
function timeOrder(articles: readonly ClusterInput[]): ClusterInput[] {
  const keyed = articles.map((a) => ({ a, day: parseDay(a.published) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((x, y) => (x.day === y.day ? 0 : x.day < y.day ? -1 : 1) || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  return keyed.map((k) => k.a);
}

/**
 * Pure batch helper: orders articles by date, streams them through a fresh clusterer, refines the stories with the
 * whole batch in view and groups them into topics. The input array is not modified.
 */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<BatchOptions> = {}): ClusterResult {
  if (!Array.isArray(articles)) throw new TypeError('clusterArticles: expected an array of { id, title, text }');
  return clusterFeatures(timeOrder(articles).map(featurizeArticle), options);
}

/** `clusterArticles` on articles featurized earlier, already in time order (lets an evaluation featurize once). */
export function clusterFeatures(features: readonly ArticleFeatures[], options: Partial<BatchOptions> = {}): ClusterResult {
  const { warmIdf = true, refineRounds, ...clusterOptions } = options;
  const resolved = resolveOptions(clusterOptions);
  const clusterer = createClusterer(resolved);
  if (warmIdf) for (const f of features) clusterer.learnIdf(f);
  const diagnostics: Diagnostic[] = [];
  for (const f of features) diagnostics.push(...clusterer.addFeatures(f, { idfLearned: warmIdf }).diagnostics);
  const single = clusterer.snapshot();
  const rounds = refineRounds ?? resolved.refineRounds;
  // With the whole batch in view: one idf for all articles (the batch's own), every article scored against final
  // stories rather than the partial ones it met on arrival.
  const df = createDfTable();
  for (const f of features) df.addDocument(f.features.map((x) => x.key));
  const vectors = new Map<string, WeightedTerm[]>();
  for (const f of features) vectors.set(f.id, articleVector(f, df, resolved.kindWeights, resolved.articleTerms));
  // Topics are stories of one kind: the words carry the kind, names tell two events of a kind apart.
  const topicVectors = new Map<string, WeightedTerm[]>();
  for (const f of features) topicVectors.set(f.id, articleVector(f, df, resolved.topicKindWeights, resolved.articleTerms));
  const order = new Map(features.map((f, i) => [f.id, i]));
  const links: CopyLink[] = [...single.duplicates, ...single.rewrites].map((p) => ({ original: p.original, copy: p.copy }));
  const refined =
    rounds > 0
      ? refineStories(
          single.stories.map((s) => s.articleIds),
          vectors,
          links,
          order,
          {
            joinThreshold: resolved.refineJoinThreshold,
            storyMergeThreshold: resolved.refineMergeThreshold,
            rounds,
            maxCandidates: resolved.maxCandidates,
            timeWeight: resolved.refineTimeWeight,
            timeScaleDays: resolved.timeScaleDays,
            windowDays: resolved.windowDays,
          },
          new Map(features.flatMap((f) => (f.day !== undefined ? [[f.id, f.day] as const] : []))),
        )
      : single.stories.map((s) => [...s.articleIds]);
  return assemble(refined, vectors, topicVectors, single, resolved, diagnostics);
}

function profileOf(ids: readonly string[], vectors: ReadonlyMap<string, readonly WeightedTerm[]>, maxTerms: number): StoryProfile {
  let p = EMPTY_PROFILE;
  for (const id of ids) p = addToProfile(p, vectors.get(id) ?? [], maxTerms);
  return p;
}

function sumOf(p: StoryProfile): Map<number, number> {
  return new Map([...p.terms].map(([k, t]) => [k, t.weight]));
}

// Names and terms shown for a topic: enough to read what its stories have in common.
const TOPIC_TERMS_SHOWN = 5;

function describeTopic(profile: StoryProfile, stories: number): string {
  const terms = [...profile.terms.values()]
    .sort((a, b) => Number(b.kind !== 'word') - Number(a.kind !== 'word') || b.members - a.members || b.weight - a.weight)
    .slice(0, TOPIC_TERMS_SHOWN)
    .map((t) => t.label);
  return stories <= 1 ? 'single story' : `related stories: ${stories}; shared: ${terms.join(', ') || '(no common terms)'}`;
}

function assemble(
  stories: readonly (readonly string[])[],
  vectors: ReadonlyMap<string, readonly WeightedTerm[]>,
  topicVectors: ReadonlyMap<string, readonly WeightedTerm[]>,
  single: ClusterResult,
  options: ClusterOptions,
  diagnostics: readonly Diagnostic[],
): ClusterResult {
  const storyOf = new Map<string, number>();
  stories.forEach((ids, i) => ids.forEach((id) => storyOf.set(id, i)));
  // A copy pair split by refinement is still reported, but only counts against origins where both sides stayed.
  const duplicates = single.duplicates.filter((d) => storyOf.get(d.original) === storyOf.get(d.copy));
  const rewrites = single.rewrites.filter((r) => storyOf.get(r.original) === storyOf.get(r.copy));
  const links = [...duplicates, ...rewrites].map((p) => ({ original: p.original, copy: p.copy }));
  const linksOf = new Map<number, CopyLink[]>();
  for (const l of links) {
    const s = storyOf.get(l.copy);
    if (s === undefined) continue;
    const list = linksOf.get(s);
    if (list) list.push(l);
    else linksOf.set(s, [l]);
  }
  const profiles = stories.map((ids) => profileOf(ids, vectors, options.profileTerms));
  const topicProfiles = stories.map((ids) => profileOf(ids, topicVectors, options.profileTerms));
  const topicSums = topicProfiles.map(sumOf);
  const topicGroups = agglomerate(topicSums, options.topicThreshold, options.maxCandidates);
  const topicOf = new Map<number, string>();
  const topics: ClusterTopic[] = topicGroups.map((members) => {
    const first = stories[members[0] ?? 0]?.[0] ?? '';
    const id = stableId('t', first);
    for (const m of members) topicOf.set(m, id);
    const ids = members.flatMap((m) => stories[m] ?? []);
    return { id, storyIds: members.map((m) => stableId('s', stories[m]?.[0] ?? '')), why: describeTopic(profileOf(ids, topicVectors, options.profileTerms), members.length) };
  });
  const out: ClusterStory[] = stories.map((ids, i) => {
    const origins = collapseCopies(ids, linksOf.get(i) ?? []);
    return {
      id: stableId('s', ids[0] ?? ''),
      articleIds: [...ids],
      origins,
      independentSources: origins.length,
      why: describeStory(profiles[i] ?? EMPTY_PROFILE, ids.length, meanSimilarity(ids, vectors, profiles[i] ?? EMPTY_PROFILE)),
      topicId: topicOf.get(i) ?? '',
    };
  });
  return { stories: out, topics, duplicates, rewrites, diagnostics: [...single.diagnostics, ...diagnostics] };
}

/** Sum over members but the first of their cosine with the story centroid (what `describeStory` averages). */
function meanSimilarity(ids: readonly string[], vectors: ReadonlyMap<string, readonly WeightedTerm[]>, profile: StoryProfile): number {
  if (profile.norm === 0) return 0;
  let sum = 0;
  for (const id of ids.slice(1)) {
    let d = 0;
    for (const t of vectors.get(id) ?? []) d += t.weight * (profile.terms.get(t.key)?.weight ?? 0);
    sum += d / profile.norm;
  }
  return sum;
}
