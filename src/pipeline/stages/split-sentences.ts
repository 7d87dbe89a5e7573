import type { AnalyzedArticle, Sentence } from '../../model/analyzed-article.ts';
import type { CleanArticle } from '../../model/clean-article.ts';
import { splitSentences as splitParagraph } from '../../text/sentences.ts';

/** Stage 4: sentences of every kept paragraph; starts the analyzed article with empty item lists. */
export function splitSentences(article: CleanArticle): AnalyzedArticle {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((p, paragraph) => {
    for (const r of splitParagraph(article.text.slice(p.start, p.end), p.start)) {
      sentences.push({ start: r.start, end: r.end, paragraph, kind: p.kind });
    }
  });
  return { ...article, sentences, entities: [], quotes: [], times: [], quantities: [] };
}
