import type { ClusterOptions } from './types.ts';

/**
 * Defaults. Thresholds were tuned on the dev parts only (DUC 2004 clusters with odd index, ECB+ topics 1-20); see
 * scripts/eval-cluster.ts. Each value carries its reason.
 */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  // Cosine of an article to a story centroid (idf from the batch): best mean of DUC and ECB+-event dev B³ F1 in a
  // 0.05–0.4 sweep; reports of another story rarely pass it once common words have low idf.
  joinThreshold: 0.11,
  // Centroid beat average linkage on the dev streams (mean dev B³ F1 .876 vs .867 at their best thresholds).
  linkage: 'centroid',
  // Two stories whose centroids are this alike are one story split early; 0.3–0.5 swept on dev, 0.4 best (by a hair).
  storyMergeThreshold: 0.4,
  // An article this close to two stories is strong evidence they are one event; lower values merged same-topic
  // events on ECB+ dev without gaining DUC recall.
  mergeThreshold: 0.5,
  // Names separate events of the same kind (two earthquakes, two rehab stays); numbers a little; words carry topic.
  kindWeights: { entity: 1.5, number: 1.0, word: 1.0 },
  // A story that nobody has updated for two months is over (DUC topics run up to ~8 weeks between reports).
  windowDays: 60,
  // A report a fortnight later is still likely follow-up; beyond that it must earn its place by content.
  timeScaleDays: 14,
  // Time distance can take off at most this share of a score, so a date never outweighs content.
  timeWeight: 0.3,
  // Bounds memory when articles carry no dates (no time window to evict by).
  maxOpenStories: 5000,
  // Centroid size: enough for the names, places and numbers of a long-running story.
  profileTerms: 100,
  // Article terms scored: the heaviest 40 carry nearly all the cosine mass of a news article.
  articleTerms: 40,
  // Candidate stories scored per article, taken by weighted term overlap; on dev, 5 and 30 gave identical clusters.
  maxCandidates: 10,
  // 3-shingle Jaccard of a copy with a few edited words stays above 0.6; independent reports are far below 0.2.
  duplicateThreshold: 0.6,
  // Dice of content words: a sentence with a third of its words swapped still aligns; a shared topic word does not.
  sentenceThreshold: 0.5,
  // Half the copy's sentences aligned one-to-one: independent reports share a quote or two, never half the text.
  rewriteThreshold: 0.5,
  // Alignment is only tried when 40 % of one side's content words appear in the other.
  rewritePrefilter: 0.4,
  // Copies are looked for among the 30 latest members of the story joined.
  membersForCopies: 30,
};

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new TypeError(`cluster options: ${name} must be a number in [${min}, ${max}], got ${String(value)}`);
  }
}

/** Fills defaults and checks ranges: a wrong option is a programming error (TypeError), not bad content. */
export function resolveOptions(partial: Partial<ClusterOptions> = {}): ClusterOptions {
  const o: ClusterOptions = {
    ...DEFAULT_CLUSTER_OPTIONS,
    ...partial,
    kindWeights: { ...DEFAULT_CLUSTER_OPTIONS.kindWeights, ...(partial.kindWeights ?? {}) },
  };
  checkNumber('joinThreshold', o.joinThreshold, 0, 1);
  for (const [k, v] of Object.entries(o.kindWeights)) checkNumber(`kindWeights.${k}`, v, 0, 100);
  if (o.linkage !== 'centroid' && o.linkage !== 'average') {
    throw new TypeError(`cluster options: linkage must be "centroid" or "average", got ${String(o.linkage)}`);
  }
  checkNumber('storyMergeThreshold', o.storyMergeThreshold, 0, 1);
  checkNumber('mergeThreshold', o.mergeThreshold, 0, 1);
  checkNumber('windowDays', o.windowDays, 0, 1e6);
  checkNumber('timeScaleDays', o.timeScaleDays, 1e-6, 1e6);
  checkNumber('timeWeight', o.timeWeight, 0, 1);
  checkNumber('maxOpenStories', o.maxOpenStories, 1, 1e8);
  checkNumber('profileTerms', o.profileTerms, 1, 1e5);
  checkNumber('articleTerms', o.articleTerms, 1, 1e5);
  checkNumber('maxCandidates', o.maxCandidates, 1, 1e6);
  checkNumber('duplicateThreshold', o.duplicateThreshold, 0, 1);
  checkNumber('sentenceThreshold', o.sentenceThreshold, 0, 1);
  checkNumber('rewriteThreshold', o.rewriteThreshold, 0, 1);
  checkNumber('rewritePrefilter', o.rewritePrefilter, 0, 1);
  checkNumber('membersForCopies', o.membersForCopies, 0, 1e5);
  return o;
}
