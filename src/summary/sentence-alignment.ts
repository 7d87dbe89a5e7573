import type { SentenceSupport } from './types.ts';
import type { PreparedSentence } from './prepare-sentences.ts';
import { cosine, sentenceIdf, sharedKeys, tfidfVector, type SparseVector } from './sentence-vectors.ts';
import { shareNearWords } from '../align/share-near-words.ts';
import { comparisonMemo, defaultAligner, MIN_SHARED_WORDS_SHARE, opposedAt, viewOf, type CompareStatements, type StatementAligner, type StatementComparison, type StatementView } from '../align/index.ts';

export interface AlignOptions {
  /**
   * Probability (of the statement aligner, src/align) at or above which two statements state the same fact. Default:
   * CLAIM_THRESHOLD.
   */
  readonly sameFact?: number;
  /** tf-idf cosine (stemmed content words, the story's idf) below which a pair is not even compared. */
  readonly candidateCosine?: number;
  /** Content words both sentences must share: one rare word in common is not a shared statement. */
  readonly minSharedWords?: number;
  /** The aligner to ask (default: the shipped model). */
  readonly aligner?: StatementAligner;
}

// Same-fact probability for claims, exclusives and citations, below the model's MSRP threshold: outlets restate one
// fact in sentences that each add their own detail, which MSRP labels "not a paraphrase". Tuned on the dev events of
// the labelled basil-dev pairs (test/fixtures/same-fact-pairs.json), best claim F1 of 0.3-0.8: at 0.3 precision .857
// recall .808; at 0.48 (MSRP's) .864 / .731; at 0.7 1.0 / .654.
export const CLAIM_THRESHOLD = 0.3;
// Pairs below this tf-idf cosine (the story's idf) are not even asked: they share too few words to state one fact, and
// it keeps the aligner's work on 200-article stories to plausible pairs (the aligner has its own floor on shared words).
const DEFAULT_CANDIDATE_COSINE = 0.2;
const DEFAULT_MIN_SHARED_WORDS = 2;
// Two whole sentences state the same fact only if the less covered one has at least this idf-weighted share of its
// words in the other; below it they share a part (a clause) at most, which the clause pass finds. On the dev pairs of
// test/fixtures/same-fact-pairs.json that pass the claim threshold: at 0.4 36 same-fact pairs and 1 other are kept, at
// 0.5 32 and 0 (GloVe puts "agreed" near "refused", so meaning overlap alone cannot tell a shared clause from a
// shared sentence).
export const MIN_SENTENCE_SHARED_WORDS = 0.5;
// A sentence every content word of which has a counterpart in the other (`covered`) says nothing the other does not;
// the other may still share less than MIN_SENTENCE_SHARED_WORDS of its words with it when what it adds is how it
// names people ("“He’s cool,” Lt. Gov. Timothy Murray said of Mr. Cowan." / "\"He's cool,\" Murray said of Cowan.",
// shared 0.42, p 0.78: both shown as exclusives of a basil-dev dev event). Such a pair states one fact when the model is
// sure (SHORT_SAME_FACT) and it shares at least PARTIAL_SENTENCE_SHARED_WORDS: below it near words stand in for shared
// ones, "He's tough" is covered by "He's cool", and GloVe puts "agreed" near "refused". At the model's MSRP threshold
// (0.48) "Newt Gingrich and Rick Santorum were the only two Republicans who agreed to participate" joined "While …
// Gingrich and … Santorum agreed to attend early on, other Republican candidates subsequently bowed out" (p 0.68,
// labelled two facts): dev claim precision .975 -> .951.
// Two short clauses sharing words (align-clauses.ts, SHORT_SHARED_RATIO) are joined when the aligner is sure they state
// one fact: 0.7 is where claims reach precision 1.0 on the dev labelled pairs (see CLAIM_THRESHOLD). On the 25 dev events of basil-dev (CLI path, hand-judged), short pairs passing the share test
// stated one fact 4 of 4 times at >= 0.7, 4 of 7 at 0.48-0.7 ("I want to see the birth certificate" / "He has what's
// called a certificate of live birth", 0.66) and 1 of 5 at 0.3-0.48; the 3-word rule (MIN_SHARED_COMMON_WORDS): 9 of 12.
export const SHORT_SAME_FACT = 0.7;

