import { porterStem } from '../eval/rouge/porter-stemmer.ts';
import { distinctSorted } from '../lib/sorted-arrays.ts';
import { RATIO_NUMBER_WORDS } from '../nlp/quantities/number-words.ts';
import { letterOrDigitAt } from '../text/char-at.ts';
import { ENGLISH_STOPWORDS } from '../text/stopwords.ts';
import type { WordVectors } from './word-vectors.ts';

/** A content word of a statement, ready for comparison. */
export interface ViewWord {
  readonly stem: string;
  /** Row in the word vectors, -1 when the word has none. */
  readonly row: number;
  /** Rarity in general text (from frequency rank): rare words carry the fact, common ones the frame. */
  readonly idf: number;
  /** A capitalized word inside the sentence (or a rare one opening it): a name, matched only by spelling. */
  readonly name: boolean;
  /** Has a digit: matched only by value. */
  readonly number: boolean;
}

/**
 * A sentence or clause as the statement aligner reads it, built once per statement and compared with many: its
 * content words, numbers, names, and the markers that flip a fact (negation, modality, calendar words).
 */
export interface StatementView {
  readonly text: string;
  /** Lower-case word tokens in order, function words included (n-gram overlap). */
  readonly tokens: readonly string[];
  readonly words: readonly ViewWord[];
  readonly numbers: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly negations: number;
  /** Stems of the content words a negation governs (the next NEGATION_SCOPE ones): what the statement denies. */
  readonly negated: ReadonlySet<string>;
  /** A verb of refusing or holding back outside the negation list ("rebuffed calls to step aside", "refrained"): no denial of a refusal. */
  readonly refuses: boolean;
  readonly modal: boolean;
  /** Stems of the verbs an expectation governs ("will endorse", "is expected to call", "likely to include"). */
  readonly expected: ReadonlySet<string>;
  /** Stems of "-ed" words outside an expectation ("endorsed", "called"): outcomes, or their passive. */
  readonly outcomes: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  /** The run of capitalized words the statement opens with, lower-cased ("islamic jihad" claimed …): its actor. */
  readonly opening: readonly string[];
  /** The parts only a full comparison reads, built on first use (most pairs stop at the cheap shared-words test). */
  readonly detail: () => ViewDetail;
  /** Stem → summed idf of its occurrences (tf-idf weights), also the set of its stems. */
  readonly weights: ReadonlyMap<string, number>;
  /** Sum of squared weights, for the tf-idf cosine. */
  readonly stemNorm: number;
}

export interface ViewDetail {
  /** idf-weighted mean of the word vectors, unit length (all zero when no word has a vector). */
  readonly centroid: Float32Array;
  /** Sets of word 1- to 4-grams (index n-1), built once so that comparing two statements only intersects sets. */
  readonly grams: readonly ReadonlySet<string>[];
  /**
   * Letter trigrams of the lower-cased text, packed as numbers (three UTF-16 code units), distinct and ascending: a
   * typed array rather than a Set because the packed values are too large for small integers, so a Set would hold
   * one heap number per trigram (a large share of a 200-article brief's garbage); overlap is a merge of two arrays.
   */
  readonly letters: Float64Array;
}

// Word n-grams up to this length: longer shared runs add little over 4-grams (BLEU's choice too).
export const MAX_GRAM = 4;

// A word is a run of letters and digits, joined across one apostrophe, dot, comma or hyphen to the next run
// (/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/u), read by hand by `nextWord` and `wordEnd` below (src/text/char-at.ts).

/** Where the next word starts at or after `from` (text.length when there is none). */
function nextWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && letterOrDigitAt(text, i) === 0) i++;
  return i;
}

