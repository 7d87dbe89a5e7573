import type { ClusterInput } from '../cluster/types.ts';
import type { CleanArticle, ExtractedArticle } from '../model/clean-article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { PipelineOptions } from './options.ts';
import { attempt, kept } from './outcome.ts';
import { clusterInputs } from './stages/cluster-stories.ts';
import { extractArticle } from './stages/extract-article.ts';
import { inferPublished } from './stages/infer-published.ts';
import { learnOutletBoilerplate, outletKey } from './stages/learn-outlet-boilerplate.ts';
import { removeBoilerplate } from './stages/remove-boilerplate.ts';

/**
 * One article with its boilerplate removed (with the outlet furniture `recurring` learned from the batch) and dated:
 * the text and date every command reads. `analyze` goes on to split it into sentences; clustering needs no more.
 */
export function cleanAndDate(
  extracted: ExtractedArticle,
  recurring: ReadonlyMap<string, ReadonlySet<string>>,
  options: Pick<PipelineOptions, 'published'>,
): CleanArticle {
  const outlet = outletKey(extracted);
  const cleaned = removeBoilerplate(extracted, outlet ? { recurring: recurring.get(outlet) ?? new Set() } : {});
  return inferPublished(cleaned, options.published ? { fallback: options.published } : {});
}

export interface ClusterSources {
  readonly inputs: readonly ClusterInput[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What `crosscheck cluster` clusters: every raw article extracted (text or HTML), cleaned of boilerplate and dated as
 * `runPipeline` does it, so `cluster` and `analyze` read the same text and dates. The one difference: no entity
 * tagger runs (a model load and most of the analysis time), so names are the capitalized words clustering finds
 * itself. An article that fails a step is left out with a diagnostic naming it and the step.
 */
export function clusterSourcesOf(raws: readonly RawArticle[], options: Pick<PipelineOptions, 'published'> = {}): ClusterSources {
  const diagnostics: Diagnostic[] = [];
  const extracted = raws.flatMap((raw) => kept('extract', raw.source, attempt(() => extractArticle(raw)), diagnostics));
  const recurring = learnOutletBoilerplate(extracted);
  const cleaned = extracted.flatMap((e) => kept('clean', e.source, attempt(() => cleanAndDate(e, recurring, options)), diagnostics));
  // The cleaned article carries its extraction diagnostics too (no body, nothing left after cleaning).
  for (const c of cleaned) diagnostics.push(...c.diagnostics);
  return { inputs: clusterInputs(cleaned), diagnostics };
}
