import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { SummaryDocument, SummaryInputSentence } from './types.ts';

/**
 * The pipeline's entry into summarizing: an analyzed article's body sentences (captions and headings are not
 * statements of the story) with offsets into its cleaned text.
 */
export function documentFromArticle(article: Pick<AnalyzedArticle, 'id' | 'text' | 'published' | 'sentences'>): SummaryDocument {
  const sentences: SummaryInputSentence[] = [];
  for (const s of article.sentences) {
    if (s.kind !== 'body') continue;
    sentences.push({ text: article.text.slice(s.start, s.end), start: s.start, end: s.end });
  }
  return article.published === undefined ? { id: article.id, sentences } : { id: article.id, published: article.published, sentences };
}
