import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { Story } from '../model/story.ts';
import { buildBrief } from '../pipeline/build-brief.ts';
import type { PipelineOptions } from '../pipeline/options.ts';
import { analyzeExtracted, type PipelineResources } from '../pipeline/pipeline.ts';
import { clusterStories } from '../pipeline/stages/cluster-stories.ts';
import { extractArticle } from '../pipeline/stages/extract-article.ts';
import { learnOutletBoilerplate } from '../pipeline/stages/learn-outlet-boilerplate.ts';
import type { Store, StoryChange } from '../store/store.ts';

export interface IngestOptions {
  /**
   * YYYY-MM-DD for articles that carry no date (and the reference for "Wednesday"). Without it an article is dated as
   * `analyze` dates it (its metadata, else the dates its text gives, inferred) or stays undated: never the ingest day.
   */
  readonly published?: string;
  readonly summaryBytes: number;
  /** Stored articles published this many days either side of the new ones are re-clustered with them. */
  readonly windowDays: number;
  readonly now: Date;
  /** Called after each new article is analyzed. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Outlet furniture learned from a larger batch than `raws` (the queue's enqueuer learns it from the whole batch
   * and each worker ingests one article of it); by default it is learned from `raws`.
   */
  readonly recurring?: ReadonlyMap<string, ReadonlySet<string>>;
  /** false: store the articles but leave re-clustering to the caller (a queue worker clusters once per batch). */
  readonly recluster?: boolean;
}

// 7 days: follow-up reports of one event (talks, trials, storms) land within a week of each other; a wider window
// re-clusters more for little gain, a narrower one splits a story whose reports straddle a weekend.
export const DEFAULT_WINDOW_DAYS = 7;

