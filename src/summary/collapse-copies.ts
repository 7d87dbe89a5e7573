import type { PreparedSentence } from './prepare-sentences.ts';

// Two reports sharing this share of their bigram concepts (Jaccard) are one report run twice (wire copies, updated
// versions): counting both would make one outlet's wording look like agreement between sources.
const COPY_JACCARD = 0.6;

/**
 * For each document index, the index of the earliest document it copies (itself when original). Pure; O(docs²) on
 * bigram sets, which is fine for stories of a few hundred articles.
 */
export function collapseCopies(sentences: readonly PreparedSentence[], docCount: number, threshold = COPY_JACCARD): number[] {
  const sets: Set<string>[] = Array.from({ length: docCount }, () => new Set<string>());
  for (const s of sentences) for (const b of s.terms.bigrams) sets[s.docIndex]?.add(b);
  const canonical = Array.from({ length: docCount }, (_, i) => i);
  for (let i = 0; i < docCount; i++) {
    const a = sets[i];
    if (!a || a.size === 0) continue;
    for (let j = 0; j < i; j++) {
      if (canonical[j] !== j) continue;
      const b = sets[j];
      if (!b || b.size === 0) continue;
      let inter = 0;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      for (const x of small) if (large.has(x)) inter++;
      if (inter / (a.size + b.size - inter) >= threshold) {
        canonical[i] = j;
        break;
      }
    }
  }
  return canonical;
}
