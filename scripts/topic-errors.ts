// Error analysis of topics (related stories) on ECB+: which gold topics were merged into one predicted topic and
// which were split over several, with their sizes and the story-level cause (a story already holding two topics).
// Usage: node --import tsx scripts/topic-errors.ts [dev|test|all]   (CLUSTER_OPTIONS='{...}' for other settings)
import { clusterFeatures, timeOrder } from '../src/cluster/cluster-articles.ts';
import { featurizeArticle } from '../src/cluster/featurize-article.ts';
import { clusterSourcesOf } from '../src/pipeline/clean-and-date.ts';
import { resolveOptions } from '../src/cluster/options.ts';
import { loadEcb } from './eval-cluster.ts';

const part = process.argv[2] ?? 'test';
const options = resolveOptions(JSON.parse(process.env['CLUSTER_OPTIONS'] ?? '{}'));
const articles = loadEcb().filter((a) => (part === 'dev' ? a.dev : part === 'test' ? !a.dev : true));
const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : 1));
// Cleaned and dated as `crosscheck cluster` does it (eval-cluster's path), the whole list at once (outlet furniture).
const features = timeOrder(clusterSourcesOf(sorted.map((a) => {
  const withTitle = a.title !== '' && a.text !== '';
  return { id: a.id, source: a.id, format: 'text' as const, headline: 'first-sentence' as const, text: withTitle ? a.text : a.title || a.text, ...(withTitle ? { title: a.title } : {}) };
})).inputs).map((a) => featurizeArticle(a));
const topicOf = new Map(sorted.map((a) => [a.id, a.topic]));
const eventOf = new Map(sorted.map((a) => [a.id, a.gold]));
const titleOf = new Map(sorted.map((a) => [a.id, a.title]));
const result = clusterFeatures(features, options);
const storyById = new Map(result.stories.map((s) => [s.id, s]));
const count = (ids: readonly string[], of: Map<string, string>): string => {
  const m = new Map<string, number>();
  for (const id of ids) m.set(of.get(id) ?? '?', (m.get(of.get(id) ?? '?') ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}×${n}`).join(' + ');
};
console.log(`ECB+ ${part}: ${features.length} articles, ${result.stories.length} stories, ${(result.topics ?? []).length} topics`);
console.log('--- stories holding two gold topics ---');
for (const s of result.stories) {
  const c = count(s.articleIds, topicOf);
  if (c.includes('+')) console.log(`${s.id}: ${c}  (events ${count(s.articleIds, eventOf)})  e.g. ${s.articleIds.slice(0, 3).map((id) => titleOf.get(id)?.slice(0, 50)).join(' | ')}`);
}
console.log('--- predicted topics holding two gold topics ---');
for (const t of (result.topics ?? [])) {
  const ids = t.storyIds.flatMap((s) => storyById.get(s)?.articleIds ?? []);
  const c = count(ids, topicOf);
  if (c.includes('+')) console.log(`${t.id}: ${c}\n   ${t.why.slice(0, 300)}`);
}
console.log('--- gold topics split over several predicted topics ---');
const byGold = new Map<string, Map<string, string[]>>();
for (const t of (result.topics ?? [])) for (const sid of t.storyIds) for (const id of storyById.get(sid)?.articleIds ?? []) {
  const g = topicOf.get(id) ?? '?';
  const m = byGold.get(g) ?? new Map<string, string[]>();
  m.set(t.id, [...(m.get(t.id) ?? []), id]);
  byGold.set(g, m);
}
for (const [g, m] of [...byGold].sort((a, b) => Number(a[0]) - Number(b[0]))) {
  if (m.size < 2) continue;
  const parts = [...m].sort((a, b) => b[1].length - a[1].length);
  console.log(`topic ${g}: ${parts.map(([t, ids]) => `${t}×${ids.length}(${count(ids, eventOf)})`).join(' + ')}`);
  for (const [, ids] of parts.slice(1, 4)) console.log(`   split off: ${ids.slice(0, 3).map((id) => `${id} "${titleOf.get(id)?.slice(0, 60)}"`).join(' | ')}`);
}