/** Where the word starting at `start` ends: its runs of letters and digits and the joiners between them. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    for (let n = letterOrDigitAt(text, i); n > 0; n = letterOrDigitAt(text, i)) i += n;
    const c = text.charCodeAt(i);
    // ' ’ . , - followed by a letter or digit continue the word.
    if ((c === 39 || c === 8217 || c === 46 || c === 44 || c === 45) && letterOrDigitAt(text, i + 1) > 0) i++;
    else return i;
  }
}

// Words that turn a statement into its opposite ("did not", "denied"): a statement and its denial share most words.
const NEGATIONS: ReadonlySet<string> = new Set(
  "not no never none nobody nothing neither nor without cannot deny denies denied denying refuse refused refuses reject rejected rejects".split(' '),
);
// Content words after a negation that it governs: "did not offer Sestak the job" denies offer/Sestak/job; a negation
// further on ("… without a breakthrough") is a detail of its own, not a denial of what the other statement says.
const NEGATION_SCOPE = 3;
// "no" and "without" negate the noun they stand before, not what that noun's complement says: "has expressed no fears
// of losing the gavel" does not deny losing it (another outlet: "a 1 in 3 chance that the Republicans will lose").
// Their scope ends at the first of these; "not"/"never" keep theirs ("did not offer Sestak the job").
const NOUN_NEGATIONS: ReadonlySet<string> = new Set(['no', 'without']);
// A double negation is a denied subject whose verb is denied too ("No reasonable prosecutor would not present",
// "there's no reason Wal-Mart can't get computers"): it affirms. A verb's negation followed by another ("did not
// explain its reasons for not disturbing", "I don't see the urgency in this so I'm not going to") is two denials:
// on MSRP test counting those as cancelled lost 3 paraphrases of 7 pairs changed; the subject rule changes 1 (Wal-Mart).
const SUBJECT_NEGATIONS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'nothing']);
const VERB_NEGATIONS = /^(?:not|never|\p{L}+n't)$/u;
const COMPLEMENT_START: ReadonlySet<string> = new Set('of to for about over that from'.split(' '));
// Verbs that say no without a negation word; kept out of NEGATIONS (the model's feature was trained without them).
const REFUSALS: ReadonlySet<string> = new Set('rebuff rebuffs rebuffed decline declines declined dismiss dismisses dismissed spurn spurned resist resisted'.split(' '));
// Verbs of holding back from an act ("refraining from using tear gas"): they deny the act the next words name, as a
// negation does, and like REFUSALS they stay out of the negation count the model was trained with.
const ABSTENTIONS: ReadonlySet<string> = new Set('refrain refrains refrained refraining abstain abstains abstained abstaining'.split(' '));
// "stopped short of calling on Akin to resign" (HuffPost, basil-dev) holds back as "refrained from" does: "short" after
// these is an abstention, and the act it names is denied, not reported.
const STOP_SHORT: ReadonlySet<string> = new Set('stop stops stopped stopping'.split(' '));
// Punctuation between two words ends a negation's scope ("you don't have discretion," he said).
const SCOPE_BREAK = /[,.;:!?"“”()—–]/;
// Words that make a statement an expectation, plan or possibility rather than an outcome ("will meet" / "met").
const MODALS: ReadonlySet<string> = new Set(
  'will would could might may should can expect expects expected plan plans planned likely possible possibly propose proposed proposes hope hopes seek seeks want wants if'.split(' '),
);
// Words that put the verb after them ahead of the facts ("will endorse", "is expected to call", "likely to
// include"): narrower than MODALS, which also holds possibility and condition words that mark many same-fact pairs.
const EXPECTATIONS: ReadonlySet<string> = new Set('will would expected expects expect likely plans intends poised scheduled slated'.split(' '));
// After these an "-ed" word is a state or an infinitive, not something that happened ("to become exhausted",
// "to be repealed", "remain closed").
const NOT_OUTCOME_BEFORE: ReadonlySet<string> = new Set('to be become becomes becoming remain remains remaining'.split(' '));
// Words between an expectation word and its verb: "to", "be", an adverb ("will officially endorse").
const EXPECTATION_REACH = 3;
const CALENDAR: ReadonlySet<string> = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december yesterday today tomorrow').split(' '),
);
// Words rarer than rank 20,000 that open a sentence capitalized are likely names ("Amrozi accused …").
const RARE_RANK = 20_000;
// Rows past the vocabulary (unknown words) count as this rank: rarer than any listed word.
const UNKNOWN_RANK = 100_000;

/** Rarity of a word from its frequency rank: 1 for "the", ~5 at rank 10,000, ~7 for unknown words. */
export function rankIdf(rank: number): number {
  return 1 + Math.log(1 + rank / 200);
}

