/**
 * Quote finding speed: articles/s of findQuotes vs the naive regex peer, on PolNeAR dev texts, measured in the same run.
 * Usage: node --import tsx bench/quotes.ts
 */
import { pathToFileURL } from 'node:url';
import { findNaiveQuotes, findQuotes } from '../src/nlp/quotes/index.ts';
import { inputOf, loadPolnear } from '../scripts/eval-quotes.ts';

// Enough passes over the 84 dev articles for a stable figure on a shared 2-core machine, small enough to stay < 10 s.
const ROUNDS = 5;

export interface QuotesBenchResult {
  readonly articles: number;
  readonly articlesPerSecond: number;
  /** findQuotes alone, paragraphs and sentences given (as the pipeline hands them over). */
  readonly findOnlyArticlesPerSecond: number;
  readonly peerArticlesPerSecond: number;
  readonly ratio: number;
}

function timeIt(texts: readonly string[], fn: (text: string) => unknown): number {
  fn(texts[0] ?? ''); // warm-up: JIT and regex compilation are not what we measure
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) fn(t);
  return (ROUNDS * texts.length) / ((performance.now() - t0) / 1000);
}

export async function run(): Promise<QuotesBenchResult> {
  const texts = loadPolnear('dev').map((a) => a.text);
  // Ours includes paragraph and sentence splitting, which the peer does not need: the fair, whole-job figure.
  const articlesPerSecond = timeIt(texts, (t) => findQuotes(inputOf(t)));
  const inputs = new Map(texts.map((t) => [t, inputOf(t)]));
  const findOnlyArticlesPerSecond = timeIt(texts, (t) => findQuotes(inputs.get(t) ?? inputOf(t)));
  const peerArticlesPerSecond = timeIt(texts, (t) => findNaiveQuotes(t));
  const result = {
    articles: texts.length,
    articlesPerSecond,
    findOnlyArticlesPerSecond,
    peerArticlesPerSecond,
    ratio: articlesPerSecond / peerArticlesPerSecond,
  };
  console.log(
    `quotes: ${articlesPerSecond.toFixed(0)} articles/s incl. sentence split (${findOnlyArticlesPerSecond.toFixed(0)} given ` +
      `sentences), naive peer ${peerArticlesPerSecond.toFixed(0)} articles/s, ratio ${result.ratio.toFixed(3)}`,
  );
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
