import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';
import { articleTokens, type ArticleTokens } from '../../text/article-tokens.ts';
import { findQuotes, type NameSpan } from '../../nlp/quotes/index.ts';
import { joinInlineQuotes } from '../../nlp/quotes/join-inline-quotes.ts';

/** Stage: who said what, with the tagged people as candidate speakers. */
export function extractQuotes(article: AnalyzedArticle, tokens: ArticleTokens = articleTokens(article.text, article.sentences)): AnalyzedArticle {
  const { body, sentences, names } = quoteReading(article);
  const quotes = findQuotes({ text: article.text, paragraphs: body, sentences, names, tokens });
  return { ...article, quotes };
}

/**
 * The article as the quote finder reads it: body paragraphs, sentences with a quotation opened inside the writer's
 * sentence read whole with it (though the sentences split at its stops), and the tagged names. The referents stage
 * reads a he/she from the same layout.
 */
export function quoteReading(article: AnalyzedArticle): { readonly body: TextRange[]; readonly sentences: TextRange[]; readonly names: NameSpan[] } {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const names = article.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, name: e.name, ...(e.title ? { title: e.title } : {}) }));
  const sentences = joinInlineQuotes(article.text, body, article.sentences.filter((s) => s.kind === 'body'));
  return { body, sentences, names };
}
