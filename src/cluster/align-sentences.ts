import { sortedDice } from '../lib/sorted-arrays.ts';

// Sentences with fewer content words ("He declined to comment.") match by accident; they are not counted at all.
const MIN_SENTENCE_WORDS = 4;

export interface SentenceLink {
  readonly copy: number;
  readonly original: number;
  readonly similarity: number;
}

export interface Alignment {
  readonly links: readonly SentenceLink[];
  /** Sentences of the copy that were long enough to count. */
  readonly counted: number;
  /** links / counted, 0 when nothing counted. */
  readonly score: number;
}

/** Dice coefficient of two sorted unique word-hash sets: tolerant of a few swapped words on either side. */
export function sentenceSimilarity(a: Uint32Array, b: Uint32Array): number {
  return sortedDice(a, b);
}

/**
 * One-to-one alignment of the copy's sentences to the original's: every pair at or above `threshold`, taken
 * greedily from the most similar, each sentence used once. Order is ignored, so reordered sentences still align.
 */
export function alignSentences(copy: readonly Uint32Array[], original: readonly Uint32Array[], threshold: number): Alignment {
  return greedyOneToOne(similarPairs(copy, original, threshold), countLong(copy));
}

/** Both directions from one similarity pass: `forward` treats `a` as the copy, `backward` treats `b` as the copy. */
export function alignBothWays(
  a: readonly Uint32Array[],
  b: readonly Uint32Array[],
  threshold: number,
): { forward: Alignment; backward: Alignment } {
  const pairs = similarPairs(a, b, threshold);
  const flipped = pairs.map((p) => ({ copy: p.original, original: p.copy, similarity: p.similarity }));
  return { forward: greedyOneToOne(pairs, countLong(a)), backward: greedyOneToOne(flipped, countLong(b)) };
}

function countLong(sentences: readonly Uint32Array[]): number {
  return sentences.filter((s) => s.length >= MIN_SENTENCE_WORDS).length;
}

function similarPairs(copy: readonly Uint32Array[], original: readonly Uint32Array[], threshold: number): SentenceLink[] {
  const out: SentenceLink[] = [];
  copy.forEach((c, i) => {
    if (c.length < MIN_SENTENCE_WORDS) return;
    original.forEach((o, j) => {
      if (o.length < MIN_SENTENCE_WORDS) return;
      // Dice can reach the threshold only if the sizes are close enough; skip the merge walk otherwise.
      if ((2 * Math.min(c.length, o.length)) / (c.length + o.length) < threshold) return;
      const similarity = sentenceSimilarity(c, o);
      if (similarity >= threshold) out.push({ copy: i, original: j, similarity });
    });
  });
  return out;
}

function greedyOneToOne(pairs: readonly SentenceLink[], counted: number): Alignment {
  const candidates = [...pairs].sort((x, y) => y.similarity - x.similarity || x.copy - y.copy || x.original - y.original);
  const usedCopy = new Set<number>();
  const usedOriginal = new Set<number>();
  const links: SentenceLink[] = [];
  for (const link of candidates) {
    if (usedCopy.has(link.copy) || usedOriginal.has(link.original)) continue;
    usedCopy.add(link.copy);
    usedOriginal.add(link.original);
    links.push(link);
  }
  links.sort((x, y) => x.copy - y.copy);
  return { links, counted, score: counted === 0 ? 0 : links.length / counted };
}
