// Story clustering evaluation: DUC 2004 (50 clusters), ECB+ (43 topics / 86 events), UCI news headlines (STORY).
// Thresholds were tuned on the dev parts only (DUC clusters with odd index, ECB+ topics 1-20); each corpus is also
// scored on its held-out part (DUC even index, ECB+ topics 21-45) and overall, each part streamed on its own.
// Two levels are scored: stories (events) against DUC clusters, ECB+ events and UCI stories; topics (related stories)
// against ECB+ topics. Override options for a tuning run with CLUSTER_OPTIONS='{"joinThreshold":0.3}'; run one corpus
// with CLUSTER_EVAL_ONLY=duc|ecb|uci and only the dev parts with CLUSTER_EVAL_PART=dev (tuning runs).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { dataDir, printMetrics } from './lib/data.ts';
import { clusterFeatures } from '../src/cluster/cluster-articles.ts';
import { featurizeArticle } from '../src/cluster/featurize-article.ts';
import { parseDay } from '../src/cluster/parse-day.ts';
import { scoreClustering, type ClusteringScores } from '../src/cluster/clustering-metrics.ts';
import type { ArticleFeatures, ClusterInput, ClusterOptions } from '../src/cluster/types.ts';
import { mulberry32 } from '../src/lib/mulberry32.ts';

export interface LabeledArticle extends ClusterInput {
  /** Gold cluster at the finest level (DUC cluster, ECB+ event, UCI story). */
  readonly gold: string;
  /** Coarser gold level where there is one (ECB+ topic). */
  readonly topic: string;
  readonly dev: boolean;
}


export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------- loaders ----------