// Two sentences that pass the aligner but share less than MIN_SENTENCE_SHARED_WORDS of their words share a clause at
// most; where no clause pair explains the overlap, sentences sharing at least this share each restate the other in part
// ("she apologized for the IRS' practice of targeting conservative organizations …" / "… since she apologized for the
// IRS' inappropriate targeting of conservative groups at a May 10 … meeting", 0.49; "… who was tapped to replace
// Clinton" / "… has been nominated to succeed Mrs. Clinton", 0.44): neither is an exclusive, though neither is a claim.
// On the dev events of basil-dev (CLI brief): at 0.4 25 exclusives go, about 20 of them restated elsewhere (read by
// hand), and 2 fewer labelled same-fact pairs show an end as exclusive (14 -> 12) for 3 of 98 ends of labelled
// different-fact pairs; at 0.35 48 go (12 -> 11, 12 of 98), at 0.45 20 (14 -> 13, 0 of 98).
export const PARTIAL_SENTENCE_SHARED_WORDS = 0.4;
// Sentences with fewer content words carry too little to compare reliably ("He declined.").
export const MIN_CONTENT_WORDS = 3;

/**
 * Sentences with their tf-idf vectors (to find candidate pairs fast) and their views for the statement aligner: the
 * shared state of claims, exclusives and summary citations, built once per story.
 */
export interface AlignmentSpace {
  readonly sentences: readonly PreparedSentence[];
  readonly vectors: readonly SparseVector[];
  /** idf over these sentences: clauses are weighed in the same space as the sentences they come from. */
  readonly idf: ReadonlyMap<string, number>;
  readonly aligner: StatementAligner;
  /**
   * The aligner's comparison (`compareStatements`), each pair's probability computed once for the story: rewrites,
   * claims and the timeline ask many of the same pairs.
   */
  readonly compare: CompareStatements;
  /** The aligner's view of sentence i, built on first comparison (most sentences are never compared). */
  readonly viewOf: (i: number) => StatementView;
  /** The aligner's view of any text of the story (a clause), memoized by text. */
  readonly viewOfText: (text: string) => StatementView;
  /** Sentence i as a statement to compare (its vector and view), made once per sentence. */
  readonly statementOf: (i: number) => Statement;
  /** Term → the sentences (ascending indices) whose vectors have it, built on first use. */
  readonly postings: () => ReadonlyMap<string, readonly number[]>;
  /**
   * What `statedComparison` made of an ordered pair of statements past its cheap tests, by the tests' other inputs
   * (see `judgedPair`): claims ask the sentence pairs the index asked again (the clause pass's partial test, the
   * summary's citations).
   */
  readonly judged: JudgedMemo;
}

/** Statement ids and, per same-fact threshold and shared-word floor, each ordered pair's answer (null for none). */
interface JudgedMemo {
  readonly idOf: (s: Statement) => number;
  readonly answersAt: (sameFact: number, minSharedWords: number) => Map<number, StatementComparison | null>;
}

function judgedMemo(): JudgedMemo {
  const ids = new Map<Statement, number>();
  const idOf = (s: Statement): number => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  // A story's stages ask with two or three combinations of the two numbers: a short list, no string keys.
  const tables: { readonly sameFact: number; readonly minSharedWords: number; readonly answers: Map<number, StatementComparison | null> }[] = [];
  const answersAt = (sameFact: number, minSharedWords: number): Map<number, StatementComparison | null> => {
    for (const x of tables) if (x.sameFact === sameFact && x.minSharedWords === minSharedWords) return x.answers;
    const answers = new Map<number, StatementComparison | null>();
    tables.push({ sameFact, minSharedWords, answers });
    return answers;
  };
  return { idOf, answersAt };
}

export function buildAlignmentSpace(sentences: readonly PreparedSentence[], aligner: StatementAligner = defaultAligner()): AlignmentSpace {
  const idf = sentenceIdf(sentences.map((s) => s.terms.content));
  // Memos local to this space: the same sentence always gives the same view, so order of use cannot change a result.
  const views = new Map<string, StatementView>();
  const viewOfText = (text: string): StatementView => {
    let v = views.get(text);
    if (!v) views.set(text, (v = viewOf(aligner, text)));
    return v;
  };
  const vectors = sentences.map((s) => tfidfVector(s.terms.content, idf));
  const viewOfSentence = (i: number): StatementView => viewOfText(sentences[i]?.text ?? '');
  // Every pair the index proposes asks for both sentences as statements: one object (and view getter) per sentence.
  const statements: (Statement | undefined)[] = [];
  const statementOf = (i: number): Statement => {
    let st = statements[i];
    if (st === undefined) {
      // The same view as viewOf(i), kept by the statement: no text lookup for each pair it is judged in.
      let view: StatementView | undefined;
      statements[i] = st = { vector: vectors[i] ?? new Map(), view: () => (view ??= viewOfSentence(i)) };
    }
    return st;
  };
  let postings: Map<string, number[]> | undefined;
  const postingsOf = (): ReadonlyMap<string, readonly number[]> => {
    if (postings) return postings;
    postings = new Map();
    vectors.forEach((v, i) => {
      for (const term of v.keys()) {
        const p = postings?.get(term);
        if (p) p.push(i);
        else postings?.set(term, [i]);
      }
    });
    return postings;
  };
  return {
    sentences,
    vectors,
    idf,
    aligner,
    compare: comparisonMemo(aligner),
    viewOf: viewOfSentence,
    viewOfText,
    statementOf,
    postings: postingsOf,
    judged: judgedMemo(),
  };
}

