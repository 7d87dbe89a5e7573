/** Sparse tf-idf vectors of stemmed content words, L2-normalized, for sentence similarity. */
export type SparseVector = ReadonlyMap<string, number>;

/** idf over sentences: log(N / sentence frequency). A word in every sentence weighs 0. */
export function sentenceIdf(termLists: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const sf = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) sf.set(t, (sf.get(t) ?? 0) + 1);
  const n = termLists.length;
  const idf = new Map<string, number>();
  sf.forEach((f, t) => idf.set(t, Math.log(n / f)));
  return idf;
}

export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): SparseVector {
  const v = new Map<string, number>();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 0));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return new Map();
  // forEach, not for…of over entries: a vector is made for every sentence and compared clause, most of them before
  // this is optimized, where each entry was an array plus an iterator result.
  v.forEach((x, t) => v.set(t, x / norm));
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  // No [small, large] array and no callback: this runs for every candidate pair, tens of thousands per large story.
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  // Keys, then the weight looked up: for-of over entries would make a [term, weight] array per entry.
  for (const t of small.keys()) {
    const y = large.get(t);
    if (y !== undefined) dot += (small.get(t) ?? 0) * y;
  }
  return Math.min(1, dot);
}

export function sharedKeys(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let n = 0;
  for (const t of small.keys()) if (large.has(t)) n++;
  return n;
}
