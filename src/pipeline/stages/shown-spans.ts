import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { SourceSpan } from '../../model/span.ts';

/** A passage of the brief as a story stage sees it: the words shown and the spans behind them. */
export interface ShownPassage {
  readonly text: string;
  readonly spans: readonly SourceSpan[];
}

/**
 * The spans of a passage whose source text is the passage's shown words, each with its article, in the passage's
 * order: a claim shows one member's words, so only that member's span (and a copy's with the same words) is where a
 * pronoun or a quotation in `text` stands.
 */
export function* shownSpans(articles: ReadonlyMap<string, AnalyzedArticle>, item: ShownPassage): Generator<{ article: AnalyzedArticle; span: SourceSpan }> {
  for (const span of item.spans) {
    const article = articles.get(span.articleId);
    if (article !== undefined && article.text.slice(span.start, span.end) === item.text) yield { article, span };
  }
}
