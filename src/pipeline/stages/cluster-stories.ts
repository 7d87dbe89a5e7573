import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Story } from '../../model/story.ts';
import { clusterArticles, type ClusterInput, type ClusterResult } from '../../cluster/index.ts';

export interface Clustered {
  readonly stories: readonly Story[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Corpus stage: articles into stories (one per event), with near-duplicates named inside each story. */
export function clusterStories(articles: readonly AnalyzedArticle[]): Clustered {
  return storiesFromClusters(articles, clusterArticles(clusterInputs(articles)));
}

/**
 * What clustering reads of each article with text: a small part of it, so clustering can run apart from the analyzed
 * articles (`analyze --jobs N` runs it on a thread of its own; its working data then never fragments the heap that
 * holds the articles through the briefs).
 */
export function clusterInputs(articles: readonly AnalyzedArticle[]): ClusterInput[] {
  return articles
    .filter((a) => a.text.trim() !== '')
    .map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      ...(a.published ? { published: a.published } : {}),
      entities: a.entities.filter((e) => e.type !== 'other').map((e) => e.name),
    }));
}

/** The stories of `clusterArticles(clusterInputs(articles))`, each with its analyzed articles. */
export function storiesFromClusters(articles: readonly AnalyzedArticle[], result: ClusterResult): Clustered {
  const byId = new Map(articles.filter((a) => a.text.trim() !== '').map((a) => [a.id, a]));
  const stories = result.stories.map((s): Story => {
    const members = new Set(s.articleIds);
    return {
      id: s.id,
      articles: s.articleIds.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined),
      duplicates: result.duplicates.filter((d) => members.has(d.copy)),
      // Found per story at brief time (find-rewrites.ts), where the statement aligner reads the sentences.
      rewrites: [],
      origins: s.origins,
      why: s.why,
      ...(s.topicId ? { topicId: s.topicId } : {}),
    };
  });
  return { stories, diagnostics: result.diagnostics };
}
