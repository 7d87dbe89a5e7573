/** The app's location lives in the hash (#/story/ID, #/search?q=...), so the server only ever serves index.html. */
export type Route =
  | { readonly page: 'list'; readonly offset: number }
  | { readonly page: 'story'; readonly id: string; readonly match?: SearchMatch }
  | { readonly page: 'search'; readonly q: string };

/** Where a search hit matched: the article, and the words around the match as its snippet shows them. */
export interface SearchMatch {
  readonly article: string;
  /** The matched word as the text writes it. */
  readonly word: string;
  /** A few words of the snippet around it, to find the very passage the hit showed when the word recurs. */
  readonly context: string;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [pathname = '/', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  const story = /^\/story\/([^/]+)$/.exec(pathname);
  if (story?.[1]) {
    const [article, word] = [params.get('article'), params.get('match')];
    const match = article && word ? { match: { article, word, context: params.get('context') ?? word } } : {};
    return { page: 'story', id: decodeURIComponent(story[1]), ...match };
  }
  if (pathname === '/search') return { page: 'search', q: params.get('q') ?? '' };
  const offset = Number(params.get('offset') ?? 0);
  return { page: 'list', offset: Number.isInteger(offset) && offset > 0 ? offset : 0 };
}

export const href = {
  list: (offset = 0) => (offset > 0 ? `#/?offset=${offset}` : '#/'),
  story: (id: string) => `#/story/${encodeURIComponent(id)}`,
  /** The story at the passage a search hit matched (the story page shows it first). */
  passage: (id: string, m: SearchMatch) =>
    `#/story/${encodeURIComponent(id)}?${new URLSearchParams({ article: m.article, match: m.word, context: m.context }).toString()}`,
  search: (q: string) => `#/search?q=${encodeURIComponent(q)}`,
};

/** Only http(s) links from article data become clickable; `javascript:` and friends stay plain text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the list's pager leads from `offset`. An offset past the last story (an old link, a hand-edited URL) is a
 * page with no stories, not an empty database: `pastEnd` says so, and "Newer" goes to the last page that has stories
 * (it went back one page at a time through empty ones).
 */
export function listPager(offset: number, pageSize: number, total: number): { newer?: number; older?: number; pastEnd: boolean } {
  const lastPage = total > 0 ? Math.floor((total - 1) / pageSize) * pageSize : 0;
  const pastEnd = total > 0 && offset >= total;
  const newer = offset > 0 ? (pastEnd ? lastPage : Math.max(0, offset - pageSize)) : undefined;
  const older = offset + pageSize < total ? offset + pageSize : undefined;
  return { ...(newer !== undefined ? { newer } : {}), ...(older !== undefined ? { older } : {}), pastEnd };
}
