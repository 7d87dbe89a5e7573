import type { StatementView, ViewWord } from './statement-view.ts';
import { sortedDice } from '../lib/sorted-arrays.ts';
import { setDice } from '../lib/set-dice.ts';
import type { WordVectors } from './word-vectors.ts';

/** What each feature measures, in the order `pairFeatures` returns them (also the model's explanation labels). */
export const FEATURE_NAMES = [
  'meaning overlap (mean of both sides)',
  'meaning overlap (less covered side)',
  'meaning overlap (better covered side)',
  'same words (less covered side)',
  'same words (better covered side)',
  'rarest word without a counterpart',
  'words without a counterpart (longer side)',
  'words without a counterpart (shorter side)',
  'sentence vectors cosine',
  'tf-idf cosine',
  'shared words',
  'shared word pairs',
  'shared word triples',
  'length difference',
  'length',
  'numbers on one side only',
  'numbers on both sides, all the same',
  'names shared',
  'names on one side only (more)',
  'names on one side only (fewer)',
  'negation on one side',
  'expectation on one side',
  'different days',
  'words in the same order',
  'shared word quadruples',
  'shared letter triples',
  'rarity of words without a counterpart (share)',
  'content words (fewer side)',
  'content words (more side)',
  'words without a counterpart that are names or numbers',
] as const;

// A word's best counterpart below this cosine is no counterpart ("troops" ~ "soldiers" is 0.7, "troops" ~ "border" 0.4).
const NO_COUNTERPART = 0.5;

/**
 * Features of a pair of statements for the same-fact model. Symmetric: the pair (a, b) gives the same features as
 * (b, a), so the decision never depends on which article is read first.
 */
export function pairFeatures(a: StatementView, b: StatementView, vectors: WordVectors): number[] {
  const da = a.detail();
  const db = b.detail();
  const sims = similarities(a.words, b.words, vectors);
  const ab = coverage(a.words, b.words.length, (i, j) => sims[i * b.words.length + j] ?? 0);
  const ba = coverage(b.words, a.words.length, (i, j) => sims[j * b.words.length + i] ?? 0);
  const semLow = Math.min(ab.meaning, ba.meaning);
  const semHigh = Math.max(ab.meaning, ba.meaning);
  const longer = a.tokens.length >= b.tokens.length ? [ab, ba] : [ba, ab];
  const la = a.tokens.length;
  const lb = b.tokens.length;
  const numOnlyA = [...a.numbers].filter((n) => !b.numbers.has(n)).length;
  const numOnlyB = [...b.numbers].filter((n) => !a.numbers.has(n)).length;
  const namesShared = [...a.names].filter((n) => b.names.has(n)).length;
  const namesUnion = a.names.size + b.names.size - namesShared;
  const onlyA = a.names.size - namesShared;
  const onlyB = b.names.size - namesShared;
  const days = a.calendar.size > 0 && b.calendar.size > 0 && ![...a.calendar].some((d) => b.calendar.has(d));
  return [
    (ab.meaning + ba.meaning) / 2,
    semLow,
    semHigh,
    Math.min(ab.exact, ba.exact),
    Math.max(ab.exact, ba.exact),
    Math.max(ab.rarestMissing, ba.rarestMissing),
    longer[0]?.missing ?? 0,
    longer[1]?.missing ?? 0,
    centroidCosine(da.centroid, db.centroid),
    tfidfCosine(a, b),
    setDice(da.grams[0], db.grams[0]),
    setDice(da.grams[1], db.grams[1]),
    setDice(da.grams[2], db.grams[2]),
    Math.abs(la - lb) / Math.max(1, la, lb),
    Math.log(1 + Math.max(la, lb)),
    numOnlyA + numOnlyB,
    a.numbers.size > 0 && numOnlyA + numOnlyB === 0 ? 1 : 0,
    namesUnion === 0 ? 0.5 : namesShared / namesUnion,
    Math.max(onlyA, onlyB),
    Math.min(onlyA, onlyB),
    a.negations > 0 !== b.negations > 0 ? 1 : 0,
    a.modal !== b.modal ? 1 : 0,
    days ? 1 : 0,
    orderAgreement(a.words, b.words),
    setDice(da.grams[3], db.grams[3]),
    sortedDice(da.letters, db.letters),
    (ab.missingIdf + ba.missingIdf) / Math.max(1e-9, ab.totalIdf + ba.totalIdf),
    Math.min(a.words.length, b.words.length),
    Math.max(a.words.length, b.words.length),
    ab.missingAnchors + ba.missingAnchors,
  ];
}

