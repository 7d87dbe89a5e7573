import { pathToFileURL } from 'node:url';
import type { Story } from '../src/model/story.ts';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted } from '../src/pipeline/pipeline.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { otherBuildBrief, printAb, type BuildBrief } from './lib/ab-build-brief.ts';
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
export async function run(args: readonly string[]): Promise<void> {
  const other = args[0] ?? '';
  const a = await otherBuildBrief('ab-brief', args[0], 'node --import tsx bench/ab-brief.ts ../main [size] [rounds]');
  const size = Number(args[1] ?? 200);
  const rounds = Number(args[2] ?? 10);
  const ner = loadNerModel();
  const options = withDefaults({});
  const analyzed = ducArticles()
    .slice(0, size)
    .map((raw) => analyzeExtracted(extractArticle(raw), new Map(), options, { ner }));
  const story: Story = { id: 'bench', articles: analyzed, duplicates: [], rewrites: [], origins: analyzed.map((x) => x.id), why: 'bench' };
  printAb(`${size}-article story brief`, other, rounds, (f: BuildBrief) => f(story, { summaryBytes: 665 }), a, buildBrief);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