/**
 * What one word form (as the text writes it) gives a view, read once per form: a story's statements repeat their
 * words, and reading a word (lower-casing, list lookups, its vector row, stemming) is most of building a view. The
 * ViewWord objects are shared by every view with that word; views never change them.
 */
interface WordForm {
  readonly lower: string;
  /** `lower` without a possessive 's and dots: what a stem and a vector row are looked up by, and an opening actor. */
  readonly bare: string;
  readonly stop: boolean;
  readonly capital: boolean;
  readonly refusal: boolean;
  readonly abstention: boolean;
  readonly negation: boolean;
  readonly modal: boolean;
  readonly calendar: boolean;
  /** Has a digit: its ViewWord is a number. */
  readonly number: boolean;
  /**
   * The word as the statement's first word and elsewhere (a capitalized first word is a name only when rare); undefined
   * for a function word or a single letter, which has no ViewWord.
   */
  readonly atFirst: ViewWord | undefined;
  readonly elsewhere: ViewWord | undefined;
}

/**
 * Memo of word form → what it gives a view; pass one memo per set of word vectors. What a form gives is a pure function
 * of the form and the vectors, so a memo kept across stories (the aligner's own, `StatementAligner.forms`) changes
 * speed, never a view.
 */
export type StemMemo = Map<string, WordForm>;

// Memo bound: the news vocabulary a long-running service reads keeps growing; past this many forms the memo starts
// over instead of growing without limit. A 200-article DUC story reads ~4 MB of forms and stems (about 250 bytes a
// word), so the bound keeps the memo near 12 MB and still holds several stories' vocabulary.
const MAX_MEMO_FORMS = 50_000;

