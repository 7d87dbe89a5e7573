import type { Edge, SentencePair } from './candidate-pairs.ts';
import { isCommon } from './common-terms.ts';
import { groupItems, type AlignableItem, type AlignedMember, type AlignmentGroup } from './group-aligned.ts';
import { confirmsFact, MIN_CONTENT_WORDS, PARTIAL_SENTENCE_SHARED_WORDS, round4, SHORT_SAME_FACT, statedComparison, statedSimilarity, type AlignmentSpace, type Statement, type Thresholds } from './sentence-alignment.ts';
import type { ContentPiece } from './sentence-terms.ts';
import { tfidfVector } from './sentence-vectors.ts';
import type { SynonymLexicon } from '../align/synonym-lexicon.ts';
import type { StatementComparison, StatementView } from '../align/index.ts';
import { splitClauses } from './split-clauses.ts';

// Clauses are short, so a shared name with its title ("US Deputy Secretary of State Wendy Sherman") or a few topic
// words carry a clause pair over the cosine threshold by themselves. Two clauses state the same thing only if they also
// share this many words outside names and titles (`commonTerms`). Calibrated by hand-judging sampled clause pairs of the
// odd (tuning) DUC 2004 clusters: with 1 such word about 2 of 11 pairs at cosine 0.4-0.5 stated one fact, with 2 about
// 3 of 8, with 3 or more 9 of 12 (0.4-0.5) and 6 of 8 (anchored, 0.3-0.4), as good as the sentence threshold's 11 of 14
// (end to end: 19 of 23 sampled clause groups of the odd clusters state one fact).
export const MIN_SHARED_COMMON_WORDS = 3;
// Short clauses have few such words to share: "We believe this suit is without merit" / "the lawsuit was without
// merit" share two and state one fact. A pair sharing fewer than MIN_SHARED_COMMON_WORDS is
// still compared when it shares at least SHORT_SHARED_COMMON_WORDS (one shared word is a topic, not a statement) …
export const SHORT_SHARED_COMMON_WORDS = 2;
// … that make up at least this share of the shorter clause's common words (half of what the short clause says is
// in the other; with 2 shared words that is a clause of 4 common words or fewer) …
export const SHORT_SHARED_RATIO = 0.5;
// … and the aligner is sure they state one fact (SHORT_SAME_FACT, in sentence-alignment.ts, which covered sentences share).
// A WordNet near word (models/lexicon) counts as one more shared word, here and in the near-miss test of
// candidate-pairs.ts (`sharedCommonCount`, `nearSharedCount`): "We have no intention to invade Ukraine" / "Russia has no
// plans, intentions or reasons to attack Ukraine" share "intention" and Ukraine by their words, and "invade" / "attack"
// by their meaning (p 0.54): with it, the seeds brief no longer lists the first as an exclusive. On the basil-dev briefs
// (CLI) 4 exclusives go (2 on dev events, both stated by another outlet: "MPP agrees … the suit is 'without merit'" /
// "the lawsuit was without merit"; "'You paid into Medicare for years, every paycheck,' the advertisement says" / "The
// ad says: 'You paid in to Medicare …'"), no claim changes, and the labelled pairs are unchanged. The short pairs it
// lets through ("not planning to invade" / "no plans … to attack", p 0.36) mostly fall short of SHORT_SAME_FACT.

// Sentences one of whose clauses states a clause of the other still share this much as wholes. On the odd (tuning) DUC
// 2004 clusters near misses below sentence cosine 0.10 (39% of them) gave no clause link and 0.10-0.15 (another 30%)
// gave 2 of 135; skipping them keeps the clause pass cheap on 200-article stories.
export const NEAR_MISS_COSINE = 0.15;

// Two sentences that pass the aligner but share less than MIN_SENTENCE_SHARED_WORDS of their words restate each other
// in part when they share PARTIAL_SENTENCE_SHARED_WORDS (sentence-alignment.ts). The tf-idf cosine such sentences need: every near miss is asked (NEAR_MISS_COSINE), not only pairs at the claim's
// candidate cosine. Sentences restating each other in their own words share few exact words: on the dev events
// this adds "The United States Conference of Catholic Bishops has also issued several letters to members of Congress
// calling for a budget that prioritizes aid to the poor" / "… quotes from the U.S. Conference of Catholic Bishops'
// letters to Congress saying budgets cannot rely on disproportionate cuts in essential services to the poor" (cosine
// 0.19) and one other sentence, both restated (dev labelled same-fact pairs with an exclusive end 12 -> 11).
const PARTIAL_SENTENCE_COSINE = NEAR_MISS_COSINE;

