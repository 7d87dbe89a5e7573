import type { TextRange } from '../model/span.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/** One input sentence: its text and where it sits in its document's text. */
export interface SummaryInputSentence extends TextRange {
  readonly text: string;
}

/** A document already split into sentences (build them with `splitSentences` from src/text/sentences.ts). */
export interface SummaryDocument {
  readonly id: string;
  /** YYYY-MM-DD (or any ISO prefix); orders the summary and breaks ties toward recent reports. */
  readonly published?: string;
  readonly sentences: readonly SummaryInputSentence[];
}

/** Length limit of the summary: UTF-8 bytes of the sentences joined by single spaces, and/or whitespace words. */
export interface SummaryBudget {
  readonly bytes?: number;
  readonly words?: number;
}

/** A sentence in another document stating the same content. */
export interface SentenceSupport {
  readonly docId: string;
  readonly sentenceIndex: number;
  /** Cosine of tf-idf weighted stemmed content words, 0..1. */
  readonly similarity: number;
}

export interface SummarySentencePick extends TextRange {
  readonly docId: string;
  readonly sentenceIndex: number;
  /** The sentence as shown: the input text minus a leading dateline; `start`/`end` index this text in the document. */
  readonly text: string;
  readonly support: readonly SentenceSupport[];
  /** Which rule chose it (`summary/concept-coverage`; `summary/lead` for the Lead baseline). */
  readonly rule: string;
}

/** Problems with input items (bad documents, nothing to pick): the shared Diagnostic, stage `summarize`. */
export type SummaryDiagnostic = Diagnostic;

export interface SummaryResult {
  readonly sentences: readonly SummarySentencePick[];
  readonly diagnostics: readonly SummaryDiagnostic[];
}
