// Tuning helper: featurizes DUC 2004, ECB+ and basil-dev once, as the CLI reads JSON records, then clusters each part
// with every option set given (JSON array as argv[2]) and prints dev / held-out / all B³ F1 per corpus, and the
// PolNeAR dev events (polnear-events-dev.json).
// Usage: node --import tsx scripts/tune-cluster.ts '[{}, {"storyThreshold":0.13}]' [dev]
// DUC is scored on two splits: odd/even clusters (the eval's dev/test) and early/late by time (ducTimeSplit).
// Last line per option set: how far stories chain on unlabelled PolNeAR articles (loadPolnearUnlabelled).
// TUNE_NO_HELDOUT=1 leaves out the held-out polnear-events set, so a tuning run cannot show (or be chosen by) it.
import { clusterFeatures, timeOrder } from '../src/cluster/cluster-articles.ts';
import { featurizeArticle } from '../src/cluster/featurize-article.ts';
import { clusterSourcesOf } from '../src/pipeline/clean-and-date.ts';
import { scoreClustering } from '../src/cluster/clustering-metrics.ts';
import { parseDay } from '../src/cluster/parse-day.ts';
import type { ArticleFeatures, ClusterOptions } from '../src/cluster/types.ts';
import { ducTimeSplit, loadBasil, loadDuc, loadEcb, loadPolnearEvents, loadPolnearUnlabelled, shuffle, type LabeledArticle } from './eval-cluster.ts';

const variants = JSON.parse(process.argv[2] ?? '[{}]') as Partial<ClusterOptions>[];
const devOnly = process.argv[3] === 'dev';

function featurize(articles: readonly LabeledArticle[]): ArticleFeatures[] {
  const sorted = [...articles].sort((x, y) => (parseDay(x.published) ?? Infinity) - (parseDay(y.published) ?? Infinity) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // Cleaned and dated as `crosscheck cluster` does it (eval-cluster's path), the whole list at once (outlet furniture).
  return timeOrder(clusterSourcesOf(sorted.map((a) => {
    const withTitle = a.title !== '' && a.text !== '';
    return { id: a.id, source: a.id, format: 'text' as const, headline: 'first-sentence' as const, text: withTitle ? a.text : a.title || a.text, ...(withTitle ? { title: a.title } : {}), ...(a.published ? { published: a.published } : {}), ...(a.outlet ? { outlet: a.outlet } : {}) };
  })).inputs).map((a) => featurizeArticle(a));
}

interface Part { name: string; articles: LabeledArticle[]; features: ArticleFeatures[]; topics: boolean }
const parts: Part[] = [];
const add = (name: string, articles: LabeledArticle[], topics: boolean): void => { parts.push({ name, articles, features: featurize(articles), topics }); };
const duc = shuffle(loadDuc(), 20040101);
const ecb = loadEcb();
add('duc dev', duc.filter((a) => a.dev), false);
if (!devOnly) add('duc test', duc.filter((a) => !a.dev), false);
// The time-slice split (see ducTimeSplit): same-subject clusters of the same weeks fall in one half, so precision rules
// can be tuned on the earlier half and checked on the later one.
const early = ducTimeSplit(duc);
add('duc early', duc.filter((a) => early.has(a.gold)), false);
if (!devOnly) add('duc late', duc.filter((a) => !early.has(a.gold)), false);
if (!devOnly) add('duc all', duc, false);
add('ecb dev', ecb.filter((a) => a.dev), true);
if (!devOnly) add('ecb test', ecb.filter((a) => !a.dev), true);
if (!devOnly) add('ecb all', ecb, true);
add('basil', loadBasil(), false);
// The dev events of the held-out kind (test/fixtures/polnear-events-dev.json): what a rule is chosen on.
add('polnear dev', loadPolnearEvents('dev'), false);
// Held out: printed to check a choice, never to make one.
if (!devOnly && !process.env['TUNE_NO_HELDOUT']) add('polnear (held-out)', loadPolnearEvents(), false);

// Unlabelled PolNeAR (dev and train compartments, the fixture's articles left out): whether stories chain. No event of
// it runs for months, so the largest stories and their spans of days say how much of a campaign's coverage chained.
const unlabelled = loadPolnearUnlabelled();
const unlabelledFeatures = devOnly ? [] : featurize(unlabelled);

function chaining(v: Partial<ClusterOptions>): string {
  const stories = clusterFeatures(unlabelledFeatures, v).stories.map((s) => {
    const days = s.articleIds.map((id) => unlabelledFeatures.find((f) => f.id === id)?.day ?? 0);
    return { size: s.articleIds.length, span: Math.max(...days) - Math.min(...days) };
  });
  const long = stories.filter((s) => s.span > 14);
  const largest = [...stories].sort((a, b) => b.size - a.size).slice(0, 3).map((s) => `${s.size}/${s.span}d`);
  return `polnear unlabelled (${unlabelledFeatures.length}): largest ${largest.join(' ')}; ${long.reduce((n, s) => n + s.size, 0)} articles in ${long.length} stories over 14+ days`;
}

for (const v of variants) {
  const cells: string[] = [];
  for (const p of parts) {
    const r = clusterFeatures(p.features, v);
    const story = new Map<string, string>();
    const topic = new Map<string, string>();
    for (const s of r.stories) for (const id of s.articleIds) { story.set(id, s.id); topic.set(id, s.topicId ?? s.id); }
    for (const a of p.articles) { if (!story.has(a.id)) { story.set(a.id, `x:${a.id}`); topic.set(a.id, `x:${a.id}`); } }
    const s = scoreClustering(story, new Map(p.articles.map((a) => [a.id, a.gold])));
    cells.push(`${p.name} ${s.b3F1.toFixed(3)}(${s.b3Precision.toFixed(2)}/${s.b3Recall.toFixed(2)})`);
    if (p.topics) {
      const t = scoreClustering(topic, new Map(p.articles.map((a) => [a.id, a.topic])));
      cells.push(`${p.name.replace('ecb', 'top')} ${t.b3F1.toFixed(3)}(${t.b3Precision.toFixed(2)}/${t.b3Recall.toFixed(2)})`);
    }
  }
  console.log(JSON.stringify(v));
  console.log('  ' + cells.join('  '));
  if (!devOnly) console.log('  ' + chaining(v));
}
