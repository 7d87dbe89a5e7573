import type { TextRange } from '../model/span.ts';
import { tokenize, type Token } from './tokens.ts';
import { isSpaceCode } from './whitespace.ts';

/**
 * An article's tokens, made once from its sentences and read by every stage that reads words (entities, quotes,
 * times): each used to tokenize the same sentences and windows of them again. Built by `articleTokens` and handed
 * from stage to stage with the article (src/pipeline/pipeline.ts); read through `tokensIn`, which gives exactly what
 * tokenizing the window would.
 */
export interface ArticleTokens {
  /** The text the offsets index into: `tokensIn` reads these tokens only for this very text. */
  readonly text: string;
  /** Every sentence's tokens, in text order. */
  readonly tokens: readonly Token[];
  /** The sentences tokenized, in text order, not overlapping. */
  readonly sentences: readonly TextRange[];
  /**
   * Per sentence, how many gaps before it (between two sentences) hold something other than white space, or nothing
   * at all; the gap after the last sentence runs to the end of the text. Two sentences read as one window only when
   * no such gap lies between them (`tokensIn`).
   */
  readonly brokenGapsBefore: Int32Array;
}

/** The tokens of each of `sentences` (offsets into `text`; sentences in text order that do not overlap, or none are kept). */
export function articleTokens(text: string, sentences: readonly TextRange[]): ArticleTokens {
  const ordered = sentences.every((s, i) => s.start <= s.end && s.end <= text.length && (i === 0 || (sentences[i - 1] as TextRange).end <= s.start));
  const kept = ordered ? sentences : [];
  const bySentence: Token[][] = new Array(kept.length);
  const brokenGapsBefore = new Int32Array(kept.length + 1);
  let broken = 0;
  let count = 0;
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i] as TextRange;
    brokenGapsBefore[i] = broken;
    const own = tokenize(text.slice(s.start, s.end), s.start);
    bySentence[i] = own;
    count += own.length;
    if (!blankGap(text, s.end, (kept[i + 1] as TextRange | undefined)?.start ?? text.length)) broken++;
  }
  brokenGapsBefore[kept.length] = broken;
  // One array of the final size, filled (Array#flat is several times slower; pushing grows and copies it).
  const tokens: Token[] = new Array(count);
  let k = 0;
  for (let i = 0; i < bySentence.length; i++) {
    const own = bySentence[i] as Token[];
    for (let j = 0; j < own.length; j++) tokens[k++] = own[j] as Token;
  }
  return { text, tokens, sentences: kept, brokenGapsBefore };
}

/** Whether text[from, to) is one or more white space characters. */
function blankGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `tokenize(text.slice(start, end), start)`, read from the article's tokens when they give the same: the window lies
 * in the tokenized sentences and the white space between them, and no token runs across its start or end. Tokens
 * never hold white space, so tokenizing resumes at the same place after it, and a token that ends inside the window
 * is matched the same without the text after it; otherwise (another text, a window cutting a token) it tokenizes.
 */
export function tokensIn(at: ArticleTokens | undefined, text: string, start: number, end: number): Token[] {
  if (at === undefined || at.text !== text || start >= end) return tokenize(text.slice(start, end), start);
  const { sentences, tokens, brokenGapsBefore } = at;
  const first = sentenceAtOrBefore(sentences, start);
  const last = sentenceAtOrBefore(sentences, end - 1);
  if (first < 0) return tokenize(text.slice(start, end), start); // starts before the first sentence
  // The gaps the window reaches into: those between its sentences, and the one after the last when it runs past it.
  const gapsEnd = end > (sentences[last] as TextRange).end ? last + 1 : last;
  if ((brokenGapsBefore[gapsEnd] as number) !== (brokenGapsBefore[first] as number)) return tokenize(text.slice(start, end), start);
  const from = firstTokenEndingAfter(tokens, start);
  const to = firstTokenEndingAfter(tokens, end); // tokens[to] is the first past the window (or across its end)
  const head = tokens[from];
  if (head !== undefined && head.start < start) return tokenize(text.slice(start, end), start);
  const tail = tokens[to];
  if (tail !== undefined && tail.start < end) return tokenize(text.slice(start, end), start);
  return tokens.slice(from, to);
}

/** Index of the last sentence starting at or before `at`, -1 when none does. */
function sentenceAtOrBefore(sentences: readonly TextRange[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as TextRange).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first token whose end is past `at` (tokens.length when none is). */
function firstTokenEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
