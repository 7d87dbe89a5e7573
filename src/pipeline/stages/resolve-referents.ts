import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import { findQuotedSpans, resolveSubjects } from '../../nlp/quotes/index.ts';
import { joinInlineQuotes } from '../../nlp/quotes/join-inline-quotes.ts';

// "He"/"She" and a lower-case word anywhere: a superset of the sentence openers resolveSubjects reads.
const MAYBE_OPENER = /\b(?:He|She) \p{Ll}/u;

/** Stage: who "He"/"She" opening a sentence of narration stands for, read as the quotes stage reads a he/she. */
export function resolveReferents(article: AnalyzedArticle): AnalyzedArticle {
  // Most articles have no such sentence: one scan of the text spares them the sentence and quote layout below.
  if (!MAYBE_OPENER.test(article.text)) return { ...article, referents: [] };
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const names = article.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, name: e.name, ...(e.title ? { title: e.title } : {}) }));
  // The same sentences and quoted stretches the quotes stage used, so a he/she is read the same way in both.
  const sentences = joinInlineQuotes(article.text, body, article.sentences.filter((s) => s.kind === 'body'));
  const quoted = findQuotedSpans(article.text, body);
  const referents = resolveSubjects(article.text, names, { sentences, paragraphs: body, quoted }, article.quotes);
  return { ...article, referents };
}
