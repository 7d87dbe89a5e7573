/** A bag of n-grams (or skip-bigrams) and how many were counted, as ROUGE-1.5.5 builds it (`_cn_` is `total`). */
export interface GramBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

function add(counts: Map<string, number>, gram: string): void {
  counts.set(gram, (counts.get(gram) ?? 0) + 1);
}

/** Contiguous n-grams (`createNGram`). */
export function ngramBag(tokens: readonly string[], n: number): GramBag {
  if (!Number.isInteger(n) || n < 1) throw new TypeError('ngramBag: n must be a positive integer');
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    add(counts, tokens.slice(i, i + n).join(' '));
    total++;
  }
  return { counts, total };
}

/**
 * Skip-bigrams with at most `maxGap` words between the pair (`createSkipBigram`; negative: unlimited), plus unigrams
 * when `withUnigrams` (ROUGE-SU). ROUGE-1.5.5 quirk kept: the loop stops before the last token, so the last token's
 * unigram is never counted, and a one-token summary yields nothing.
 */
export function skipBigramBag(tokens: readonly string[], maxGap: number, withUnigrams: boolean): GramBag {
  if (!Number.isInteger(maxGap)) throw new TypeError('skipBigramBag: maxGap must be an integer');
  const counts = new Map<string, number>();
  let total = 0;
  const last = tokens.length - 1;
  for (let i = 0; i < last; i++) {
    const first = tokens[i] ?? '';
    if (withUnigrams) {
      add(counts, first);
      total++;
    }
    for (let j = i + 1; j <= last && (maxGap < 0 || j <= i + maxGap + 1); j++) {
      add(counts, first + ' ' + (tokens[j] ?? ''));
      total++;
    }
  }
  return { counts, total };
}

/** Clipped matches: each gram counts min(model count, peer count) (`ngramScore`). */
export function clippedHits(model: GramBag, peer: GramBag): number {
  let hits = 0;
  for (const [gram, m] of model.counts) {
    const p = peer.counts.get(gram);
    if (p !== undefined) hits += Math.min(m, p);
  }
  return hits;
}