/** A clause of a sentence of the space: its place and its content words (weighed only if it gets compared). */
export interface ClauseCandidate extends AlignableItem {
  /** Stemmed content words, as the sentence's vector counts them. */
  readonly terms: readonly string[];
  /** Its content words that are not names or titles, once each. */
  readonly common: readonly string[];
  /** The clause has every content word of its sentence: comparing it is comparing the sentence. */
  readonly whole: boolean;
  /**
   * Names and numbers of the sentence (`anchorsOf`) that fall inside the clause. Read in the sentence, so a name that
   * opens the clause ("…, and Hamas claimed") is not mistaken for a capitalized first word.
   */
  readonly names: ReadonlySet<string>;
  /** Every name and number of the clause's sentence (`anchorsOf`). */
  readonly sentenceNames: ReadonlySet<string>;
  /**
   * `names` and `sentenceNames` folded as `namesDisagree` compares them, the names of `names` without a digit (folded,
   * for `sharesFoldedName`) and its figures (for `numbersDisagree`): read once per clause, not once per clause pair.
   */
  readonly folded: {
    readonly names: ReadonlySet<string>;
    readonly sentenceNames: ReadonlySet<string>;
    readonly wordNames: readonly string[];
    readonly figures: readonly string[];
  };
}

/**
 * The clauses of sentence `i` of the space, from the sentence's content pieces (no re-stemming); none when the
 * sentence is too short to compare. A sentence's only clause is what the sentence reports (its frame, "Sherman said",
 * aside), so it gets level `sentence`.
 */
export function clausesOfSentence(space: AlignmentSpace, i: number, pieces: readonly ContentPiece[]): ClauseCandidate[] {
  const s = space.sentences[i];
  if (!s || s.terms.content.length < MIN_CONTENT_WORDS) return [];
  const split = splitClauses(s.text, s.start);
  const out: ClauseCandidate[] = [];
  const sentenceNames = s.terms.anchors.length === 0 ? NO_NAMES : new Set(s.terms.anchors);
  let foldedSentence: ReadonlySet<string> | undefined;
  for (const c of split) {
    // The clause's pieces, its stems and its common stems once each (first occurrence first), in one loop: this runs
    // for every clause of every sentence in a near miss, most of them before the code is optimized, where each
    // filter/map/Set of the plain form is garbage (~14 MB a 200-article brief).
    const terms: string[] = [];
    const common: string[] = [];
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k] as ContentPiece;
      if (p.start < c.start || p.end > c.end) continue;
      terms.push(p.stem);
      if (isCommon(p) && !common.includes(p.stem)) common.push(p.stem);
    }
    if (terms.length < MIN_CONTENT_WORDS) continue;
    const names = namesInside(s.terms.anchors, c.text);
    foldedSentence ??= sentenceNames.size === 0 ? NO_NAMES : foldNames(sentenceNames);
    out.push({
      docIndex: s.docIndex,
      docId: s.docId,
      sentenceIndex: s.sentenceIndex,
      text: c.text,
      start: c.start,
      end: c.end,
      level: split.length === 1 ? 'sentence' : 'clause',
      terms,
      common,
      whole: terms.length >= s.terms.content.length,
      names,
      sentenceNames,
      folded:
        names.size === 0
          ? { names: NO_NAMES, sentenceNames: foldedSentence, wordNames: NO_STRINGS, figures: NO_STRINGS }
          : {
              names: foldNames(names),
              sentenceNames: foldedSentence,
              wordNames: [...names].filter((x) => !/\d/.test(x)).map(foldName),
              figures: figuresOf(names),
            },
    });
  }
  return out;
}

/** The sentence's anchors (already read in the whole sentence) that occur in one of its clauses. */
function namesInside(anchors: readonly string[], clause: string): ReadonlySet<string> {
  if (anchors.length === 0) return NO_NAMES;
  const lower = clause.toLowerCase();
  const out = new Set<string>();
  for (const n of anchors) if (lower.includes(n)) out.add(n);
  return out.size === 0 ? NO_NAMES : out;
}

// Most clauses name nothing: they share one empty set and array (never changed: the fields are read-only).
const NO_NAMES: ReadonlySet<string> = new Set();
const NO_STRINGS: readonly string[] = [];

