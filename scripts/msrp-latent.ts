/**
 * A separate MSRP paraphrase model, apart from the product's statement aligner (src/align), after Ji & Eisenstein 2013
 * ("Discriminative Improvements to Distributional Sentence Similarity"): unigram and bigram counts weighted by TF-KLD
 * (weights from MSRP train labels only), a truncated SVD of the weighted sentence-by-feature matrix (train sentences
 * only; other sentences are projected onto it), pair features [v1 + v2, |v1 − v2|] plus overlap, length and number
 * features, and L2 logistic regression. Every setting is chosen by 5-fold cross-validation on MSRP train (TF-KLD,
 * SVD and classifier refit inside each fold); the threshold maximizes out-of-fold accuracy. It answers whether "an
 * aligner model trained for MSRP" reaches the bar of issue #12; the product does not use it (MSRP's "paraphrase"
 * rejects added detail, the product's "same fact" accepts it).
 *   node --import tsx scripts/msrp-latent.ts --train [--grid=wide]   choose settings by CV on train (models/msrp-latent/model.json), then score test
 *   node --import tsx scripts/msrp-latent.ts                          score the chosen settings on test (as eval:paraphrase does)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { porterStem } from '../src/eval/rouge/porter-stemmer.ts';
import { words } from '../src/text/tokens.ts';
import { logisticProbability, project, randomizedSvd, tfkldWeights, trainLogistic, type FeaturePair, type SparseRow, type TruncatedSvd } from './lib/latent.ts';
import { loadWordVectors } from '../src/align/word-vectors.ts';
import { REPO_ROOT } from './lib/data.ts';
import { msrpFeatures, readMsrp, type MsrpPair } from './msrp.ts';

export interface LatentSettings {
  /** Bigrams as well as unigrams in the TF-KLD matrix. */
  readonly bigrams: boolean;
  /** Added to TF-KLD's counts (see tfkldWeights). */
  readonly smoothing: number;
  /** Latent dimensions kept. */
  readonly dims: number;
  /** Latent sentence vectors scaled to unit length before [v1 + v2, |v1 − v2|]. */
  readonly unitLength: boolean;
  /** Logistic regression's L2 weight (on standardized features). */
  readonly l2: number;
  /** The product aligner's 30 GloVe pair features (src/align/pair-features.ts) appended: the two models' evidence in one classifier. */
  readonly glove: boolean;
  /**
   * The classifier's own train pairs are represented with TF-KLD weights fitted on the other four fifths of them
   * (cross-fitting), so a feature's weight never comes from the label of the pair it describes. The SVD is unchanged.
   */
  readonly crossFit?: boolean;
}

interface Sentence {
  readonly features: string[];
  readonly tokens: string[];
  readonly stems: string[];
  readonly numbers: Set<string>;
}

function sentence(text: string): Sentence {
  const tokens = words(text);
  const stems = tokens.map(porterStem);
  const bigrams = tokens.slice(1).map((w, i) => `${tokens[i]} ${w}`);
  return { features: [...tokens, ...bigrams.map((b) => `_${b}`)], tokens, stems, numbers: new Set(tokens.filter((w) => /^\p{N}/u.test(w))) };
}

const unigramsOnly = (s: Sentence): string[] => s.features.filter((f) => !f.startsWith('_'));

/** What one fold (or the final fit) learns before the classifier: TF-KLD weights and the SVD over its train sentences. */
interface Vocabulary {
  readonly index: Map<string, number>;
  readonly weights: Float64Array;
  readonly bigrams: boolean;
}

interface Space extends Vocabulary {
  readonly svd: TruncatedSvd;
}

function row(space: Vocabulary, s: Sentence): SparseRow {
  const tf = new Map<number, number>();
  for (const f of space.bigrams ? s.features : unigramsOnly(s)) {
    const j = space.index.get(f);
    if (j !== undefined) tf.set(j, (tf.get(j) ?? 0) + 1);
  }
  const cols = Int32Array.from(tf.keys());
  const vals = Float64Array.from(cols, (j) => (tf.get(j) ?? 0) * (space.weights[j] ?? 0));
  return { cols, vals };
}