export interface Thresholds {
  readonly sameFact: number;
  readonly candidateCosine: number;
  readonly minSharedWords: number;
}

export function thresholds(options: AlignOptions): Thresholds {
  return {
    sameFact: options.sameFact ?? CLAIM_THRESHOLD,
    candidateCosine: options.candidateCosine ?? DEFAULT_CANDIDATE_COSINE,
    minSharedWords: options.minSharedWords ?? DEFAULT_MIN_SHARED_WORDS,
  };
}

/**
 * Same-fact probability of sentences i and j when they state the same fact, else undefined. `known` is what a caller
 * already established about the pair (see `statedSimilarity`).
 */
export function alignedSimilarity(space: AlignmentSpace, i: number, j: number, t: Thresholds, known: KnownOfPair = NOTHING_KNOWN): number | undefined {
  return alignedComparison(space, i, j, t, known)?.probability;
}

/** `alignedSimilarity` with the whole comparison (see `confirmsFact`), else undefined. */
export function alignedComparison(space: AlignmentSpace, i: number, j: number, t: Thresholds, known: KnownOfPair = NOTHING_KNOWN): StatementComparison | undefined {
  const a = space.sentences[i];
  const b = space.sentences[j];
  const va = space.vectors[i];
  const vb = space.vectors[j];
  if (!a || !b || !va || !vb || a.docIndex === b.docIndex) return undefined;
  if (a.terms.content.length < MIN_CONTENT_WORDS || b.terms.content.length < MIN_CONTENT_WORDS) return undefined;
  const c = statedComparison(space, space.statementOf(i), space.statementOf(j), t, PARTIAL_SENTENCE_SHARED_WORDS, known);
  if (!c || c.sharedWords >= MIN_SENTENCE_SHARED_WORDS) return c;
  return c.covered && c.probability >= SHORT_SAME_FACT ? c : undefined;
}

/**
 * Whether a pair that passed the same-fact test is a fact the one source confirms for the other (one claim, counted
 * among its independent sources): the model is sure by its own MSRP threshold, or one statement says nothing the
 * other does not (every content word has a counterpart: "Both were suspending their campaigns last night" / "Mike
 * Huckabee … suspended his campaign Monday night"). Below that threshold two statements often share only a story's
 * topic words, each saying something of its own about them ("Democratic voters were more likely to want a
 * continuation of … Obama's policies" / "GOP voters are more likely than Democratic ones to be avid about voting";
 * "Donald Trump is different." / "This is who Donald Trump is," Clinton said). A pair that passes the test but not
 * this one is stated in part by each source (neither side is exclusive), and the clause pass may still find the
 * clause they share. Read by hand on the dev events of basil-dev (CLI brief, every cross-outlet clause claim): 77
 * clause claims, 66 right, became 59, 56 right; allowing one word without a counterpart on the covered side brought
 * back 6 right pairs and 5 wrong of the pairs read.
 */
export function confirmsFact(space: AlignmentSpace, c: StatementComparison): boolean {
  return c.probability >= space.aligner.model.threshold || c.covered;
}

/**
 * What a caller that has just computed a pair's dot product through an index knows of it: its cosine reaches the
 * candidate threshold, its vectors share at least the required number of terms. The tests are then not run again.
 */
export interface KnownOfPair {
  readonly cosineReached: boolean;
  readonly sharedReached: boolean;
}

const NOTHING_KNOWN: KnownOfPair = { cosineReached: false, sharedReached: false };
export const COSINE_AND_SHARED_KNOWN: KnownOfPair = { cosineReached: true, sharedReached: true };
export const COSINE_KNOWN: KnownOfPair = { cosineReached: true, sharedReached: false };
export const SHARED_KNOWN: KnownOfPair = { cosineReached: false, sharedReached: true };

/** A stretch of text as the aligner compares it: a sentence or a clause. */
export interface Statement {
  readonly vector: SparseVector;
  /** Its view for the statement aligner (asked only when the pair passes the cheap tests). */
  readonly view: () => StatementView;
}

