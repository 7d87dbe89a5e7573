import type { WeightedTerm } from './article-vector.ts';
import type { FeatureKind } from './types.ts';

export interface ProfileTerm {
  readonly label: string;
  readonly kind: FeatureKind;
  readonly weight: number;
  /** Members whose vector had this term. */
  readonly members: number;
}

export interface StoryProfile {
  readonly terms: ReadonlyMap<number, ProfileTerm>;
  readonly norm: number;
}

export const EMPTY_PROFILE: StoryProfile = { terms: new Map(), norm: 0 };

// A profile may hold up to this many times `maxTerms` before it is cut back: sorting on every join would dominate
// the cost of a join, and cutting in batches keeps the same bound (×1.5) on memory.
const SLACK = 1.5;

function cut(terms: Map<number, ProfileTerm>, maxTerms: number): StoryProfile {
  const kept = terms.size > maxTerms * SLACK ? new Map([...terms].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]).slice(0, maxTerms)) : terms;
  let sq = 0;
  for (const t of kept.values()) sq += t.weight * t.weight;
  return { terms: kept, norm: Math.sqrt(sq) };
}

/** Sum of member unit vectors, cut to the heaviest terms: a bounded centroid. Returns a new profile. */
export function addToProfile(profile: StoryProfile, vector: readonly WeightedTerm[], maxTerms: number): StoryProfile {
  const merged = new Map(profile.terms);
  for (const t of vector) {
    const old = merged.get(t.key);
    merged.set(t.key, {
      label: old?.label ?? t.label,
      kind: old?.kind ?? t.kind,
      weight: (old?.weight ?? 0) + t.weight,
      members: (old?.members ?? 0) + 1,
    });
  }
  return cut(merged, maxTerms);
}

export interface ProfileChange {
  readonly profile: StoryProfile;
  /** Keys that entered the profile. */
  readonly added: readonly number[];
  /** Keys cut from the profile. */
  readonly removed: readonly number[];
}

/**
 * `addToProfile` for the hot path: updates `terms`, a map owned by one open story of one clusterer and never handed
 * out, in place (a copy per join was the largest allocation of a stream), and reports which keys came and went so
 * the caller can keep its postings in step.
 */
export function addToProfileInPlace(terms: Map<number, ProfileTerm>, vector: readonly WeightedTerm[], maxTerms: number): ProfileChange {
  const added: number[] = [];
  for (const t of vector) {
    const old = terms.get(t.key);
    if (!old) added.push(t.key);
    terms.set(t.key, {
      label: old?.label ?? t.label,
      kind: old?.kind ?? t.kind,
      weight: (old?.weight ?? 0) + t.weight,
      members: (old?.members ?? 0) + 1,
    });
  }
  const profile = cut(terms, maxTerms);
  if (profile.terms === terms) return { profile, added, removed: [] };
  const removed = [...terms.keys()].filter((k) => !profile.terms.has(k));
  return { profile, added: added.filter((k) => profile.terms.has(k)), removed };
}

/** Cosine of an article vector and a profile, without explanation (the hot path of candidate scoring). */
export function profileSimilarity(vector: readonly WeightedTerm[], profile: StoryProfile): number {
  if (profile.norm === 0) return 0;
  let dot = 0;
  for (const t of vector) {
    const p = profile.terms.get(t.key);
    if (p) dot += t.weight * p.weight;
  }
  return dot / profile.norm;
}

export interface ProfileMatch {
  /** Cosine of the article vector and the profile. */
  readonly similarity: number;
  /** Labels of the terms that contributed most, names and numbers first. */
  readonly shared: readonly string[];
}

// Five names are enough for a person to see why two reports belong together.
const SHARED_SHOWN = 5;

export function matchProfile(vector: readonly WeightedTerm[], profile: StoryProfile): ProfileMatch {
  if (profile.norm === 0) return { similarity: 0, shared: [] };
  const contributions: { label: string; value: number; named: boolean }[] = [];
  let dot = 0;
  for (const t of vector) {
    const p = profile.terms.get(t.key);
    if (!p) continue;
    const value = t.weight * p.weight;
    dot += value;
    contributions.push({ label: p.label, value, named: p.kind !== 'word' });
  }
  contributions.sort((a, b) => Number(b.named) - Number(a.named) || b.value - a.value);
  const shared = [...new Set(contributions.map((c) => c.label))].slice(0, SHARED_SHOWN);
  return { similarity: dot / profile.norm, shared };
}

/** Union of two profiles (stories merged by an article that bridges them), cut to `maxTerms`. Returns a new profile. */
export function mergeProfiles(a: StoryProfile, b: StoryProfile, maxTerms: number): StoryProfile {
  const merged = new Map(a.terms);
  for (const [key, t] of b.terms) {
    const old = merged.get(key);
    merged.set(key, old ? { ...old, weight: old.weight + t.weight, members: old.members + t.members } : t);
  }
  return cut(merged, maxTerms);
}

/** Cosine of two story profiles (centroids): how alike two stories are as wholes. */
export function profileCosine(a: StoryProfile, b: StoryProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, t] of small.terms) {
    const u = large.terms.get(key);
    if (u) dot += t.weight * u.weight;
  }
  return dot / (a.norm * b.norm);
}
