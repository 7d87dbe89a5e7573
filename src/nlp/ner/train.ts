import type { ConllDocument } from './conll.ts';
import { decodeDocument } from './decode.ts';
import { makeModel, type NerModel, type PassWeights } from './model.ts';
import { stackFeatures } from './stack-features.ts';
import { buildWeightTable } from './weight-table.ts';
import { documentFeatures, type FeatureLexicons, type SentenceFeatures } from './features.ts';
import { caseLexiconFrom, gazetteerFrom } from './lexicons.ts';
import { LABEL_COUNT, spansToBilou } from './labels.ts';
import { mix } from './hash.ts';
import { buildWordLexicon } from './word-lexicon.ts';
import type { Gazetteer } from './gazetteer.ts';
import { mulberry32 } from '../../lib/mulberry32.ts';

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Folds for jackknifing: gazetteer features and first-pass labels of a training document come from data without its fold. */
  readonly folds: number;
  /** Static features seen fewer times than this in training are dropped (they would only memorize). */
  readonly minCount: number;
  readonly clusters: ReadonlyMap<string, string>;
  /** Outside name lists (external-gazetteer.ts); an empty gazetteer trains without them. */
  readonly external: Gazetteer;
  /** Train the stacked second pass too. */
  readonly stacked: boolean;
  /** Scores a candidate model on the dev split (higher is better); picks the epoch of each pass. */
  readonly dev?: (model: NerModel) => number;
  readonly log?: (line: string) => void;
}

export interface TrainedNer {
  readonly pass1: PassWeights;
  readonly pass2: PassWeights | null;
  readonly lexicons: FeatureLexicons;
}

interface Example {
  readonly features: readonly SentenceFeatures[];
  readonly gold: readonly Int8Array[];
}

/**
 * Averaged perceptron state (Daumé's trick: average = w − u / c), keyed like the inference table so the same
 * decoder reads it. Local to one training run; it grows (rehashes) as updates touch new features.
 */
interface Perceptron {
  entries: Uint32Array;
  mask: number;
  weights: Float32Array;
  u: Float64Array;
  count: number;
  c: number;
}

/** Trains the greedy BILOU tagger (and its stacked second pass). Deterministic for a given seed. */
export function trainNer(docs: readonly ConllDocument[], opts: TrainOptions): TrainedNer {
  const log = opts.log ?? (() => undefined);
  const lexicons: FeatureLexicons = {
    gazetteer: gazetteerFrom(docs),
    external: opts.external,
    words: buildWordLexicon(caseLexiconFrom(docs), opts.clusters),
  };
  const pruned = pruneRare(jackknifedExamples(docs, lexicons, opts.folds), opts.minCount);
  log(`train: ${docs.length} docs, static features kept after count cutoff: ${pruned.kept}`);
  const { dev } = opts;
  // Without a dev scorer every epoch would tie at 0 and the first would be kept; null keeps the last instead.
  const first = trainPass(pruned.examples, opts.epochs, opts.seed, dev ? (w) => dev(makeModel(w, null, lexicons)) : null, log);
  log(`pass 1: best epoch ${first.epoch}`);
  const pass1 = first.weights;
  if (!opts.stacked) return { pass1, pass2: null, lexicons };
  const stacked = stackedExamples(pruned.examples, opts, first.epoch, log);
  const second = trainPass(stacked, opts.epochs, opts.seed + 1, dev ? (w) => dev(makeModel(pass1, w, lexicons)) : null, log);
  log(`pass 2: best epoch ${second.epoch}`);
  return { pass1, pass2: second.weights, lexicons };
}

/**
 * Second-pass training data: each document's first-pass labels come from a first-pass model trained without its
 * fold, so the second pass learns how far to trust labels that were not fitted to the very same text.
 */
function stackedExamples(examples: readonly Example[], opts: TrainOptions, epochs: number, log: (l: string) => void): Example[] {
  const pass1Labels: Int8Array[][] = new Array<Int8Array[]>(examples.length);
  for (let f = 0; f < opts.folds; f++) {
    const inFold = (i: number): boolean => i % opts.folds === f;
    const w = trainPass(examples.filter((_, i) => !inFold(i)), epochs, opts.seed + 10 + f, null, () => undefined).weights;
    const table = buildWeightTable(w.hashes, w.weights, LABEL_COUNT);
    examples.forEach((ex, i) => {
      if (inFold(i)) pass1Labels[i] = decodeDocument(table, ex.features, { constrained: true });
    });
    log(`stacking: fold ${f + 1}/${opts.folds} labelled`);
  }
  return examples.map((ex, i) => ({ gold: ex.gold, features: stackFeatures(ex.features, pass1Labels[i] ?? []) }));
}

/** Trains one pass; keeps the epoch the dev scorer likes best (the last one when there is no scorer). */
function trainPass(
  examples: readonly Example[],
  epochs: number,
  seed: number,
  dev: ((w: PassWeights) => number) | null,
  log: (line: string) => void,
): { weights: PassWeights; epoch: number } {
  const p = newPerceptron();
  const rng = mulberry32(seed);
  const order = examples.map((_, i) => i);
  let bestScore = -Infinity;
  let best: { weights: PassWeights; epoch: number } | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, rng);
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const r = trainDocument(p, examples[k] as Example);
      errors += r.errors;
      tokens += r.tokens;
    }
    if (dev === null) {
      if (epoch === epochs) best = { weights: averaged(p), epoch };
      continue;
    }
    const weights = averaged(p);
    const score = dev(weights);
    log(`epoch ${epoch}: train token error ${(errors / tokens).toFixed(4)}, rows ${p.count}, dev ${score.toFixed(4)}`);
    if (score > bestScore) {
      bestScore = score;
      best = { weights, epoch };
    }
  }
  return best ?? { weights: averaged(p), epoch: epochs };
}

