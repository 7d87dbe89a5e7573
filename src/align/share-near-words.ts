import { porterStem } from '../eval/rouge/porter-stemmer.ts';
import type { StatementView } from './statement-view.ts';
import type { SynonymLexicon } from './synonym-lexicon.ts';

export interface ShareOptions {
  /**
   * The share of words (`sharedWordsShare`) below which the caller rejects the pair: when the pair falls below it even
   * with its near words counted as shared, the statements come back as given (the same answer, without new views).
   */
  readonly minShare?: number;
  /** Word → stem memo (the aligner's `stems`), for reading which written words to rewrite. */
  readonly stems?: Map<string, string>;
}

/**
 * The two statements with each pair of words near in meaning (WordNet, `SynonymLexicon`) written as one word: "Moscow
 * was not planning to attack Ukraine" / "Russia was not planning to invade Ukraine" are compared as if both said
 * "invade" (probability 0.62 -> 0.98). Only words one side has and the other lacks, never names or numbers. Which
 * side is rewritten depends on the stems alone (the larger stem takes the smaller's word), so (a, b) and (b, a) are
 * compared alike. Views come from `viewOfText` (the caller's memo); statements with no such pair come back as given.
 */
export function shareNearWords(
  lexicon: SynonymLexicon,
  a: StatementView,
  b: StatementView,
  viewOfText: (text: string) => StatementView,
  options: ShareOptions = {},
): [StatementView, StatementView] {
  if (lexicon.size === 0) return [a, b];
  // Most pairs have no near pair at all: nothing is allocated until one is found.
  let pairs: [string, string][] | undefined;
  let used: Set<string> | undefined;
  for (const w of nearCandidates(lexicon, b)) {
    if (a.weights.has(w.stem)) continue;
    for (const x of w.near) {
      if (!a.weights.has(x) || b.weights.has(x) || used?.has(x) || isNameOrNumber(a, x)) continue;
      (used ??= new Set()).add(x);
      (pairs ??= []).push([x, w.stem]);
      break;
    }
  }
  if (pairs === undefined) return [a, b];
  if (options.minShare !== undefined && nearShare(a, b, pairs) < options.minShare) return [a, b];
  const stems = options.stems ?? new Map<string, string>();
  let ta = a.text;
  let tb = b.text;
  for (const [x, y] of pairs) {
    if (x < y) {
      const form = formOf(a.text, x, stems);
      if (form) tb = rewrite(tb, y, form, stems);
    } else {
      const form = formOf(b.text, y, stems);
      if (form) ta = rewrite(ta, x, form, stems);
    }
  }
  return [ta === a.text ? a : viewOfText(ta), tb === b.text ? b : viewOfText(tb)];
}

/** A word of a view that may stand for a near word of another view: not a name or number, with near stems. */
interface NearCandidate {
  readonly stem: string;
  readonly near: ReadonlySet<string>;
}

// Per lexicon, each view's candidates (its words in order, repeats kept), read once per view rather than once per pair
// it is compared in: a 200-article story compares each sentence with hundreds of others, and most words have no near
// stem. Keyed weakly by both, and a pure function of the two, so it changes speed, never a result.
const candidatesOf = new WeakMap<SynonymLexicon, WeakMap<StatementView, readonly NearCandidate[]>>();

function nearCandidates(lexicon: SynonymLexicon, v: StatementView): readonly NearCandidate[] {
  let memo = candidatesOf.get(lexicon);
  if (memo === undefined) candidatesOf.set(lexicon, (memo = new WeakMap()));
  let out = memo.get(v);
  if (out !== undefined) return out;
  const found: NearCandidate[] = [];
  for (const w of v.words) {
    if (w.name || w.number) continue;
    const near = lexicon.neighbors(w.stem);
    if (near) found.push({ stem: w.stem, near });
  }
  memo.set(v, (out = found));
  return out;
}

function isNameOrNumber(v: StatementView, stem: string): boolean {
  return v.words.some((w) => w.stem === stem && (w.name || w.number));
}

/**
 * `sharedWordsShare` (pair-features.ts) of the two statements with each near pair counted as shared: an upper bound of
 * the rewritten pair's share, read without building views.
 */
function nearShare(a: StatementView, b: StatementView, pairs: readonly (readonly [string, string])[]): number {
  const side = (v: StatementView, other: StatementView, near: (stem: string) => boolean): number => {
    let total = 0;
    let shared = 0;
    for (const w of v.words) {
      total += w.idf;
      if (other.weights.has(w.stem) || near(w.stem)) shared += w.idf;
    }
    return total === 0 ? 0 : shared / total;
  };
  return Math.min(
    side(a, b, (s) => pairs.some((p) => p[0] === s)),
    side(b, a, (s) => pairs.some((p) => p[1] === s)),
  );
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
// Bound of the stem memo, as for the aligner's other memos (see MAX_CACHED_STEMS in summary/sentence-terms.ts).
const MAX_CACHED_STEMS = 50_000;

/** The stem a view gives a word as written (see readForm in statement-view.ts). */
function stemOfWritten(written: string, stems: Map<string, string>): string {
  const bare = written.replace(/’/g, "'").toLowerCase().replace(/'s$/, '');
  if (bare.length <= 3) return bare;
  let stem = stems.get(bare);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(bare, (stem = porterStem(bare)));
  }
  return stem;
}

/** The first lower-case word of `text` with stem `stem`, as written. */
function formOf(text: string, stem: string, stems: Map<string, string>): string | undefined {
  for (const m of text.matchAll(WORD)) if (m[0] === m[0].toLowerCase() && stemOfWritten(m[0], stems) === stem) return m[0];
  return undefined;
}

/** `text` with its lower-case words of stem `stem` written `form`. */
function rewrite(text: string, stem: string, form: string, stems: Map<string, string>): string {
  return text.replace(WORD, (w) => (w === w.toLowerCase() && stemOfWritten(w, stems) === stem ? form : w));
}
