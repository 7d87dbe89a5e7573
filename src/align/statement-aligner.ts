import { FEATURE_NAMES, pairFeatures, sharedWordsShare } from './pair-features.ts';
import { contributions, loadSameFactModel, probability, type SameFactModel } from './same-fact-model.ts';
import { statementView, type StatementView, type StemMemo } from './statement-view.ts';
import { LEXICON_DIR, loadSynonymLexicon, type SynonymLexicon } from './synonym-lexicon.ts';
import { ALIGN_MODEL_DIR, loadWordVectors, type WordVectors } from './word-vectors.ts';

/**
 * The one answer to "do these two statements (sentences or clauses, from different articles) state the same fact?",
 * asked by rewrite detection, claims, exclusives, summary citations and quote merging alike. Word vectors plus a small learned
 * model (src/align/same-fact-model.ts), both read once from models/align.
 */
export interface StatementAligner {
  readonly vectors: WordVectors;
  readonly model: SameFactModel;
  /**
   * Word form → what it gives a view, kept with the loaded vectors across stories (as the NER model keeps its word
   * memo; bounded, see MAX_MEMO_FORMS): a brief's views read the same news words again, and reading a form anew was a tenth of a 10-article brief.
   * A pure function of the form and the vectors, so it changes speed, never a result.
   */
  readonly forms: StemMemo;
  /** Word → Porter stem for the sentence terms of a story's alignment space (summary/sentence-terms.ts), kept the same way. */
  readonly stems: Map<string, string>;
  /** Stems near in meaning (WordNet): claims compare them as one word (`shareNearWords`: "invade" / "attack"). */
  readonly synonyms: SynonymLexicon;
}

export interface SameFactVerdict {
  readonly same: boolean;
  /** The model's probability that both state the same fact. */
  readonly probability: number;
  /** The features that weighed most in the decision, strongest first ("+ meaning overlap", "− numbers on one side only"). */
  readonly because: readonly string[];
}

export function loadStatementAligner(dir: string = ALIGN_MODEL_DIR, lexiconDir: string = LEXICON_DIR): StatementAligner {
  return { vectors: loadWordVectors(dir), model: loadSameFactModel(dir), forms: new Map(), stems: new Map(), synonyms: loadSynonymLexicon(lexiconDir) };
}

let shared: StatementAligner | undefined;
/**
 * The aligner of the shipped model, read on first use. Read-only after loading, so sharing it never makes a result
 * depend on what ran before (unlike a cache of results).
 */
export function defaultAligner(): StatementAligner {
  shared ??= loadStatementAligner();
  return shared;
}

/** A statement's view for comparison; its words are read through the aligner's memo unless `forms` is given. */
export function viewOf(aligner: StatementAligner, text: string, forms: StemMemo = aligner.forms): StatementView {
  return statementView(text, aligner.vectors, forms);
}

// The model learned from MSRP, whose pairs were picked for high overlap; pairs sharing less than this idf-weighted share
// of the less covered side's words are outside what it saw, and are not the same fact: in MSRP train 0.9% of the
// paraphrases fall below it (and 8.8% of the non-paraphrases).
export const MIN_SHARED_WORDS_SHARE = 0.25;
// Index of 'same words (less covered side)' in FEATURE_NAMES.
const SHARED_WORDS_FEATURE = FEATURE_NAMES.indexOf('same words (less covered side)');
// Indices of the counts of words without a counterpart, on each side.
const MISSING_LONGER = FEATURE_NAMES.indexOf('words without a counterpart (longer side)');
const MISSING_SHORTER = FEATURE_NAMES.indexOf('words without a counterpart (shorter side)');

export interface StatementComparison {
  /** Probability that both state the same fact; 0 for pairs outside the model's range. */
  readonly probability: number;
  /** idf-weighted share of the less covered side's words that the other side has too (by stem). */
  readonly sharedWords: number;
  /**
   * Every content word of one side has a counterpart in the other (the same stem, or a near word): one statement says
   * nothing the other does not, the other may add detail. False for pairs outside the model's range.
   */
  readonly covered: boolean;
}

/** What the model makes of a pair past the shared-word gate. */
interface ModelAnswer {
  readonly probability: number;
  readonly covered: boolean;
}

