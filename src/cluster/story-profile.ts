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

/** Sum of member unit vectors, cut to the `maxTerms` heaviest: a bounded centroid. Returns a new profile. */
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
  const kept = [...merged].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]).slice(0, maxTerms);
  const norm = Math.sqrt(kept.reduce((s, [, t]) => s + t.weight * t.weight, 0));
  return { terms: new Map(kept), norm };
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
  const kept = [...merged].sort((x, y) => y[1].weight - x[1].weight || x[0] - y[0]).slice(0, maxTerms);
  const norm = Math.sqrt(kept.reduce((s, [, t]) => s + t.weight * t.weight, 0));
  return { terms: new Map(kept), norm };
}