/**
 * The clause pass: inside sentence pairs that the index touched but that fell below the sentence test (and do not sit
 * in one sentence group through others), clauses that share MIN_SHARED_COMMON_WORDS common words (or a short overlap,
 * `shortOverlapSuffices`, that the aligner is sure of) and state the same
 * content under the same thresholds as sentences (tf-idf cosine in the sentences' space) are linked, then grouped like
 * sentences (one clause per document per group, average linkage). A sentence pair gives at most its best clause pair:
 * one link per pair keeps a long sentence from matching everything.
 */
export function alignClauses(
  space: AlignmentSpace,
  pieces: readonly (readonly ContentPiece[])[],
  nearMisses: readonly SentencePair[],
  sentenceGroups: readonly AlignmentGroup[],
  t: Thresholds,
): AlignedClauses {
  // Clauses are split only for sentences in some near miss, and weighed only when compared; once each (memos local
  // to this call).
  const clauses = new Map<number, ClauseCandidate[]>();
  const clausesOf = (i: number): ClauseCandidate[] => {
    let c = clauses.get(i);
    if (!c) clauses.set(i, (c = clausesOfSentence(space, i, pieces[i] ?? [])));
    return c;
  };
  const statements = new Map<ClauseCandidate, Statement>();
  const statementOf = (c: ClauseCandidate): Statement => {
    let st = statements.get(c);
    if (!st) {
      // The view is asked for every pair the clause is judged in: its text (appositions cut) is made and looked up once.
      let view: StatementView | undefined;
      statements.set(c, (st = { vector: tfidfVector(c.terms, space.idf), view: () => (view ??= space.viewOfText(withoutAppositions(c.text))) }));
    }
    return st;
  };
  const groupOf = new Map<string, number>();
  sentenceGroups.forEach((g, k) => {
    for (const m of g.members) groupOf.set(`${m.docId}:${m.sentenceIndex}`, k);
  });
  // Sentence index → its sentence group, -1 for none.
  const groupOfSentence = Int32Array.from(space.sentences, (s) => groupOf.get(`${s.docId}:${s.sentenceIndex}`) ?? -1);

  const links: ClauseLink[] = [];
  // Clauses that pass the same-fact test with a clause of another document but not the test of a confirmation.
  const heldBack: ClauseCandidate[] = [];
  const restated = new Map<string, SentenceRef>();
  const partialT: Thresholds = { ...t, candidateCosine: Math.min(t.candidateCosine, PARTIAL_SENTENCE_COSINE) };
  const synonyms = space.aligner.synonyms;
  // The clause test of one pair: its comparison (probability at or above the claim threshold, no opposition) and
  // whether it is short (fewer than MIN_SHARED_COMMON_WORDS shared words), else undefined.
  const compareClauses = (a: ClauseCandidate, b: ClauseCandidate): { c: StatementComparison; short: boolean } | undefined => {
    // A common word of one clause with a WordNet near word in the other counts as shared ("not planning to invade" /
    // "no plans … to attack"): outlets restate a fact in their own verbs.
    const shared = sharedCommonCount(a, b, synonyms);
    // A name both clauses give counts as a third shared word when they share two others: "has sent investigators
    // to Hawaii looking for answers" / "he has sent his own investigators to Hawaii to research the issue" share
    // sent, investigators and Hawaii. (Names alone never make a pair: they inflate the cosine of any two clauses
    // about one person, see MIN_SHARED_COMMON_WORDS.) On basil-dev's 50 events (hand-judged, CLI path) the pairs
    // this admits stated one fact 22 times in 25, as good as the 3-word rule's 9 of 12.
    const short = shared + (shared >= SHORT_SHARED_COMMON_WORDS && sharesFoldedName(a, b) ? 1 : 0) < MIN_SHARED_COMMON_WORDS;
    if (short && !shortOverlapSuffices(a, b, shared)) return undefined;
    if (figuresDisagree(a.folded.figures, b.folded.figures)) return undefined;
    // Clauses naming different things must be ones the aligner is sure of, and one of them must name something the
    // other's sentence names (see namesDisagree); otherwise they are about different people or bodies, whatever
    // the aligner says, so it is not asked.
    const otherNames = namesDisagree(a.folded.names, b.folded.names);
    if (otherNames && namesDisagree(a.folded.names, b.folded.sentenceNames) && namesDisagree(b.folded.names, a.folded.sentenceNames)) return undefined;
    const c = statedComparison(space, statementOf(a), statementOf(b), t);
    const sim = c?.probability;
    if (c === undefined || sim === undefined || (short && sim < SHORT_SAME_FACT)) return undefined;
    if (otherNames && sim < SHORT_SAME_FACT) return undefined;
    return { c, short };
  };
  // Indexed loops here: this runs for every near miss (tens of thousands in a 200-article story), in the first brief of
  // a process mostly before it is optimized, where each for…of over an array made an iterator and a result per step.
  for (let n = 0; n < nearMisses.length; n++) {
    const { i, j } = nearMisses[n] as SentencePair;
    const g = groupOfSentence[i] ?? -1;
    if (g >= 0 && g === groupOfSentence[j]) continue;
    const strong: ClauseLink[] = [];
    let bestShort: ClauseLink | undefined;
    const ci = clausesOf(i);
    const cj = clausesOf(j);
    for (let x = 0; x < ci.length; x++) {
      const a = ci[x] as ClauseCandidate;
      for (let y = 0; y < cj.length; y++) {
        const b = cj[y] as ClauseCandidate;
        if (a.whole && b.whole) continue; // that is the sentence pair, which already failed
        const compared = compareClauses(a, b);
        if (!compared) continue;
        const { c, short } = compared;
        const sim = c.probability;
        if (!confirmsFact(space, c)) {
          // Stated in part by the other source, so neither clause is exclusive; but not a fact it confirms.
          heldBack.push(a, b);
          continue;
        }
        if (!short) strong.push({ a, b, sim });
        else if (!bestShort || sim > bestShort.sim) bestShort = { a, b, sim };
      }
    }
    // A pair sharing MIN_SHARED_COMMON_WORDS is the stronger evidence: a short pair is the sentence pair's link only
    // when it has no such pair. (Otherwise a short quote fragment, "they cannot believe what they're finding", can
    // displace the longer clause both reports share, then lose its group to an exact copy elsewhere: on the labelled
    // dev pairs that cost one same-fact pair, recall .712 -> .692.)
    // Strong pairs link one to one, best first: two sentences that share two of their clauses ("he has doubts about
    // … and has sent investigators to Hawaii" / "he had real doubts …, and that he has sent his own investigators to
    // Hawaii") state both facts, and linking only the best left the other clause an exclusive of each side. One to
    // one still keeps a long clause from matching every clause of the other sentence.
    // Most near misses have no strong pair (and make no sets of linked clauses).
    if (strong.length > 0) linkOneToOne(strong, links);
    if (strong.length === 0 && bestShort) links.push(bestShort);
    else if (strong.length === 0 && statedSimilarity(space, space.statementOf(i), space.statementOf(j), partialT, PARTIAL_SENTENCE_SHARED_WORDS) !== undefined) {
      // No clause explains what the two sentences share, and as wholes they pass the test with a smaller shared-word
      // share than the sentence test asks: each restates the other in part, in its own words.
      for (const k of [i, j]) {
        const x = space.sentences[k];
        if (x) restated.set(`${x.docId}\u0000${x.sentenceIndex}`, { docId: x.docId, sentenceIndex: x.sentenceIndex });
      }
    }
  }
  // Items are numbered in document order so group members come out in document order.
  const items = [...new Set(links.flatMap((l) => [l.a, l.b]))].sort((x, y) => x.docIndex - y.docIndex || x.start - y.start);
  const idOf = new Map(items.map((c, k) => [c, k]));
  const edges: Edge[] = links
    .map((l) => {
      const a = idOf.get(l.a) ?? 0;
      const b = idOf.get(l.b) ?? 0;
      return a < b ? { i: a, j: b, sim: l.sim } : { i: b, j: a, sim: l.sim };
    })
    .sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  // Two clause groups that one link would join are joined when the average over all their cross pairs holds; a
  // pair of clauses no sentence pair brought to the clause pass is asked then, under the same clause test (0 if it
  // fails), rather than counted 0 unasked: outlets stating one fact in their own words link in a sparse web.
  const asked = new Map<number, number>();
  const missing = (x: number, y: number): number => {
    const key = x * items.length + y;
    let p = asked.get(key);
    if (p !== undefined) return p;
    const a = items[x];
    const b = items[y];
    p = !a || !b || a.docIndex === b.docIndex || (a.whole && b.whole) ? 0 : (compareClauses(a, b)?.c.probability ?? 0);
    asked.set(key, p);
    return p;
  };
  const groups = groupItems(items, edges, t.sameFact, { rule: 'align/clause-same-fact', level: 'clause' }, missing);
  // Clauses that passed the test with a clause of another document but that grouping (one clause per document, average
  // linkage) left out: another source states them, so they are never exclusive (see AlignedStatements).
  const grouped = new Set(groups.flatMap((g) => g.members.map((m) => `${m.docId}\u0000${m.start}`)));
  const isOutside = (c: ClauseCandidate): boolean => !grouped.has(`${c.docId}\u0000${c.start}`);
  const pairedOutside = [...new Set([...items.filter(isOutside), ...heldBack.filter(isOutside)])].map((c) => ({
    docId: c.docId,
    sentenceIndex: c.sentenceIndex,
    start: c.start,
    end: c.end,
  }));
  // Each such clause with a partner that is a whole sentence, as a group of two: it may join the partner's sentence
  // group (attachClauseGroups), so the claim cites that source too.
  const member = (c: ClauseCandidate, sim: number): AlignedMember => ({
    docId: c.docId,
    sentenceIndex: c.sentenceIndex,
    text: c.text,
    start: c.start,
    end: c.end,
    similarity: round4(sim),
    level: c.level,
  });
  const outsidePairs: AlignmentGroup[] = [];
  for (const l of links) {
    for (const [c, partner] of [
      [l.a, l.b],
      [l.b, l.a],
    ] as const) {
      if (!isOutside(c) || partner.level !== 'sentence') continue;
      const members = c.docIndex < partner.docIndex ? [member(c, l.sim), member(partner, l.sim)] : [member(partner, l.sim), member(c, l.sim)];
      outsidePairs.push({ members, similarity: round4(l.sim), rule: 'align/clause-same-fact', level: 'clause' });
    }
  }
  return { groups, pairedOutside, outsidePairs, restatedInPart: [...restated.values()] };
}