function modelAnswer(aligner: StatementAligner, a: StatementView, b: StatementView): ModelAnswer {
  const x = pairFeatures(a, b, aligner.vectors);
  return { probability: probability(aligner.model, x), covered: Math.min(x[MISSING_LONGER] ?? 1, x[MISSING_SHORTER] ?? 1) === 0 };
}

/**
 * Same-fact probability and shared-word share of two statements. A caller that will reject pairs sharing less than
 * `minSharedWords` passes it, and such pairs get probability 0 without the model being asked.
 */
export function compareStatements(aligner: StatementAligner, a: StatementView, b: StatementView, minSharedWords = 0): StatementComparison {
  return gatedComparison(a, b, minSharedWords, () => modelAnswer(aligner, a, b));
}

/** The shared-word gate of `compareStatements` and `comparisonMemo`; `modelProbability` runs only for pairs past it. */
function gatedComparison(a: StatementView, b: StatementView, minSharedWords: number, model: () => ModelAnswer): StatementComparison {
  // The cheap test first: most pairs a story's index proposes fail it, and then no feature needs computing.
  const sharedWords = sharedWordsShare(a, b);
  if (sharedWords < Math.max(MIN_SHARED_WORDS_SHARE, minSharedWords)) return { probability: 0, sharedWords, covered: false };
  return { ...model(), sharedWords };
}

/** `compareStatements` with the aligner bound, for one set of statements (see `comparisonMemo`). */
export type CompareStatements = (a: StatementView, b: StatementView, minSharedWords?: number) => StatementComparison;

/**
 * `compareStatements` that computes each ordered pair's model answer once: a story's stages ask the same pairs
 * again (rewrites and claims compare the same sentences, claims retry a near miss as a partial restatement, the
 * timeline compares sentences claims compared, and a sentence repeated word for word in two reports has one view), and
 * the features are most of the cost. Keyed by view, which the story's space makes once per text. The order of the
 * pair is part of the key: the features are symmetric only up to rounding (a sum's order), so (b, a) is computed anew
 * rather than risk a different last bit. The caller owns the memo (one per story), so no result depends on what ran
 * before.
 */
export function comparisonMemo(aligner: StatementAligner): CompareStatements {
  const ids = new Map<StatementView, number>();
  const idOf = (v: StatementView): number => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    return id;
  };
  // One number per pair: ids stay far below 2^26 (a story has tens of thousands of statements), so the key is exact.
  const answers = new Map<number, ModelAnswer>();
  return (a, b, minSharedWords = 0) =>
    gatedComparison(a, b, minSharedWords, () => {
      const key = idOf(a) * 67_108_864 + idOf(b);
      let m = answers.get(key);
      if (m === undefined) answers.set(key, (m = modelAnswer(aligner, a, b)));
      return m;
    });
}

/** Probability that the two statements state the same fact (symmetric); 0 for pairs outside the model's range. */
export function sameFactProbability(aligner: StatementAligner, a: StatementView, b: StatementView): number {
  return compareStatements(aligner, a, b).probability;
}

export function isSameFact(aligner: StatementAligner, a: StatementView, b: StatementView): boolean {
  return sameFactProbability(aligner, a, b) >= aligner.model.threshold;
}

// Reasons shown: the few features that moved the decision most; beyond three a reader stops reading.
const REASONS = 3;

/** The decision with its reasons. */
export function judgeSameFact(aligner: StatementAligner, a: StatementView, b: StatementView): SameFactVerdict {
  const x = pairFeatures(a, b, aligner.vectors);
  if ((x[SHARED_WORDS_FEATURE] ?? 0) < MIN_SHARED_WORDS_SHARE) return { same: false, probability: 0, because: ['− too few words in common to compare'] };
  const p = probability(aligner.model, x);
  const c = contributions(aligner.model, x);
  const because = c
    .map((v, k) => ({ v, name: FEATURE_NAMES[k] ?? `feature ${k}` }))
    .filter((r) => Math.abs(r.v) > 0.05)
    .sort((r, s) => Math.abs(s.v) - Math.abs(r.v))
    .slice(0, REASONS)
    .map((r) => `${r.v > 0 ? '+' : '−'} ${r.name}`);
  return { same: p >= aligner.model.threshold, probability: Math.round(p * 10000) / 10000, because };
}

