import { porterStem } from '../eval/rouge/porter-stemmer.ts';
import { digitAt, letterAt } from '../text/char-at.ts';
import { ENGLISH_STOPWORDS } from '../text/stopwords.ts';
import type { TextRange } from '../model/span.ts';
import { RATIO_NUMBER_WORDS } from '../nlp/quantities/number-words.ts';
import { tokenize, words } from '../text/tokens.ts';

// Words that carry no event content in news but are not function words: reporting verbs and news filler. Kept out of
// the content words that sentence similarity compares, so "officials said" is not a shared statement.
const NEWS_FILLER: ReadonlySet<string> = new Set(
  'said says say told according added also would could one two new mr mrs ms year years time week'.split(' '),
);

// The tokenizer's words split into alphanumeric pieces are, for most text, just the runs of letters (and digits)
// after a letter, and the runs of digits: "1980s" → 1980, s. Text where that shortcut and the tokenizer could part
// (combining marks; a joined piece starting with digits, "mid-1980s" → mid, 1980s) takes the tokenizer. The shortcut
// is ~5× faster, and preparing sentences is a large share of a 200-article brief.
const NEEDS_TOKENIZER = /\p{M}|['’.-]\p{N}+\p{L}/u;
const PIECE = /\p{L}[\p{L}\p{N}]*|\p{N}+/gu;

/**
 * The pieces of `text` as PIECE finds them (a letter and the letters and digits after it, or a run of digits), as
 * [start, end) offsets, given to `each` in order: walked by hand, so no match array per piece (sentences are walked
 * for pieces several times per brief, and the arrays were a large share of its garbage).
 */
export function eachPiece(text: string, each: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let n = letterAt(text, i);
    if (n > 0) {
      const start = i;
      i += n;
      for (;;) {
        n = letterAt(text, i) || digitAt(text, i);
        if (n === 0) break;
        i += n;
      }
      each(start, i);
      continue;
    }
    n = digitAt(text, i);
    if (n > 0) {
      const start = i;
      i += n;
      for (n = digitAt(text, i); n > 0; n = digitAt(text, i)) i += n;
      each(start, i);
      continue;
    }
    // Past one code point (a surrogate pair is one).
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
}

/** Lower-case alphanumeric pieces, split like ROUGE does ("U.S.-led" → u, s, led) so concepts line up with what is scored. */
export function rawTerms(text: string): string[] {
  if (!NEEDS_TOKENIZER.test(text)) return text.toLowerCase().match(PIECE) ?? [];
  const out: string[] = [];
  for (const w of words(text)) {
    for (const piece of w.split(/[^\p{L}\p{N}]+/u)) if (piece.length > 0) out.push(piece);
  }
  return out;
}

export function isStop(term: string): boolean {
  return ENGLISH_STOPWORDS.has(term) || NEWS_FILLER.has(term);
}

/**
 * Memo of word → stem. Stemming is the costliest step of preparing a 200-article story and words repeat a lot; the
 * caller owns the cache (one per call, or the statement aligner's, kept across stories), so there is no hidden module
 * state, and a stem is a pure function of its word, so no result depends on what ran before.
 */
export type StemCache = Map<string, string>;

// Cache bound: past this many words a cache kept across stories starts over instead of growing without limit (a few
// MB at most; see MAX_MEMO_FORMS in src/align/statement-view.ts).
const MAX_CACHED_STEMS = 50_000;

/** Porter stem for words longer than 3 characters (ROUGE's -m rule); short words are kept as they are. */
export function stemTerm(term: string, cache?: StemCache): string {
  if (term.length <= 3) return term;
  const hit = cache?.get(term);
  if (hit !== undefined) return hit;
  const stem = porterStem(term);
  if (cache) {
    if (cache.size >= MAX_CACHED_STEMS) cache.clear();
    cache.set(term, stem);
  }
  return stem;
}

// Day and month names are capitalized but every story has them: they do not pin a fact.
const CALENDAR: ReadonlySet<string> = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

export interface SentenceTerms {
  /** Stemmed tokens in order, stopwords included (bigram concepts need adjacency). */
  readonly stems: readonly string[];
  /** Stemmed content words (no stopwords / filler, no 1-char tokens). */
  readonly content: readonly string[];
  /** Bigram concepts: adjacent stems unless both are function words ("hun sen", "sen said"; not "of the"). */
  readonly bigrams: readonly string[];
  /** Numbers and the last words of capitalized names, lower-cased: anchors that pin two sentences to one fact. */
  readonly anchors: readonly string[];
}

// A cheap test before looking for ratios piece by piece: most sentences have none.
const MAY_HAVE_RATIO = /[\p{N}a-z][- ]in[- ][\p{N}a-z]/iu;

/**
 * The sides of ratios among a text's pieces (all of them, function words included), by piece index → the side as digits:
 * "1 in 3", "1-in-3" and "one-in-three" all give 1 and 3. Outlets write odds each way; as digits both sides are content
 * words (a one-digit number otherwise is not, and "one" is filler), so "there's a 1 in 3 chance that we could lose" and
 * "there's a one-in-three chance we could lose" share the ratio and have enough content words to be compared at all.
 */
export function ratioSides(pieces: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  const side = (w: string | undefined): string | undefined => (w === undefined ? undefined : /^\p{N}+$/u.test(w) ? w : RATIO_NUMBER_WORDS.get(w));
  for (let i = 1; i + 1 < pieces.length; i++) {
    if (pieces[i] !== 'in') continue;
    const a = side(pieces[i - 1]);
    const b = side(pieces[i + 1]);
    if (a === undefined || b === undefined) continue;
    out.set(i - 1, a);
    out.set(i + 1, b);
  }
  return out;
}

export function sentenceTerms(text: string, cache?: StemCache): SentenceTerms {
  const raw = rawTerms(text);
  const ratios = MAY_HAVE_RATIO.test(text) ? ratioSides(raw) : undefined;
  const stems = raw.map((t, i) => ratios?.get(i) ?? stemTerm(t, cache));
  // Whether each piece is a function word, looked up once: the content test and the bigram test both read it.
  const functionWord = raw.map((t) => ENGLISH_STOPWORDS.has(t));
  const content: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] ?? '';
    // isStop(t), with its function-word half already known.
    if (ratios?.has(i) || (!(functionWord[i] === true || NEWS_FILLER.has(t)) && t.length > 1)) content.push(stems[i] ?? t);
  }
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < raw.length; i++) {
    // Only pairs of function words are dropped: "officials said" or "two years" are shared content for concepts
    // (tuned on the odd DUC clusters: excluding the news filler words here cost 0.6 ROUGE-2).
    if (functionWord[i] === true && functionWord[i + 1] === true) continue;
    bigrams.push(`${stems[i]} ${stems[i + 1]}`);
  }
  return { stems, content, bigrams, anchors: anchorsOf(text) };
}

