/** The app's location lives in the hash (#/story/ID, #/search?q=...), so the server only ever serves index.html. */
export type Route =
  | { readonly page: 'list'; readonly offset: number }
  | { readonly page: 'story'; readonly id: string }
  | { readonly page: 'search'; readonly q: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [pathname = '/', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  const story = /^\/story\/([^/]+)$/.exec(pathname);
  if (story?.[1]) return { page: 'story', id: decodeURIComponent(story[1]) };
  if (pathname === '/search') return { page: 'search', q: params.get('q') ?? '' };
  const offset = Number(params.get('offset') ?? 0);
  return { page: 'list', offset: Number.isInteger(offset) && offset > 0 ? offset : 0 };
}

export const href = {
  list: (offset = 0) => (offset > 0 ? `#/?offset=${offset}` : '#/'),
  story: (id: string) => `#/story/${encodeURIComponent(id)}`,
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
