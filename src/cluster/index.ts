export { createClusterer, type Clusterer } from './clusterer.ts';
export { clusterArticles, clusterFeatures } from './cluster-articles.ts';
export { featurizeArticle } from './featurize-article.ts';
export { DEFAULT_CLUSTER_OPTIONS, resolveOptions } from './options.ts';
export { minhashSignature, estimateJaccard } from './minhash.ts';
export { detectDuplicate } from './detect-copies.ts';
export { collapseCopies } from './collapse-copies.ts';
export type * from './types.ts';
