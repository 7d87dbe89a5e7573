import type { Diagnostic } from '../model/diagnostic.ts';
import { articleVector, type WeightedTerm } from './article-vector.ts';
import { collapseCopies, type CopyLink } from './collapse-copies.ts';
import { createDfTable } from './df-table.ts';
import { detectDuplicate, type CopyFinding, type CopySide } from './detect-copies.ts';
import { describeStory, explainJoin, explainNew } from './explain.ts';
import { featurizeArticle } from './featurize-article.ts';
import { stableId } from './hash.ts';
import { createLshIndex } from './lsh-index.ts';
import { resolveOptions } from './options.ts';
import { addToProfileInPlace, matchProfile, mergeProfiles, profileCosine, profileSimilarity, type ProfileTerm, type StoryProfile } from './story-profile.ts';
import type {
  ArticleFeatures,
  Assignment,
  ClusterInput,
  ClusterOptions,
  ClusterResult,
  ClusterStory,
  DuplicatePair,
} from './types.ts';

// 32 bands × 4 rows of the 128 MinHash values: pairs at Jaccard 0.6 collide with probability 0.99, at 0.2 with 0.05.
const LSH_BANDS = 32;
const LSH_ROWS = 4;
// Postings walked per article when gathering candidates; rare terms come first, so the budget cuts only common ones.
const POSTING_BUDGET = 1500;

interface OpenStory {
  readonly id: string;
  readonly firstSeq: number;
  readonly articleIds: string[];
  /** Owned by this story alone; updated in place on each join. */
  profile: StoryProfile & { readonly terms: Map<number, ProfileTerm> };
  lastDay: number | undefined;
  /** Latest members, for copy detection (bounded by membersForCopies). */
  readonly members: CopySide[];
  readonly links: CopyLink[];
  readonly duplicates: DuplicatePair[];
  similaritySum: number;
  /** Ids of stories folded into this one. */
  readonly mergedIds: string[];
  /** Size at which the story is next compared with other open stories as a whole. */
  nextMergeCheck: number;
}

interface ClosedStory extends ClusterStory {
  readonly firstSeq: number;
  readonly duplicates: readonly DuplicatePair[];
}

export interface Clusterer {
  /** Featurizes and assigns one article. Articles should arrive in time order; dates are optional. */
  add(article: ClusterInput): Assignment;
  /**
   * Assigns an article featurized earlier with `featurizeArticle` (lets callers featurize in parallel or cache).
   * `idfLearned: true` when `learnIdf` already counted this article (so its terms are not counted twice).
   */
  addFeatures(features: ArticleFeatures, how?: { readonly idfLearned?: boolean }): Assignment;
  /**
   * Counts an article's terms in the document frequencies without assigning it: warms the idf before a stream starts
   * (a batch known in advance, or a background sample), so the first articles are not compared with a cold idf.
   */
  learnIdf(features: ArticleFeatures): void;
  /** All stories so far (open and closed, not yet drained), in order of their first article. */
  snapshot(): ClusterResult;
  /** Closed stories (out of the time window) handed over and forgotten: keeps a long stream's memory bounded. */
  drainClosed(): ClusterResult;
  readonly openStories: number;
}

interface State {
  readonly options: ClusterOptions;
  readonly df: ReturnType<typeof createDfTable>;
  readonly lsh: ReturnType<typeof createLshIndex>;
  /** Open stories, least recently updated first (Map keeps insertion order; updates re-insert). */
  readonly open: Map<string, OpenStory>;
  readonly postings: Map<number, Set<string>>;
  /** Article id → story id, for open-story members that are in the LSH index. */
  readonly indexed: Map<string, { storyId: string; side: CopySide }>;
  readonly seen: Map<string, string>;
  closed: ClosedStory[];
  seq: number;
}

/** A clusterer whose whole state belongs to the returned object: two clusterers never share anything. */
export function createClusterer(options: Partial<ClusterOptions> = {}): Clusterer {
  const state: State = {
    options: resolveOptions(options),
    df: createDfTable(),
    lsh: createLshIndex({ bands: LSH_BANDS, rows: LSH_ROWS }),
    open: new Map(),
    postings: new Map(),
    indexed: new Map(),
    seen: new Map(),
    closed: [],
    seq: 0,
  };
  return {
    add: (article) => addFeatures(state, featurizeArticle(article)),
    addFeatures: (features, how) => addFeatures(state, features, how?.idfLearned === true),
    learnIdf: (features) => state.df.addDocument(features.features.map((f) => f.key)),
    snapshot: () => snapshot(state),
    drainClosed: () => {
      const out = resultOf(state.closed);
      state.closed = [];
      // Forget ids of drained stories too, or the seen-map would grow with the stream.
      for (const s of out.stories) for (const id of s.articleIds) state.seen.delete(id);
      return out;
    },
    get openStories() {
      return state.open.size;
    },
  };
}

