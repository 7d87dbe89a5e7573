import { pathToFileURL } from 'node:url';
import { loadDuc, loadEcb } from '../scripts/eval-cluster.ts';
import { mulberry32 } from '../src/lib/mulberry32.ts';
import { articleVector, type WeightedTerm } from '../src/cluster/article-vector.ts';
import { clusterFeatures } from '../src/cluster/cluster-articles.ts';
import { createClusterer } from '../src/cluster/clusterer.ts';
import { createDfTable } from '../src/cluster/df-table.ts';
import { featurizeArticle } from '../src/cluster/featurize-article.ts';
import { estimateJaccard } from '../src/cluster/minhash.ts';
import { DEFAULT_CLUSTER_OPTIONS } from '../src/cluster/options.ts';
import { parseDay } from '../src/cluster/parse-day.ts';
import type { ArticleFeatures } from '../src/cluster/types.ts';

/**
 * Streaming dedupe + clustering throughput and memory on one core, at 10k and 100k articles.
 *
 * Stream: the ~1,470 non-empty DUC 2004 and ECB+ articles are featurized once (real text); the stream replays them in
 * passes, each pass 200 days after the previous one (beyond the 60-day window, so each pass is a fresh set of
 * stories), every article as a perturbed copy (10 % of its terms and sentences dropped, 15 % of MinHash positions
 * resampled ≈ a few words dropped or swapped, date shifted 0-2 days), and 30 % of them once more as a second wire copy.
 * Perturbing pre-featurized articles keeps the bench about dedupe + clustering, which is what is timed (featurizing is
 * a separate, embarrassingly parallel step). Peer in the same run: a naive all-pairs clusterer (every article scored
 * against every earlier one, same features and thresholds) on a 2,000-article prefix.
 */

const PASS_DAYS = 200;
const DROP = 0.1;
const RESAMPLE = 0.15;
const SECOND_COPY = 0.3;

interface Base {
  readonly features: ArticleFeatures;
  readonly day: number;
}

export function baseArticles(): Base[] {
  const duc = loadDuc().filter((a) => a.text.trim());
  const ecb = loadEcb();
  const rnd = mulberry32(7);
  // ECB+ has no dates: each event gets a day of its own inside a 90-day span, like the DUC autumn of 1998.
  const eventDay = new Map<string, number>();
  const ducStart = parseDay('1998-10-01') ?? 0;
  const out: Base[] = [];
  for (const a of [...duc, ...ecb]) {
    let day = parseDay(a.published);
    if (day === undefined) {
      if (!eventDay.has(a.gold)) eventDay.set(a.gold, ducStart + Math.floor(rnd() * 90));
      day = eventDay.get(a.gold) ?? ducStart;
    }
    out.push({ features: featurizeArticle({ ...a, published: undefined }), day });
  }
  return out.sort((x, y) => x.day - y.day);
}

function perturb(base: Base, id: string, day: number, rnd: () => number): ArticleFeatures {
  const f = base.features;
  const signature = f.signature.map((v) => (rnd() < RESAMPLE ? Math.floor(rnd() * 0x100000000) : v));
  return {
    ...f,
    id,
    day,
    features: f.features.filter(() => rnd() >= DROP),
    signature,
    contentWords: f.contentWords.filter(() => rnd() >= DROP),
    wordCount: Math.round(f.wordCount * (1 - DROP)),
  };
}

/** The stream, generated lazily so that only the clusterer's state (not the stream) occupies memory. */
function* stream(bases: readonly Base[], count: number, seed: number): Generator<ArticleFeatures> {
  const rnd = mulberry32(seed);
  let n = 0;
  for (let pass = 0; ; pass++) {
    for (const b of bases) {
      const day = b.day + pass * PASS_DAYS + Math.floor(rnd() * 3);
      for (let copy = 0; copy < (rnd() < SECOND_COPY ? 2 : 1); copy++) {
        if (n++ >= count) return;
        yield perturb(b, `p${pass}c${copy}:${b.features.id}`, day + copy, rnd);
      }
    }
  }
}

function* take<T>(source: Iterator<T>, n: number): Generator<T> {
  for (let i = 0; i < n; i++) {
    const next = source.next();
    if (next.done) return;
    yield next.value;
  }
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);

interface Measured {
  readonly articles: number;
  readonly seconds: number;
  /** Articles per CPU-second. */
  readonly perSecond: number;
  readonly wallPerSecond: number;
  readonly peakHeapMb: number;
  readonly stories: number;
  readonly duplicates: number;
  readonly openAtEnd: number;
}

