// Summarizer speed: a 10-article story (one DUC 2004 cluster) and a 200-article story (20 clusters pooled), absolute
// milliseconds per summary (665 bytes, with support lists) and the ratio to the Lead baseline measured in the same run.
// Usage: node --import tsx bench/summary.ts
import { pathToFileURL } from 'node:url';
import { ducDocuments, loadDucClusters } from '../scripts/eval-summary.ts';
import { alignSentences, leadSummary, summarize, type SummaryDocument } from '../src/summary/index.ts';

export interface SummaryBenchCase {
  readonly articles: number;
  readonly sentences: number;
  readonly summarizeMs: number;
  readonly leadMs: number;
  /** alignSentences over the whole story (all cross-document groups, as claims building will call it). */
  readonly alignMs: number;
  readonly alignGroups: number;
  /** summarize time / Lead time. */
  readonly ratio: number;
}

export interface SummaryBenchResult {
  readonly small: SummaryBenchCase;
  readonly large: SummaryBenchCase;
}

// Repetitions per case: enough that the 10-article figure is not timer noise; the 200-article case runs fewer.
const SMALL_ROUNDS = 20;
const LARGE_ROUNDS = 3;

function timeCase(docs: readonly SummaryDocument[], rounds: number): SummaryBenchCase {
  summarize(docs, { bytes: 665 }); // warm-up (JIT)
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) summarize(docs, { bytes: 665 });
  const summarizeMs = (performance.now() - t0) / rounds;
  // Lead is microseconds; repeat it more so its time is measurable.
  const leadRounds = rounds * 200;
  const t1 = performance.now();
  for (let i = 0; i < leadRounds; i++) leadSummary(docs, { bytes: 665 });
  const leadMs = (performance.now() - t1) / leadRounds;
  const t2 = performance.now();
  const groups = alignSentences(docs);
  const alignMs = performance.now() - t2;
  return {
    articles: docs.length,
    sentences: docs.reduce((n, d) => n + d.sentences.length, 0),
    summarizeMs,
    leadMs,
    alignMs,
    alignGroups: groups.length,
    ratio: summarizeMs / Math.max(leadMs, 1e-6),
  };
}

export async function run(): Promise<SummaryBenchResult> {
  const clusters = loadDucClusters();
  const perCluster = clusters.map(ducDocuments);
  const small = perCluster[0] ?? [];
  // Ids get the cluster name so the 200 pooled articles stay distinct.
  const large = clusters.slice(0, 20).flatMap((c, i) => (perCluster[i] ?? []).map((d) => ({ ...d, id: `${c.cluster}/${d.id}` })));
  return { small: timeCase(small, SMALL_ROUNDS), large: timeCase(large, LARGE_ROUNDS) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await run();
  for (const [name, c] of Object.entries(r)) {
    console.log(
      `${name}: ${c.articles} articles, ${c.sentences} sentences: summarize ${c.summarizeMs.toFixed(1)} ms, ` +
        `lead ${c.leadMs.toFixed(3)} ms, ratio ${c.ratio.toFixed(0)}x; alignSentences ${c.alignMs.toFixed(0)} ms ` +
        `(${c.alignGroups} groups)`,
    );
  }
}
