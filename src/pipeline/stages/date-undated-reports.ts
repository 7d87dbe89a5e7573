import type { AnalyzedArticle } from '../../model/analyzed-article.ts';
import type { Story } from '../../model/story.ts';
import { mostCommonLatest } from '../../lib/most-common-latest.ts';
import { findTimes } from '../../nlp/time/index.ts';
import { captionDate } from './infer-published.ts';

// Reports of one event are published within days of each other (ingest re-clusters a 7-day window for the same reason):
// an inferred date further than this from the story's is more likely a date the report mentions (an archive photo's)
// than its own.
const STORY_DAYS = 7;

/**
 * Story stage: a report with no date of its own, or only an inferred one far from its story's, reads its relative
 * expressions ("on Wednesday", "next month") against the story's date, the date its other reports give. The report's
 * own date is left as it is; times so resolved are inferred, as every relative value is. A story with no dated report
 * is left alone: nothing is ever resolved against the day the program happens to run.
 */
export function dateUndatedReports(story: Story): Story {
  const reference = storyDate(story.articles);
  if (!reference) return story;
  const needs = (a: AnalyzedArticle): boolean => !a.published || (a.publishedCertainty === 'inferred' && daysApart(a.published, reference) > STORY_DAYS);
  if (!story.articles.some(needs)) return story;
  return { ...story, articles: story.articles.map((a) => (needs(a) ? { ...a, times: findTimes(a.text, { date: reference }) } : a)) };
}

/**
 * The date most of the story's reports carry: stated dates (metadata, record, --published) before dates inferred from
 * their text, and those before the dates their photo captions give (weak: a caption may date an archive photo). The
 * latest on a tie, since a report mentions earlier dates freely but seldom one after its own.
 */
export function storyDate(articles: readonly AnalyzedArticle[]): string | undefined {
  const stated = articles.flatMap((a) => (a.published && a.publishedCertainty !== 'inferred' ? [a.published] : []));
  const inferred = articles.flatMap((a) => (a.published ? [a.published] : []));
  const captioned = () => articles.flatMap((a) => captionDate(a) ?? []);
  return mostCommonLatest(stated.length > 0 ? stated : inferred.length > 0 ? inferred : captioned());
}

function daysApart(a: string, b: string): number {
  const ms = Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
  return Number.isNaN(ms) ? Infinity : ms / 86_400_000;
}