function jackknifedExamples(docs: readonly ConllDocument[], full: FeatureLexicons, folds: number): Example[] {
  const foldLex: FeatureLexicons[] = [];
  for (let f = 0; f < folds; f++) {
    foldLex.push({ ...full, gazetteer: gazetteerFrom(docs.filter((_, i) => i % folds !== f)) });
  }
  return docs.map((d, i) => {
    const lex = foldLex[i % folds] ?? full;
    return {
      features: documentFeatures(lex, d.sentences.map((s) => s.tokens)),
      gold: d.sentences.map((s) => spansToBilou(s.spans, s.tokens.length)),
    };
  });
}

function pruneRare(examples: readonly Example[], minCount: number): { examples: Example[]; kept: number } {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const sf of ex.features) for (const h of sf.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  let kept = 0;
  for (const n of counts.values()) if (n >= minCount) kept++;
  const out = examples.map((ex) => ({
    gold: ex.gold,
    features: ex.features.map((sf) => {
      const hashes: number[] = [];
      const starts = new Uint32Array(sf.starts.length);
      for (let i = 0; i < sf.forms.length; i++) {
        starts[i] = hashes.length;
        for (let k = sf.starts[i] ?? 0; k < (sf.starts[i + 1] ?? 0); k++) {
          const h = sf.hashes[k] ?? 0;
          if ((counts.get(h) ?? 0) >= minCount) hashes.push(h);
        }
      }
      starts[sf.forms.length] = hashes.length;
      return { ...sf, hashes: Uint32Array.from(hashes), starts };
    }),
  }));
  return { examples: out, kept };
}

function trainDocument(p: Perceptron, ex: Example): { errors: number; tokens: number } {
  let errors = 0;
  let tokens = 0;
  decodeDocument(p, ex.features, {
    constrained: false,
    visit: (feats, count, predicted, s, i) => {
      tokens++;
      const gold = ex.gold[s]?.[i] ?? 0;
      if (predicted !== gold) {
        errors++;
        for (let k = 0; k < count; k++) {
          const r = rowFor(p, feats[k] ?? 0);
          bump(p, r * LABEL_COUNT + gold, 1);
          bump(p, r * LABEL_COUNT + predicted, -1);
        }
      }
      p.c++;
    },
  });
  return { errors, tokens };
}

function newPerceptron(): Perceptron {
  const size = 1 << 16;
  return {
    entries: new Uint32Array(size * 2),
    mask: size - 1,
    weights: new Float32Array((size / 2) * LABEL_COUNT),
    u: new Float64Array((size / 2) * LABEL_COUNT),
    count: 0,
    c: 1,
  };
}

function bump(p: Perceptron, at: number, delta: number): void {
  p.weights[at] = (p.weights[at] ?? 0) + delta;
  p.u[at] = (p.u[at] ?? 0) + p.c * delta;
}

function rowFor(p: Perceptron, h: number): number {
  let s = mix(h) & p.mask;
  for (;;) {
    const r = p.entries[2 * s + 1] ?? 0;
    if (r === 0) break;
    if (p.entries[2 * s] === h) return r - 1;
    s = (s + 1) & p.mask;
  }
  if ((p.count + 1) * 2 > p.mask + 1) {
    grow(p);
    return rowFor(p, h);
  }
  p.entries[2 * s] = h;
  p.entries[2 * s + 1] = ++p.count;
  return p.count - 1;
}

/** Doubles the table (load stays ≤ 0.5) and the weight arrays (rows ≤ slots / 2). */
function grow(p: Perceptron): void {
  const size = (p.mask + 1) * 2;
  const entries = new Uint32Array(size * 2);
  const mask = size - 1;
  for (let s = 0; s <= p.mask; s++) {
    const r = p.entries[2 * s + 1] ?? 0;
    if (r === 0) continue;
    const h = p.entries[2 * s] ?? 0;
    let t = mix(h) & mask;
    while (entries[2 * t + 1] !== 0) t = (t + 1) & mask;
    entries[2 * t] = h;
    entries[2 * t + 1] = r;
  }
  const weights = new Float32Array((size / 2) * LABEL_COUNT);
  weights.set(p.weights);
  const u = new Float64Array((size / 2) * LABEL_COUNT);
  u.set(p.u);
  Object.assign(p, { entries, mask, weights, u });
}

function averaged(p: Perceptron): PassWeights {
  const hashes = new Uint32Array(p.count);
  for (let s = 0; s <= p.mask; s++) {
    const r = p.entries[2 * s + 1] ?? 0;
    if (r !== 0) hashes[r - 1] = p.entries[2 * s] ?? 0;
  }
  const weights = new Float32Array(p.count * LABEL_COUNT);
  for (let k = 0; k < weights.length; k++) weights[k] = (p.weights[k] ?? 0) - (p.u[k] ?? 0) / p.c;
  return { hashes, weights };
}

function shuffle(a: number[], rng: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}
