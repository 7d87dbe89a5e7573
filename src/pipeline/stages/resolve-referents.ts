import type { AnalyzedArticle, Referent } from '../../model/analyzed-article.ts';
import { findQuotedSpans, resolveSubjects } from '../../nlp/quotes/index.ts';
import { quoteReading } from './extract-quotes.ts';
import { articleTokens, type ArticleTokens } from '../../text/article-tokens.ts';

// "He"/"She" and a lower-case word anywhere: a superset of the sentence openers resolveSubjects reads.
const MAYBE_OPENER = /\b(?:He|She) \p{Ll}/u;

/**
 * Stage: who a he/she stands for: "He"/"She" opening a sentence of narration, read as the quotes stage reads a
 * he/she, and each quote's "he said" the quotes stage already resolved.
 */
export function resolveReferents(article: AnalyzedArticle, tokens: ArticleTokens = articleTokens(article.text, article.sentences)): AnalyzedArticle {
  // Most articles have no such sentence: one scan of the text spares them the sentence and quote layout below.
  if (!MAYBE_OPENER.test(article.text)) return { ...article, referents: quoteSpeakers(article) };
  // The same sentences and quoted stretches the quotes stage used, so a he/she is read the same way in both.
  const { body, sentences, names } = quoteReading(article);
  const quoted = findQuotedSpans(article.text, body);
  const openers = resolveSubjects(article.text, names, { sentences, paragraphs: body, quoted, tokens }, article.quotes);
  // "He said, “…”": one pronoun, read by both; the quotes stage's reading is the one the brief's quotes show.
  const spoken = quoteSpeakers(article);
  const own = openers.filter((o) => !spoken.some((q) => q.start === o.start));
  return { ...article, referents: [...own, ...spoken].sort((a, b) => a.start - b.start) };
}

/** "“…,” he said": the quote's he/she and the speaker the quotes stage found for it (never an undetermined one). */
function quoteSpeakers(article: AnalyzedArticle): Referent[] {
  return article.quotes.flatMap((q) => {
    const range = q.speakerRange;
    if (range === undefined || q.speaker === undefined || q.speakerRule === 'speaker/undetermined') return [];
    const pronoun = article.text.slice(range.start, range.end);
    return /^(?:he|she)$/i.test(pronoun) ? [{ start: range.start, end: range.end, pronoun, name: q.speaker, rule: q.speakerRule ?? 'speaker/previous-quote' }] : [];
  });
}
