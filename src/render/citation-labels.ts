import type { StoryBrief } from '../model/story-brief.ts';

export type ArticleInfo = Pick<StoryBrief['articles'][number], 'title' | 'outlet'>;

/**
 * A reader knows "nyt" or "The Guardian", not "d2e17368-b2da-4ee4-a7d9-8a5cccdebefd" (BASIL's ids) or a URL hash (a
 * fetched page's id): an article is cited by its outlet when that names it alone within the story. Several articles
 * of one outlet in a story (two pages fetched from one site) are "AP 1", "AP 2" in the story's order, so
 * a reader still sees whose they are; an article without an outlet keeps its id.
 */
export function citationLabels(ids: readonly string[], articles: ReadonlyMap<string, ArticleInfo>): Map<string, string> {
  const byOutlet = new Map<string, string[]>();
  for (const id of ids) {
    const outlet = articles.get(id)?.outlet?.trim();
    if (outlet) byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), id]);
  }
  const proposed = new Map(
    ids.map((id) => {
      const outlet = articles.get(id)?.outlet?.trim();
      const same = outlet === undefined ? [] : (byOutlet.get(outlet) ?? []);
      return [id, outlet === undefined ? id : same.length === 1 ? outlet : `${outlet} ${same.indexOf(id) + 1}`];
    }),
  );
  // A label spelled like another article's id or label would make a citation ambiguous: that article keeps its id.
  const uses = new Map<string, number>();
  for (const label of proposed.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const idSet = new Set(ids);
  return new Map(ids.map((id) => {
    const label = proposed.get(id) ?? id;
    const clear = label === id || (uses.get(label) === 1 && !idSet.has(label));
    return [id, clear ? label : id];
  }));
}
