import type { Diagnostic } from '../model/diagnostic.ts';
import { createClusterer } from './clusterer.ts';
import { parseDay } from './parse-day.ts';
import type { ClusterInput, ClusterOptions, ClusterResult } from './types.ts';

/**
 * Pure batch helper: orders articles by date (undated ones keep their place after the dated ones of the same rank:
 * a stable sort with undated treated as "no later than anything"), streams them through a fresh clusterer and
 * returns its snapshot. The input array is not modified.
 */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): ClusterResult {
  if (!Array.isArray(articles)) throw new TypeError('clusterArticles: expected an array of { id, title, text }');
  const order = articles.map((a, index) => ({ a, index, day: parseDay(a.published) }));
  // Undated articles sort as if published with the previous dated article, keeping input order among equals.
  let lastDay = Number.NEGATIVE_INFINITY;
  const keyed = order.map((o) => {
    if (o.day !== undefined) lastDay = o.day;
    return { ...o, key: o.day ?? lastDay };
  });
  keyed.sort((x, y) => x.key - y.key || x.index - y.index);
  const clusterer = createClusterer(options);
  const diagnostics: Diagnostic[] = [];
  for (const { a } of keyed) diagnostics.push(...clusterer.add(a).diagnostics);
  const result = clusterer.snapshot();
  return { ...result, diagnostics: [...result.diagnostics, ...diagnostics] };
}
