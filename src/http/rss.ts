import type { StoryBriefStory } from '../model/story-brief.ts';
import type { StorySummary } from '../store/store.ts';

/** RSS 2.0 of the ranked stories; every piece of article text is XML-escaped, so it stays text in any reader. */
export function renderRss(stories: readonly { summary: StorySummary; brief: StoryBriefStory | undefined }[], origin: string, now: Date): string {
  const items = stories.map(({ summary, brief }) => {
    const link = `${origin}/#/story/${encodeURIComponent(summary.id)}`;
    const description = (brief?.summary ?? []).map((s) => s.text).join(' ');
    const date = summary.latestPublished ? new Date(`${summary.latestPublished}T00:00:00Z`) : new Date(summary.updatedAt);
    return [
      '<item>',
      `<title>${xml(summary.title)}</title>`,
      `<link>${xml(link)}</link>`,
      `<guid isPermaLink="false">${xml(`crosscheck:${summary.id}`)}</guid>`,
      `<description>${xml(`${summary.independentSources} independent sources. ${description}`)}</description>`,
      Number.isNaN(date.getTime()) ? '' : `<pubDate>${date.toUTCString()}</pubDate>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    '<title>Crosscheck stories</title>',
    `<link>${xml(origin + '/')}</link>`,
    '<description>Stories ranked by independent sources, each a cited brief.</description>',
    `<lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
    ...items,
    '</channel></rss>',
    '',
  ].join('\n');
}

export function xml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all: drop them.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
