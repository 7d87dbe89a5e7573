import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import { findTimes } from '../../nlp/time/index.ts';

/** Stage: temporal expressions normalized against the article's publication date. */
export function resolveTimes(article: AnalyzedArticle): AnalyzedArticle {
  const reference = article.published ? { date: article.published } : undefined;
  return { ...article, times: findTimes(article.text, reference) };
}
