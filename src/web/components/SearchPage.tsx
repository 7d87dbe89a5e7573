import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../route.ts';
import { Status } from './Status.tsx';

/** Snippets mark matches with U+0002…U+0003; split on them and wrap matches in <mark> as text, never as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/([\u0002][^\u0003]*[\u0003])/);
  return (
    <p class="snippet">
      {parts.map((p, i) => (p.startsWith('\u0002') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}
    </p>
  );
}

export function SearchPage({ q }: { q: string }) {
  const loaded = useLoad(`search:${q}`, (signal) => (q.trim() ? api.search(q, 0, signal) : Promise.resolve({ total: 0, limit: 20, offset: 0, items: [] })));
  return (
    <Status loaded={loaded}>
      {(page) => (
        <section class="search-results">
          <h1>
            {page.total} {page.total === 1 ? 'result' : 'results'} for “{q}”
          </h1>
          <ul>
            {page.items.map((hit) => (
              <li key={hit.articleId} class="hit">
                {hit.storyId ? <a href={href.story(hit.storyId)}>{hit.title || hit.articleId}</a> : <span>{hit.title || hit.articleId}</span>}
                <div class="meta">
                  {hit.outlet ? <span>{hit.outlet}</span> : null}
                  {hit.published ? <time dateTime={hit.published}>{hit.published}</time> : null}
                  <span class="id">[{hit.articleId}]</span>
                </div>
                <Snippet text={hit.snippet} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Status>
  );
}
