import { combineHash } from './hash.ts';
import { distinctSorted } from '../lib/sorted-arrays.ts';
import type { BodySentence } from './split-body.ts';

function sortedUnique(values: number[]): Uint32Array {
  return distinctSorted(Uint32Array.from(values));
}

/** Per sentence, the sorted unique hashes of its content words (case-folded; names and words alike). */
export function sentenceWordSets(body: readonly BodySentence[]): Uint32Array[] {
  return body.map((s) => {
    const hashes: number[] = [];
    for (const w of s.words) if (w.content || w.number) hashes.push(w.termHash);
    return sortedUnique(hashes);
  });
}

/** Union of the sentence sets. */
export function documentWordSet(sentences: readonly Uint32Array[]): Uint32Array {
  const all: number[] = [];
  for (const s of sentences) for (const x of s) all.push(x);
  return sortedUnique(all);
}

/** Hashes of every run of `k` consecutive words (all words, case-folded): the near-duplicate unit. */
export function wordShingles(body: readonly BodySentence[], k: number): Uint32Array {
  const words: number[] = [];
  for (const s of body) for (const w of s.words) words.push(w.wordHash);
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < k) return sortedUnique([words.reduce((h, w) => combineHash(h, w), 0)]);
  const out: number[] = [];
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0;
    for (let j = 0; j < k; j++) h = combineHash(h, words[i + j] ?? 0);
    out.push(h);
  }
  return sortedUnique(out);
}

