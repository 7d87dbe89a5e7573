import type { ExtractedArticle } from '../../model/clean-article.ts';
import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import type { StoryBriefStory } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import type { BriefOptions } from '../build-brief.ts';
import type { ClusterInput, ClusterResult } from '../../cluster/index.ts';
import type { PipelineOptions } from '../options.ts';

/**
 * The per-item steps a worker runs, with the data each needs: what crosses the thread boundary is plain data
 * (structured clone), never a model or a function. `shared` is sent once per worker and batch; `item` per item.
 */
export interface TaskTypes {
  readonly extract: { readonly shared: null; readonly item: RawArticle; readonly result: ExtractedArticle };
  readonly analyze: {
    readonly shared: { readonly recurring: ReadonlyMap<string, ReadonlySet<string>>; readonly options: PipelineOptions };
    readonly item: ExtractedArticle;
    readonly result: AnalyzedArticle;
  };
  /** The whole batch is one item: clustering needs every article at once. */
  readonly cluster: { readonly shared: null; readonly item: readonly ClusterInput[]; readonly result: ClusterResult };
  readonly brief: { readonly shared: BriefOptions; readonly item: Story; readonly result: StoryBriefStory };
}

export type TaskKind = keyof TaskTypes;

/** What a worker is started with (its workerData): whether to load the models before reporting ready. */
export interface WorkerSetup {
  readonly models: boolean;
}

/** Main thread → worker. */
export type ToWorker =
  | { readonly type: 'shared'; readonly kind: TaskKind; readonly shared: unknown }
  | { readonly type: 'items'; readonly kind: TaskKind; readonly start: number; readonly items: readonly unknown[] };

/** Worker → main thread: `ready` once its models are loaded (with their diagnostics), then one `done` per batch. */
export type FromWorker =
  | { readonly type: 'ready'; readonly diagnostics: readonly import('../../model/diagnostic.ts').Diagnostic[] }
  | { readonly type: 'done'; readonly start: number; readonly outcomes: readonly import('../outcome.ts').Outcome<unknown>[] };
