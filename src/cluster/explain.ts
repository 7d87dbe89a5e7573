import type { StoryProfile } from './story-profile.ts';
import type { DuplicatePair } from './types.ts';

const fmt = (x: number): string => x.toFixed(2);

/** "shared: Ryabkov, Geneva, NATO; similarity 0.71; near-duplicate of a1 (0.93)". */
export function explainJoin(
  shared: readonly string[],
  similarity: number,
  duplicates: readonly DuplicatePair[],
  articleId: string,
): string {
  const parts = [`shared: ${shared.length > 0 ? shared.join(', ') : '(no strong terms)'}`, `similarity ${fmt(similarity)}`];
  for (const d of duplicates) {
    parts.push(d.copy === articleId ? `near-duplicate of ${d.original} (${fmt(d.similarity)})` : `${d.copy} is a near-duplicate of it (${fmt(d.similarity)})`);
  }
  return parts.join('; ');
}

export function explainNew(bestSimilarity: number, threshold: number): string {
  return bestSimilarity > 0
    ? `new story: best open story scored ${fmt(bestSimilarity)} < ${fmt(threshold)}`
    : 'new story: no open story shares its rare terms';
}

// Terms in at least two members are what holds a story together; five of them are enough to read.
const STORY_TERMS_SHOWN = 5;

/**
 * Story-level reason: the names and terms most members share, and the mean join similarity. Not the article count:
 * every place that shows the reason (the Markdown brief, the web page, `cluster` text) prints the count beside it,
 * and the brief read "5 articles, 5 independent sources. Why one story: shared: …; 5 articles; …".
 */
export function describeStory(profile: StoryProfile, articles: number, similaritySum: number): string {
  if (articles <= 1) return 'single article';
  const shared = [...profile.terms.values()]
    .filter((t) => t.members >= 2)
    .sort((a, b) => Number(b.kind !== 'word') - Number(a.kind !== 'word') || b.members - a.members || b.weight - a.weight)
    .slice(0, STORY_TERMS_SHOWN)
    .map((t) => t.label);
  const mean = similaritySum / (articles - 1);
  return `shared: ${shared.join(', ') || '(no common terms)'}; mean similarity ${fmt(mean)}`;
}
