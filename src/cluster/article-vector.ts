import type { ArticleFeatures, FeatureKind } from './types.ts';

/** Where a term's idf comes from: a table learned from a stream (`DfTable`) or a fixed reference. */
export interface TermWeights {
  idf(key: number, label: string, kind: FeatureKind): number;
}

export interface WeightedTerm {
  readonly key: number;
  readonly label: string;
  readonly kind: FeatureKind;
  readonly weight: number;
}

/**
 * The article's strongest terms as a unit vector: (1 + ln count) × idf × kind weight, top `maxTerms` kept so the cost
 * of scoring and indexing one article is bounded whatever its length.
 */
export function articleVector(
  features: ArticleFeatures,
  df: TermWeights,
  kindWeights: Readonly<Record<FeatureKind, number>>,
  maxTerms: number,
): WeightedTerm[] {
  const fs = features.features;
  const weights = new Float64Array(fs.length);
  fs.forEach((f, i) => {
    weights[i] = (1 + Math.log(f.count)) * df.idf(f.key, f.label, f.kind) * kindWeights[f.kind];
  });
  return topUnit(fs, weights, maxTerms);
}

/**
 * `articleVector` with `kindWeights`, and beside it the vectors of its words alone and of its names alone (each kind
 * weighed 1 within its own vector): the same numbers as three calls (`articleVector` of the article, and of its words
 * or names only, with all kind weights 1), with each term's idf read once. `nameDf`, when given, weighs the terms of
 * the names-only vector instead of `df` (the whole vector keeps `df`).
 */
export function articleVectorAndKinds(
  features: ArticleFeatures,
  df: TermWeights,
  kindWeights: Readonly<Record<FeatureKind, number>>,
  maxTerms: number,
  nameDf?: TermWeights,
): { whole: WeightedTerm[]; words: WeightedTerm[]; names: WeightedTerm[] } {
  const fs = features.features;
  const base = new Float64Array(fs.length);
  const weights = new Float64Array(fs.length);
  fs.forEach((f, i) => {
    const tf = 1 + Math.log(f.count);
    const b = tf * df.idf(f.key, f.label, f.kind);
    weights[i] = b * kindWeights[f.kind];
    base[i] = nameDf && f.kind === 'entity' ? tf * nameDf.idf(f.key, f.label, f.kind) : b;
  });
  const ofKind = (kind: FeatureKind): WeightedTerm[] => {
    const picked: number[] = [];
    fs.forEach((f, i) => {
      if (f.kind === kind) picked.push(i);
    });
    return topUnit(picked.map((i) => fs[i] as Feature), Float64Array.from(picked, (i) => base[i] as number), maxTerms);
  };
  return { whole: topUnit(fs, weights, maxTerms), words: ofKind('word'), names: ofKind('entity') };
}

type Feature = ArticleFeatures['features'][number];

/** The `maxTerms` heaviest of the terms (`weights[i]` for `fs[i]`), as a unit vector, heaviest first. */
function topUnit(fs: readonly Feature[], weights: Float64Array, maxTerms: number): WeightedTerm[] {
  // The k-th largest weight from a numeric sort of a copy: cheaper than sorting hundreds of objects per article.
  const cutoff = fs.length > maxTerms ? (Float64Array.from(weights).sort()[fs.length - maxTerms] ?? 0) : 0;
  const terms: WeightedTerm[] = [];
  fs.forEach((f, i) => {
    const weight = weights[i] ?? 0;
    if (weight >= cutoff && weight > 0) terms.push({ key: f.key, label: f.label, kind: f.kind, weight });
  });
  terms.sort((a, b) => b.weight - a.weight || a.key - b.key);
  const top = terms.slice(0, maxTerms);
  const norm = Math.sqrt(top.reduce((s, t) => s + t.weight * t.weight, 0));
  return norm === 0 ? [] : top.map((t) => ({ ...t, weight: t.weight / norm }));
}