function addFeatures(state: State, features: ArticleFeatures, idfLearned = false): Assignment {
  if (typeof features !== 'object' || features === null || !(features.signature instanceof Uint32Array)) {
    throw new TypeError('Clusterer.addFeatures: expected the result of featurizeArticle()');
  }
  const known = state.seen.get(features.id);
  if (known !== undefined) return repeatedId(features.id, known);
  const seq = state.seq++;
  closeStale(state, features.day);
  if (!idfLearned) state.df.addDocument(features.features.map((f) => f.key));
  const vector = articleVector(features, state.df, state.options.kindWeights, state.options.articleTerms);
  const side: CopySide = { features, seq };
  const duplicates = findDuplicates(state, side);
  const ranked = rankStories(state, vector, features.day);
  const best = ranked[0];
  const dupStory = duplicates[0] ? state.indexed.get(duplicates[0].other)?.storyId : undefined;
  const chosen =
    dupStory !== undefined ? state.open.get(dupStory) : best && best.similarity >= state.options.joinThreshold ? best.story : undefined;
  const bridged = chosen ? ranked.filter((r) => r.story !== chosen && r.similarity >= state.options.mergeThreshold) : [];
  const target = chosen && bridged.reduce((keep, r) => mergeStories(state, keep, r.story), chosen);
  const story = target ?? startStory(state, features, seq);
  const duplicatePairs = duplicates.filter((d) => state.indexed.get(d.other)?.storyId === story.id).map((d) => d.pair);
  const match = target ? matchProfile(vector, story.profile) : { similarity: 0, shared: [] };
  joinStory(state, story, side, vector, duplicatePairs, match.similarity);
  const absorbed = target ? absorbSimilarStory(state, story) : undefined;
  const home = absorbed?.keep ?? story;
  state.seen.set(features.id, home.id);
  const why = target
    ? explainJoin(match.shared, match.similarity, duplicatePairs, features.id) +
      explainMerges(bridged) +
      (absorbed ? `; stories merged: ${absorbed.gone} into ${absorbed.keep.id} (profiles ${absorbed.similarity.toFixed(2)})` : '')
    : explainNew(best?.similarity ?? 0, state.options.joinThreshold);
  return {
    articleId: features.id,
    storyId: home.id,
    newStory: target === undefined,
    similarity: Math.round(match.similarity * 100) / 100,
    shared: match.shared,
    why,
    duplicates: duplicatePairs,
    diagnostics: features.diagnostics,
  };
}

function repeatedId(articleId: string, storyId: string): Assignment {
  const diagnostic: Diagnostic = {
    stage: 'cluster',
    rule: 'cluster/repeated-id',
    item: articleId,
    reason: 'an article with this id was already added; the repeat is ignored',
    severity: 'warning',
  };
  const why = 'repeated article id: kept in its first story';
  return { articleId, storyId, newStory: false, similarity: 0, shared: [], why, duplicates: [], diagnostics: [diagnostic] };
}

/** Near-duplicates among indexed articles of open stories, best first. */
function findDuplicates(state: State, side: CopySide): { other: string; pair: DuplicatePair }[] {
  const out: { other: string; pair: DuplicatePair; value: number }[] = [];
  for (const otherId of state.lsh.query(side.features.signature)) {
    const other = state.indexed.get(otherId);
    if (!other) continue;
    const found = detectDuplicate(side, other.side, state.options.duplicateThreshold);
    if (found) out.push({ other: otherId, pair: toPair(found), value: found.value });
  }
  out.sort((a, b) => b.value - a.value || a.other.localeCompare(b.other));
  return out;
}

function toPair(f: CopyFinding): DuplicatePair {
  return { original: f.original, copy: f.copy, similarity: f.value };
}

function timeFactor(options: ClusterOptions, day: number | undefined, storyDay: number | undefined): number {
  if (day === undefined || storyDay === undefined) return 1;
  const distance = Math.abs(day - storyDay);
  return 1 - options.timeWeight * (1 - Math.exp(-distance / options.timeScaleDays));
}

interface Scored {
  readonly story: OpenStory;
  readonly similarity: number;
}

