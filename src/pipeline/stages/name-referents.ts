import type { BriefReferent } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { cleanForm, nameKey } from './merge-entities.ts';
import { shownSpans, type ShownPassage } from './shown-spans.ts';

/**
 * Story stage: each shown passage holding a "he"/"she" the referents stage resolved in its article gets the name it
 * stands for (the first such pronoun). Only the passage whose words are shown counts: the span whose text is `text`.
 * The name is the story's for that person (`aliases`, as for quotes' speakers): "Biden" in one report is "Joe Biden"
 * in the brief.
 */
export function nameReferents(story: Story, aliases: ReadonlyMap<string, string>): <T extends ShownPassage>(items: readonly T[]) => (T & { readonly referent?: BriefReferent })[] {
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  return (items) => items.map((item) => {
    for (const { article, span } of shownSpans(articles, item)) {
      const r = article.referents?.find((x) => x.start >= span.start && x.end <= span.end);
      if (r !== undefined) return { ...item, referent: { pronoun: r.pronoun, name: aliases.get(nameKey(cleanForm(r.name))) ?? r.name, at: r.start - span.start } };
    }
    return item;
  });
}
