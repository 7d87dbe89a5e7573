import type { EntityType, TextRange } from '../../model/index.ts';
import { splitSentences } from '../../text/sentences.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import { labelTokens } from './label-document.ts';
import { bilouToSpans, NER_TYPES } from './labels.ts';
import { isNerModel, type NerModel } from './model.ts';
import { splitPossessives } from './split-possessives.ts';
import { trimHonorifics } from './trim-honorifics.ts';

export interface EntitySpan extends TextRange {
  readonly type: EntityType;
  readonly text: string;
  readonly rule: string;
}

const TYPE_NAMES: Readonly<Record<(typeof NER_TYPES)[number], EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

export const NER_RULE = 'ner/averaged-perceptron';
/** Same, with a leading courtesy title ("Mr", "Ms") cut off the span. */
export const NER_RULE_TRIMMED = 'ner/averaged-perceptron/honorific-trimmed';

// Sentences longer than this are cut into pieces: a tokenizer fed a table or a code dump can produce one
// "sentence" of 100k tokens, and features only look two tokens away anyway.
const MAX_SENTENCE_TOKENS = 400;

/**
 * Tags one document given as sentences of tokens (offsets into one text). Sentences share document-level
 * features, so pass a whole article at once. Returns entities in text order.
 */
export function tagEntities(model: NerModel, sentences: readonly (readonly Token[])[]): EntitySpan[] {
  if (!isNerModel(model)) throw new TypeError('tagEntities: model is not a loaded NerModel');
  if (!Array.isArray(sentences)) throw new TypeError('tagEntities: sentences must be an array of token arrays');
  return tagDocument(model, sentences, (toks, start, end) => joinTokens(toks, start, end));
}

/** Tokenizes and sentence-splits `text` with src/text, then tags it as one document. */
export function tagText(model: NerModel, text: string): EntitySpan[] {
  if (!isNerModel(model)) throw new TypeError('tagText: model is not a loaded NerModel');
  if (typeof text !== 'string') throw new TypeError('tagText: text must be a string');
  return tagDocument(model, sentencesOf(text), (toks, start, end) =>
    text.slice(toks[start]?.start ?? 0, toks[end - 1]?.end ?? 0),
  );
}

/** Paragraphs (line breaks) then sentences, each as tokens with offsets into `text`. */
export function sentencesOf(text: string): Token[][] {
  const out: Token[][] = [];
  const para = /[^\n]+/g;
  for (const m of text.matchAll(para)) {
    const offset = m.index ?? 0;
    for (const r of splitSentences(m[0], offset)) {
      const toks = tokenize(text.slice(r.start, r.end), r.start);
      if (toks.length > 0) out.push(toks);
    }
  }
  return out;
}

type SpanText = (tokens: readonly Token[], start: number, end: number) => string;

function tagDocument(model: NerModel, sentences: readonly (readonly Token[])[], spanText: SpanText): EntitySpan[] {
  const pieces: Token[][] = [];
  for (const s of sentences) {
    if (!Array.isArray(s)) continue;
    const toks = splitPossessives(s.filter(isToken));
    for (let i = 0; i < toks.length; i += MAX_SENTENCE_TOKENS) pieces.push(toks.slice(i, i + MAX_SENTENCE_TOKENS));
  }
  if (pieces.length === 0) return [];
  const textsOf = pieces.map((p) => p.map((t) => t.text));
  const labels = labelTokens(model, textsOf);
  const out: EntitySpan[] = [];
  pieces.forEach((toks, s) => {
    const texts = textsOf[s] ?? [];
    for (const span of trimHonorifics(bilouToSpans(labels[s] ?? []), texts)) {
      const first = toks[span.start];
      const last = toks[span.end - 1];
      const type = TYPE_NAMES[NER_TYPES[span.typeIndex] ?? 'MISC'];
      if (first === undefined || last === undefined) continue;
      const rule = span.trimmed ? NER_RULE_TRIMMED : NER_RULE;
      out.push({ start: first.start, end: last.end, type, text: spanText(toks, span.start, span.end), rule });
    }
  });
  return out;
}

function isToken(t: unknown): t is Token {
  const x = t as Token | null;
  return typeof x === 'object' && x !== null && typeof x.text === 'string' && x.text.length > 0 &&
    Number.isFinite(x.start) && Number.isFinite(x.end);
}

/** Without the source text: tokens joined by one space where the offsets show a gap. */
function joinTokens(toks: readonly Token[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t === undefined) continue;
    const prev = toks[i - 1];
    if (i > start && prev !== undefined && prev.end < t.start) s += ' ';
    s += t.text;
  }
  return s;
}