function readForm(written: string, vectors: WordVectors): WordForm {
  const raw = written.replace(/’/g, "'");
  const lower = raw.toLowerCase();
  const bare = lower.replace(/'s$/, '').replace(/\./g, '');
  const stop = ENGLISH_STOPWORDS.has(lower);
  const capital = /^\p{Lu}/u.test(raw);
  const calendar = CALENDAR.has(lower);
  const refusal = REFUSALS.has(lower);
  const abstention = ABSTENTIONS.has(lower);
  const negation = NEGATIONS.has(lower) || lower.endsWith("n't");
  const modal = MODALS.has(lower);
  if (/\d/.test(lower)) {
    const value = lower.replace(/,/g, '');
    const word: ViewWord = { stem: value, row: -1, idf: rankIdf(UNKNOWN_RANK), name: false, number: true };
    return { lower, bare, stop, capital, refusal, abstention, negation, modal, calendar, number: true, atFirst: word, elsewhere: word };
  }
  if (stop || lower.length < 2) return { lower, bare, stop, capital, refusal, abstention, negation, modal, calendar, number: false, atFirst: undefined, elsewhere: undefined };
  const row = vectors.row.get(bare) ?? vectors.row.get(lower) ?? -1;
  const stem = bare.length > 3 ? porterStem(bare) : bare;
  const idf = rankIdf(row < 0 ? UNKNOWN_RANK : row);
  const nameElsewhere = capital && !calendar;
  const nameAtFirst = nameElsewhere && (row < 0 || row >= RARE_RANK);
  const elsewhere: ViewWord = { stem, row, idf, name: nameElsewhere, number: false };
  const atFirst: ViewWord = nameAtFirst === nameElsewhere ? elsewhere : { stem, row, idf, name: nameAtFirst, number: false };
  return { lower, bare, stop, capital, refusal, abstention, negation, modal, calendar, number: false, atFirst, elsewhere };
}

const RATIO_TERM = `(?:\\d+|${[...RATIO_NUMBER_WORDS.keys()].join('|')})`;
// Odds and shares written "1 in 3", "one-in-three", "1-in-3": outlets write the same ratio each way, and the hyphenated
// one is a single word, so without this the two forms share no word ("a one-in-three chance" / "a 1 in 3 chance").
const RATIO = new RegExp(`\\b(${RATIO_TERM})[- ]in[- ](${RATIO_TERM})\\b`, 'gi');

const RATIO_JOINER = /[- ]in[- ]/i;

/** The text with its ratios written one way ("1 in 3"), so the same ratio compares equal however it is spelled. */
export function normalizeRatios(text: string): string {
  // Every ratio has "in" between a space or hyphen on each side: most sentences have an "in", fewer this.
  if (!RATIO_JOINER.test(text)) return text;
  const value = (x: string): string => RATIO_NUMBER_WORDS.get(x.toLowerCase()) ?? x;
  return text.replace(RATIO, (_all, a: string, b: string) => `${value(a)} in ${value(b)}`);
}

// The one empty set every view without numbers, names, negated words… holds (views are read-only).
const NO_WORDS: ReadonlySet<string> = new Set();

/** Builds the view of one statement. `memo` remembers word forms across statements (see StemMemo). */
export function statementView(original: string, vectors: WordVectors, memo: StemMemo = new Map()): StatementView {
  const text = normalizeRatios(original);
  const tokens: string[] = [];
  const words: ViewWord[] = [];
  // The sets are made on their first member: most statements have no number, negation, expectation or calendar
  // word, and views live as long as their brief (one per sentence and clause compared), so six empty sets each were
  // a large share of what every young-generation collection of a brief copies. Empty ones share NO_WORDS.
  let numbers: Set<string> | undefined;
  let names: Set<string> | undefined;
  let calendar: Set<string> | undefined;
  let negations = 0;
  let modal = false;
  let index = 0;
  const opening: string[] = [];
  let negated: Set<string> | undefined;
  // The stems the latest negation governs, which a second negation inside its scope takes back.
  const governed: string[] = [];
  // Whether the latest negation denies a subject, which a verb's negation inside its scope cancels.
  let cancelling = false;
  let scope = 0;
  let nounScope = false;
  let refuses = false;
  let expected: Set<string> | undefined;
  let outcomes: Set<string> | undefined;
  let expecting = 0;
  let previous = '';
  let lastEnd = 0;
  let opened = true;
  for (let start = nextWord(text, 0); start < text.length; start = nextWord(text, lastEnd)) {
    const written = text.slice(start, wordEnd(text, start));
    let f = memo.get(written);
    if (f === undefined) {
      if (memo.size >= MAX_MEMO_FORMS) memo.clear();
      memo.set(written, (f = readForm(written, vectors)));
    }
    const first = index++ === 0;
    tokens.push(f.lower);
    if (scope > 0 && SCOPE_BREAK.test(text.slice(lastEnd, start))) scope = 0;
    lastEnd = start + written.length;
    const abstains = f.abstention || (f.lower === 'short' && STOP_SHORT.has(previous));
    if (f.refusal || abstains) refuses = true;
    // A leading article ("The Treasury") does not end the opening run; the first lower-case word does.
    if (opened && !(first && f.stop)) {
      if (f.capital && !f.stop) opening.push(f.bare);
      else opened = false;
    }
    if (scope > 0 && nounScope && COMPLEMENT_START.has(f.lower)) scope = 0;
    if (f.negation && scope > 0 && cancelling && VERB_NEGATIONS.test(f.lower)) {
      // A negation inside another's scope cancels it: "No reasonable prosecutor would not present this case" affirms
      // that every one would, the opposite of "no reasonable prosecutor would bring the case". Neither counts, and
      // what the first one governed is stated, not denied.
      negations--;
      for (const stem of governed) negated?.delete(stem);
      governed.length = 0;
      scope = 0;
    } else if (f.negation) {
      negations++;
      scope = NEGATION_SCOPE;
      nounScope = NOUN_NEGATIONS.has(f.lower);
      governed.length = 0;
      cancelling = SUBJECT_NEGATIONS.has(f.lower);
    } else if (abstains) {
      // What it holds back from is denied, though the statement has no negation word.
      scope = NEGATION_SCOPE;
      nounScope = false;
      governed.length = 0;
      cancelling = false;
    }
    if (f.modal) modal = true;
    if (f.calendar) (calendar ??= new Set()).add(f.lower);
    const w = first ? f.atFirst : f.elsewhere;
    if (EXPECTATIONS.has(f.lower)) expecting = EXPECTATION_REACH;
    else if (expecting > 0) {
      if (w !== undefined && !f.number && !f.lower.endsWith('ly')) {
        (expected ??= new Set()).add(w.stem);
        expecting = 0;
      } else expecting--;
    } else if (w !== undefined && !f.number && f.lower.endsWith('ed') && !NOT_OUTCOME_BEFORE.has(previous)) (outcomes ??= new Set()).add(w.stem);
    previous = f.lower;
    if (w === undefined) continue;
    if (f.number) (numbers ??= new Set()).add(w.stem);
    else if (w.name) (names ??= new Set()).add(w.stem);
    words.push(w);
    if (scope > 0 && scope--) {
      (negated ??= new Set()).add(w.stem);
      governed.push(w.stem);
    }
  }
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.stem, (counts.get(w.stem) ?? 0) + w.idf);
  let stemNorm = 0;
  for (const v of counts.values()) stemNorm += v * v;
  let detail: ViewDetail | undefined;
  const detailOf = (): ViewDetail => (detail ??= viewDetail(text, tokens, words, vectors));
  return {
    text: original,
    tokens,
    words,
    numbers: numbers ?? NO_WORDS,
    names: names ?? NO_WORDS,
    negations,
    negated: negated ?? NO_WORDS,
    refuses,
    modal,
    expected: expected ?? NO_WORDS,
    outcomes: outcomes ?? NO_WORDS,
    calendar: calendar ?? NO_WORDS,
    opening,
    weights: counts,
    stemNorm,
    detail: detailOf,
  };
}