// Shortest word that counts as the same name when one is the start of the other ("Russia" / "Russian", "Israel" /
// "Israeli"): the adjective names the same actor.
const MIN_NAME_PREFIX = 4;

/**
 * Whether statement `v` mentions the actor word `w`: as a token, without dots (outlets write "U.S." and "US"), or as
 * the start of a longer word or a shorter one ("Russian" for "Russia").
 */
function mentions(v: StatementView, w: string): boolean {
  for (const raw of v.tokens) {
    const t = raw.replace(/\./g, '');
    if (t === w) return true;
    const [short, long] = t.length <= w.length ? [t, w] : [w, t];
    if (short.length >= MIN_NAME_PREFIX && long.startsWith(short)) return true;
  }
  return false;
}

/** `a` negates a word `b` states without negating it ("never offered" / "offered"). */
function deniesWhatOtherStates(a: StatementView, b: StatementView): boolean {
  // Both say no in their own words ("refused to step down" / "rebuffed calls to step aside"): no opposition.
  if (b.negations > 0 || b.refuses) return false;
  for (const w of a.negated) if (b.weights.has(w) && !b.negated.has(w)) return true;
  return false;
}

/**
 * `a` expects a verb that `b` reports as done ("will endorse" / "endorsed", "is expected to call" / "called"): a
 * forecast and its outcome are two statements, and the forecast may not have come true.
 */
function expectsWhatOtherReports(a: StatementView, b: StatementView): boolean {
  for (const stem of a.expected) if (b.outcomes.has(stem) && !b.expected.has(stem)) return true;
  return false;
}

/**
 * Why two statements may say opposite or merely similar things although their words agree, or undefined: a negation
 * on one side only ("offered" / "never offered"), an expectation or plan on one side only ("will meet" / "met"), or
 * different actors: both open with a name and neither name occurs in the other statement ("Hamas claimed …" /
 * "Islamic Jihad claimed …", the same words about different people or bodies). The model sees these as
 * features too, but MSRP rarely pairs opposites, so callers that accept less than the model's own threshold (claims)
 * ask for more when one of these holds. Modal words anywhere in a sentence ("if", "possible") mark too many same-fact
 * pairs to veto them, so an expectation counts only where it governs a verb the other statement reports as done.
 */
export function opposition(a: StatementView, b: StatementView): 'negation' | 'expectation' | 'actors' | undefined {
  if (deniesWhatOtherStates(a, b) || deniesWhatOtherStates(b, a)) return 'negation';
  if (expectsWhatOtherReports(a, b) || expectsWhatOtherReports(b, a)) return 'expectation';
  if (a.opening.length > 0 && b.opening.length > 0 && !a.opening.some((w) => mentions(b, w)) && !b.opening.some((w) => mentions(a, w))) {
    return 'actors';
  }
  return undefined;
}

/** The two statements give one name (by stem). */
function shareAName(a: StatementView, b: StatementView): boolean {
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

/**
 * Whether a pair accepted at `probability` (below the model's own threshold, as claims accept) must stay apart anyway:
 * a denial and what it denies, or a forecast and its outcome, always; different actors unless the model itself is sure
 * and the two share a name besides. Without a shared name, sure is not enough: the same frame about two actors is
 * the most sure pair there is ("Microsoft declined to comment" / "UBS declined to comment", "The Clinton campaign and
 * DNC did not immediately respond to requests for comment" / "The Trump campaign did not …", PolNeAR). A shared name
 * keeps the pairs whose opening is no actor ("One of the nation's largest … civil rights groups passed a resolution
 * … calling for Tea Party leaders …" / "The NAACP adopted a resolution … the Tea Party movement").
 */
export function opposedAt(aligner: StatementAligner, a: StatementView, b: StatementView, probability: number): boolean {
  const opposed = opposition(a, b);
  if (opposed === 'actors') return probability < aligner.model.threshold || !shareAName(a, b);
  return opposed === 'negation' || opposed === 'expectation';
}
