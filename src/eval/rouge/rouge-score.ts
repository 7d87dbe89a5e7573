/**
 * ROUGE-N and ROUGE-S/SU for one peer summary against its reference (model) summaries, a port of ROUGE-1.5.5's
 * `computeNGramScore` / `computeSkipBigramScore` for sentence-per-line input.
 */
import { clippedHits, ngramBag, skipBigramBag, type GramBag } from './rouge-grams.ts';
import { perlRound5 } from './perl-format.ts';
import { rougeText, rougeTokens, type RougeLengthLimit } from './rouge-text.ts';
import type { WordnetExceptions } from './wordnet-exceptions.ts';

export interface RougeOptions {
  /** `-n`: ROUGE-1 .. ROUGE-maxN. Default 2. */
  readonly maxN?: number;
  /** `-2`: skip-bigram maximum gap; absent → no ROUGE-S. */
  readonly skipDistance?: number;
  /** `-u`: add unigrams to the skip-bigrams (ROUGE-SU). */
  readonly skipUnigrams?: boolean;
  /** `-b` / `-l`. Applied to peer and models alike, as ROUGE does. */
  readonly limit?: RougeLengthLimit;
  /** `-m`: stem (WordNet exceptions, then Porter) tokens longer than 3 characters. */
  readonly stem?: boolean;
  readonly exceptions?: WordnetExceptions;
  /** `-f`: A = model average (hits and totals summed over models), B = best model. Default A. */
  readonly scoreMode?: 'A' | 'B';
  /** `-p`: F weight; 0.5 (default) is the harmonic mean. */
  readonly alpha?: number;
}

export interface RougeMetric {
  /** ROUGE's label: `ROUGE-1`, `ROUGE-2`, `ROUGE-SU4`, `ROUGE-S4`. */
  readonly name: string;
  /** Rounded to 5 decimals as ROUGE prints them (F is computed from the rounded R and P, as ROUGE does). */
  readonly recall: number;
  readonly precision: number;
  readonly f: number;
  /** Raw counts: matched grams, grams in the models, grams in the peer (times the number of models in mode A). */
  readonly hits: number;
  readonly modelTotal: number;
  readonly peerTotal: number;
}

export interface RougeReport {
  readonly ngrams: readonly RougeMetric[];
  readonly skipBigram?: RougeMetric;
}

/** The DUC 2004 task 2 setting: `-n 2 -m -b 665 -2 4 -u -f A`. */
export function ducRougeOptions(exceptions: WordnetExceptions): RougeOptions {
  return { maxN: 2, skipDistance: 4, skipUnigrams: true, limit: { bytes: 665 }, stem: true, exceptions, scoreMode: 'A' };
}

/**
 * Scores `peer` (its sentences, one per line as in an SPL file) against `models` (each a list of sentences).
 * Pure; models with no text count as zero grams, exactly like ROUGE's "empty text".
 */
export function scoreRouge(
  peer: readonly string[],
  models: readonly (readonly string[])[],
  options: RougeOptions = {},
): RougeReport {
  if (!Array.isArray(peer) || !Array.isArray(models)) throw new TypeError('scoreRouge: peer and models must be arrays');
  const maxN = options.maxN ?? 2;
  if (!Number.isInteger(maxN) || maxN < 0) throw new TypeError('scoreRouge: maxN must be a non-negative integer');
  const stem = options.stem ?? false;
  const tokensOf = (lines: readonly string[]): string[] =>
    rougeTokens(rougeText(lines, options.limit ?? {}), stem, options.exceptions);
  const peerTokens = tokensOf(peer);
  const modelTokens = models.map(tokensOf);
  const mode = options.scoreMode ?? 'A';
  const alpha = options.alpha ?? 0.5;

  const ngrams: RougeMetric[] = [];
  for (let n = 1; n <= maxN; n++) {
    const bag = (t: readonly string[]): GramBag => ngramBag(t, n);
    ngrams.push(combine(`ROUGE-${n}`, bag(peerTokens), modelTokens.map(bag), mode, alpha));
  }
  if (options.skipDistance === undefined) return { ngrams };
  const d = options.skipDistance;
  const su = options.skipUnigrams ?? false;
  const bag = (t: readonly string[]): GramBag => skipBigramBag(t, d, su);
  const name = `ROUGE-${su ? 'SU' : 'S'}${d >= 0 ? String(d) : '*'}`;
  return { ngrams, skipBigram: combine(name, bag(peerTokens), modelTokens.map(bag), mode, alpha) };
}

function combine(name: string, peer: GramBag, models: readonly GramBag[], mode: 'A' | 'B', alpha: number): RougeMetric {
  let hits = 0;
  let modelTotal = 0;
  let peerTotal = 0;
  let best = -1;
  for (const model of models) {
    const h = clippedHits(model, peer);
    if (mode === 'A') {
      hits += h;
      modelTotal += model.total;
      peerTotal += peer.total;
    } else {
      // Mode B keeps the model with the best recall (ROUGE compares the rounded score, 0 for an empty model).
      const score = model.total !== 0 ? perlRound5(h / model.total) : 0;
      if (score > best) {
        best = score;
        hits = h;
        modelTotal = model.total;
        peerTotal = peer.total;
      }
    }
  }
  const recall = modelTotal !== 0 ? perlRound5(hits / modelTotal) : 0;
  const precision = peerTotal !== 0 ? perlRound5(hits / peerTotal) : 0;
  const denom = (1 - alpha) * precision + alpha * recall;
  const f = denom > 0 ? perlRound5((precision * recall) / denom) : 0;
  return { name, recall, precision, f, hits, modelTotal, peerTotal };
}