/** Open stories scored against the article, best first, among a bounded candidate set drawn from term postings. */
function rankStories(state: State, vector: readonly WeightedTerm[], day: number | undefined): Scored[] {
  const overlap = new Map<string, number>();
  let walked = 0;
  for (const t of vector) {
    const posting = state.postings.get(t.key);
    if (!posting) continue;
    if (walked + posting.size > POSTING_BUDGET) continue;
    walked += posting.size;
    for (const storyId of posting) overlap.set(storyId, (overlap.get(storyId) ?? 0) + t.weight);
  }
  const scored: Scored[] = [];
  for (const storyId of topKeys(overlap, state.options.maxCandidates)) {
    const story = state.open.get(storyId);
    if (!story) continue;
    const similarity = linkageScore(state.options, vector, story) * timeFactor(state.options, day, story.lastDay);
    scored.push({ story, similarity });
  }
  return scored.sort((a, b) => b.similarity - a.similarity || a.story.firstSeq - b.story.firstSeq);
}

/** The `k` keys with the largest values (ties by key), without sorting the whole map. */
function topKeys(values: ReadonlyMap<string, number>, k: number): string[] {
  const top: { key: string; value: number }[] = [];
  for (const [key, value] of values) {
    if (top.length === k) {
      const last = top[k - 1];
      if (!last || value < last.value || (value === last.value && key > last.key)) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0) {
      const prev = top[i - 1];
      if (!prev || prev.value > value || (prev.value === value && prev.key < key)) break;
      i--;
    }
    top.splice(i, 0, { key, value });
  }
  return top.map((t) => t.key);
}

/**
 * `centroid`: cosine with the summed profile. `average`: mean cosine with the members (profile sum ÷ members), which
 * does not inflate for a large, diffuse story the way a centroid does (|Σ members| grows slower than their count).
 */
function linkageScore(options: ClusterOptions, vector: readonly WeightedTerm[], story: OpenStory): number {
  if (options.linkage === 'centroid') return profileSimilarity(vector, story.profile);
  return (profileSimilarity(vector, story.profile) * story.profile.norm) / Math.max(1, story.articleIds.length);
}

// Profile terms used to find other stories to compare with: the heaviest carry the identity of a story.
const MERGE_PROBE_TERMS = 30;
// A story is compared as a whole again once it has grown by a third: often enough to catch a split early, rarely
// enough that the cost per article stays flat.
const MERGE_GROWTH = 4 / 3;

/**
 * A story split early (its first reports shared little) is healed when the two halves, as wholes, look alike: the
 * grown story's profile is compared with open stories that share its heaviest terms, and the best one at or above
 * `storyMergeThreshold` is folded in (the earlier-started story keeps its id).
 */
function absorbSimilarStory(state: State, story: OpenStory): { keep: OpenStory; gone: string; similarity: number } | undefined {
  if (story.articleIds.length < story.nextMergeCheck || state.options.storyMergeThreshold >= 1) return undefined;
  story.nextMergeCheck = Math.ceil(story.articleIds.length * MERGE_GROWTH) + 1;
  const probe = [...story.profile.terms].sort((a, b) => b[1].weight - a[1].weight).slice(0, MERGE_PROBE_TERMS);
  const overlap = new Map<string, number>();
  for (const [key, t] of probe) {
    for (const other of state.postings.get(key) ?? []) if (other !== story.id) overlap.set(other, (overlap.get(other) ?? 0) + t.weight);
  }
  let best: { other: OpenStory; similarity: number } | undefined;
  for (const id of topKeys(overlap, state.options.maxCandidates)) {
    const other = state.open.get(id);
    if (!other) continue;
    const similarity = profileCosine(story.profile, other.profile);
    if (!best || similarity > best.similarity) best = { other, similarity };
  }
  if (!best || best.similarity < state.options.storyMergeThreshold) return undefined;
  const keep = mergeStories(state, story, best.other);
  return { keep, gone: keep === story ? best.other.id : story.id, similarity: best.similarity };
}

function explainMerges(bridged: readonly Scored[]): string {
  return bridged.map((r) => `; merged story ${r.story.id} (${r.similarity.toFixed(2)})`).join('');
}

/**
 * An article close to two open stories shows they are one: the later-started story is folded into the earlier one,
 * whose id (from its first article) survives, so ids stay stable. Returns the surviving story.
 */
function mergeStories(state: State, a: OpenStory, b: OpenStory): OpenStory {
  const [keep, gone] = a.firstSeq <= b.firstSeq ? [a, b] : [b, a];
  for (const key of gone.profile.terms.keys()) removePosting(state, key, gone.id);
  const before = new Set(keep.profile.terms.keys());
  const merged = mergeProfiles(keep.profile, gone.profile, state.options.profileTerms);
  keep.profile = { terms: new Map(merged.terms), norm: merged.norm };
  updatePostings(state, keep, before);
  keep.articleIds.push(...gone.articleIds);
  keep.links.push(...gone.links);
  keep.duplicates.push(...gone.duplicates);
  keep.similaritySum += gone.similaritySum;
  keep.mergedIds.push(gone.id, ...gone.mergedIds);
  if (gone.lastDay !== undefined) keep.lastDay = Math.max(keep.lastDay ?? gone.lastDay, gone.lastDay);
  for (const m of gone.members) state.indexed.set(m.features.id, { storyId: keep.id, side: m });
  keep.members.push(...gone.members);
  keep.members.sort((x, y) => x.seq - y.seq);
  while (keep.members.length > state.options.membersForCopies) forgetMember(state, keep.members.shift());
  for (const id of gone.articleIds) if (state.seen.has(id)) state.seen.set(id, keep.id);
  state.open.delete(gone.id);
  return keep;
}

