import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import { findQuotes } from '../../nlp/quotes/index.ts';

/** Stage: who said what, with the tagged people as candidate speakers. */
export function extractQuotes(article: AnalyzedArticle): AnalyzedArticle {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const names = article.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, name: e.name, ...(e.title ? { title: e.title } : {}) }));
  const quotes = findQuotes({ text: article.text, paragraphs: body, sentences: article.sentences.filter((s) => s.kind === 'body'), names });
  return { ...article, quotes };
}
