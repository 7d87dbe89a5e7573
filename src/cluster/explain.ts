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
  const shown = readableLabels(shared, shared.length);
  const parts = [`shared: ${shown.length > 0 ? shown.join(', ') : '(no strong terms)'}`, `similarity ${fmt(similarity)}`];
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
  const ranked = [...profile.terms.values()]
    .filter((t) => t.members >= 2)
    .sort((a, b) => Number(b.kind !== 'word') - Number(a.kind !== 'word') || b.members - a.members || b.weight - a.weight);
  const shared = readableLabels(ranked.map((t) => t.label), STORY_TERMS_SHOWN);
  const mean = similaritySum / (articles - 1);
  return `shared: ${shared.join(', ') || '(no common terms)'}; mean similarity ${fmt(mean)}`;
}

/**
 * Up to `limit` labels as a reader should see them: without a possessive ending, and each name once. The clustering
 * counts "State Department’s", "Department’s" and "State" as three terms (each is evidence), but "shared: State
 * Department’s, Benghazi, Department’s, Republican, State" (basil-dev) says one name three times: a label whose words
 * a shown one holds is left out, and a shown one whose words a later label holds gives way to it.
 */
export function readableLabels(labels: readonly string[], limit: number): string[] {
  const shown: string[] = [];
  for (const raw of labels) {
    if (shown.length >= limit) break;
    const label = raw.replace(/['’]s$/u, '');
    const mine = wordsOf(label);
    if (mine.length === 0 || shown.some((s) => holdsAll(wordsOf(s), mine))) continue;
    const within = shown.findIndex((s) => holdsAll(mine, wordsOf(s)));
    if (within >= 0) shown.splice(within, 1, label);
    else shown.push(label);
    // Giving way can leave two shown labels that the new one both holds ("State", "Department", then "State Department").
    for (let i = shown.length - 1; i >= 0; i--) if (shown[i] !== label && holdsAll(mine, wordsOf(shown[i] ?? ''))) shown.splice(i, 1);
  }
  return shown;
}

const wordsOf = (label: string): string[] => label.toLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** Every word of `part` is a word of `whole`. */
function holdsAll(whole: readonly string[], part: readonly string[]): boolean {
  return part.every((w) => whole.includes(w));
}
