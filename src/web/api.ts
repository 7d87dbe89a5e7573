import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';
// The server's response shapes, declared once beside the store that produces them (type-only: nothing is bundled).
import type { Highlight, SearchHit, StorySummary } from '../store/store.ts';

export type { BriefArticle, Highlight, SearchHit, StoryBriefStory, StorySummary };

export interface PageOf<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly T[];
}

/** GET a JSON endpoint; a non-2xx answer becomes an Error carrying the server's message. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${res.status}`;
    throw new Error(message);
  }
  return body as T;
}

export const api = {
  stories: (offset: number, limit: number, signal?: AbortSignal) => getJson<PageOf<StorySummary>>(`/api/stories?limit=${limit}&offset=${offset}`, signal),
  story: (id: string, signal?: AbortSignal) => getJson<StoryBriefStory>(`/api/stories/${encodeURIComponent(id)}`, signal),
  storyArticles: (id: string, signal?: AbortSignal) => getJson<{ items: BriefArticle[] }>(`/api/stories/${encodeURIComponent(id)}/articles`, signal),
  search: (q: string, offset: number, signal?: AbortSignal) => getJson<PageOf<SearchHit>>(`/api/search?q=${encodeURIComponent(q)}&limit=20&offset=${offset}`, signal),
};
