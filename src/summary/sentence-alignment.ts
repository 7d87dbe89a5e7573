import type { SentenceSupport } from './types.ts';
import type { PreparedSentence } from './prepare-sentences.ts';
import { cosine, sentenceIdf, sharedKeys, tfidfVector, type SparseVector } from './sentence-vectors.ts';

export interface AlignOptions {
  /** Cosine (tf-idf, stemmed content words) at or above which two sentences state the same content. */
  readonly threshold?: number;
  /** Lower cosine accepted when the two sentences also share `minAnchors` numbers / names. */
  readonly anchoredThreshold?: number;
  readonly minAnchors?: number;
  /** Content words both sentences must share: one rare word in common is not a shared statement. */
  readonly minSharedWords?: number;
}

// Calibrated by hand-judging random cross-document pairs of the odd (tuning) DUC 2004 clusters: at cosine 0.4-0.55
// about 11 of 14 pairs state the same fact; at 0.3-0.4 only pairs that also share two names/numbers hold up (8 of 12);
// below 0.3 pairs are on topic but say different things.
const DEFAULT_THRESHOLD = 0.4;
const DEFAULT_ANCHORED_THRESHOLD = 0.3;
// Two shared anchors (name heads or numbers: "annan", "122") pin the same fact when the wording differs.
const DEFAULT_MIN_ANCHORS = 2;
const DEFAULT_MIN_SHARED_WORDS = 2;
// Sentences with fewer content words carry too little to compare reliably ("He declined.").
export const MIN_CONTENT_WORDS = 3;

/** Sentences with their vectors: the shared state of alignment and support, built once per call. */
export interface AlignmentSpace {
  readonly sentences: readonly PreparedSentence[];
  readonly vectors: readonly SparseVector[];
  readonly anchors: readonly ReadonlySet<string>[];
  /** idf over these sentences: clauses are weighed in the same space as the sentences they come from. */
  readonly idf: ReadonlyMap<string, number>;
}

export function buildAlignmentSpace(sentences: readonly PreparedSentence[]): AlignmentSpace {
  const idf = sentenceIdf(sentences.map((s) => s.terms.content));
  return {
    sentences,
    vectors: sentences.map((s) => tfidfVector(s.terms.content, idf)),
    anchors: sentences.map((s) => new Set(s.terms.anchors)),
    idf,
  };
}

export interface Thresholds {
  readonly threshold: number;
  readonly anchoredThreshold: number;
  readonly minAnchors: number;
  readonly minSharedWords: number;
}

export function thresholds(options: AlignOptions): Thresholds {
  return {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    anchoredThreshold: options.anchoredThreshold ?? DEFAULT_ANCHORED_THRESHOLD,
    minAnchors: options.minAnchors ?? DEFAULT_MIN_ANCHORS,
    minSharedWords: options.minSharedWords ?? DEFAULT_MIN_SHARED_WORDS,
  };
}

/** Similarity of sentences i and j when they state the same content, else undefined. */
export function alignedSimilarity(space: AlignmentSpace, i: number, j: number, t: Thresholds): number | undefined {
  const a = space.sentences[i];
  const b = space.sentences[j];
  const va = space.vectors[i];
  const vb = space.vectors[j];
  if (!a || !b || !va || !vb || a.docIndex === b.docIndex) return undefined;
  if (a.terms.content.length < MIN_CONTENT_WORDS || b.terms.content.length < MIN_CONTENT_WORDS) return undefined;
  return statedSimilarity(
    { vector: va, anchors: space.anchors[i] ?? new Set() },
    { vector: vb, anchors: space.anchors[j] ?? new Set() },
    t,
  );
}

/** A stretch of text as the aligner compares it: a sentence or a clause. */
export interface Statement {
  readonly vector: SparseVector;
  readonly anchors: ReadonlySet<string>;
}

/** Cosine of two statements when they state the same content under the thresholds, else undefined. */
export function statedSimilarity(a: Statement, b: Statement, t: Thresholds): number | undefined {
  const sim = cosine(a.vector, b.vector);
  if (sim < t.anchoredThreshold) return undefined;
  if (sharedKeys(a.vector, b.vector) < t.minSharedWords) return undefined;
  if (sim >= t.threshold) return sim;
  let shared = 0;
  for (const x of a.anchors) if (b.anchors.has(x)) shared++;
  return shared >= t.minAnchors ? sim : undefined;
}

/** Every sentence of another document aligned with sentence `i`, best first. */
export function supportOf(space: AlignmentSpace, i: number, options: AlignOptions = {}): SentenceSupport[] {
  const t = thresholds(options);
  const out: SentenceSupport[] = [];
  space.sentences.forEach((s, j) => {
    const sim = alignedSimilarity(space, i, j, t);
    if (sim !== undefined) out.push({ docId: s.docId, sentenceIndex: s.sentenceIndex, similarity: round4(sim) });
  });
  return out.sort((x, y) => y.similarity - x.similarity || x.docId.localeCompare(y.docId) || x.sentenceIndex - y.sentenceIndex);
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
