import type { ExtractedArticle } from '../../model/clean-article.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import type { Story } from '../../model/story.ts';
import { buildBrief } from '../build-brief.ts';
import { clusterArticles } from '../../cluster/index.ts';
import { analyzeExtracted, type PipelineResources } from '../pipeline.ts';
import { attempt, type Outcome } from '../outcome.ts';
import { extractArticle } from '../stages/extract-article.ts';
import type { TaskKind, TaskTypes } from './tasks.ts';

/**
 * One item of one step, guarded as runPipeline guards it (a bad item fails alone): what a pool thread runs, and what
 * the calling thread runs when the work is too small for threads. `resources` is asked for only by analysis, so a
 * thread for clustering or briefs never loads the NER model.
 */
export function runTask(kind: TaskKind, item: unknown, shared: unknown, resources: () => PipelineResources): Outcome<unknown> {
  switch (kind) {
    case 'extract':
      return attempt(() => extractArticle(item as RawArticle));
    case 'analyze': {
      const s = shared as TaskTypes['analyze']['shared'];
      const r = resources();
      return attempt(() => analyzeExtracted(item as ExtractedArticle, s.recurring, s.options, r));
    }
    case 'cluster':
      return attempt(() => clusterArticles(item as TaskTypes['cluster']['item']));
    case 'brief':
      return attempt(() => buildBrief(item as Story, shared as TaskTypes['brief']['shared']));
  }
}