// Numbers, and names as the last word of a run of capitalized words ("Secretary-General Kofi Annan" and "Annan" both
// give "annan"), so one shared name is one anchor however it is introduced. A single capitalized word opening the
// sentence is not taken: it is usually just the first word.
export function anchorsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b\d[\d,.]*\b/g)) out.add(m[0].replace(/[,.]$/, ''));
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)) {
    const words = m[0].toLowerCase().split(/\s+/);
    const atStart = (m.index ?? 0) === 0 || /[.!?"“]\s*$/.test(text.slice(0, m.index ?? 0));
    const head = words[words.length - 1] ?? '';
    if ((atStart && words.length === 1) || isStop(head) || head.length < 3 || CALENDAR.has(head)) continue;
    out.add(head);
  }
  return [...out];
}

/** A content word of a text with its place, as a clause of the text keeps it. */
export interface ContentPiece extends TextRange {
  readonly stem: string;
  /** Capitalized where a capital is not just the start of the text, a quotation or a clause after a colon or dash. */
  readonly capitalized: boolean;
}

// Where a capital is just the start of a sentence, a quotation or a clause after a colon or dash.
const OPENING = /(?:^|["“‘(:—–-])\s*$/;

/**
 * The content words of `text` — the same stems, in the same order, as `sentenceTerms(text).content`, which the caller
 * passes in so nothing is stemmed twice — with their offsets (plus `offset`) and whether they are capitalized.
 */
export function contentPieces(text: string, offset: number, content: readonly string[], cache?: StemCache): ContentPiece[] {
  const out: ContentPiece[] = [];
  const add = (piece: string, at: number, stem: string | undefined): void => {
    // Upper case is what lower-casing changes; the opening test runs only then.
    const first = text[at] ?? '';
    const capitalized = first !== first.toLowerCase() && !OPENING.test(text.slice(Math.max(0, at - 3), at));
    out.push({ stem: stem ?? stemTerm(piece.toLowerCase(), cache), start: offset + at, end: offset + at + piece.length, capitalized });
  };
  const lower = text.toLowerCase();
  // The fast path reads the lower-cased text, whose offsets are the text's unless lower-casing changed a length.
  if (!NEEDS_TOKENIZER.test(text) && lower.length === text.length) {
    let k = 0;
    // Ratio sides are content words, as `sentenceTerms` counts them (their pieces are the same: `rawTerms`).
    const ratios = MAY_HAVE_RATIO.test(text) ? ratioSides(lower.match(PIECE) ?? []) : undefined;
    let index = -1;
    eachPiece(lower, (start, end) => {
      index++;
      // A one-character piece is never content (unless a ratio side): no string is cut for it.
      if (end - start <= 1 && !ratios?.has(index)) return;
      const w = lower.slice(start, end);
      if (!ratios?.has(index) && isStop(w)) return;
      add(w, start, content[k++]);
    });
    // `content` from another text would misplace every stem: then the stems are computed here.
    if (k === content.length) return out;
    return out.map((p) => ({ ...p, stem: stemTerm(lower.slice(p.start - offset, p.end - offset), cache) }));
  }
  // Rare text (combining marks, "mid-1980s"): the tokenizer's pieces, stemmed here.
  for (const t of tokenize(text)) {
    if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
    for (const m of t.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const lower = m[0].toLowerCase();
      if (!isStop(lower) && lower.length > 1) add(m[0], t.start + (m.index ?? 0), undefined);
    }
  }
  return out;
}
