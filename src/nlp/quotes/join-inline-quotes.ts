import type { TextRange } from '../../model/span.ts';
import { findQuotedSpans } from './find-quoted-spans.ts';

// A quotation that opens inside the writer's sentence and runs on for more than this many characters is a speech
// given in full, not the end of the writer's sentence: it keeps its own sentences (about three news sentences).
const MAX_INLINE_QUOTE_CHARS = 500;

/**
 * 'Maloney said the plan was "a good start. We need more. Much more."': a quotation opened after the writer's own
 * words and closed some sentences later belongs to the writer's sentence, which ends where it closes; split at the
 * quotation's full stops, the quote read 'the plan was "a good start'. A sentence that opens with the quotation is
 * left as split: each of the speaker's sentences is whole. Returns the sentences with such runs joined, in order.
 */
export function joinInlineQuotes(text: string, paragraphs: readonly TextRange[], sentences: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let i = 0;
  for (const paragraph of paragraphs) {
    while (i < sentences.length && (sentences[i] as TextRange).end <= paragraph.start) out.push(sentences[i++] as TextRange);
    const inside: TextRange[] = [];
    while (i < sentences.length && (sentences[i] as TextRange).start < paragraph.end) inside.push(sentences[i++] as TextRange);
    out.push(...joinInParagraph(text, paragraph, inside));
  }
  while (i < sentences.length) out.push(sentences[i++] as TextRange);
  return out;
}

function joinInParagraph(text: string, paragraph: TextRange, sentences: readonly TextRange[]): readonly TextRange[] {
  if (sentences.length < 2) return sentences;
  const quotes = findQuotedSpans(text, [paragraph]).filter((q) => q.close - q.open <= MAX_INLINE_QUOTE_CHARS && q.close < paragraph.end);
  if (quotes.length === 0) return sentences;
  const out: TextRange[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i] as TextRange;
    let end = first.end;
    // The quotation opens after some of the writer's words in this sentence and closes past its end.
    const inline = quotes.find((q) => q.open > first.start && q.open < first.end && q.close >= first.end && /\p{L}/u.test(text.slice(first.start, q.open)));
    if (inline !== undefined) {
      while (i + 1 < sentences.length && (sentences[i] as TextRange).end <= inline.close) end = (sentences[++i] as TextRange).end;
    }
    out.push({ ...first, end });
  }
  return out;
}
