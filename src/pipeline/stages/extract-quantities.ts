import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import { findQuantities } from '../../nlp/quantities/find-quantities.ts';

/** Stage: counted quantities in body sentences (captions repeat the body and would double-count). */
export function extractQuantities(article: AnalyzedArticle): AnalyzedArticle {
  const body = article.sentences.filter((s) => s.kind === 'body');
  return { ...article, quantities: findQuantities(article.text, body) };
}
