import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { CleanArticle, ExtractedArticle } from '../model/clean-article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { Story } from '../model/story.ts';
import type { StoryBrief } from '../model/story-brief.ts';
import type { NerModel } from '../nlp/ner/index.ts';
import { buildBrief } from './build-brief.ts';
import type { PipelineOptions } from './options.ts';
import { clusterStories } from './stages/cluster-stories.ts';
import { extractArticle } from './stages/extract-article.ts';
import { extractQuantities } from './stages/extract-quantities.ts';
import { extractQuotes } from './stages/extract-quotes.ts';
import { inferPublished } from './stages/infer-published.ts';
import { learnOutletBoilerplate, outletKey } from './stages/learn-outlet-boilerplate.ts';
import { removeBoilerplate } from './stages/remove-boilerplate.ts';
import { resolveTimes } from './stages/resolve-times.ts';
import { splitSentences } from './stages/split-sentences.ts';
import { tagEntities } from './stages/tag-entities.ts';
import { toStoryBrief } from './to-story-brief.ts';

/** Loaded models and other read-only resources the stages need; loaded once by the caller. */
export interface PipelineResources {
  readonly ner?: NerModel;
}

type AnalyzeStage = (article: AnalyzedArticle, resources: PipelineResources) => AnalyzedArticle;

/** What happens to each article after it is cleaned and split into sentences, in order. */
export const ANALYZE_STAGES: readonly { readonly name: string; readonly run: AnalyzeStage }[] = [
  { name: 'entities', run: (a, r) => tagEntities(a, r.ner) },
  { name: 'quotes', run: (a) => extractQuotes(a) },
  { name: 'times', run: (a) => resolveTimes(a) },
  { name: 'quantities', run: (a) => extractQuantities(a) },
];

export interface PipelineResult {
  readonly articles: readonly AnalyzedArticle[];
  readonly stories: readonly Story[];
  readonly brief: StoryBrief;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Raw articles → story brief:
 *   extract → learn outlet boilerplate → remove boilerplate → date → sentences → entities → quotes → times →
 *   quantities → cluster into stories → per story: entities, quotes, claims, timeline, numbers, summary.
 * A stage that fails on one article drops that article with a diagnostic; the batch goes on.
 */
export function runPipeline(raws: readonly RawArticle[], options: PipelineOptions, resources: PipelineResources = {}): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const extracted = raws.flatMap((raw) => guard('extract', raw.source, diagnostics, () => extractArticle(raw)));
  const recurring = learnOutletBoilerplate(extracted);
  const articles = extracted.flatMap((e) => {
    diagnostics.push(...e.diagnostics);
    return guard('analyze', e.source, diagnostics, () => analyzeExtracted(e, recurring, options, resources));
  });
  const usable = articles.filter((a) => a.text.trim() !== '');
  const clustered = clusterStories(usable);
  diagnostics.push(...clustered.diagnostics);
  const stories = clustered.stories;
  const briefs = stories.flatMap((s) =>
    guard('brief', s.id, diagnostics, () => buildBrief(s, { summaryBytes: options.summaryBytes, ...(options.published ? { reference: options.published } : {}) })),
  );
  return { articles, stories, brief: toStoryBrief(articles, briefs, diagnostics), diagnostics };
}

/** One article through cleaning and every analysis stage (exported for the store's incremental ingest). */
export function analyzeExtracted(
  extracted: ExtractedArticle,
  recurring: ReadonlyMap<string, ReadonlySet<string>>,
  options: PipelineOptions,
  resources: PipelineResources,
): AnalyzedArticle {
  const outlet = outletKey(extracted);
  const cleaned = removeBoilerplate(extracted, outlet ? { recurring: recurring.get(outlet) ?? new Set() } : {});
  const dated: CleanArticle = inferPublished(cleaned, options.published ? { fallback: options.published } : {});
  return ANALYZE_STAGES.reduce((article, stage) => stage.run(article, resources), splitSentences(dated));
}

/** Runs one step for one item; an unexpected failure becomes that item's diagnostic instead of ending the batch. */
function guard<T>(stage: string, item: string, diagnostics: Diagnostic[], step: () => T): T[] {
  try {
    return [step()];
  } catch (err) {
    const reason = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    diagnostics.push({ stage, rule: `${stage}/internal-error`, item, reason, severity: 'error' });
    return [];
  }
}
