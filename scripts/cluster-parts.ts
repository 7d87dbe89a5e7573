// Where story clustering loses on DUC 2004 (or ECB+ events, basil-dev): for each gold cluster split over several
// stories (recall loss) and each story that mixes gold clusters (precision loss), its parts with each article's date and
// first words, so a fix aims at a cause rather than an example. Clusters through the eval's own path
// (clusterThroughCli in scripts/eval-cluster.ts: the same records; the CLI spawned, or in-process with CLUSTER_OPTIONS).
//   node --import tsx scripts/cluster-parts.ts [duc|ecb|basil] [dev|heldout|all|early|late]  (early/late: DUC's time split, ducTimeSplit)   (scripts/cluster-errors.ts compares the parts' terms)
// CLUSTER_OPTIONS='{"storyThreshold":0.1}' tries other options, as in the eval's tuning runs.
import type { ClusterOptions } from '../src/cluster/types.ts';
import { clusterThroughCli, ducTimeSplit, loadBasil, loadDuc, loadEcb, shuffle, type LabeledArticle } from './eval-cluster.ts';

const corpus = process.argv[2] ?? 'duc';
const part = process.argv[3] ?? 'all';
const options = JSON.parse(process.env['CLUSTER_OPTIONS'] ?? '{}') as Partial<ClusterOptions>;

function load(): LabeledArticle[] {
  if (corpus === 'duc') return shuffle(loadDuc(), 20040101);
  if (corpus === 'ecb') return loadEcb();
  if (corpus === 'basil') return loadBasil();
  throw new Error(`cluster-parts: corpus must be duc, ecb or basil, got ${corpus}`);
}

const all = load();
const early = ducTimeSplit(all);
const articles = all.filter((a) =>
  part === 'dev' ? a.dev : part === 'heldout' ? !a.dev : part === 'early' ? early.has(a.gold) : part === 'late' ? !early.has(a.gold) : true,
);

const out = await clusterThroughCli(articles, options);

const byId = new Map(articles.map((a) => [a.id, a]));
const storyOf = new Map<string, string>();
for (const s of out.stories) for (const id of s.articleIds) storyOf.set(id, s.id);
for (const a of articles) if (!storyOf.has(a.id)) storyOf.set(a.id, `missing:${a.id}`);
const storyMembers = new Map<string, string[]>();
for (const [id, s] of storyOf) storyMembers.set(s, [...(storyMembers.get(s) ?? []), id]);
const goldMembers = new Map<string, string[]>();
for (const a of articles) goldMembers.set(a.gold, [...(goldMembers.get(a.gold) ?? []), a.id]);

const line = (id: string): string => {
  const a = byId.get(id);
  const text = (a?.title || a?.text || '').replace(/\s+/g, ' ').trim().slice(0, 110);
  return `${(a?.published ?? '----------').padEnd(10)} ${id.padEnd(16)} ${text}`;
};

// B³ loss per item: recall loss of an article = 1 − |its story ∩ its gold| / |gold|; precision loss likewise / |story|.
let recallLoss = 0;
let precisionLoss = 0;
const lossOfGold = new Map<string, { r: number; p: number }>();
for (const a of articles) {
  const s = storyMembers.get(storyOf.get(a.id) ?? '') ?? [];
  const g = goldMembers.get(a.gold) ?? [];
  const both = s.filter((id) => byId.get(id)?.gold === a.gold).length;
  const r = 1 - both / g.length;
  const p = 1 - both / s.length;
  recallLoss += r;
  precisionLoss += p;
  const l = lossOfGold.get(a.gold) ?? { r: 0, p: 0 };
  lossOfGold.set(a.gold, { r: l.r + r, p: l.p + p });
}
const n = articles.length;
console.log(`${corpus} ${part}: ${n} articles, ${goldMembers.size} gold, ${storyMembers.size} stories; B3 P ${(1 - precisionLoss / n).toFixed(3)} R ${(1 - recallLoss / n).toFixed(3)}`);
console.log(`B3 loss in articles: recall ${recallLoss.toFixed(1)}, precision ${precisionLoss.toFixed(1)} (of ${n})\n`);

console.log('=== gold clusters split over several stories (recall loss, largest first) ===');
const golds = [...goldMembers].sort((a, b) => (lossOfGold.get(b[0])?.r ?? 0) - (lossOfGold.get(a[0])?.r ?? 0));
for (const [gold, ids] of golds) {
  const parts = new Map<string, string[]>();
  for (const id of ids) {
    const s = storyOf.get(id) ?? '';
    parts.set(s, [...(parts.get(s) ?? []), id]);
  }
  if (parts.size <= 1) continue;
  console.log(`\n${gold} (${ids.length}) recall loss ${(lossOfGold.get(gold)?.r ?? 0).toFixed(1)}: ${parts.size} parts`);
  for (const [s, members] of [...parts].sort((a, b) => b[1].length - a[1].length)) {
    const size = storyMembers.get(s)?.length ?? 0;
    const others = size - members.length;
    console.log(`  story ${s} (${members.length} of gold${others ? `, +${others} of other gold` : ''})`);
    for (const id of members.sort((x, y) => (byId.get(x)?.published ?? '').localeCompare(byId.get(y)?.published ?? ''))) console.log(`    ${line(id)}`);
  }
}

console.log('\n=== stories mixing gold clusters (precision loss) ===');
const stories = [...storyMembers].filter(([, ids]) => new Set(ids.map((id) => byId.get(id)?.gold)).size > 1);
stories.sort((a, b) => b[1].length - a[1].length);
for (const [s, ids] of stories) {
  const parts = new Map<string, string[]>();
  for (const id of ids) {
    const g = byId.get(id)?.gold ?? '';
    parts.set(g, [...(parts.get(g) ?? []), id]);
  }
  const why = out.stories.find((x) => x.id === s)?.why ?? '';
  console.log(`\nstory ${s} (${ids.length}): ${[...parts].map(([g, m]) => `${g}×${m.length}`).join(' + ')}  — ${why.slice(0, 160)}`);
  for (const [g, members] of [...parts].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  gold ${g} (${members.length} of ${goldMembers.get(g)?.length ?? 0})`);
    for (const id of members.slice(0, 4)) console.log(`    ${line(id)}`);
    if (members.length > 4) console.log(`    … ${members.length - 4} more`);
  }
}
