import type { SummaryDocument } from './types.ts';
import { prepareSentences } from './prepare-sentences.ts';
import { sanitizeDocuments } from './sanitize-documents.ts';
import { buildAlignmentSpace, MIN_CONTENT_WORDS, thresholds, type AlignOptions, type AlignmentSpace } from './sentence-alignment.ts';
import { groupAligned, groupSentences, type AlignmentGroup } from './group-aligned.ts';
import { candidatePairs } from './candidate-pairs.ts';
import { alignClauses, NEAR_MISS_COSINE, SHORT_SHARED_COMMON_WORDS, type ClauseRef, type SentenceRef } from './align-clauses.ts';
import { attachClauseGroups } from './attach-clauses.ts';
import { commonTerms } from './common-terms.ts';
import { contentPieces, type StemCache } from './sentence-terms.ts';
import { defaultAligner } from '../align/index.ts';
import type { SynonymLexicon } from '../align/synonym-lexicon.ts';

/**
 * Sentences of different documents that state the same content, as groups (one sentence per document), most widely
 * reported first. Reused to build claims: each group is a fact with its supporting sources.
 */
export function alignSentences(docs: readonly SummaryDocument[], options: AlignOptions = {}): AlignmentGroup[] {
  if (!Array.isArray(docs)) throw new TypeError('alignSentences: docs must be an array');
  // Malformed documents or sentences are left out (summarize reports them as diagnostics).
  const space = buildAlignmentSpace(prepareSentences(sanitizeDocuments(docs).docs), options.aligner);
  return groupAligned(space, options);
}


export interface AlignedStatements {
  /**
   * Whole sentences stating the same content (as `alignSentences` gives them), joined by clauses of other documents
   * that state one of those sentences (members with level `clause`).
   */
  readonly sentences: readonly AlignmentGroup[];
  /** Clauses stating the same content where their sentences, as wholes, do not. */
  readonly clauses: readonly AlignmentGroup[];
  /**
   * Sentences that pass the alignment test with a sentence of another document but are in no sentence group (grouping
   * keeps one sentence per document and average linkage): another source states them, though no claim shows it.
   */
  readonly pairedOutsideGroups: readonly SentenceRef[];
  /** The same for clauses: clauses that pass the clause test with another document's clause but are in no group. */
  readonly clausesPairedOutsideGroups: readonly ClauseRef[];
  /**
   * Sentences that restate a sentence of another document in part: the pair shares no clause the clause pass finds,
   * but passes the test as wholes with a smaller shared-word share than a claim needs (see PARTIAL_SENTENCE_SHARED_WORDS).
   * Another source states them, in other words, though no claim shows it.
   */
  readonly restatedInPart: readonly SentenceRef[];
}

export type { SentenceRef };

/**
 * Sentence groups, then the clause pass over the sentence pairs the index touched that fell short: reports that share
 * one clause in otherwise different sentences ("The American side has treated the Russian proposals seriously and
 * deeply studied them", said by Ryabkov in two reports' differently built sentences) become clause groups. One tf-idf space (one idf)
 * serves both.
 */
export function alignStatements(docs: readonly SummaryDocument[], options: AlignOptions = {}): AlignedStatements {
  if (!Array.isArray(docs)) throw new TypeError('alignStatements: docs must be an array');
  return alignStatementsIn(storySpace(docs, options), options);
}

/**
 * The alignment space of a story's documents: sentences prepared once (default prepare options, as the summary
 * prepares them) with their vectors and aligner views; claims, exclusives and summary citations all read it.
 */
export function storySpace(docs: readonly SummaryDocument[], options: AlignOptions = {}): AlignmentSpace {
  if (!Array.isArray(docs)) throw new TypeError('storySpace: docs must be an array');
  const aligner = options.aligner ?? defaultAligner();
  return buildAlignmentSpace(prepareSentences(sanitizeDocuments(docs).docs, {}, aligner.stems), aligner);
}

