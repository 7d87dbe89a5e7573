import { loadBasil } from '/work/wt-cluster/scripts/eval-cluster.ts';
import { clusterArticles } from '/work/wt-cluster/src/cluster/cluster-articles.ts';
const b = loadBasil();
const gold = new Map(b.map((a) => [a.id, a.gold]));
const title = new Map(b.map((a) => [a.id, a.title + ' | ' + a.published]));
const r = clusterArticles(b, JSON.parse(process.env['OPTS'] ?? '{}'));
for (const s of r.stories) {
  const gs = new Set(s.articleIds.map((id) => gold.get(id)));
  const goldSize = b.filter((a) => a.gold === gold.get(s.articleIds[0]!)).length;
  if (gs.size > 1 || s.articleIds.length < goldSize) {
    console.log('---', s.why);
    for (const id of s.articleIds) console.log('  ', gold.get(id)?.slice(0, 6), title.get(id));
  }
}
