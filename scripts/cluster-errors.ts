// Error analysis of batch stories: which gold clusters were merged into one story and which were split, with the
// similarity components between the two sides (names, words, numbers, years, days apart) and their strongest shared
// and distinct terms. Usage: node --import tsx scripts/cluster-errors.ts duc|ecb|basil [dev|test|all]
// (CLUSTER_OPTIONS='{"storyThreshold":0.1}' to look at other settings).
import { clusterFeatures, timeOrder } from '../src/cluster/cluster-articles.ts';
import { articleVector, type WeightedTerm } from '../src/cluster/article-vector.ts';
import { backgroundIdf } from '../src/cluster/background-idf.ts';
import { normalizeNumber } from '../src/cluster/content-words.ts';
import { featurizeArticle } from '../src/cluster/featurize-article.ts';
import { clusterSourcesOf } from '../src/pipeline/clean-and-date.ts';
import { resolveOptions } from '../src/cluster/options.ts';
import { parseDay } from '../src/cluster/parse-day.ts';
import type { ArticleFeatures, FeatureKind } from '../src/cluster/types.ts';
import { loadBasil, loadDuc, loadEcb, shuffle, type LabeledArticle } from './eval-cluster.ts';

const corpus = process.argv[2] ?? 'duc';
const part = process.argv[3] ?? 'all';
const options = resolveOptions(JSON.parse(process.env['CLUSTER_OPTIONS'] ?? '{}'));
const all = corpus === 'duc' ? shuffle(loadDuc(), 20040101) : corpus === 'ecb' ? loadEcb() : loadBasil();
const articles = all.filter((a) => (part === 'dev' ? a.dev : part === 'test' ? !a.dev : true));
const sorted = [...articles].sort((x, y) => (parseDay(x.published) ?? Infinity) - (parseDay(y.published) ?? Infinity) || (x.id < y.id ? -1 : 1));
// As the CLI reads a JSON record (see eval-cluster's toRecord): title and text where the data has both, else all text.
// Cleaned and dated as `crosscheck cluster` does it (eval-cluster's path), the whole list at once (outlet furniture).
const features = timeOrder(clusterSourcesOf(sorted.map((a) => {
  const withTitle = a.title !== '' && a.text !== '';
  return { id: a.id, source: a.id, format: 'text' as const, headline: 'first-sentence' as const, text: withTitle ? a.text : a.title || a.text, ...(withTitle ? { title: a.title } : {}), ...(a.published ? { published: a.published } : {}), ...(a.outlet ? { outlet: a.outlet } : {}) };
})).inputs).map((a) => featurizeArticle(a));
const gold = new Map(sorted.map((a) => [a.id, a.gold]));
const result = clusterFeatures(features, options);
const reference = backgroundIdf();
const weights = { idf: (key: number, label: string, kind: FeatureKind) => (kind === 'number' ? reference.numberIdf(normalizeNumber(label)) : reference.idf(key)) };
const byId = new Map(features.map((f) => [f.id, f]));

function centroid(ids: readonly string[], kind: FeatureKind): Map<number, { w: number; label: string }> {
  const out = new Map<number, { w: number; label: string }>();
  for (const id of ids) {
    const f = byId.get(id) as ArticleFeatures;
    const only = { ...f, features: f.features.filter((x) => x.kind === kind) };
    for (const t of articleVector(only, weights, { entity: 1, number: 1, word: 1 }, 200) as WeightedTerm[]) {
      const o = out.get(t.key);
      out.set(t.key, { w: (o?.w ?? 0) + t.weight / ids.length, label: o?.label ?? t.label });
    }
  }
  return out;
}

function cos(a: Map<number, { w: number }>, b: Map<number, { w: number }>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x.w * x.w;
    const y = b.get(k);
    if (y) d += x.w * y.w;
  }
  for (const y of b.values()) nb += y.w * y.w;
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}

function top(a: Map<number, { w: number; label: string }>, b: Map<number, { w: number; label: string }>, shared: boolean, n = 6): string {
  return [...a]
    .filter(([k]) => b.has(k) === shared)
    .map(([k, x]) => [x.label, shared ? x.w * (b.get(k)?.w ?? 0) : x.w] as const)
    .sort((p, q) => q[1] - p[1])
    .slice(0, n)
    .map((p) => p[0])
    .join(', ');
}

function days(ids: readonly string[]): string {
  const d = ids.map((id) => byId.get(id)?.day).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  const iso = (x: number): string => new Date(x * 86400000).toISOString().slice(5, 10);
  return d.length ? `${iso(d[0] ?? 0)}..${iso(d.at(-1) ?? 0)}` : 'undated';
}

function compare(label: string, a: readonly string[], b: readonly string[]): void {
  const kinds: FeatureKind[] = ['entity', 'word', 'number'];
  const ca = kinds.map((k) => centroid(a, k));
  const cb = kinds.map((k) => centroid(b, k));
  const comps = kinds.map((k, i) => `${k} ${cos(ca[i] as never, cb[i] as never).toFixed(2)}`).join(' ');
  console.log(`  ${label}: ${a.length} [${days(a)}] vs ${b.length} [${days(b)}]  ${comps}`);
  console.log(`    shared names: ${top(ca[0] as never, cb[0] as never, true)} | words: ${top(ca[1] as never, cb[1] as never, true)} | numbers: ${top(ca[2] as never, cb[2] as never, true, 4)}`);
  console.log(`    A only: ${top(ca[0] as never, cb[0] as never, false)} | ${top(ca[2] as never, cb[2] as never, false, 4)}`);
  console.log(`    B only: ${top(cb[0] as never, ca[0] as never, false)} | ${top(cb[2] as never, ca[2] as never, false, 4)}`);
}

console.log(`${corpus} ${part}: ${articles.length} articles, ${result.stories.length} stories`);
console.log('--- merged (one story holding several gold clusters) ---');
for (const s of result.stories) {
  const byGold = new Map<string, string[]>();
  for (const id of s.articleIds) byGold.set(gold.get(id) ?? '?', [...(byGold.get(gold.get(id) ?? '?') ?? []), id]);
  if (byGold.size < 2) continue;
  const parts = [...byGold].sort((x, y) => y[1].length - x[1].length);
  console.log(`story ${s.id}: ${parts.map(([g, ids]) => `${g}×${ids.length}`).join(' + ')}`);
  const [first, ...rest] = parts;
  for (const r of rest.slice(0, 2)) if (first) compare(`${first[0]} vs ${r[0]}`, first[1], r[1]);
}
console.log('--- split (one gold cluster over several stories) ---');
const storiesOf = new Map<string, Map<string, string[]>>();
for (const s of result.stories) for (const id of s.articleIds) {
  const g = gold.get(id) ?? '?';
  const m = storiesOf.get(g) ?? new Map<string, string[]>();
  m.set(s.id, [...(m.get(s.id) ?? []), id]);
  storiesOf.set(g, m);
}
for (const [g, m] of [...storiesOf].sort()) {
  if (m.size < 2) continue;
  const parts = [...m].sort((x, y) => y[1].length - x[1].length);
  console.log(`gold ${g}: ${parts.map(([s, ids]) => `${s}×${ids.length}`).join(' + ')}`);
  const [first, ...rest] = parts;
  for (const r of rest.slice(0, 2)) if (first) compare(`${first[0]} vs ${r[0]}`, first[1], r[1]);
}
export type { LabeledArticle };
