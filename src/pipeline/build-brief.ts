import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { StoryBriefStory } from '../model/story-brief.ts';
import type { Story } from '../model/story.ts';
import { alignClaims } from './stages/align-claims.ts';
import { buildTimeline } from './stages/build-timeline.ts';
import { compareQuantities } from './stages/compare-quantities.ts';
import { dateUndatedReports, storyDate } from './stages/date-undated-reports.ts';
import { findRewrites } from './stages/find-rewrites.ts';
import { aliasIndex, mergeEntities } from './stages/merge-entities.ts';
import { mergeQuotes } from './stages/merge-quotes.ts';
import { markQuotedPassages } from './stages/mark-quoted-passages.ts';
import { nameReferents } from './stages/name-referents.ts';
import type { ShownPassage } from './stages/shown-spans.ts';
import { summarizeStory } from './stages/summarize-story.ts';
import { independentSourceOf, storyDocuments } from './stages/story-documents.ts';
import { alignStatementsIn, storySpace } from '../summary/index.ts';

export interface BriefOptions {
  readonly summaryBytes: number;
  /** Reference date for "upcoming"; defaults to the story's latest publication date. */
  readonly reference?: string;
}

/** The story stages, in order: each reads the story (and what an earlier one found) and adds one part of the brief. */
export function buildBrief(given: Story, options: BriefOptions): StoryBriefStory {
  const dated = dateUndatedReports(given);
  // One alignment space per story: rewrites, claims, exclusives and the summary's citations compare the same prepared
  // sentences with the same statement aligner.
  const space = storySpace(storyDocuments(dated));
  const story = findRewrites(dated, space);
  const entities = mergeEntities(story);
  const aliases = aliasIndex(entities);
  const quotes = mergeQuotes(story, aliases);
  const aligned = alignStatementsIn(space);
  const { agreed, discrepancies } = compareQuantities(story);
  const { claims, exclusives } = alignClaims(story, aligned, agreed, discrepancies);
  // "Upcoming" is judged from the latest report's date; a story of undated reports uses the date its captions give.
  const timeline = buildTimeline(story, options.reference ?? (story.articles.some((a) => a.published) ? undefined : storyDate(story.articles)), space);
  const referents = nameReferents(story, aliases);
  const quoted = markQuotedPassages(story, quotes);
  const named = <T extends ShownPassage>(items: readonly T[]) => quoted(referents(items));
  const summary = summarizeStory(story, options.summaryBytes, aligned, space, agreed, discrepancies);
  return {
    id: story.id,
    title: storyTitle(story),
    articleIds: story.articles.map((a) => a.id),
    independentSources: new Set(story.origins.map(independentSourceOf(story))).size,
    origins: story.origins,
    why: story.why,
    ...(story.topicId ? { topicId: story.topicId } : {}),
    duplicates: story.duplicates,
    rewrites: story.rewrites,
    // Who a passage's he/she is, and whose quotation it is part of, for each passage shown on its own.
    summary: named(summary),
    entities,
    quotes,
    timeline: named(timeline),
    claims: named(claims),
    agreed,
    discrepancies,
    exclusives: named(exclusives),
  };
}

/** The headline of the earliest original report (copies never title a story). */
function storyTitle(story: Story): string {
  const origins = new Set(story.origins);
  const candidates = story.articles.filter((a) => origins.has(a.id) && a.title.trim());
  const pick = [...(candidates.length ? candidates : story.articles)].sort(byPublishedThenId)[0];
  return pick?.title ?? '';
}

function byPublishedThenId(a: AnalyzedArticle, b: AnalyzedArticle): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id);
}
