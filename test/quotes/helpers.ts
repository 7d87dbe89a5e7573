import type { TextRange } from '../../src/model/span.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { joinInlineQuotes } from '../../src/nlp/quotes/join-inline-quotes.ts';

/**
 * Paragraphs = non-empty lines, sentences from the project splitter with a quotation opened inside the writer's
 * sentence read with it: the same shape the pipeline's extract-quotes stage hands over.
 */
export function inputOf(text: string): { text: string; paragraphs: TextRange[]; sentences: TextRange[] } {
  const paragraphs = [...text.matchAll(/[^\n]+/g)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((p) => /\S/.test(text.slice(p.start, p.end)));
  return { text, paragraphs, sentences: joinInlineQuotes(text, paragraphs, paragraphs.flatMap((p) => splitSentences(text.slice(p.start, p.end), p.start))) };
}
