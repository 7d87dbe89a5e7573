import type { StoryBrief } from '../model/story-brief.ts';

export type ArticleInfo = Pick<StoryBrief['articles'][number], 'title' | 'outlet'>;

/**
 * A reader knows "nyt" or "The Guardian", not "d2e17368-b2da-4ee4-a7d9-8a5cccdebefd" (BASIL's ids) or a URL hash (a
 * fetched page's id): an article is cited by its outlet when that names it alone within the story, else by its id.
 */
export function citationLabels(ids: readonly string[], articles: ReadonlyMap<string, ArticleInfo>): Map<string, string> {
  const outletCount = new Map<string, number>();
  for (const id of ids) {
    const outlet = articles.get(id)?.outlet?.trim();
    if (outlet) outletCount.set(outlet, (outletCount.get(outlet) ?? 0) + 1);
  }
  const idSet = new Set(ids);
  return new Map(
    ids.map((id) => {
      const outlet = articles.get(id)?.outlet?.trim();
      // An outlet spelled like another article's id would make a citation ambiguous: that article keeps its id.
      const byOutlet = outlet !== undefined && outletCount.get(outlet) === 1 && (!idSet.has(outlet) || outlet === id);
      return [id, byOutlet ? outlet : id];
    }),
  );
}
