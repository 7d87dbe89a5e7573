import type { AnalyzedArticle, Sentence } from '../../model/analyzed-article.ts';
import type { CleanArticle } from '../../model/clean-article.ts';
import type { TextRange } from '../../model/span.ts';
import { splitSentences as splitParagraph } from '../../text/sentences.ts';

// A "sentence" longer than this is not prose but a table, a dump or a feed without punctuation (a 5 MB one-line file
// is one such sentence). Later stages work per sentence and some are superlinear in its length (alignment and
// summary scoring took minutes on a 5 MB line), so an overlong one is cut at whitespace into pieces of at most this
// many characters. Real news sentences are far shorter (a 100-word sentence is ~600 characters).
export const MAX_SENTENCE_CHARS = 2000;

/** Stage 4: sentences of every kept paragraph; starts the analyzed article with empty item lists. */
export function splitSentences(article: CleanArticle): AnalyzedArticle {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((p, paragraph) => {
    for (const r of splitParagraph(article.text.slice(p.start, p.end), p.start)) {
      for (const piece of cutLong(article.text, r)) sentences.push({ start: piece.start, end: piece.end, paragraph, kind: p.kind });
    }
  });
  return { ...article, sentences, entities: [], quotes: [], times: [], quantities: [] };
}

/**
 * Whether none of `sentences` (this stage's, in text order) was cut by cutLong, so that each is exactly as the sentence
 * splitter gave it: a cut range leaves at least two pieces in one paragraph, and the piece after each cut ends past the
 * window of `max` characters the piece before it started (that window ended inside a run of non-space characters, or
 * at white space the next piece starts after), so two neighbours of one paragraph then span more than `max`.
 */
export function noneCut(sentences: readonly Sentence[], max = MAX_SENTENCE_CHARS): boolean {
  for (let i = 1; i < sentences.length; i++) {
    const before = sentences[i - 1] as Sentence;
    const s = sentences[i] as Sentence;
    if (s.paragraph === before.paragraph && s.end - before.start > max) return false;
  }
  return true;
}

/** Cuts a range longer than MAX_SENTENCE_CHARS at whitespace (hard cut when a piece has none); pieces are trimmed. */
export function cutLong(text: string, r: TextRange, max = MAX_SENTENCE_CHARS): TextRange[] {
  if (r.end - r.start <= max) return [r];
  const out: TextRange[] = [];
  let start = r.start;
  while (start < r.end) {
    while (start < r.end && /\s/.test(text[start] ?? '')) start++;
    if (start >= r.end) break;
    let end = Math.min(start + max, r.end);
    if (end < r.end) {
      let cut = end;
      while (cut > start && !/\s/.test(text[cut] ?? '')) cut--;
      if (cut > start) end = cut;
      // Never split a surrogate pair: a span ending between the halves slices to a lone surrogate.
      else if (end - 1 > start && /[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
    }
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1] ?? '')) trimmed--;
    if (trimmed > start) out.push({ start, end: trimmed });
    start = end;
  }
  return out;
}
