import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';
import { findTimes } from '../../nlp/time/index.ts';
import { articleTokens, type ArticleTokens } from '../../text/article-tokens.ts';
import { noneCut } from './split-sentences.ts';

/** Stage: temporal expressions normalized against the article's publication date. */
export function resolveTimes(article: AnalyzedArticle, tokens: ArticleTokens = articleTokens(article.text, article.sentences)): AnalyzedArticle {
  const reference = article.published ? { date: article.published } : undefined;
  // The time tagger splits each line into sentences: when the paragraphs are the lines and no sentence was cut for
  // length, the article's sentences are those very ones.
  const same = paragraphsAreLines(article.text, article.paragraphs) && noneCut(article.sentences);
  const sentences = same ? { sentences: article.sentences } : {};
  return { ...article, times: findTimes(article.text, reference, { tokens, ...sentences }) };
}

/** Whether `paragraphs` are the text's lines (the runs of characters other than "\n"), in order. */
function paragraphsAreLines(text: string, paragraphs: readonly TextRange[]): boolean {
  let at = 0;
  let k = 0;
  for (;;) {
    while (at < text.length && text.charCodeAt(at) === 10) at++;
    if (at >= text.length) return k === paragraphs.length;
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const p = paragraphs[k++];
    if (p === undefined || p.start !== at || p.end !== end) return false;
    at = end;
  }
}
