import type { DfTable } from './df-table.ts';
import type { ArticleFeatures, FeatureKind } from './types.ts';

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
  df: DfTable,
  kindWeights: Readonly<Record<FeatureKind, number>>,
  maxTerms: number,
): WeightedTerm[] {
  const terms: WeightedTerm[] = features.features.map((f) => ({
    key: f.key,
    label: f.label,
    kind: f.kind,
    weight: (1 + Math.log(f.count)) * df.idf(f.key) * kindWeights[f.kind],
  }));
  terms.sort((a, b) => b.weight - a.weight || a.key - b.key);
  const top = terms.slice(0, maxTerms).filter((t) => t.weight > 0);
  const norm = Math.sqrt(top.reduce((s, t) => s + t.weight * t.weight, 0));
  return norm === 0 ? [] : top.map((t) => ({ ...t, weight: t.weight / norm }));
}