interface Coverage {
  /** idf-weighted mean of each word's best counterpart similarity. */
  readonly meaning: number;
  /** idf-weighted share of words found by stem. */
  readonly exact: number;
  /** idf of the rarest word with no counterpart (0 if every word has one). */
  readonly rarestMissing: number;
  readonly missing: number;
  readonly missingIdf: number;
  readonly totalIdf: number;
  /** Names and numbers without a counterpart. */
  readonly missingAnchors: number;
}

/**
 * Similarity of every word of `a` to every word of `b` (row-major): 1 for the same stem, names and numbers only by
 * spelling, other words by vector cosine. Computed once per pair and read in both directions.
 */
function similarities(a: readonly ViewWord[], b: readonly ViewWord[], vectors: WordVectors): Float64Array {
  const out = new Float64Array(a.length * b.length);
  const { dims, data } = vectors;
  for (let i = 0; i < a.length; i++) {
    const w = a[i];
    if (!w) continue;
    const byVector = !(w.name || w.number || w.row < 0);
    // w's row offset once per word, not once per pair (rowCosine's sum, in the same order).
    const oa = byVector ? vectors.unit(w.row) : 0;
    for (let j = 0; j < b.length; j++) {
      const x = b[j];
      if (!x) continue;
      if (x.stem === w.stem) out[i * b.length + j] = 1;
      else if (byVector && !(x.name || x.number || x.row < 0)) {
        if (x.row === w.row) {
          out[i * b.length + j] = 1;
          continue;
        }
        const ob = vectors.unit(x.row);
        let sum = 0;
        for (let d = 0; d < dims; d++) sum += (data[oa + d] ?? 0) * (data[ob + d] ?? 0);
        out[i * b.length + j] = sum;
      }
    }
  }
  return out;
}

/** How well `from`'s words are covered by the other side's `toCount` words, given their similarities. */
function coverage(from: readonly ViewWord[], toCount: number, sim: (i: number, j: number) => number): Coverage {
  let total = 0;
  let meaning = 0;
  let exact = 0;
  let rarestMissing = 0;
  let missing = 0;
  let missingIdf = 0;
  let missingAnchors = 0;
  from.forEach((w, i) => {
    let best = 0;
    for (let j = 0; j < toCount && best < 1; j++) best = Math.max(best, sim(i, j));
    total += w.idf;
    meaning += w.idf * best;
    if (best >= 1) exact += w.idf;
    if (best < NO_COUNTERPART) {
      missing++;
      missingIdf += w.idf;
      if (w.name || w.number) missingAnchors++;
      if (w.idf > rarestMissing) rarestMissing = w.idf;
    }
  });
  if (total === 0) return { meaning: 0, exact: 0, rarestMissing: 0, missing: 0, missingIdf: 0, totalIdf: 0, missingAnchors: 0 };
  return { meaning: meaning / total, exact: exact / total, rarestMissing, missing, missingIdf, totalIdf: total, missingAnchors };
}

/**
 * idf-weighted share of the less covered side's words that the other side has (by stem): feature
 * 'same words (less covered side)' without the rest, for a cheap first test.
 */
export function sharedWordsShare(a: StatementView, b: StatementView): number {
  const side = (x: StatementView, y: StatementView): number => {
    let total = 0;
    let shared = 0;
    for (const w of x.words) {
      total += w.idf;
      if (y.weights.has(w.stem)) shared += w.idf;
    }
    return total === 0 ? 0 : shared / total;
  };
  return Math.min(side(a, b), side(b, a));
}

function centroidCosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}

function tfidfCosine(a: StatementView, b: StatementView): number {
  if (a.stemNorm === 0 || b.stemNorm === 0) return 0;
  let dot = 0;
  // forEach, not for…of over entries, which makes an array and an iterator result per word until this is optimized.
  a.weights.forEach((v, k) => {
    dot += v * (b.weights.get(k) ?? 0);
  });
  return dot / Math.sqrt(a.stemNorm * b.stemNorm);
}

/** Longest common subsequence of content stems over the shorter side's length: the same words told in the same order. */
function orderAgreement(a: readonly ViewWord[], b: readonly ViewWord[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1]?.stem === b[j - 1]?.stem ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return (prev[b.length] ?? 0) / n;
}