/** Brings the term → story postings in line with the story's profile after it changed (`before`: old profile keys). */
function updatePostings(state: State, story: OpenStory, before: ReadonlySet<number>): void {
  for (const key of before) if (!story.profile.terms.has(key)) removePosting(state, key, story.id);
  for (const key of story.profile.terms.keys()) if (!before.has(key)) addPosting(state, key, story.id);
}

function addPosting(state: State, key: number, storyId: string): void {
  const posting = state.postings.get(key);
  if (posting) posting.add(storyId);
  else state.postings.set(key, new Set([storyId]));
}

function removePosting(state: State, key: number, storyId: string): void {
  const posting = state.postings.get(key);
  posting?.delete(storyId);
  if (posting && posting.size === 0) state.postings.delete(key);
}

function startStory(state: State, features: ArticleFeatures, seq: number): OpenStory {
  const story: OpenStory = {
    id: stableId('s', features.id),
    firstSeq: seq,
    articleIds: [],
    profile: { terms: new Map(), norm: 0 },
    lastDay: features.day,
    members: [],
    links: [],
    duplicates: [],
    similaritySum: 0,
    mergedIds: [],
    nextMergeCheck: 2,
  };
  state.open.set(story.id, story);
  return story;
}

function joinStory(
  state: State,
  story: OpenStory,
  side: CopySide,
  vector: readonly WeightedTerm[],
  duplicates: readonly DuplicatePair[],
  similarity: number,
): void {
  const change = addToProfileInPlace(story.profile.terms, vector, state.options.profileTerms);
  story.profile = change.profile as OpenStory['profile'];
  for (const key of change.removed) removePosting(state, key, story.id);
  for (const key of change.added) addPosting(state, key, story.id);
  story.articleIds.push(side.features.id);
  story.duplicates.push(...duplicates);
  for (const p of duplicates) story.links.push({ original: p.original, copy: p.copy });
  story.similaritySum += similarity;
  const day = side.features.day;
  if (day !== undefined) story.lastDay = story.lastDay === undefined ? day : Math.max(story.lastDay, day);
  story.members.push(side);
  state.lsh.add(side.features.id, side.features.signature);
  state.indexed.set(side.features.id, { storyId: story.id, side });
  while (story.members.length > state.options.membersForCopies) forgetMember(state, story.members.shift());
  state.open.delete(story.id);
  state.open.set(story.id, story);
}

function forgetMember(state: State, member: CopySide | undefined): void {
  if (!member) return;
  state.lsh.remove(member.features.id, member.features.signature);
  state.indexed.delete(member.features.id);
}

/** Closes stories past the time window (by the incoming date) or beyond the open-story cap, oldest update first. */
function closeStale(state: State, day: number | undefined): void {
  for (const story of state.open.values()) {
    const stale = day !== undefined && story.lastDay !== undefined && day - story.lastDay > state.options.windowDays;
    if (!stale && state.open.size < state.options.maxOpenStories) break;
    closeStory(state, story);
  }
}

function closeStory(state: State, story: OpenStory): void {
  for (const key of story.profile.terms.keys()) removePosting(state, key, story.id);
  for (const m of story.members) forgetMember(state, m);
  state.open.delete(story.id);
  state.closed.push(freeze(story));
}

function freeze(story: OpenStory): ClosedStory {
  const origins = collapseCopies(story.articleIds, story.links);
  return {
    id: story.id,
    firstSeq: story.firstSeq,
    articleIds: [...story.articleIds],
    origins,
    independentSources: origins.length,
    why: describeStory(story.profile, story.articleIds.length, story.similaritySum),
    duplicates: [...story.duplicates],
  };
}

function resultOf(stories: readonly ClosedStory[]): ClusterResult {
  const sorted = [...stories].sort((a, b) => a.firstSeq - b.firstSeq);
  return {
    stories: sorted.map(({ id, articleIds, origins, independentSources, why }) => ({ id, articleIds, origins, independentSources, why })),
    duplicates: sorted.flatMap((s) => s.duplicates),
    diagnostics: [],
  };
}

function snapshot(state: State): ClusterResult {
  return resultOf([...state.closed, ...[...state.open.values()].map(freeze)]);
}
