import { splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { wordInfo, type WordInfo, type WordMemo } from './word-info.ts';

export interface BodySentence {
  readonly tokens: readonly Token[];
  /** Each token's analysis (`words[i]` is `tokens[i]`'s), shared by every feature part. */
  readonly words: readonly WordInfo[];
}

/**
 * Sentences of a text (paragraphs are blank-line or newline separated), each as its word tokens. `memo` may be shared
 * by the texts of a batch (see WordMemo).
 */
export function splitBody(text: string, memo: WordMemo = new Map()): BodySentence[] {
  const out: BodySentence[] = [];
  let offset = 0;
  for (const para of text.split(/\n/)) {
    for (const range of splitSentences(para, 0)) {
      const tokens = tokenize(para.slice(range.start, range.end), offset + range.start).filter((t) =>
        /[\p{L}\p{N}]/u.test(t.text),
      );
      if (tokens.length > 0) out.push({ tokens, words: tokens.map((t) => wordInfo(memo, t.text)) });
    }
    offset += para.length + 1;
  }
  return out;
}