/** TF-KLD weights refitted without each fifth of `pairs` (pair j left out of fit j mod 5), on `space`'s columns. */
function crossFitWeights(space: Vocabulary, pairs: readonly Labelled[], smoothing: number): Float64Array[] {
  const pick = space.bigrams ? (s: Sentence) => s.features : unigramsOnly;
  return Array.from({ length: FOLDS }, (_, f) => {
    const kld = tfkldWeights(pairs.filter((_, j) => j % FOLDS !== f).map((p) => ({ a: pick(p.a), b: pick(p.b), label: p.label })), smoothing);
    const w = new Float64Array(space.weights.length);
    for (const [feature, j] of space.index) w[j] = kld.get(feature) ?? 0;
    return w;
  });
}

/** The classifier's training vectors: with cross-fitted weights when asked (see LatentSettings.crossFit). */
function trainingVectors(space: Space, settings: LatentSettings, pairs: readonly Labelled[]): Float64Array[] {
  if (!settings.crossFit) return pairs.map((p) => pairVector(space, settings, p));
  const weights = crossFitWeights(space, pairs, settings.smoothing);
  return pairs.map((p, j) => pairVector({ ...space, weights: weights[j % FOLDS] as Float64Array }, settings, p));
}

function fitSpace(pairs: readonly { a: Sentence; b: Sentence; label: number }[], bigrams: boolean, smoothing: number, k: number): Space {
  const pick = bigrams ? (s: Sentence) => s.features : unigramsOnly;
  const fp: FeaturePair[] = pairs.map((p) => ({ a: pick(p.a), b: pick(p.b), label: p.label }));
  const kld = tfkldWeights(fp, smoothing);
  // A feature of one train sentence only adds a column that no other sentence shares: it cannot shape the latent
  // space, only slow it down (most bigrams are such).
  const sentences = new Map<string, number>();
  for (const p of fp) for (const side of [p.a, p.b]) for (const f of new Set(side)) sentences.set(f, (sentences.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const weights: number[] = [];
  for (const [f, w] of kld) {
    if ((sentences.get(f) ?? 0) < 2) continue;
    index.set(f, weights.length);
    weights.push(w);
  }
  const vocabulary: Vocabulary = { index, weights: Float64Array.from(weights), bigrams };
  const rows = pairs.flatMap((p) => [p.a, p.b]).map((s) => row(vocabulary, s));
  // Four power iterations: the spectrum of a term matrix decays slowly, and fewer leave the top-200 subspace blurred.
  const svd = randomizedSvd(rows, weights.length, k, { oversample: 20, powerIterations: 4, seed: 12 });
  return { ...vocabulary, svd };
}

const overlap = (x: readonly string[], y: readonly string[]): [number, number] => {
  const sx = new Set(x);
  const sy = new Set(y);
  let shared = 0;
  for (const w of sx) if (sy.has(w)) shared++;
  const a = sx.size ? shared / sx.size : 0;
  const b = sy.size ? shared / sy.size : 0;
  // Smaller and larger share: symmetric in the pair, as the latent part is.
  return [Math.min(a, b), Math.max(a, b)];
};

const bigramsOf = (t: readonly string[]): string[] => t.slice(1).map((w, i) => `${t[i]} ${w}`);

/** Ji & Eisenstein's pair features plus the simple ones: all symmetric in (a, b). */
function pairVector(space: Space, settings: LatentSettings, { a, b, glove }: Labelled): Float64Array {
  const d = settings.dims;
  const va = project(row(space, a), space.svd, d);
  const vb = project(row(space, b), space.svd, d);
  let na = 0, nb = 0, dot = 0;
  for (let c = 0; c < d; c++) {
    na += (va[c] as number) ** 2;
    nb += (vb[c] as number) ** 2;
    dot += (va[c] as number) * (vb[c] as number);
  }
  const cosine = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  if (settings.unitLength) {
    const sa = na > 0 ? 1 / Math.sqrt(na) : 0;
    const sb = nb > 0 ? 1 / Math.sqrt(nb) : 0;
    for (let c = 0; c < d; c++) {
      va[c] = (va[c] as number) * sa;
      vb[c] = (vb[c] as number) * sb;
    }
  }
  const simple = [
    cosine,
    ...overlap(a.tokens, b.tokens),
    ...overlap(bigramsOf(a.tokens), bigramsOf(b.tokens)),
    ...overlap(a.stems, b.stems),
    ...overlap(bigramsOf(a.stems), bigramsOf(b.stems)),
    Math.abs(a.tokens.length - b.tokens.length),
    Math.abs(a.tokens.length - b.tokens.length) / Math.max(1, a.tokens.length, b.tokens.length),
    a.numbers.size + b.numbers.size > 0 && [...a.numbers].every((n) => b.numbers.has(n)) && [...b.numbers].every((n) => a.numbers.has(n)) ? 1 : 0,
    [...a.numbers].filter((n) => !b.numbers.has(n)).length + [...b.numbers].filter((n) => !a.numbers.has(n)).length,
  ];
  if (settings.glove) simple.push(...glove);
  const out = new Float64Array(2 * d + simple.length);
  for (let c = 0; c < d; c++) {
    out[c] = (va[c] as number) + (vb[c] as number);
    out[d + c] = Math.abs((va[c] as number) - (vb[c] as number));
  }
  simple.forEach((x, i) => (out[2 * d + i] = x));
  return out;
}

export interface Scores {
  readonly accuracy: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

export function scoreAt(p: readonly number[], y: readonly number[], threshold: number): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  p.forEach((v, i) => {
    const yes = v >= threshold;
    if (yes && y[i] === 1) tp++;
    else if (yes) fp++;
    else if (y[i] === 1) fn++;
    else tn++;
  });
  return { accuracy: (tp + tn) / p.length, f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn), precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

/** The threshold (0.20 … 0.80 by 0.01) with the best accuracy over out-of-fold predictions; ties keep the lower. */
export function bestThreshold(p: readonly number[], y: readonly number[]): { threshold: number } & Scores {
  let best = { threshold: 0.5, ...scoreAt(p, y, 0.5) };
  for (let t = 20; t <= 80; t++) {
    const s = scoreAt(p, y, t / 100);
    if (s.accuracy > best.accuracy) best = { threshold: t / 100, ...s };
  }
  return best;
}

interface Labelled {
  readonly a: Sentence;
  readonly b: Sentence;
  readonly label: number;
  /** The product aligner's pair features (empty unless asked for). */
  readonly glove: readonly number[];
}

function prepare(pairs: readonly MsrpPair[], glove: boolean): Labelled[] {
  const product = glove ? msrpFeatures(pairs, loadWordVectors()) : [];
  return pairs.map((p, i) => ({ a: sentence(p.a), b: sentence(p.b), label: p.label, glove: product[i] ?? [] }));
}

const FOLDS = 5;
/** The SVD is computed once per fold at the largest dimension tried; smaller ones are its leading columns. */
const MAX_DIMS = 200;

/** Out-of-fold probabilities on train for every settings in `grid` that shares (bigrams, smoothing). */
function crossValidate(train: readonly Labelled[], grid: readonly LatentSettings[], log: (s: string) => void): Map<LatentSettings, number[]> {
  const out = new Map<LatentSettings, number[]>(grid.map((s) => [s, new Array<number>(train.length).fill(0)]));
  const groups = new Map<string, LatentSettings[]>();
  for (const s of grid) {
    const key = `${s.bigrams}/${s.smoothing}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (let f = 0; f < FOLDS; f++) {
    const trIdx = train.map((_, i) => i).filter((i) => i % FOLDS !== f);
    const teIdx = train.map((_, i) => i).filter((i) => i % FOLDS === f);
    const tr = trIdx.map((i) => train[i] as Labelled);
    for (const [key, settings] of groups) {
      const first = settings[0] as LatentSettings;
      const t0 = performance.now();
      const space = fitSpace(tr, first.bigrams, first.smoothing, Math.min(MAX_DIMS, Math.max(...settings.map((s) => s.dims))));
      log(`fold ${f} ${key}: space ${space.weights.length} features, svd ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      for (const s of settings) {
        const model = trainLogistic(trainingVectors(space, s, tr), tr.map((p) => p.label), s.l2);
        const oof = out.get(s) as number[];
        for (const i of teIdx) {
          const p = train[i] as Labelled;
          oof[i] = logisticProbability(model, pairVector(space, s, p));
        }
      }
    }
  }
  return out;
}

/** What `--train` keeps (models/msrp-latent/model.json): the settings CV chose, their threshold and CV scores, and every setting tried. */
export interface LatentChoice {
  readonly settings: LatentSettings;
  readonly threshold: number;
  readonly cv: Scores;
  readonly tried: readonly (LatentSettings & { cvAccuracy: number; cvF1: number })[];
  readonly trainedOn: string;
}

export const LATENT_MODEL_FILE = join(REPO_ROOT, 'models', 'msrp-latent', 'model.json');

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** 5-fold CV on MSRP train over `grid`; the best accuracy wins. MSRP test is not read. */
export function chooseSettings(grid: readonly LatentSettings[], log: (s: string) => void = () => {}): LatentChoice {
  const train = prepare(readMsrp('train'), grid.some((s) => s.glove));
  const y = train.map((p) => p.label);
  const oof = crossValidate(train, grid, log);
  const ranked = grid.map((s) => ({ s, cv: bestThreshold(oof.get(s) ?? [], y) })).sort((a, b) => b.cv.accuracy - a.cv.accuracy);
  const best = ranked[0];
  if (!best) throw new Error('msrp-latent: empty grid');
  const { threshold, ...cv } = best.cv;
  return {
    settings: best.s,
    threshold,
    cv: { accuracy: round(cv.accuracy), f1: round(cv.f1), precision: round(cv.precision), recall: round(cv.recall) },
    tried: ranked.map(({ s, cv: c }) => ({ ...s, cvAccuracy: round(c.accuracy), cvF1: round(c.f1) })),
    trainedOn: `MSRP train (${train.length} pairs), 5-fold CV (pair i in fold i mod 5; TF-KLD, SVD and classifier refit in each fold), threshold maximizing out-of-fold accuracy`,
  };
}

export function loadLatentChoice(file: string = LATENT_MODEL_FILE): LatentChoice {
  return JSON.parse(readFileSync(file, 'utf8')) as LatentChoice;
}

/**
 * Fits the chosen settings on all of MSRP train and scores MSRP test at the CV threshold. The fit is deterministic
 * (seeded SVD, full-batch training), so it is redone here rather than shipping a 34,000 × 200 projection.
 */
export function latentTestScores(choice: LatentChoice): Scores {
  const { settings } = choice;
  const train = prepare(readMsrp('train'), settings.glove);
  const space = fitSpace(train, settings.bigrams, settings.smoothing, settings.dims);
  const model = trainLogistic(trainingVectors(space, settings, train), train.map((p) => p.label), settings.l2);
  const test = prepare(readMsrp('test'), settings.glove);
  const probs = test.map((p) => logisticProbability(model, pairVector(space, settings, p)));
  return scoreAt(probs, test.map((p) => p.label), choice.threshold);
}

/**
 * The settings searched by `--train`, one grid per search in the order they were run (numbers in
 * docs/measurements.md): `wide` unigrams or + bigrams, K 100 or 200, raw or unit-length vectors, three L2 weights;
 * `glove` K and L2 with and without the product's GloVe pair features; `smoothing` TF-KLD's smoothing, since at 0.05
 * a feature of a few train pairs gets its weight from their own labels; `smoothing2` (the default) larger smoothing,
 * as CV rose with it (0.05 < 1 < 4); `crossfit` (the default) cross-fitted TF-KLD weights for the classifier's pairs.
 */
function grid(name: string): LatentSettings[] {
  const out: LatentSettings[] = [];
  const wide = name === 'wide';
  if (name === 'crossfit') {
    for (const smoothing of [1, 16]) for (const crossFit of [false, true]) for (const glove of [false, true]) out.push({ bigrams: true, smoothing, dims: 100, unitLength: false, l2: 0.03, glove, crossFit });
    return out;
  }
  const smoothing = name === 'smoothing' || name === 'smoothing2';
  for (const bigrams of wide ? [true, false] : [true])
    for (const alpha of name === 'smoothing2' ? [4, 16, 64] : smoothing ? [0.05, 1, 4] : [0.05])
      for (const dims of smoothing ? [100] : [100, 200])
        for (const unitLength of wide ? [false, true] : [false])
          for (const l2 of wide ? [0.003, 0.03, 0.3] : smoothing ? [0.03] : [0.03, 0.3])
            for (const glove of wide ? [false] : [false, true]) out.push({ bigrams, smoothing: alpha, dims, unitLength, l2, glove });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (s: string): void => console.error(s);
  if (process.argv.includes('--train')) {
    const choice = chooseSettings(grid(process.argv.find((a) => a.startsWith('--grid='))?.slice(7) ?? 'crossfit'), log);
    mkdirSync(dirname(LATENT_MODEL_FILE), { recursive: true });
    writeFileSync(LATENT_MODEL_FILE, JSON.stringify(choice, null, 1) + '\n');
    for (const t of choice.tried) console.error(JSON.stringify(t));
  }
  const choice = loadLatentChoice();
  const test = latentTestScores(choice);
  console.log(JSON.stringify({ settings: choice.settings, threshold: choice.threshold, cv: choice.cv, test: Object.fromEntries(Object.entries(test).map(([k, v]) => [k, round(v)])) }));
}
