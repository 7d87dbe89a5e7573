import { pathToFileURL } from 'node:url';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted, briefOptions } from '../src/pipeline/pipeline.ts';
import { clusterStories } from '../src/pipeline/stages/cluster-stories.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { otherBuildBrief, printAb, type BuildBrief } from './lib/ab-build-brief.ts';
import { ducArticles } from './lib/duc.ts';

/**
 * A/B of the briefs of every story of the 500 DUC 2004 articles (as `analyze` clusters them: 68 stories, most of ~10
 * reports) between another checkout (A) and this one (B), in one process, alternating:
 * `node --import tsx bench/ab-briefs-duc.ts ../main [rounds=6]`. ab-brief.ts measures one 200-article story; this
 * measures the story sizes a user's batch has. Reports per-round CPU, medians, the ratio and whether the briefs are
 * byte-identical (JSON).
 */
export async function run(args: readonly string[]): Promise<void> {
  const other = args[0] ?? '';
  const a = await otherBuildBrief('ab-briefs-duc', args[0], 'node --import tsx bench/ab-briefs-duc.ts ../main [rounds]');
  const rounds = Number(args[1] ?? 6);
  const ner = loadNerModel();
  const options = withDefaults({});
  const analyzed = ducArticles()
    .filter((raw) => (raw.text ?? '').trim() !== '')
    .map((raw) => analyzeExtracted(extractArticle(raw), new Map(), options, { ner }));
  const { stories } = clusterStories(analyzed);
  printAb(`${stories.length} DUC story briefs`, other, rounds, (f: BuildBrief) => stories.map((s) => f(s, briefOptions(options))), a, buildBrief);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