/**
 * Same-fact probability of two statements when it reaches the threshold (and, for whole sentences, they share
 * `minSharedWords` of the less covered side's words), else undefined.
 */
export function statedSimilarity(space: AlignmentSpace, a: Statement, b: Statement, t: Thresholds, minSharedWords = 0, known: KnownOfPair = NOTHING_KNOWN): number | undefined {
  return statedComparison(space, a, b, t, minSharedWords, known)?.probability;
}

/** `statedSimilarity` with the whole comparison (whether one side is covered by the other), else undefined. */
export function statedComparison(
  space: AlignmentSpace,
  a: Statement,
  b: Statement,
  t: Thresholds,
  minSharedWords = 0,
  known: KnownOfPair = NOTHING_KNOWN,
): StatementComparison | undefined {
  if (!known.cosineReached && cosine(a.vector, b.vector) < t.candidateCosine) return undefined;
  if (!known.sharedReached && sharedKeys(a.vector, b.vector) < t.minSharedWords) return undefined;
  return judgedPair(space, a, b, t.sameFact, minSharedWords);
}

/**
 * `statedComparison` past the cosine and shared-term tests: a function of the two statements (in this order), the
 * same-fact threshold and the shared-word floor alone, so each is computed once per space (`AlignmentSpace.judged`).
 */
function judgedPair(space: AlignmentSpace, a: Statement, b: Statement, sameFact: number, minSharedWords: number): StatementComparison | undefined {
  const memo = space.judged;
  const key = memo.idOf(a) * PAIR_KEY_BASE + memo.idOf(b);
  const answers = memo.answersAt(sameFact, minSharedWords);
  let c = answers.get(key);
  if (c === undefined) answers.set(key, (c = judge(space, a, b, sameFact, minSharedWords) ?? null));
  return c ?? undefined;
}

// Statement ids stay far below 2^26 (a story has tens of thousands of sentences and clauses): pair keys are exact.
const PAIR_KEY_BASE = 67_108_864;

function judge(space: AlignmentSpace, a: Statement, b: Statement, sameFact: number, minSharedWords: number): StatementComparison | undefined {
  // Words near in meaning are compared as one word; a pair that the shared-word gate rejects even so keeps its views.
  const minShare = Math.max(MIN_SHARED_WORDS_SHARE, minSharedWords);
  const [va, vb] = shareNearWords(space.aligner.synonyms, a.view(), b.view(), space.viewOfText, { minShare, stems: space.aligner.stems });
  const c = space.compare(va, vb, minSharedWords);
  if (c.probability < sameFact || c.sharedWords < minSharedWords) return undefined;
  // A statement and its denial share nearly all their words, and MSRP seldom pairs them, so the model can be sure they
  // agree: a negation on one side only is never one claim (on the labelled basil-dev pairs this loses no same-fact
  // pair; with it, dev claim precision .925 -> .949 at recall .712, held-out unchanged). Different actors (both open
  // with a name the other never mentions) must clear the model's own MSRP threshold: the lower claim threshold is for
  // outlets adding their own detail to one fact, not for the same words about two people or bodies.
  // An expectation and its outcome ("will endorse" / "endorsed") are vetoed like a denial: the forecast may not
  // have come true, so the outcome's sources do not confirm it.
  if (opposedAt(space.aligner, va, vb, c.probability)) return undefined;
  return c;
}

/** Every sentence of another document that states the fact of sentence `i`, best first. */
export function supportOf(space: AlignmentSpace, i: number, options: AlignOptions = {}): SentenceSupport[] {
  const t = thresholds(options);
  const out: SentenceSupport[] = [];
  for (const j of comparable(space, i, t)) {
    const s = space.sentences[j];
    const sim = alignedSimilarity(space, i, j, t);
    if (s && sim !== undefined) out.push({ docId: s.docId, sentenceIndex: s.sentenceIndex, similarity: round4(sim) });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.docId.localeCompare(y.docId) || x.sentenceIndex - y.sentenceIndex);
}

/**
 * The sentences that can align with sentence i, ascending. A pair sharing no term has cosine 0 and no shared words,
 * so under a positive cosine or shared-word threshold only sentences sharing a term with i (the index) are asked.
 */
function comparable(space: AlignmentSpace, i: number, t: Thresholds): Iterable<number> {
  const all = space.sentences.keys();
  if (!(t.candidateCosine > 0 || t.minSharedWords > 0)) return all;
  const v = space.vectors[i];
  if (!v) return all;
  const postings = space.postings();
  const found = new Set<number>();
  for (const term of v.keys()) for (const j of postings.get(term) ?? []) found.add(j);
  return [...found].sort((a, b) => a - b);
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
