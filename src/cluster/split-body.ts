import { splitSentences } from '../text/sentences.ts';
import { wordTokens } from '../text/tokens.ts';
import { wordInfo, type WordInfo, type WordMemo } from './word-info.ts';

export interface BodySentence {
  /** The texts of its word tokens (a letter or digit in each), in order: clustering reads no punctuation or offsets. */
  readonly tokens: readonly string[];
  /** Each token's analysis (`words[i]` is `tokens[i]`'s), shared by every feature part. */
  readonly words: readonly WordInfo[];
}

/**
 * Sentences of a text (paragraphs are blank-line or newline separated), each as its word tokens. `memo` may be shared
 * by the texts of a batch (see WordMemo).
 */
export function splitBody(text: string, memo: WordMemo = new Map()): BodySentence[] {
  const out: BodySentence[] = [];
  for (const para of text.split(/\n/)) {
    for (const range of splitSentences(para, 0)) {
      const tokens = wordTokens(para.slice(range.start, range.end));
      if (tokens.length > 0) out.push({ tokens, words: tokens.map((t) => wordInfo(memo, t)) });
    }
  }
  return out;
}
