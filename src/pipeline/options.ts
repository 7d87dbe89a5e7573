/** Everything a run can be told; one object, built once by the caller, never mutated. */
export interface PipelineOptions {
  /** YYYY-MM-DD: publication date for articles that carry none, and the reference for "Wednesday", "last month". */
  readonly published?: string;
  /** Byte budget of each story's summary. */
  readonly summaryBytes: number;
  /** Articles whose similarity to a story is below this start a new story (see cluster options). */
  readonly clusterThreshold?: number;
}

// 665 bytes is the DUC 2004 budget (about 100 words): a paragraph a reader takes in at a glance.
export const DEFAULT_OPTIONS: PipelineOptions = { summaryBytes: 665 };

export function withDefaults(partial: Partial<PipelineOptions>): PipelineOptions {
  if (partial.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(partial.published)) {
    throw new TypeError(`published must be YYYY-MM-DD, got "${partial.published}"`);
  }
  return { ...DEFAULT_OPTIONS, ...partial };
}
