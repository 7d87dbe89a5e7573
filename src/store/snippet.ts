import type { Highlight, SearchHit } from './store.ts';
import { MATCH_END, MATCH_START } from './store.ts';

const MARKS = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');

/**
 * A search engine's marked snippet ("… said \u0002Ryabkov\u0003 …") → plain text plus the ranges that were marked.
 * An unbalanced mark (a snippet cut inside a match) closes at the end of the text; empty ranges are dropped.
 */
export function marksToHighlights(marked: string): { snippet: string; highlights: Highlight[] } {
  let snippet = '';
  let open: number | undefined;
  const highlights: Highlight[] = [];
  for (const part of marked.split(/([\u0002\u0003])/)) {
    if (part === MATCH_START) open ??= snippet.length;
    else if (part === MATCH_END) {
      if (open !== undefined && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = undefined;
    } else snippet += part;
  }
  if (open !== undefined && snippet.length > open) highlights.push({ start: open, end: snippet.length });
  return { snippet, highlights };
}

/** Text as indexed for search: the mark characters are control characters no article needs; dropping them keeps
 * an article that contains one from faking a highlight. Same length, so offsets are unchanged. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, ' ');
}

/** A search result as every backend reads it from its rows: absent fields left out, the marked snippet as ranges. */
export function searchHit(row: {
  readonly articleId: string;
  readonly title: string;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly storyId?: string | null;
  readonly marked: string;
}): SearchHit {
  return {
    articleId: row.articleId,
    title: row.title,
    ...(row.outlet ? { outlet: row.outlet } : {}),
    ...(row.published ? { published: row.published } : {}),
    ...(row.storyId ? { storyId: row.storyId } : {}),
    ...marksToHighlights(row.marked),
  };
}
