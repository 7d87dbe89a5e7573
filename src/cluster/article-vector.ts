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
