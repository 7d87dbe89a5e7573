import type { ConllDocument } from './conll.ts';
import { scoreSpans, type ConllScore, type ScoredSpan } from './conlleval.ts';
import { labelTokens } from './label-document.ts';
import { bilouToSpans, NER_TYPES, type TokenSpan } from './labels.ts';
import { type NerModel } from './model.ts';

/** Tags pre-tokenized CoNLL documents; one span list per sentence, in corpus order. */
export function predictConll(model: NerModel, docs: readonly ConllDocument[]): TokenSpan[][] {
  return docs.flatMap((d) => {
    return labelTokens(model, d.sentences.map((s) => s.tokens)).map((labels) => bilouToSpans(labels));
  });
}

export function toScored(spans: readonly TokenSpan[]): ScoredSpan[] {
  return spans.map((s) => ({ start: s.start, end: s.end, type: NER_TYPES[s.typeIndex] ?? 'MISC' }));
}

export function goldSpans(docs: readonly ConllDocument[]): ScoredSpan[][] {
  return docs.flatMap((d) => d.sentences.map((s) => toScored(s.spans)));
}

export function evaluateConll(model: NerModel, docs: readonly ConllDocument[]): ConllScore {
  return scoreSpans(goldSpans(docs), predictConll(model, docs).map(toScored));
}
