import { pathToFileURL } from 'node:url';
import type { AnalyzedArticle } from '../src/model/analyzed-article.ts';
import type { Story } from '../src/model/story.ts';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { buildBrief } from '../src/pipeline/build-brief.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted } from '../src/pipeline/pipeline.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { leadSummary } from '../src/summary/index.ts';
import { storyDocuments } from '../src/pipeline/stages/story-documents.ts';
import { ducArticles } from './lib/duc.ts';

/**
 * Time to build one story's brief (entities, quotes, claims, timeline, numbers, summary) from analyzed articles:
 * a 10-article story (one DUC cluster) and a 200-article story (twenty clusters taken as one story, the worst case
 * for alignment). Peer in the same run: the Lead baseline (first sentences of the latest article) on the same story.
 */
export async function run(): Promise<void> {
  const ner = loadNerModel();
  const options = withDefaults({});
  const analyzed = ducArticles().slice(0, 200).map((raw) => analyzeExtracted(extractArticle(raw), new Map(), options, { ner }));
  for (const size of [10, 200]) {
    const story = asStory(analyzed.slice(0, size));
    buildBrief(story, { summaryBytes: 665 }); // warm the JIT
    const runs = size === 10 ? 20 : 3;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < runs; i++) buildBrief(story, { summaryBytes: 665 });
    const ms = (performance.now() - t0) / runs;
    // CPU time of this process (user + system): on a shared machine wall time also counts waiting for a core.
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
    const docs = storyDocuments(story);
    const l0 = performance.now();
    for (let i = 0; i < runs; i++) leadSummary(docs, { bytes: 665 });
    const leadMs = (performance.now() - l0) / runs;
    console.log(`  ${size}-article story: brief in ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (lead baseline ${leadMs.toFixed(2)} ms, ratio ${(ms / Math.max(leadMs, 1e-3)).toFixed(0)}×), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  }
}

function asStory(articles: readonly AnalyzedArticle[]): Story {
  return { id: 'bench', articles, duplicates: [], rewrites: [], origins: articles.map((a) => a.id), why: 'bench' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
