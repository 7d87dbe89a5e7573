import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Story } from '../src/model/story.ts';
import type { StoryBriefStory } from '../src/model/story-brief.ts';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted, briefOptions } from '../src/pipeline/pipeline.ts';
import { clusterStories } from '../src/pipeline/stages/cluster-stories.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { ducArticles } from './lib/duc.ts';

/**
 * A/B of the briefs of every story of the 500 DUC 2004 articles (as `analyze` clusters them: 68 stories, most of ~10
 * reports) between another checkout (A) and this one (B), in one process, alternating:
 * `node --import tsx bench/ab-briefs-duc.ts ../main [rounds=6]`. ab-brief.ts measures one 200-article story; this
 * measures the story sizes a user's batch has. Reports per-round CPU, medians, the ratio and whether the briefs are
 * byte-identical (JSON).
 */
type BuildBrief = (story: Story, options: { summaryBytes: number }) => StoryBriefStory;

export async function run(args: readonly string[]): Promise<void> {
  const other = args[0];
  if (!other) throw new TypeError('ab-briefs-duc: give the other checkout: node --import tsx bench/ab-briefs-duc.ts ../main [rounds]');
  const entry = join(resolve(other), 'src', 'pipeline', 'build-brief.ts');
  if (!existsSync(entry)) throw new TypeError(`ab-briefs-duc: ${entry} not found (the other checkout's source)`);
  const rounds = Number(args[1] ?? 6);
  const a = ((await import(pathToFileURL(entry).href)) as { buildBrief: BuildBrief }).buildBrief;
  const b: BuildBrief = buildBrief;
  const ner = loadNerModel();
  const options = withDefaults({});
  const analyzed = ducArticles()
    .filter((raw) => (raw.text ?? '').trim() !== '')
    .map((raw) => analyzeExtracted(extractArticle(raw), new Map(), options, { ner }));
  const { stories } = clusterStories(analyzed);
  const all = (f: BuildBrief) => stories.map((s) => f(s, briefOptions(options)));
  const hash = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
  const [ha, hb] = [hash(all(a)), hash(all(b))];
  const cpuMs = (f: BuildBrief): number => {
    const c0 = process.cpuUsage();
    all(f);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      ta.push(cpuMs(a));
      tb.push(cpuMs(b));
    } else {
      tb.push(cpuMs(b));
      ta.push(cpuMs(a));
    }
  }
  const median = (x: readonly number[]): number => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)] ?? 0;
  const total = (x: readonly number[]): number => x.reduce((p, q) => p + q, 0);
  const row = (x: readonly number[]): string => x.map((v) => v.toFixed(0)).join(' ');
  console.log(`${stories.length} DUC story briefs, CPU ms per round (A = ${other}, B = this checkout)`);
  console.log(`  A: ${row(ta)}  median ${median(ta).toFixed(0)}`);
  console.log(`  B: ${row(tb)}  median ${median(tb).toFixed(0)}`);
  console.log(`  B/A: medians ${(median(tb) / median(ta)).toFixed(3)}, totals ${(total(tb) / total(ta)).toFixed(3)}`);
  console.log(`  output: ${ha === hb ? `identical (${ha})` : `DIFFERS (A ${ha}, B ${hb})`}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
