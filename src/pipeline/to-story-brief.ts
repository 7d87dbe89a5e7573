import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { BriefArticle, StoryBrief, StoryBriefStory } from '../model/story-brief.ts';

/** The output contract: articles as cleaned, stories ranked by independent sources then recency, diagnostics. */
export function toStoryBrief(articles: readonly AnalyzedArticle[], stories: readonly StoryBriefStory[], diagnostics: readonly Diagnostic[]): StoryBrief {
  return storyBriefOf(articles.map(toBriefArticle), stories, diagnostics);
}

/** `toStoryBrief` from the articles' reader-facing views (all it reads of them), made earlier. */
export function storyBriefOf(articles: readonly BriefArticle[], stories: readonly StoryBriefStory[], diagnostics: readonly Diagnostic[]): StoryBrief {
  const latest = new Map(articles.map((a) => [a.id, a.published ?? '']));
  const recency = (s: StoryBriefStory): string => s.articleIds.map((id) => latest.get(id) ?? '').sort().at(-1) ?? '';
  return {
    articles: [...articles],
    stories: [...stories].sort((a, b) => b.independentSources - a.independentSources || recency(b).localeCompare(recency(a))),
    diagnostics: diagnostics.map((d) => ({ stage: d.stage, item: d.item, reason: d.reason, severity: d.severity })),
  };
}

/** The reader-facing view of an analyzed article: the output contract's `articles[]` entry (also what the store serves). */
export function toBriefArticle(a: AnalyzedArticle): BriefArticle {
  return {
    id: a.id,
    title: a.title,
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published, publishedInferred: a.publishedCertainty === 'inferred' } : {}),
    language: a.language,
    text: a.text,
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason, rule: r.rule })),
  };
}
