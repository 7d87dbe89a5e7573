import type { SentenceSupport, SummaryBudget, SummaryDiagnostic, SummaryDocument, SummaryResult, SummarySentencePick } from './types.ts';
import { prepareSentences, type PrepareOptions, type PreparedSentence } from './prepare-sentences.ts';
import { conceptWeights, sentenceConcepts, type ConceptWeightOptions } from './concept-weights.ts';
import { selectByCoverage, type CoverageCandidate, type CoverageOptions } from './select-by-coverage.ts';
import { addToSize, EMPTY_SIZE, validBudget } from './budget.ts';
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
  /**
   * Sentences (`docId:sentenceIndex`) that independent sources other than their own state too, each with the sentences
   * that state it or a clause of it (its groups' other members). They are chosen first, by the same coverage, one
   * sentence per fact, and shown first; the rest of the budget goes to the others. A reader of a cited brief wants what
   * several outlets confirm before what one alone says (the brief passes its claim groups; DUC passes none).
   */
  readonly confirmed?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Never show a piece of a quotation of several sentences without its named speaker (PreparedSentence.quotePiece).
   * Off by default: on DUC 2004 it costs ROUGE-1 0.04 (40.05 -> 40.01; ROUGE rewards the quoted words), so the
   * summarize command keeps ROUGE's choice; the brief turns it on, since its reader gets quotes under who said what.
   */
  readonly dropQuotePieces?: boolean;
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
  const pool = firstOfEachText(sentences.filter((s) => s.junk === undefined && !(options.dropQuotePieces && s.quotePiece)));
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
  const published = usable.map((d) => d.published);
  const space = options.space && sentences === options.space.sentences ? options.space : buildAlignmentSpace(sentences, options.align?.aligner);
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const support = new Map<number, readonly SentenceSupport[]>();
  const supportAt = (i: number): readonly SentenceSupport[] => {
    let found = support.get(i);
    if (!found) support.set(i, (found = supportOf(space, i, options.align)));
    return found;
  };
  // Whether the aligner finds two sentences stating one fact (the test the summary's citations use).
  const restates = (a: PreparedSentence, b: PreparedSentence): boolean =>
    supportAt(indexOf.get(a) ?? -1).some((x) => x.docId === b.docId && x.sentenceIndex === b.sentenceIndex);
  const ordered = options.confirmed && options.confirmed.size > 0
    ? confirmedFirst(pool, cands, weights, budget, { confirmed: options.confirmed, restates }, options.selection, published)
    : orderForReading(pick(pool, selectByCoverage(cands, weights, budget, options.selection)), published);
  const picks: SummarySentencePick[] = ordered.map((s) => ({
    docId: s.docId,
    sentenceIndex: s.sentenceIndex,
    text: s.text,
    start: s.start,
    end: s.end,
    support: supportAt(indexOf.get(s) ?? -1),
    rule: 'summary/concept-coverage',
  }));
  return { sentences: picks, diagnostics };
}

/**
 * The first of sentences with the same words (case, spacing and punctuation aside): the same sentence in two outlets,
 * or a page stored twice, is one candidate, and is never shown twice for its position prior.
 */
function firstOfEachText(sentences: readonly PreparedSentence[]): PreparedSentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pick(pool: readonly PreparedSentence[], indices: readonly number[]): PreparedSentence[] {
  return indices.map((i) => pool[i]).filter((s): s is PreparedSentence => s !== undefined);
}

/**
 * Confirmed sentences chosen by coverage within the budget, in reading order; then, within what budget is left, the
 * others by the coverage of what the confirmed ones leave uncovered, in reading order after them.
 */
function confirmedFirst(
  pool: readonly PreparedSentence[],
  cands: readonly CoverageCandidate[],
  weights: ReadonlyMap<string, number>,
  budget: SummaryBudget,
  facts: { readonly confirmed: ReadonlyMap<string, ReadonlySet<string>>; readonly restates: (a: PreparedSentence, b: PreparedSentence) => boolean },
  selection: CoverageOptions | undefined,
  published: readonly (string | undefined)[],
): PreparedSentence[] {
  const { confirmed, restates } = facts;
  const isConfirmed = pool.map((s) => confirmed.has(`${s.docId}:${s.sentenceIndex}`));
  const firstIdx = pool.flatMap((_, i) => (isConfirmed[i] ? [i] : []));
  // One sentence per fact: two outlets' sentences of one group (sentence or clause: "Clinton was dispatching Tipper
  // Gore … to Central America" / "Clinton is dispatching a delegation next week led by Tipper Gore"), or two the
  // aligner pairs, add each other's wording, not a second fact (selection order: the first chosen stays; the budget
  // the others leave goes to the rest).
  const keyOf = (s: PreparedSentence): string => `${s.docId}:${s.sentenceIndex}`;
  const sameFact = (a: PreparedSentence, b: PreparedSentence): boolean =>
    (confirmed.get(keyOf(a))?.has(keyOf(b)) ?? false) || (confirmed.get(keyOf(b))?.has(keyOf(a)) ?? false) || restates(a, b);
  const kept: PreparedSentence[] = [];
  const first = selectByCoverage(firstIdx.map((i) => cands[i] as CoverageCandidate), weights, budget, selection)
    .map((j) => firstIdx[j] as number)
    .filter((i) => {
      const s = pool[i] as PreparedSentence;
      if (kept.some((k) => sameFact(s, k))) return false;
      kept.push(s);
      return true;
    });
  let size = EMPTY_SIZE;
  const covered = new Set<string>();
  for (const i of first) {
    const c = cands[i] as CoverageCandidate;
    size = addToSize(size, c);
    for (const k of c.concepts) covered.add(k);
  }
  const restIdx = pool.flatMap((_, i) => (isConfirmed[i] ? [] : [i]));
  // What is left of the budget after the confirmed sentences (and the space that joins the next one to them).
  const left: SummaryBudget = {
    ...(budget.bytes !== undefined ? { bytes: Math.max(0, budget.bytes - size.bytes - (size.count > 0 ? 1 : 0)) } : {}),
    ...(budget.words !== undefined ? { words: Math.max(0, budget.words - size.words) } : {}),
  };
  // The others are weighed by what they add: a concept a confirmed sentence covers counts no more.
  const rest = selectByCoverage(
    restIdx.map((i) => {
      const c = cands[i] as CoverageCandidate;
      return { ...c, concepts: c.concepts.filter((k) => !covered.has(k)) };
    }),
    weights,
    left,
    selection,
  ).map((j) => restIdx[j] as number);
  return [...orderForReading(pick(pool, first), published), ...orderForReading(pick(pool, rest), published)];
}

function warning(rule: string, item: string, reason: string): SummaryDiagnostic {
  return { stage: 'summarize', rule, item, reason, severity: 'warning' };
}