function viewDetail(text: string, tokens: readonly string[], words: readonly ViewWord[], vectors: WordVectors): ViewDetail {
  const centroid = new Float32Array(vectors.dims);
  let any = false;
  for (const w of words) {
    if (w.row < 0) continue;
    any = true;
    const off = vectors.unit(w.row);
    for (let d = 0; d < vectors.dims; d++) centroid[d] = (centroid[d] ?? 0) + w.idf * (vectors.data[off + d] ?? 0);
  }
  if (any) {
    let n = 0;
    for (let d = 0; d < vectors.dims; d++) n += (centroid[d] ?? 0) ** 2;
    const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let d = 0; d < vectors.dims; d++) centroid[d] = (centroid[d] ?? 0) * inv;
  }
  const grams: Set<string>[] = [];
  // The n-gram at i is the (n-1)-gram at i, a space and token i+n-1 (the same strings as tokens.slice(i, i + n).join(' ')):
  // each level extends the one before, whose strings the Set has already flattened, instead of joining n tokens again.
  const last: string[] = tokens.slice();
  for (let n = 1; n <= MAX_GRAM; n++) {
    const g = new Set<string>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const gram = n === 1 ? (tokens[i] ?? '') : (last[i] ?? '') + ' ' + (tokens[i + n - 1] ?? '');
      last[i] = gram;
      g.add(gram);
    }
    grams.push(g);
  }
  const flat = text.toLowerCase().replace(/\s+/g, ' ');
  const packed = new Float64Array(Math.max(0, flat.length - 2));
  for (let i = 0; i + 3 <= flat.length; i++) packed[i] = flat.charCodeAt(i) * 4294967296 + flat.charCodeAt(i + 1) * 65536 + flat.charCodeAt(i + 2);
  return { centroid, grams, letters: distinctSorted(packed) };
}