export function measure(bases: readonly Base[], count: number): Measured {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  const clusterer = createClusterer();
  // CPU time of this process, not wall time: the machine is shared, and wall time would measure the neighbours.
  let ms = 0;
  let wallMs = 0;
  let peak = 0;
  let n = 0;
  let stories = 0;
  let duplicates = 0;
  // The stream is generated in chunks of 1,000 outside the timed region; each chunk is timed as a whole (timing
  // every article costs more than some of the steps measured).
  const source = stream(bases, count, 42);
  for (let chunk = [...take(source, 1000)]; chunk.length > 0; chunk = [...take(source, 1000)]) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const f of chunk) clusterer.addFeatures(f);
    // Closed stories are handed over and forgotten, as a long-running service would write them out.
    const drained = clusterer.drainClosed();
    const used = process.cpuUsage(cpu);
    ms += (used.user + used.system) / 1000;
    wallMs += performance.now() - t;
    n += chunk.length;
    stories += drained.stories.length;
    duplicates += drained.duplicates.length;
    if (n % 5000 === 0) {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
  }
  const rest = clusterer.snapshot();
  return {
    articles: n,
    seconds: ms / 1000,
    perSecond: n / (ms / 1000),
    wallPerSecond: n / (wallMs / 1000),
    peakHeapMb: Number(mb(peak)),
    stories: stories + rest.stories.length,
    duplicates: duplicates + rest.duplicates.length,
    openAtEnd: clusterer.openStories,
  };
}

/**
 * Batch mode (clusterArticles without featurizing): the single pass, then re-assignment and the topic level. The
 * whole batch is in memory by definition, so this measures CPU only.
 */
function batch(bases: readonly Base[], count: number): { perSecond: number; stories: number; topics: number } {
  const features = [...stream(bases, count, 42)];
  const cpu = process.cpuUsage();
  const result = clusterFeatures(features);
  const used = process.cpuUsage(cpu);
  return { perSecond: count / ((used.user + used.system) / 1e6), stories: result.stories.length, topics: result.topics?.length ?? 0 };
}

/** Naive peer: each article compared with every earlier one (MinHash estimate and cosine), joins its best match. */
function naive(bases: readonly Base[], count: number): { perSecond: number; stories: number } {
  const o = DEFAULT_CLUSTER_OPTIONS;
  const df = createDfTable();
  const seen: { f: ArticleFeatures; v: Map<number, number>; story: number }[] = [];
  let stories = 0;
  const articles = [...stream(bases, count, 42)];
  const cpu = process.cpuUsage();
  for (const f of articles) {
    df.addDocument(f.features.map((x) => x.key));
    const vector: WeightedTerm[] = articleVector(f, df, o.kindWeights, o.articleTerms);
    const v = new Map(vector.map((t) => [t.key, t.weight]));
    let best = -1;
    let story = -1;
    for (const s of seen) {
      if (estimateJaccard(f.signature, s.f.signature) >= o.duplicateThreshold) {
        best = 1;
        story = s.story;
        break;
      }
      let dot = 0;
      for (const [k, w] of v) dot += w * (s.v.get(k) ?? 0);
      if (dot > best) {
        best = dot;
        story = s.story;
      }
    }
    seen.push({ f, v, story: best >= o.joinThreshold ? story : stories++ });
  }
  const used = process.cpuUsage(cpu);
  return { perSecond: count / ((used.user + used.system) / 1e6), stories };
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const bases = baseArticles();
  console.log(`cluster bench (one core): ${bases.length} base articles featurized in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const results: Measured[] = [];
  for (const count of [10_000, 100_000]) {
    const m = measure(bases, count);
    results.push(m);
    console.log(
      `  ${m.articles} articles: ${m.perSecond.toFixed(0)} articles per CPU-second (${m.seconds.toFixed(1)} CPU s in dedupe+clustering; ` +
        `${m.wallPerSecond.toFixed(0)}/s wall on a shared machine), ` +
        `peak heap +${m.peakHeapMb} MB, ${m.stories} stories, ${m.duplicates} duplicates, ${m.openAtEnd} open at end`,
    );
  }
  const [small, large] = results;
  if (small && large) {
    console.log(
      `  growth 10k → 100k: time per article ×${(small.perSecond / large.perSecond).toFixed(2)}, peak heap ×${(large.peakHeapMb / Math.max(1, small.peakHeapMb)).toFixed(2)} (10× the articles)`,
    );
  }
  for (const count of [10_000, 30_000]) {
    const b = batch(bases, count);
    console.log(
      `  batch ${count} (order-free agglomeration + topics): ${b.perSecond.toFixed(0)} articles per CPU-second, ${b.stories} stories, ${b.topics} topics`,
    );
  }
  const prefix = 2000;
  const peer = naive(bases, prefix);
  const ours = measure(bases, prefix);
  console.log(
    `  peer (naive all-pairs) on a ${prefix}-article prefix: ${peer.perSecond.toFixed(0)} articles per CPU-second (${peer.stories} stories); ` +
      `ours on the same prefix ${ours.perSecond.toFixed(0)} → ratio ×${(ours.perSecond / peer.perSecond).toFixed(1)}`,
  );
  if (large) console.log(`  ours at 100k vs naive at 2k: ×${(large.perSecond / peer.perSecond).toFixed(1)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
