import type { Diagnostic } from '../model/diagnostic.ts';
import { createClusterer } from './clusterer.ts';
import { featurizeArticle } from './featurize-article.ts';
import { parseDay } from './parse-day.ts';
import type { ClusterInput, ClusterOptions, ClusterResult } from './types.ts';

export interface BatchOptions extends ClusterOptions {
  /**
   * Learn document frequencies from the whole batch before streaming it (default true). A batch is known in advance,
   * so its own idf is the best one; with false the idf is learned as articles arrive, as in a live stream, and the
   * first articles are compared with an idf that has seen little.
   */
  readonly warmIdf: boolean;
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
 * Pure batch helper: orders articles by date, streams them through a fresh clusterer and returns its snapshot.
 * The input array is not modified.
 */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<BatchOptions> = {}): ClusterResult {
  if (!Array.isArray(articles)) throw new TypeError('clusterArticles: expected an array of { id, title, text }');
  const { warmIdf = true, ...clusterOptions } = options;
  const clusterer = createClusterer(clusterOptions);
  const features = timeOrder(articles).map(featurizeArticle);
  if (warmIdf) for (const f of features) clusterer.learnIdf(f);
  const diagnostics: Diagnostic[] = [];
  for (const f of features) diagnostics.push(...clusterer.addFeatures(f, { idfLearned: warmIdf }).diagnostics);
  const result = clusterer.snapshot();
  return { ...result, diagnostics: [...result.diagnostics, ...diagnostics] };
}
