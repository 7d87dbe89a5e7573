import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../route.ts';
import { Status } from './Status.tsx';
import type { Highlight } from '../api.ts';
import { splitHighlights } from '../highlights.ts';
import { matchOfHit } from '../passage.ts';

/** The snippet as text, with the server's highlight ranges wrapped in <mark> (as text nodes, never as HTML). */
export function Snippet({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  return (
    <p class="snippet">
      {splitHighlights(text, highlights).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}
    </p>
  );
}

/** A hit leads to the passage it matched (the story page shows it first), not to the top of the story. */
function hitLink(storyId: string, hit: { articleId: string; snippet: string; highlights?: readonly Highlight[] }): string {
  const m = matchOfHit(hit.snippet, hit.highlights ?? []);
  return m ? href.passage(storyId, { article: hit.articleId, ...m }) : href.story(storyId);
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
                {hit.storyId ? <a href={hitLink(hit.storyId, hit)}>{hit.title || hit.articleId}</a> : <span>{hit.title || hit.articleId}</span>}
                <div class="meta">
                  {hit.outlet ? <span>{hit.outlet}</span> : null}
                  {hit.published ? <time dateTime={hit.published}>{hit.published}</time> : null}
                  <span class="id">[{hit.articleId}]</span>
                </div>
                <Snippet text={hit.snippet} highlights={hit.highlights ?? []} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Status>
  );
}
