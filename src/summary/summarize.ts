import type { SummaryBudget, SummaryDiagnostic, SummaryDocument, SummaryResult, SummarySentencePick } from './types.ts';
import { prepareSentences, type PrepareOptions, type PreparedSentence } from './prepare-sentences.ts';
import { conceptWeights, sentenceConcepts, type ConceptWeightOptions } from './concept-weights.ts';
import { selectByCoverage, type CoverageCandidate, type CoverageOptions } from './select-by-coverage.ts';
import { validBudget } from './budget.ts';
import { collapseCopies } from './collapse-copies.ts';
import { sanitizeDocuments } from './sanitize-documents.ts';
import { orderForReading } from './order-summary.ts';
import { buildAlignmentSpace, supportOf, type AlignOptions, type AlignmentSpace } from './sentence-alignment.ts';

export interface SummarizeOptions {
  readonly prepare?: PrepareOptions;
  readonly concepts?: ConceptWeightOptions;
  readonly selection?: CoverageOptions;
  readonly align?: AlignOptions;
  /** Count near-copies of a report (bigram Jaccard ≥ 0.6) once when weighting concepts. Default true. */
  readonly collapseCopies?: boolean;
  /** Position prior decay: prior = 1 / (1 + position / positionScale). Only breaks ties between equal coverage. */
  readonly positionScale?: number;
  /**
   * The alignment space `alignStatements` built for the same documents (default prepare options): its sentences and
   * views are reused, so a story's sentences are prepared and compared in one space, once.
   */
  readonly space?: AlignmentSpace;
}

// Prior halves by the 4th sentence: news leads carry the gist.
const DEFAULT_POSITION_SCALE = 3;

/**
 * Extractive multi-document summary: sentences chosen for weighted bigram-concept coverage (concepts many documents
 * share, boosted when they appear early), no redundancy (a concept counts once), within budget, in reading order,
 * each with the sentences of other documents that state the same content. Pure and deterministic.
 */
export function summarize(docs: readonly SummaryDocument[], budget: SummaryBudget, options: SummarizeOptions = {}): SummaryResult {
  if (!Array.isArray(docs)) throw new TypeError('summarize: docs must be an array of SummaryDocument');
  if (!validBudget(budget)) throw new TypeError('summarize: budget needs bytes and/or words, finite and >= 0');
  const sanitized = sanitizeDocuments(docs);
  const usable = sanitized.docs;
  const diagnostics: SummaryDiagnostic[] = [...sanitized.diagnostics];
  const sentences = options.space && !options.prepare ? options.space.sentences : prepareSentences(usable, options.prepare);
  if (sentences.length === 0) return { sentences: [], diagnostics };

  // Copies and updated versions of one report count once: agreement means independent reports saying it.
  const canonicalDoc = options.collapseCopies === false ? undefined : collapseCopies(sentences, usable.length);
  // The document-share floor stays relative to all documents (tried: relative to distinct reports, worse on odd DUC).
  const weights = conceptWeights(sentences, usable.length, { ...options.concepts, ...(canonicalDoc ? { canonicalDoc } : {}) });
  const scale = options.positionScale ?? DEFAULT_POSITION_SCALE;
  const pool = sentences.filter((s) => s.junk === undefined);
  if (pool.length === 0) {
    diagnostics.push(warning('summary/no-candidates', '*', 'every sentence is too short, a question, a byline or a quote'));
    return { sentences: [], diagnostics };
  }
  const cands: CoverageCandidate[] = pool.map((s) => ({
    bytes: s.bytes,
    words: s.words,
    concepts: [...sentenceConcepts(s, (options.concepts?.unigramWeight ?? 0) > 0)].filter((c) => weights.has(c)),
    prior: 1 / (1 + s.position / scale),
  }));
  const chosen = selectByCoverage(cands, weights, budget, options.selection)
    .map((i) => pool[i])
    .filter((s): s is PreparedSentence => s !== undefined);

  const ordered = orderForReading(chosen, usable.map((d) => d.published));
  const space = options.space && sentences === options.space.sentences ? options.space : buildAlignmentSpace(sentences, options.align?.aligner);
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const picks: SummarySentencePick[] = ordered.map((s) => ({
    docId: s.docId,
    sentenceIndex: s.sentenceIndex,
    text: s.text,
    start: s.start,
    end: s.end,
    support: supportOf(space, indexOf.get(s) ?? -1, options.align),
    rule: 'summary/concept-coverage',
  }));
  return { sentences: picks, diagnostics };
}

function warning(rule: string, item: string, reason: string): SummaryDiagnostic {
  return { stage: 'summarize', rule, item, reason, severity: 'warning' };
}
