import { porterStem } from '../eval/rouge/porter-stemmer.ts';
import { ENGLISH_STOPWORDS } from '../text/stopwords.ts';
import { words } from '../text/tokens.ts';

// Words that carry no event content in news but are not function words: reporting verbs and news filler. Kept out of
// the content words that sentence similarity compares, so "officials said" is not a shared statement.
const NEWS_FILLER: ReadonlySet<string> = new Set(
  'said says say told according added also would could one two new mr mrs ms year years time week'.split(' '),
);

/** Lower-case alphanumeric pieces, split like ROUGE does ("U.S.-led" → u, s, led) so concepts line up with what is scored. */
export function rawTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    for (const piece of w.split(/[^\p{L}\p{N}]+/u)) if (piece.length > 0) out.push(piece);
  }
  return out;
}

export function isStop(term: string): boolean {
  return ENGLISH_STOPWORDS.has(term) || NEWS_FILLER.has(term);
}

/** Porter stem for words longer than 3 characters (ROUGE's -m rule); short words are kept as they are. */
export function stemTerm(term: string): string {
  return term.length > 3 ? porterStem(term) : term;
}

export interface SentenceTerms {
  /** Stemmed tokens in order, stopwords included (bigram concepts need adjacency). */
  readonly stems: readonly string[];
  /** Stemmed content words (no stopwords / filler, no 1-char tokens). */
  readonly content: readonly string[];
  /** Bigram concepts: adjacent stems unless both are function words ("hun sen", "sen said"; not "of the"). */
  readonly bigrams: readonly string[];
  /** Numbers and capitalized names as written, lower-cased: anchors that make two sentences state the same fact. */
  readonly anchors: readonly string[];
}

export function sentenceTerms(text: string): SentenceTerms {
  const raw = rawTerms(text);
  const stems = raw.map(stemTerm);
  const content: string[] = [];
  raw.forEach((t, i) => {
    if (!isStop(t) && t.length > 1) content.push(stems[i] ?? t);
  });
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i] ?? '';
    const b = raw[i + 1] ?? '';
    // Only pairs of function words are dropped: "officials said" or "two years" are shared content for concepts
    // (tuned on the odd DUC clusters: excluding the news filler words here cost 0.6 ROUGE-2).
    if (ENGLISH_STOPWORDS.has(a) && ENGLISH_STOPWORDS.has(b)) continue;
    bigrams.push(`${stems[i]} ${stems[i + 1]}`);
  }
  return { stems, content, bigrams, anchors: anchorsOf(text) };
}

// Sentence-initial capitals are not names: skip the first word unless a second capitalized word follows it.
function anchorsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b\d[\d,.]*\b/g)) out.add(m[0].replace(/[,.]$/, ''));
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]{2,}/gu)) {
    const w = m[0].toLowerCase();
    if (!isStop(w)) out.add(w);
  }
  return [...out];
}
