import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatementView } from './statement-view.ts';
import { ALIGN_MODEL_DIR } from './word-vectors.ts';

/**
 * TF-KLD term weights (Ji & Eisenstein 2013, "Discriminative improvements to distributional sentence similarity"):
 * each stemmed unigram and bigram is weighted by how differently it behaves in paraphrase and non-paraphrase pairs of
 * MSRP train. A word that paraphrases keep on both sides ("percent", a name) weighs much, a word that either kind of
 * pair drops as often (a filler) weighs little. The aligner's feature is the cosine of the two sentences' TF-KLD
 * vectors. Learned from MSRP train only (scripts/train-paraphrase.ts); shipped as models/align/tf-kld.txt.
 */
export interface TfKld {
  /** Stemmed unigram or bigram ("said", "share price") → weight. Terms outside the list count for nothing. */
  readonly weight: ReadonlyMap<string, number>;
  /**
   * The same terms numbered, for reading a statement without building a string per bigram: unigram → id, and first
   * word → second word → id; `weights[id]` is the term's weight.
   */
  readonly unigramId: ReadonlyMap<string, number>;
  readonly bigramId: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly weights: Float64Array;
  /** Each view's weighted terms and norm, computed once per view: a story compares one statement with many. */
  readonly vectors: WeakMap<StatementView, TermVector>;
}

/** A statement's weighed terms: ids ascending, each with tf × weight, and the vector's length. */
interface TermVector {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly norm: number;
}

/** The pair of stemmed token lists a weight is learned from, with its label (1 paraphrase). */
export interface LabelledStems {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly label: number;
}

// A term must occur in at least this many training sentences to be weighed: one occurrence says nothing about how
// paraphrases treat it, and half the terms are such singletons (CV on MSRP train: 0.707 accuracy alone at 2).
const MIN_SENTENCES = 2;
// Pseudo-pairs pulling each term's keep-rate toward the rate of all terms: a term seen in few pairs gets a weight
// near zero instead of an extreme one (a fixed add-0.05 toward 1/2 gave rare terms the largest weights).
const PRIOR_PAIRS = 4;
// Keep-rates are clipped away from 0 and 1 so that the divergence stays finite.
const RATE_FLOOR = 1e-4;

/** The stemmed unigrams and bigrams of a token list, each with its count. */
export function termCounts(stems: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] ?? '';
    out.set(s, (out.get(s) ?? 0) + 1);
    if (i + 1 < stems.length) {
      const bigram = s + ' ' + (stems[i + 1] ?? '');
      out.set(bigram, (out.get(bigram) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Learns the weights from labelled pairs. For each term, p is the chance that one sentence has it given that the other
 * has it, over paraphrase pairs, and q the same over non-paraphrase pairs; the weight is the Bernoulli KL divergence
 * KL(p‖q).
 */
export function fitTfKld(pairs: readonly LabelledStems[]): TfKld {
  const sentences = new Map<string, number>();
  for (const p of pairs) for (const s of [p.a, p.b]) for (const t of termCounts(s).keys()) sentences.set(t, (sentences.get(t) ?? 0) + 1);
  // both[label], one[label]: pairs where both sides have the term, and where only one has it.
  const both = [new Map<string, number>(), new Map<string, number>()];
  const one = [new Map<string, number>(), new Map<string, number>()];
  for (const p of pairs) {
    const a = termCounts(p.a);
    const b = termCounts(p.b);
    const l = p.label === 1 ? 1 : 0;
    for (const t of new Set([...a.keys(), ...b.keys()])) {
      if ((sentences.get(t) ?? 0) < MIN_SENTENCES) continue;
      const m = (a.has(t) && b.has(t) ? both : one)[l] as Map<string, number>;
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  // Keep-rate: of the (ordered) times one side has the term, the share where the other side has it too.
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const prior = (l: number): number => sum(both[l] as Map<string, number>) / (sum(both[l] as Map<string, number>) + 0.5 * sum(one[l] as Map<string, number>));
  const p0 = prior(1);
  const q0 = prior(0);
  const rate = (l: number, t: string, r0: number): number => {
    const k = (both[l] as Map<string, number>).get(t) ?? 0;
    const o = (one[l] as Map<string, number>).get(t) ?? 0;
    return Math.min(1 - RATE_FLOOR, Math.max(RATE_FLOOR, (k + PRIOR_PAIRS * r0) / (k + 0.5 * o + PRIOR_PAIRS)));
  };
  const weight = new Map<string, number>();
  for (const [t, n] of [...sentences].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    if (n < MIN_SENTENCES) continue;
    const p = rate(1, t, p0);
    const q = rate(0, t, q0);
    weight.set(t, p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q)));
  }
  return tfKldOf(weight);
}

/** The model of a term → weight map, its terms numbered in the map's order. */
function tfKldOf(weight: ReadonlyMap<string, number>): TfKld {
  const unigramId = new Map<string, number>();
  const bigramId = new Map<string, Map<string, number>>();
  const weights = new Float64Array(weight.size);
  let id = 0;
  for (const [t, w] of weight) {
    weights[id] = w;
    const space = t.indexOf(' ');
    if (space < 0) unigramId.set(t, id);
    else {
      const first = t.slice(0, space);
      let seconds = bigramId.get(first);
      if (seconds === undefined) bigramId.set(first, (seconds = new Map()));
      seconds.set(t.slice(space + 1), id);
    }
    id++;
  }
  return { weight, unigramId, bigramId, weights, vectors: new WeakMap() };
}

function termVector(model: TfKld, view: StatementView): TermVector {
  let v = model.vectors.get(view);
  if (v !== undefined) return v;
  const tf = new Map<number, number>();
  const stems = view.tokenStems;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] ?? '';
    const uni = model.unigramId.get(s);
    if (uni !== undefined) tf.set(uni, (tf.get(uni) ?? 0) + 1);
    const bi = i + 1 < stems.length ? model.bigramId.get(s)?.get(stems[i + 1] ?? '') : undefined;
    if (bi !== undefined) tf.set(bi, (tf.get(bi) ?? 0) + 1);
  }
  const ids = Int32Array.from(tf.keys()).sort();
  const values = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, k) => {
    const x = (tf.get(id) ?? 0) * (model.weights[id] ?? 0);
    values[k] = x;
    norm += x * x;
  });
  v = { ids, values, norm: Math.sqrt(norm) };
  model.vectors.set(view, v);
  return v;
}

/** Cosine of the two statements' TF-KLD vectors (0 when either has no weighed term). */
export function tfKldCosine(model: TfKld, a: StatementView, b: StatementView): number {
  const x = termVector(model, a);
  const y = termVector(model, b);
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  // Both id lists ascend: one merge.
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length; ) {
    const p = x.ids[i] as number;
    const q = y.ids[j] as number;
    if (p === q) dot += (x.values[i++] as number) * (y.values[j++] as number);
    else if (p < q) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}

export function formatTfKld(model: TfKld): string {
  return [...model.weight].map(([t, w]) => `${t}\t${w.toPrecision(4)}`).join('\n') + '\n';
}

export function loadTfKld(dir: string = ALIGN_MODEL_DIR): TfKld {
  const weight = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'tf-kld.txt'), 'utf8').split('\n')) {
    if (line.length === 0) continue;
    const tab = line.lastIndexOf('\t');
    const w = Number(line.slice(tab + 1));
    if (tab <= 0 || !Number.isFinite(w)) throw new Error(`tf-kld weights in ${dir}: bad line ${JSON.stringify(line)}`);
    weight.set(line.slice(0, tab), w);
  }
  return tfKldOf(weight);
}
