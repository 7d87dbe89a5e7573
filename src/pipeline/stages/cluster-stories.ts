import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { CleanArticle } from '../../model/clean-article.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Story } from '../../model/story.ts';
import { clusterArticles, type ClusterInput, type ClusterResult } from '../../cluster/index.ts';
import type { DateHint } from '../../cluster/types.ts';
import { captionDate } from './infer-published.ts';

export interface Clustered {
  readonly stories: readonly Story[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Corpus stage: articles into stories (one per event), with near-duplicates named inside each story. */
export function clusterStories(articles: readonly AnalyzedArticle[]): Clustered {
  return storiesFromClusters(articles, clusterArticles(clusterInputs(articles)));
}

/** What clustering reads of a cleaned (or analyzed) article. */
export type ClusterSource = Pick<CleanArticle, 'id' | 'title' | 'text' | 'published' | 'publishedCertainty' | 'paragraphs' | 'outlet'>;

/**
 * What clustering reads of each article with text: a small part of it, so clustering can run apart from the analyzed
 * articles (`analyze --jobs N` runs it on a thread of its own; its working data then never fragments the heap that
 * holds the articles through the briefs), and so `crosscheck cluster`, which runs no analysis, clusters the same.
 * The tagger's names are not passed: clustering finds names itself (capitalized words), and adding the tagger's as
 * well lowered every score measured (B³ F1, CLI cleaning, 2026-12-06: DUC dev .878 -> .866, held-out .834 -> .822;
 * ECB+ events held-out .873 -> .854, dev .900 -> .906; basil-dev .990 -> .980).
 */
export function clusterInputs(articles: readonly ClusterSource[]): ClusterInput[] {
  return articles
    .filter((a) => a.text.trim() !== '')
    .map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      // Only a stated date (record, page metadata, URL, --published) places an article in time for clustering. A date
      // inferred from the dates its text mentions is often an earlier event it recalls (ECB+ reports of 2008 "dated"
      // 1923-04-22 or 2001-09-11), which split a story across years: ECB+ event dev B³ F1 .877 with them, .900 without.
      ...(a.published && a.publishedCertainty !== 'inferred' ? { published: a.published } : {}),
      ...dateHintOf(a),
    }));
}

/**
 * For an article without a stated date, the day the story's timeline would be dated by (storyDate's evidence below a
 * stated date): a date inferred from its dateline or page note, else its photo captions' date. Only the "why" line
 * reads it, so the line and the timeline tell one time.
 */
function dateHintOf(a: ClusterSource): { dateHint?: DateHint } {
  if (a.published && a.publishedCertainty !== 'inferred') return {};
  if (a.published) return { dateHint: { date: a.published, from: 'text' } };
  const captioned = captionDate(a);
  return captioned ? { dateHint: { date: captioned, from: 'captions' } } : {};
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
