import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Story } from '../src/model/story.ts';
import type { StoryBriefStory } from '../src/model/story-brief.ts';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted } from '../src/pipeline/pipeline.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { ducArticles } from './lib/duc.ts';

/**
 * A/B of the story brief between another checkout (A, e.g. a clone of main) and this one (B), in one process:
 * `node --import tsx bench/ab-brief.ts ../main [size=200] [rounds=10]`. On a machine shared with other jobs the CPU
 * time of one brief varies by a third from run to run (the same code measured 1.9-4.0 s for the 200-article story),
 * so two separate runs cannot show a change of a few percent; here both briefs are built from the same analyzed
 * articles (analyzed once, by this checkout), one after the other, in alternating order, and the report is the
 * per-round CPU time of each, their medians and the ratio of the totals. It also says whether the two briefs are
 * byte-identical (JSON), which a speed change must keep unless it means to change the output.
 * Not part of `npm run bench`: it needs a second checkout.
 */
type BuildBrief = (story: Story, options: { summaryBytes: number }) => StoryBriefStory;

export async function run(args: readonly string[]): Promise<void> {
  const other = args[0];
  if (!other) throw new TypeError('ab-brief: give the other checkout: node --import tsx bench/ab-brief.ts ../main [size] [rounds]');
  const entry = join(resolve(other), 'src', 'pipeline', 'build-brief.ts');
  if (!existsSync(entry)) throw new TypeError(`ab-brief: ${entry} not found (the other checkout's source)`);
  const size = Number(args[1] ?? 200);
  const rounds = Number(args[2] ?? 10);
  const a = ((await import(pathToFileURL(entry).href)) as { buildBrief: BuildBrief }).buildBrief;
  const b: BuildBrief = buildBrief;
  const ner = loadNerModel();
  const options = withDefaults({});
  const analyzed = ducArticles()
    .slice(0, size)
    .map((raw) => analyzeExtracted(extractArticle(raw), new Map(), options, { ner }));
  const story: Story = { id: 'bench', articles: analyzed, duplicates: [], rewrites: [], origins: analyzed.map((x) => x.id), why: 'bench' };
  const brief = (f: BuildBrief) => f(story, { summaryBytes: 665 });
  const hash = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
  // The first brief of each also warms its code.
  const [ha, hb] = [hash(brief(a)), hash(brief(b))];
  const cpuMs = (f: BuildBrief): number => {
    const c0 = process.cpuUsage();
    brief(f);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternating which goes first, so neither always runs after the other's garbage.
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
  console.log(`${size}-article story brief, CPU ms per round (A = ${other}, B = this checkout)`);
  console.log(`  A: ${row(ta)}  median ${median(ta).toFixed(0)}`);
  console.log(`  B: ${row(tb)}  median ${median(tb).toFixed(0)}`);
  console.log(`  B/A: medians ${(median(tb) / median(ta)).toFixed(3)}, totals ${(total(tb) / total(ta)).toFixed(3)}`);
  console.log(`  output: ${ha === hb ? `identical (${ha})` : `DIFFERS (A ${ha}, B ${hb})`}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