/** `alignStatements` over a space already built (`storySpace`). */
export function alignStatementsIn(space: AlignmentSpace, options: AlignOptions = {}): AlignedStatements {
  const docIndexOf = new Map<string, number>();
  for (const s of space.sentences) docIndexOf.set(s.docId, s.docIndex);
  const t = thresholds(options);
  const stems: StemCache = space.aligner.stems;
  // Sentences too short to compare are never part of a pair: their words are not needed.
  const pieces = space.sentences.map((s) => (s.terms.content.length < MIN_CONTENT_WORDS ? [] : contentPieces(s.text, s.start, s.terms.content, stems)));
  // Two clauses must share SHORT_SHARED_COMMON_WORDS words outside names and titles (short clauses; others
  // MIN_SHARED_COMMON_WORDS), so their sentences must too.
  const common = pieces.map(commonTerms);
  const nearMiss = { minShared: SHORT_SHARED_COMMON_WORDS, minCosine: NEAR_MISS_COSINE, common, nearShared: nearSharedCount(common, space.aligner.synonyms) };
  const pairs = candidatePairs(space, t, nearMiss);
  const sentences = groupSentences(space, pairs.edges, t.sameFact);
  const clauseAlignment = alignClauses(space, pieces, pairs.nearMisses, sentences, t);
  const grouped0 = attachClauseGroups(sentences, clauseAlignment.groups, docIndexOf);
  // A clause that grouping left out but that states a sentence of a sentence group joins that group (best link first;
  // attachClauseGroups refuses a second passage of a document the group has): the claim then cites every source that
  // states it. Pairs that would attach nowhere are not made claims of their own.
  const rescued = attachClauseGroups(grouped0.sentences, [...clauseAlignment.outsidePairs].sort((a, b) => b.similarity - a.similarity), docIndexOf);
  const attached = { sentences: rescued.sentences, clauses: grouped0.clauses };
  const grouped = new Set<string>();
  for (const g of attached.sentences) for (const m of g.members) grouped.add(`${m.docId}\u0000${m.sentenceIndex}`);
  const outside = new Map<string, SentenceRef>();
  for (const e of pairs.edges) {
    for (const k of [e.i, e.j]) {
      const x = space.sentences[k];
      if (!x) continue;
      const key = `${x.docId}\u0000${x.sentenceIndex}`;
      if (!grouped.has(key)) outside.set(key, { docId: x.docId, sentenceIndex: x.sentenceIndex });
    }
  }
  // A sentence pair that passes the same-fact test without one source confirming the other's fact (`confirmsFact`) is
  // stated in part by each: neither side, nor any of its clauses, is exclusive (a clause the two share may still be a
  // claim: "Mr. Steele, seeking to clarify his remarks, issued a statement on Friday afternoon, saying, 'There is no
  // question …'" / "Trying to quell the furor, Steele issued a statement saying: 'There is no question …'").
  const restated = new Map(clauseAlignment.restatedInPart.map((r) => [`${r.docId}\u0000${r.sentenceIndex}`, r]));
  for (const p of pairs.unconfirmed) {
    for (const k of [p.i, p.j]) {
      const x = space.sentences[k];
      if (!x) continue;
      const key = `${x.docId}\u0000${x.sentenceIndex}`;
      if (!grouped.has(key) && !restated.has(key)) restated.set(key, { docId: x.docId, sentenceIndex: x.sentenceIndex });
    }
  }
  return {
    ...attached,
    pairedOutsideGroups: [...outside.values()],
    clausesPairedOutsideGroups: clauseAlignment.pairedOutside,
    restatedInPart: [...restated.values()],
  };
}

/**
 * For the near-miss test (NearMissRule.nearShared): how many common words of sentence j sentence i lacks but has a
 * WordNet near word of ("invade" / "attack"), so two sentences that restate one clause in their own verbs reach the
 * clause pass, which counts near words the same way. Each sentence's near words are gathered once, when first asked.
 */
function nearSharedCount(common: readonly ReadonlySet<string>[], synonyms: SynonymLexicon): ((i: number, j: number) => number) | undefined {
  if (synonyms.size === 0) return undefined;
  const nearOf = new Map<number, ReadonlySet<string>>();
  const near = (i: number): ReadonlySet<string> => {
    let n = nearOf.get(i);
    if (n) return n;
    const out = new Set<string>();
    for (const w of common[i] ?? []) for (const x of synonyms.neighbors(w) ?? []) out.add(x);
    nearOf.set(i, (n = out));
    return n;
  };
  return (i, j) => {
    const ci = common[i];
    const cj = common[j];
    if (!ci || !cj) return 0;
    const ni = near(i);
    let n = 0;
    for (const w of cj) if (!ci.has(w) && ni.has(w)) n++;
    return n;
  };
}
