import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import { findQuotes } from '../../nlp/quotes/index.ts';
import { joinInlineQuotes } from '../../nlp/quotes/join-inline-quotes.ts';

/** Stage: who said what, with the tagged people as candidate speakers. */
export function extractQuotes(article: AnalyzedArticle): AnalyzedArticle {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const names = article.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, name: e.name, ...(e.title ? { title: e.title } : {}) }));
  // A quotation opened inside the writer's sentence is read whole with it, though the sentences split at its stops.
  const sentences = joinInlineQuotes(article.text, body, article.sentences.filter((s) => s.kind === 'body'));
  const quotes = findQuotes({ text: article.text, paragraphs: body, sentences, names });
  return { ...article, quotes };
}