interface ClauseLink {
  readonly a: ClauseCandidate;
  readonly b: ClauseCandidate;
  readonly sim: number;
}

/** Adds the strong clause pairs of one sentence pair to `links`, one to one, best first (see alignClauses). */
function linkOneToOne(strong: ClauseLink[], links: ClauseLink[]): void {
  const usedA = new Set<ClauseCandidate>();
  const usedB = new Set<ClauseCandidate>();
  for (const l of strong.sort((x, y) => y.sim - x.sim || x.a.start - y.a.start || x.b.start - y.b.start)) {
    // A clause with every content word of its sentence overlaps the sentence's other clauses: it links alone.
    if (usedA.has(l.a) || usedB.has(l.b) || (l.a.whole && usedA.size > 0) || (l.b.whole && usedB.size > 0)) continue;
    links.push(l);
    usedA.add(l.a);
    usedB.add(l.b);
    if (l.a.whole || l.b.whole) break;
  }
}

/** A sentence, by its place in its document. */
export interface SentenceRef {
  readonly docId: string;
  readonly sentenceIndex: number;
}

/** A clause of a sentence, by its place in its document. */
export interface ClauseRef {
  readonly docId: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
}

export interface AlignedClauses {
  readonly groups: AlignmentGroup[];
  /** Clauses that passed the same-fact test with another document's clause but are in no group. */
  readonly pairedOutside: ClauseRef[];
  /** Those clauses each with a partner that stands for its whole sentence, as two-member groups (best link first). */
  readonly outsidePairs: AlignmentGroup[];
  /**
   * Sentences of near misses that no clause pair explains but that pass the test as wholes sharing at least
   * PARTIAL_SENTENCE_SHARED_WORDS of their words: each states the other's fact in part.
   */
  readonly restatedInPart: SentenceRef[];
}

