import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { ExtractedArticle } from '../model/clean-article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { Story } from '../model/story.ts';
import type { StoryBrief, StoryBriefStory } from '../model/story-brief.ts';
import type { NerModel } from '../nlp/ner/index.ts';
import { buildBrief, type BriefOptions } from './build-brief.ts';
import { cleanAndDate } from './clean-and-date.ts';
import { attempt, kept, type Outcome } from './outcome.ts';
import type { PipelineOptions } from './options.ts';
import { clusterStories } from './stages/cluster-stories.ts';
import { extractArticle } from './stages/extract-article.ts';
import { extractQuantities } from './stages/extract-quantities.ts';
import { extractQuotes } from './stages/extract-quotes.ts';
import { learnOutletBoilerplate } from './stages/learn-outlet-boilerplate.ts';
import { resolveReferents } from './stages/resolve-referents.ts';
import { resolveTimes } from './stages/resolve-times.ts';
import { splitSentences } from './stages/split-sentences.ts';
import { tagEntities } from './stages/tag-entities.ts';
import { toStoryBrief } from './to-story-brief.ts';
import { articleTokens, type ArticleTokens } from '../text/article-tokens.ts';

/** Loaded models and other read-only resources the stages need; loaded once by the caller. */
export interface PipelineResources {
  readonly ner?: NerModel;
}

/**
 * A stage reads the article so far and the tokens of its sentences (made once, after splitting: the stages add items
 * but never change the text or its sentences, so the tokens stay the article's).
 */
type AnalyzeStage = (article: AnalyzedArticle, resources: PipelineResources, tokens: ArticleTokens) => AnalyzedArticle;

/** What happens to each article after it is cleaned and split into sentences, in order. */
export const ANALYZE_STAGES: readonly { readonly name: string; readonly run: AnalyzeStage }[] = [
  { name: 'entities', run: (a, r, t) => tagEntities(a, r.ner, t) },
  { name: 'quotes', run: (a, _r, t) => extractQuotes(a, t) },
  { name: 'referents', run: (a, _r, t) => resolveReferents(a, t) },
  { name: 'times', run: (a, _r, t) => resolveTimes(a, t) },
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
 *   extract → learn outlet boilerplate → remove boilerplate → date → sentences → entities → quotes → referents → times →
 *   quantities → cluster into stories → per story: entities, quotes, claims, timeline, numbers, summary.
 * A stage that fails on one article drops that article with a diagnostic; the batch goes on.
 * `runPipelineParallel` (parallel/run-parallel.ts) runs the per-article and per-story steps on worker threads and
 * assembles the same result with the functions below.
 */
export function runPipeline(raws: readonly RawArticle[], options: PipelineOptions, resources: PipelineResources = {}): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const extracted = keepExtracted(raws, raws.map((raw) => attempt(() => extractArticle(raw))), diagnostics);
  const recurring = learnOutletBoilerplate(extracted);
  const analyzed = extracted.map((e) => attempt(() => analyzeExtracted(e, recurring, options, resources)));
  const { articles, stories } = keepArticlesAndCluster(extracted, analyzed, diagnostics);
  const briefs = stories.map((s) => attempt(() => buildBrief(s, briefOptions(options))));
  return finishPipeline(articles, stories, briefs, diagnostics);
}

export function keepExtracted(raws: readonly RawArticle[], outcomes: readonly Outcome<ExtractedArticle>[], diagnostics: Diagnostic[]): ExtractedArticle[] {
  return raws.flatMap((raw, i) => kept('extract', raw.source, outcomes[i] as Outcome<ExtractedArticle>, diagnostics));
}

/** Each article's extraction diagnostics then its analysis outcome, in input order; then the stories of the usable ones. */
export function keepArticlesAndCluster(
  extracted: readonly ExtractedArticle[],
  analyzed: readonly Outcome<AnalyzedArticle>[],
  diagnostics: Diagnostic[],
): { articles: AnalyzedArticle[]; stories: readonly Story[] } {
  const articles = keepArticles(extracted, analyzed, diagnostics);
  const clustered = clusterStories(articles); // leaves out articles without text
  diagnostics.push(...clustered.diagnostics);
  return { articles, stories: clustered.stories };
}

/** Each article's extraction diagnostics then its analysis outcome, in input order: the articles analyzed. */
export function keepArticles(extracted: readonly ExtractedArticle[], analyzed: readonly Outcome<AnalyzedArticle>[], diagnostics: Diagnostic[]): AnalyzedArticle[] {
  return extracted.flatMap((e, i) => {
    diagnostics.push(...e.diagnostics);
    return kept('analyze', e.source, analyzed[i] as Outcome<AnalyzedArticle>, diagnostics);
  });
}

export function briefOptions(options: PipelineOptions): BriefOptions {
  return { summaryBytes: options.summaryBytes, ...(options.published ? { reference: options.published } : {}) };
}

export function finishPipeline(
  articles: readonly AnalyzedArticle[],
  stories: readonly Story[],
  briefs: readonly Outcome<StoryBriefStory>[],
  diagnostics: Diagnostic[],
): PipelineResult {
  return { articles, stories, brief: toStoryBrief(articles, keptBriefs(stories.map((s) => s.id), briefs, diagnostics), diagnostics), diagnostics };
}

/** The briefs written, in story order; a story whose brief failed is left out with a diagnostic. */
export function keptBriefs(storyIds: readonly string[], briefs: readonly Outcome<StoryBriefStory>[], diagnostics: Diagnostic[]): StoryBriefStory[] {
  return storyIds.flatMap((id, i) => kept('brief', id, briefs[i] as Outcome<StoryBriefStory>, diagnostics));
}

/** One article through cleaning and every analysis stage (exported for the store's incremental ingest). */
export function analyzeExtracted(
  extracted: ExtractedArticle,
  recurring: ReadonlyMap<string, ReadonlySet<string>>,
  options: PipelineOptions,
  resources: PipelineResources,
): AnalyzedArticle {
  const clean = cleanExtracted(extracted, recurring, options);
  const tokens = articleTokens(clean.text, clean.sentences);
  return ANALYZE_STAGES.reduce((article, stage) => stage.run(article, resources, tokens), clean);
}

/**
 * One article cleaned as every command reads it: boilerplate removed (with the outlet furniture `recurring` learned
 * from the batch), dated, and split into sentences, each marked body or caption. `summarize` stops here.
 */
export function cleanExtracted(
  extracted: ExtractedArticle,
  recurring: ReadonlyMap<string, ReadonlySet<string>>,
  options: Pick<PipelineOptions, 'published'>,
): AnalyzedArticle {
  return splitSentences(cleanAndDate(extracted, recurring, options));
}