export function loadDuc(): LabeledArticle[] {
  const lines = readFileSync(dataDir('duc2004', 'duc2004_task2.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const out: LabeledArticle[] = [];
  lines.forEach((line, index) => {
    const rec = JSON.parse(line) as { cluster: string; docs: { local_id: string; doc_id: string | null; text: string }[] };
    for (const d of rec.docs) {
      const docId = typeof d.doc_id === 'string' ? d.doc_id : '';
      const m = /^[A-Z]+(\d{4})(\d{2})(\d{2})/.exec(docId);
      out.push({
        id: `${rec.cluster}/${d.local_id}`,
        ...(m ? { published: `${m[1]}-${m[2]}-${m[3]}` } : {}),
        title: '',
        text: d.text,
        gold: rec.cluster,
        topic: rec.cluster,
        dev: index % 2 === 1,
      });
    }
  });
  return out;
}

interface TarEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** Minimal ustar reader (regular files, GNU long names, pax path records): enough for one known archive. */
export function readTar(buf: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= buf.length) {
    const header = buf.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number): string => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const data = buf.subarray(offset + 512, offset + 512 + size);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') longName = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
    else if (type === '0' || type === '') out.push({ name, data });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** Token stream of one CROMER XML file back to text, one line per sentence; sentence 0 is the headline or URL line. */
function ecbText(xml: string): { title: string; text: string } {
  const sentences: string[][] = [];
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const i = Number(m[1]);
    (sentences[i] ??= []).push(decodeXml(m[2] ?? ''));
  }
  const lines = sentences.filter((s) => s && s.length > 0).map(joinTokens);
  return { title: lines[0] ?? '', text: lines.slice(1).join('\n') };
}

function decodeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function joinTokens(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/``|''/g, '"')
    .replace(/ ([.,;:!?%)\]])/g, '$1')
    .replace(/([(\[$]) /g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1');
}

export function loadEcb(): LabeledArticle[] {
  const entries = readTar(gunzipSync(readFileSync(dataDir('ecbplus', 'ECBplus_xml.tar.gz'))));
  const out: LabeledArticle[] = [];
  for (const e of entries) {
    const m = /(?:^|\/)(\d+)_(\d+)(ecbplus|ecb)\.xml$/.exec(e.name);
    if (!m || /(?:^|\/)\._/.test(e.name)) continue;
    const topic = Number(m[1]);
    const { title, text } = ecbText(e.data.toString('utf8'));
    out.push({ id: `${m[1]}_${m[2]}${m[3]}`, title, text, gold: `${topic}/${m[3]}`, topic: String(topic), dev: topic <= 20 });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function loadUci(): LabeledArticle[] {
  const lines = readFileSync(dataDir('uci-news-sample', 'uci-news-aggregator.head.csv'), 'utf8').split(/\r?\n/).slice(1);
  const out: LabeledArticle[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const [id, title, , , , story] = parseCsvLine(line);
    if (!id || !title || !story) continue;
    out.push({ id: `uci/${id}`, title, text: '', gold: story, topic: story, dev: false });
  }
  return out;
}

// ---------- scoring ----------

// Featurizing is pure and the slow part: each article is featurized once and reused by every part it is scored in.
const featureCache = new Map<string, ArticleFeatures>();

/** The batch clustering of `articles` (same order as clusterArticles: by date, ties and undated by id). */
function clusterOf(articles: readonly LabeledArticle[], options: Partial<ClusterOptions>) {
  const keyed = articles.map((a) => ({ a, day: parseDay(a.published) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((x, y) => (x.day === y.day ? 0 : x.day < y.day ? -1 : 1) || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  const features = keyed.map(({ a }) => {
    const cached = featureCache.get(a.id);
    if (cached) return cached;
    const f = featurizeArticle(a);
    featureCache.set(a.id, f);
    return f;
  });
  return clusterFeatures(features, options);
}

/**
 * `level` is the gold level scored; `predictedLevel` the predicted one: 'story' (events) or 'topic' (related stories
 * grouped by the topic pass).
 */
function run(
  articles: readonly LabeledArticle[],
  level: 'gold' | 'topic',
  options: Partial<ClusterOptions>,
  predictedLevel: 'story' | 'topic' = 'story',
): ClusteringScores {
  const result = clusterOf(articles, options);
  const predicted = new Map<string, string>();
  for (const s of result.stories) {
    const label = predictedLevel === 'topic' ? (s.topicId ?? s.id) : s.id;
    for (const id of s.articleIds) predicted.set(id, label);
  }
  return scoreClustering(predicted, new Map(articles.map((a) => [a.id, a[level]])));
}

function show(name: string, s: ClusteringScores): void {
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `${name.padEnd(28)} B3 P/R/F1 ${f(s.b3Precision)}/${f(s.b3Recall)}/${f(s.b3F1)}  pairwise P/R/F1 ` +
      `${f(s.pairPrecision)}/${f(s.pairRecall)}/${f(s.pairF1)}  ${s.items} items, ${s.predictedClusters} clusters (gold ${s.goldClusters})`,
  );
}

export interface Part {
  readonly all: ClusteringScores;
  readonly dev: ClusteringScores;
  readonly test: ClusteringScores;
}

const devOnly = process.env['CLUSTER_EVAL_PART'] === 'dev';

function parts(
  name: string,
  articles: readonly LabeledArticle[],
  level: 'gold' | 'topic',
  options: Partial<ClusterOptions>,
  predictedLevel: 'story' | 'topic' = 'story',
): Part {
  const dev = run(articles.filter((a) => a.dev), level, options, predictedLevel);
  show(`${name} dev`, dev);
  if (devOnly) return { dev, test: dev, all: dev };
  const p: Part = {
    dev,
    test: run(articles.filter((a) => !a.dev), level, options, predictedLevel),
    all: run(articles, level, options, predictedLevel),
  };
  show(`${name} held-out`, p.test);
  show(`${name} all`, p.all);
  return p;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The best B³ any content-based clustering can reach on DUC 2004: the gold clusters themselves, except that a text
 * filed in two clusters must sit in one (identical texts are duplicates and are grouped; the copy goes with the first
 * occurrence in the stream) and an empty text, having nothing to cluster on, stays alone.
 */
function ducCeiling(stream: readonly LabeledArticle[]): ClusteringScores {
  const predicted = new Map<string, string>();
  const first = new Map<string, string>();
  for (const a of stream) {
    const text = a.text.trim();
    if (text === '') {
      predicted.set(a.id, `empty:${a.id}`);
      continue;
    }
    if (!first.has(text)) first.set(text, a.gold);
    predicted.set(a.id, first.get(text) ?? a.gold);
  }
  return scoreClustering(predicted, new Map(stream.map((a) => [a.id, a.gold])));
}

function main(): void {
  const options = JSON.parse(process.env['CLUSTER_OPTIONS'] ?? '{}') as Partial<ClusterOptions>;
  const only = process.env['CLUSTER_EVAL_ONLY'];
  const metrics: Record<string, number | string | boolean> = devOnly ? { devOnly: true } : {};
  if (!only || only === 'duc') {
    const duc = shuffle(loadDuc(), 20040101);
    console.log(`DUC 2004: ${duc.length} articles, shuffled (seed 20040101), dated by doc id`);
    const p = parts('duc (stories)', duc, 'gold', options);
    // 12 DUC documents have empty text (nothing to cluster on) and 10 documents sit in two clusters at once: both cap
    // B³ below 1 for any method. The non-empty figure shows the first effect.
    const nonEmpty = devOnly ? p.all : run(duc.filter((a) => a.text.trim() !== ''), 'gold', options);
    if (!devOnly) show('duc all, non-empty texts', nonEmpty);
    const ceiling = ducCeiling(duc);
    if (!devOnly) show('duc ceiling (see ducCeiling)', ceiling);
    Object.assign(metrics, {
      ducB3F1: r3(p.all.b3F1), ducB3F1Dev: r3(p.dev.b3F1), ducB3F1Test: r3(p.test.b3F1), ducPairF1: r3(p.all.pairF1),
      ducB3P: r3(p.all.b3Precision), ducB3R: r3(p.all.b3Recall), ducB3F1NonEmpty: r3(nonEmpty.b3F1),
      ducB3F1Ceiling: r3(ceiling.b3F1),
    });
  }
  if (!only || only === 'ecb') {
    const ecb = loadEcb();
    console.log(`ECB+: ${ecb.length} articles (no dates), file order`);
    // ECB+ events against stories; ECB+ topics against the topic level (stories grouped as related), as in the product.
    const ev = parts('ecb event (stories)', ecb, 'gold', options, 'story');
    const tp = parts('ecb topic (topics)', ecb, 'topic', options, 'topic');
    const tpStories = devOnly ? tp.all : run(ecb, 'topic', options, 'story');
    if (!devOnly) show('ecb topic vs stories (ref)', tpStories);
    Object.assign(metrics, {
      ecbEventB3P: r3(ev.all.b3Precision), ecbEventB3R: r3(ev.all.b3Recall),
      ecbTopicLevel: 'topics', ecbTopicB3P: r3(tp.all.b3Precision), ecbTopicB3R: r3(tp.all.b3Recall),
      ecbTopicB3F1: r3(tp.all.b3F1), ecbTopicVsStoriesB3F1: r3(tpStories.b3F1), ecbTopicB3F1Dev: r3(tp.dev.b3F1), ecbTopicB3F1Test: r3(tp.test.b3F1), ecbTopicPairF1: r3(tp.all.pairF1),
      ecbEventB3F1: r3(ev.all.b3F1), ecbEventB3F1Dev: r3(ev.dev.b3F1), ecbEventB3F1Test: r3(ev.test.b3F1), ecbEventPairF1: r3(ev.all.pairF1),
    });
  }
  if ((!only || only === 'uci') && !devOnly) {
    const uci = loadUci();
    console.log(`UCI news: ${uci.length} headlines (all held-out; no tuning on them)`);
    const all = run(uci, 'gold', options);
    show('uci all', all);
    Object.assign(metrics, { uciB3F1: r3(all.b3F1), uciPairF1: r3(all.pairF1), uciB3P: r3(all.b3Precision), uciB3R: r3(all.b3Recall) });
  }
  // A dev-only run reports the dev figures alone (the others would be dev figures under an overall name).
  if (devOnly) for (const k of Object.keys(metrics)) if (k !== 'devOnly' && !k.endsWith('Dev')) delete metrics[k];
  printMetrics(metrics);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