// A name's apposition set off by commas, before the clause goes on in lower case: "Elizabeth Lauten, the
// communications director for Rep. Stephen Fincher (R-Tenn.), wrote …", "Malia and Sasha Obama, aged 16 and 13
// respectively, should …". Each outlet introduces people its own way; what the clause states comes after.
const APPOSITION = /(\p{Lu}[\p{L}.'’-]*),\s+(?:the|a|an|aged|who|whose|\d+)\s[^,;:"“”]{1,100}?,\s+(?=\p{Ll})/gu;

/**
 * The clause as the aligner compares it: without the appositions of its names (an apposition one outlet adds is a
 * detail of its own, and it made "Elizabeth Lauten, the communications director for …, wrote that the two teenagers
 * should 'try showing a little class'" and "Elizabeth Lauten wrote … that Malia and Sasha Obama, aged 16 and 13
 * respectively, should 'try showing a little class'" look like two statements, probability 0.14 -> 0.50).
 */
export function withoutAppositions(text: string): string {
  return text.includes(',') ? text.replace(APPOSITION, '$1 ') : text;
}

/**
 * Both clauses name someone or something (or give a number) and share none of it: "Hamas claimed responsibility" /
 * "Islamic Jihad claimed responsibility", "Atlanta's victory … was clean" / "Sydney's election was clean". On the odd
 * (tuning) DUC 2004 clusters 7 of 59 clause groups had such members; 5 of the 7 stated different facts. Such a pair
 * is still joined when the aligner is sure (SHORT_SAME_FACT) and one clause's names occur in the other's sentence:
 * outlets name one thing differently ("sanctions on Moscow if it invades Ukraine" / "sanctions on Russia if it
 * invades", p 0.83, where the first sentence goes on about "the punishment imposed on Russia"). "Hamas claimed …" /
 * "Islamic Jihad claimed …" in sentences naming nothing else in common stay apart. Both sets come with possessives
 * folded ("NATO's" = "NATO", `foldNames`).
 */
function namesDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** A name with its possessive folded ("NATO's" = "NATO"). */
function foldName(x: string): string {
  return x.replace(/['’]s$/, '');
}

function foldNames(names: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...names].map(foldName));
}

/**
 * Both clauses give figures and share none: "Obama has cut $716 billion from Medicare" / "His health care plan would
 * cut Medicare by $800 billion" share a name and their words but not the amount (two claims, or a discrepancy, which
 * the quantities compare). A shared name elsewhere in the clauses does not make them agree.
 */
export function numbersDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return figuresDisagree(figuresOf(a), figuresOf(b));
}

function figuresOf(names: ReadonlySet<string>): string[] {
  return [...names].filter((x) => /\d/.test(x));
}

function figuresDisagree(fa: readonly string[], fb: readonly string[]): boolean {
  return fa.length > 0 && fb.length > 0 && !fa.some((x) => fb.includes(x));
}

/** Both clauses give one name (numbers aside; possessives folded). */
function sharesFoldedName(a: ClauseCandidate, b: ClauseCandidate): boolean {
  for (const x of a.folded.wordNames) if (b.folded.names.has(x)) return true;
  return false;
}

/**
 * Two clauses sharing fewer than MIN_SHARED_COMMON_WORDS common words (`shared` of them) may still be compared (see
 * the constants).
 */
function shortOverlapSuffices(a: ClauseCandidate, b: ClauseCandidate, shared: number): boolean {
  return shared >= SHORT_SHARED_COMMON_WORDS && shared >= SHORT_SHARED_RATIO * Math.min(a.common.length, b.common.length);
}

/**
 * How many common words two clauses share (0 below SHORT_SHARED_COMMON_WORDS each); counted without an array, as it
 * is asked for every clause pair of every near miss. Clauses have a handful of common words each: two small arrays
 * compare faster than sets.
 */
function sharedCommonCount(a: ClauseCandidate, b: ClauseCandidate, synonyms: SynonymLexicon): number {
  if (a.common.length < SHORT_SHARED_COMMON_WORDS || b.common.length < SHORT_SHARED_COMMON_WORDS) return 0;
  let n = 0;
  let unmatched: string[] | undefined;
  for (const x of a.common) {
    if (b.common.includes(x)) n++;
    else (unmatched ??= []).push(x);
  }
  // Past MIN_SHARED_COMMON_WORDS a pair is compared whatever its count, so near words are looked up only below it.
  if (!unmatched || n >= MIN_SHARED_COMMON_WORDS || synonyms.size === 0) return n;
  // Each word of b stands for one word of a at most; words b shares with a exactly stand for none.
  let used: string[] | undefined;
  for (const x of unmatched) {
    const near = synonyms.neighbors(x);
    if (!near) continue;
    for (const y of b.common) {
      if (!near.has(y) || a.common.includes(y) || used?.includes(y)) continue;
      (used ??= []).push(y);
      n++;
      break;
    }
  }
  return n;
}
