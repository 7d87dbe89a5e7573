/**
 * The statement aligner on MSRP test (1,725 news sentence pairs, people's labels; the model and its threshold come
 * from MSRP train only, scripts/train-paraphrase.ts), beside tf-idf cosine with its threshold tuned on train.
 * Then claim precision and recall on the labelled basil-dev same-fact pairs (test/fixtures/same-fact-pairs.json),
 * dev and held-out events apart, when ../shared/data/basil-dev is present. Last, a separate MSRP-only model
 * (scripts/msrp-latent.ts, Ji & Eisenstein 2013; not the product's aligner): keys msrpLatent*.
 *   npm run eval:paraphrase
 */
import { porterStem } from '../src/eval/rouge/porter-stemmer.ts';
import { ENGLISH_STOPWORDS } from '../src/text/stopwords.ts';
import { words } from '../src/text/tokens.ts';
import { loadStatementAligner, sameFactProbability, viewOf, type StemMemo } from '../src/align/index.ts';
import { printMetrics } from './lib/data.ts';
import { readMsrp, type MsrpPair } from './msrp.ts';
import { latentTestScores, loadLatentChoice } from './msrp-latent.ts';
import { sameFactPairScores } from './same-fact-pairs.ts';

interface Scores {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function score(predicted: readonly boolean[], gold: readonly number[]): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i] === 1) tp++;
    else if (p) fp++;
    else if (gold[i] === 1) fn++;
    else tn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: (tp + tn) / predicted.length, precision, recall, f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn) };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

const train = readMsrp('train');
const test = readMsrp('test');

// Baseline: tf-idf cosine of stemmed content words, idf over train sentences, threshold maximizing train accuracy.
const terms = (s: string): string[] => words(s).filter((w) => !ENGLISH_STOPWORDS.has(w) && /[\p{L}\p{N}]/u.test(w)).map(porterStem);
const df = new Map<string, number>();
const trainSentences = train.flatMap((p) => [p.a, p.b]);
for (const s of trainSentences) for (const t of new Set(terms(s))) df.set(t, (df.get(t) ?? 0) + 1);
const idf = (t: string): number => Math.log((trainSentences.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
const vec = (s: string): Map<string, number> => {
  const v = new Map<string, number>();
  for (const t of terms(s)) v.set(t, (v.get(t) ?? 0) + idf(t));
  return v;
};
const cosine = (p: MsrpPair): number => {
  const a = vec(p.a);
  const b = vec(p.b);
  let dot = 0, na = 0, nb = 0;
  for (const [k, x] of a) {
    dot += x * (b.get(k) ?? 0);
    na += x * x;
  }
  for (const x of b.values()) nb += x * x;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};
const trainCos = train.map(cosine);
let tfidfThreshold = 0.5;
let bestAcc = 0;
for (let t = 0; t <= 1; t += 0.01) {
  const acc = score(trainCos.map((c) => c >= t), train.map((p) => p.label)).accuracy;
  if (acc > bestAcc) [bestAcc, tfidfThreshold] = [acc, t];
}
const tfidf = score(test.map((p) => cosine(p) >= tfidfThreshold), test.map((p) => p.label));

const aligner = loadStatementAligner();
const stems: StemMemo = new Map();
const t0 = performance.now();
const probs = test.map((p) => sameFactProbability(aligner, viewOf(aligner, p.a, stems), viewOf(aligner, p.b, stems)));
const msPerPair = (performance.now() - t0) / test.length;
const model = score(probs.map((p) => p >= aligner.model.threshold), test.map((p) => p.label));

console.log(`MSRP test (${test.length} pairs), model and thresholds from train only`);
console.log(`  statement aligner: accuracy ${model.accuracy.toFixed(4)}  precision ${model.precision.toFixed(4)}  recall ${model.recall.toFixed(4)}  F1 ${model.f1.toFixed(4)}  (threshold ${aligner.model.threshold}; ${msPerPair.toFixed(3)} ms a pair)`);
console.log(`  tf-idf cosine:     accuracy ${tfidf.accuracy.toFixed(4)}  precision ${tfidf.precision.toFixed(4)}  recall ${tfidf.recall.toFixed(4)}  F1 ${tfidf.f1.toFixed(4)}  (threshold ${tfidfThreshold.toFixed(2)})`);
console.log(`  model: ${aligner.model.trainedOn}`);

const pairs = sameFactPairScores(aligner);
if (typeof pairs === 'string') console.log(`basil-dev same-fact pairs: skipped (${pairs})`);
else {
  for (const [split, s] of Object.entries(pairs)) {
    console.log(`basil-dev same-fact pairs, ${split} (${s.pairs} pairs, ${s.same} same fact): claim precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  (aligner alone: precision ${s.alignerPrecision.toFixed(4)} recall ${s.alignerRecall.toFixed(4)})`);
  }
}

// The separate MSRP model: settings, threshold and CV scores from `scripts/msrp-latent.ts --train` (train only); fit
// on train here (deterministic, ~20 s) and scored on test.
const latentChoice = loadLatentChoice();
const l0 = performance.now();
const latent = latentTestScores(latentChoice);
console.log(`MSRP-only latent model (TF-KLD + SVD, not the product's aligner): accuracy ${latent.accuracy.toFixed(4)}  precision ${latent.precision.toFixed(4)}  recall ${latent.recall.toFixed(4)}  F1 ${latent.f1.toFixed(4)}  (5-fold CV on train ${latentChoice.cv.accuracy} / ${latentChoice.cv.f1}; ${((performance.now() - l0) / 1000).toFixed(1)} s to fit)`);

printMetrics({
  f1: round(model.f1),
  accuracy: round(model.accuracy),
  precision: round(model.precision),
  recall: round(model.recall),
  tfidfF1: round(tfidf.f1),
  tfidfAccuracy: round(tfidf.accuracy),
  tfidfThreshold: round(tfidfThreshold),
  ...(typeof pairs === 'string'
    ? {}
    : Object.fromEntries(
        Object.entries(pairs).flatMap(([split, s]) => [
          [`claimPrecision${split[0]?.toUpperCase()}${split.slice(1)}`, round(s.precision)],
          [`claimRecall${split[0]?.toUpperCase()}${split.slice(1)}`, round(s.recall)],
        ]),
      )),
  msrpLatentAccuracy: round(latent.accuracy),
  msrpLatentF1: round(latent.f1),
  msrpLatentCvAccuracy: latentChoice.cv.accuracy,
  msrpLatentCvF1: latentChoice.cv.f1,
});