export interface IngestResult {
  readonly inserted: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Inputs of this batch with the same content as an earlier input of it (stored once, as `of`). */
  readonly copies?: readonly { readonly id: string; readonly of: string }[];
  /** Stories written (new or with changed membership/content). */
  readonly storiesChanged: readonly string[];
  /** Stories merged into others or emptied. */
  readonly storiesRemoved: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** sha256 over everything that shapes the analysis of a raw input; same hash ⇒ same stored article. */
export function contentHash(raw: RawArticle): string {
  const h = createHash('sha256');
  for (const part of [raw.format, raw.title ?? '', raw.url ?? '', raw.published ?? '', raw.outlet ?? '', raw.byline ?? '', raw.text ?? '']) {
    h.update(part).update('\u0000');
  }
  if (raw.html !== undefined) h.update(typeof raw.html === 'string' ? raw.html : Buffer.from(raw.html.buffer, raw.html.byteOffset, raw.html.byteLength));
  return h.digest('hex');
}

/**
 * New raw articles → stored analyzed articles → re-clustered stories with rebuilt briefs.
 * Known content is skipped before analysis; one bad article becomes a diagnostic and the rest go on.
 */
export async function ingestArticles(store: Store, raws: readonly RawArticle[], options: IngestOptions, resources: PipelineResources): Promise<IngestResult> {
  const diagnostics: Diagnostic[] = [];
  const ingestedAt = options.now.toISOString();
  const pipelineOptions: PipelineOptions = { summaryBytes: options.summaryBytes, ...(options.published ? { published: options.published } : {}) };
  const unchanged: string[] = [];
  const fresh: { raw: RawArticle; hash: string }[] = [];
  // A second input with the content of an earlier one (a file saved twice under two names) was counted "unchanged",
  // which on a new database read as a bug; it is reported as a copy of the input it repeats.
  const seen = new Map<string, string>();
  const copies: { id: string; of: string }[] = [];
  for (const raw of raws) {
    const [hash] = guard('ingest', raw.source, diagnostics, () => contentHash(raw));
    if (hash === undefined) continue;
    const earlier = seen.get(hash);
    if (earlier !== undefined) copies.push({ id: raw.id, of: earlier });
    else if (await store.hasContent(hash)) unchanged.push(raw.id);
    else fresh.push({ raw, hash });
    if (earlier === undefined) seen.set(hash, raw.id);
  }

  const extracted = fresh.flatMap(({ raw, hash }) => guard('extract', raw.source, diagnostics, () => ({ extracted: extractArticle(raw), hash })));
  // Outlet furniture is learned from this batch only: stored articles were cleaned when they arrived.
  const recurring = options.recurring ?? learnOutletBoilerplate(extracted.map((e) => e.extracted));
  const inserted: string[] = [];
  const updated: string[] = [];
  for (const [i, { extracted: e, hash }] of extracted.entries()) {
    diagnostics.push(...e.diagnostics);
    const [article] = guard('analyze', e.source, diagnostics, () => analyzeExtracted(e, recurring, pipelineOptions, resources));
    if (article) {
      const put = (await guardAsync('store', e.source, diagnostics, () => store.putArticle(article, { contentHash: hash, ingestedAt })))[0];
      if (put === 'inserted') inserted.push(article.id);
      else if (put === 'updated') updated.push(article.id);
      else if (put === 'unchanged') unchanged.push(article.id);
    }
    options.onProgress?.(i + 1, extracted.length);
  }

  // A store that fails while the stories are written (a full disk) leaves the articles stored, to be clustered by the
  // next run: the failure is this run's diagnostic, beside those of the articles it could not store, not an exception
  // that would hide them.
  const [recluster] = options.recluster === false ? [] : await guardAsync('stories', 'stories of the stored articles', diagnostics, () => reclusterChanged(store, [...inserted, ...updated], options));
  if (!recluster) return { inserted, updated, unchanged, copies, storiesChanged: [], storiesRemoved: [], diagnostics };
  diagnostics.push(...recluster.diagnostics);
  return { inserted, updated, unchanged, copies, storiesChanged: recluster.changed, storiesRemoved: recluster.removed, diagnostics };
}

/**
 * Re-clusters around the changed articles and writes the stories. Reading stories, recomputing them and writing them
 * back happens under the store's write lock, so a concurrent ingest (or queue worker) cannot write in between and
 * have its stories replaced by this run's stale view. Articles a killed or concurrent run stored but never
 * clustered are picked up here, whatever this run brings. Undefined when there was nothing to do.
 */
export async function reclusterChanged(store: Store, changedIds: readonly string[], options: Pick<IngestOptions, 'published' | 'summaryBytes' | 'windowDays' | 'now'>): Promise<{ changed: string[]; removed: string[]; diagnostics: Diagnostic[] } | undefined> {
  const ingestedAt = options.now.toISOString();
  // Only where to look for neighbouring stored articles when none of the new ones is dated; it dates nothing.
  const reference = options.published ?? ingestedAt.slice(0, 10);
  return store.exclusive(async () => {
    const changed = [...new Set([...changedIds, ...(await store.articleIdsWithoutStory())])];
    if (changed.length === 0) return undefined;
    return reclusterAround(store, changed, { summaryBytes: options.summaryBytes, windowDays: options.windowDays, reference, updatedAt: ingestedAt });
  });
}

interface ReclusterOptions {
  readonly summaryBytes: number;
  readonly windowDays: number;
  /** Date used for the window when none of the changed articles is dated. */
  readonly reference: string;
  readonly updatedAt: string;
}

/**
 * Re-clusters the stored articles near the changed ones (same date window, plus undated, plus every article of a
 * story they touch) and writes the stories whose membership changed. Story ids survive re-clustering: a new
 * cluster keeps the id of the old story it shares most articles with.
 */
export async function reclusterAround(store: Store, changedIds: readonly string[], options: ReclusterOptions): Promise<{ changed: string[]; removed: string[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const changedArticles = await store.analyzedArticles(changedIds);
  const dates = changedArticles.map((a) => a.published).filter((d): d is string => Boolean(d)).sort();
  const from = shiftDay(dates[0] ?? options.reference, -options.windowDays);
  const to = shiftDay(dates.at(-1) ?? options.reference, options.windowDays);
  const ids = new Set([...(await store.articleIdsInWindow(from, to)), ...changedIds]);
  const oldStoryOf = await store.storiesOfArticles([...ids]);
  for (const storyId of new Set(oldStoryOf.values())) for (const id of await store.storyArticleIds(storyId)) ids.add(id);
  for (const [id, storyId] of await store.storiesOfArticles([...ids])) oldStoryOf.set(id, storyId);

  const articles = (await store.analyzedArticles([...ids])).sort(byPublishedThenId);
  const clustered = clusterStories(articles);
  diagnostics.push(...clustered.diagnostics);
  const stories = assignStableIds(clustered.stories, oldStoryOf);

  const oldMembers = new Map<string, string[]>();
  for (const storyId of new Set(oldStoryOf.values())) oldMembers.set(storyId, await store.storyArticleIds(storyId));
  const changedSet = new Set(changedIds);
  const change: { remove: string[]; put: StoryChange['put'][number][] } = { remove: [], put: [] };
  for (const story of stories) {
    const before = oldMembers.get(story.id);
    const same = before !== undefined && sameMembers(before, story.articles.map((a) => a.id)) && !story.articles.some((a) => changedSet.has(a.id));
    if (same) continue;
    const [brief] = guard('brief', story.id, diagnostics, () => buildBrief(story, { summaryBytes: options.summaryBytes }));
    if (!brief) continue;
    const latest = story.articles.map((a) => a.published ?? '').sort().at(-1);
    change.put.push({ brief, ...(latest ? { latestPublished: latest } : {}), updatedAt: options.updatedAt });
  }
  const kept = new Set(stories.map((s) => s.id));
  change.remove.push(...[...oldMembers.keys()].filter((id) => !kept.has(id)));
  await store.replaceStories(change);
  return { changed: change.put.map((p) => p.brief.id), removed: change.remove, diagnostics };
}

/** Renames new clusters to the old story id they overlap most (largest clusters choose first; each id used once). */
export function assignStableIds(stories: readonly Story[], oldStoryOf: ReadonlyMap<string, string>): Story[] {
  const claimed = new Set<string>();
  const order = stories.map((s, i) => ({ s, i })).sort((a, b) => b.s.articles.length - a.s.articles.length || a.i - b.i);
  const renamed = new Map<number, Story>();
  for (const { s, i } of order) {
    const overlap = new Map<string, number>();
    for (const a of s.articles) {
      const old = oldStoryOf.get(a.id);
      if (old && !claimed.has(old)) overlap.set(old, (overlap.get(old) ?? 0) + 1);
    }
    const best = [...overlap].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    let id = best ?? s.id;
    for (let n = 2; claimed.has(id); n++) id = `${s.id}-${n}`;
    claimed.add(id);
    renamed.set(i, { ...s, id });
  }
  return stories.map((s, i) => renamed.get(i) ?? s);
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function byPublishedThenId(a: AnalyzedArticle, b: AnalyzedArticle): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id);
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** guard for a step that awaits (a store call). */
async function guardAsync<T>(stage: string, item: string, diagnostics: Diagnostic[], step: () => Promise<T>): Promise<T[]> {
  try {
    return [await step()];
  } catch (err) {
    diagnostics.push({ stage, rule: `${stage}/internal-error`, item, reason: err instanceof Error ? err.message : String(err), severity: 'error' });
    return [];
  }
}

/** Runs one step for one item; a failure becomes that item's diagnostic instead of ending the batch. */
function guard<T>(stage: string, item: string, diagnostics: Diagnostic[], step: () => T): T[] {
  try {
    return [step()];
  } catch (err) {
    diagnostics.push({ stage, rule: `${stage}/internal-error`, item, reason: err instanceof Error ? err.message : String(err), severity: 'error' });
    return [];
  }
}
