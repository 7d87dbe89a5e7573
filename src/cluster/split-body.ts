import { splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';

export interface BodySentence {
  readonly tokens: readonly Token[];
}

/** Sentences of a text (paragraphs are blank-line or newline separated), each as its word tokens. */
export function splitBody(text: string): BodySentence[] {
  const out: BodySentence[] = [];
  let offset = 0;
  for (const para of text.split(/\n/)) {
    for (const range of splitSentences(para, 0)) {
      const tokens = tokenize(para.slice(range.start, range.end), offset + range.start).filter((t) =>
        /[\p{L}\p{N}]/u.test(t.text),
      );
      if (tokens.length > 0) out.push({ tokens });
    }
    offset += para.length + 1;
  }
  return out;
}
