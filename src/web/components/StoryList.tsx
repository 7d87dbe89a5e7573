import { api } from '../api.ts';
import { plural } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../route.ts';
import { Status } from './Status.tsx';

const PAGE = 20;

export function StoryList({ offset }: { offset: number }) {
  const loaded = useLoad(`stories:${offset}`, (signal) => api.stories(offset, PAGE, signal));
  return (
    <Status loaded={loaded}>
      {(page) => (
        <section>
          <h1>Stories</h1>
          {page.items.length === 0 ? <p>No stories yet. Add articles with <code>crosscheck ingest</code>.</p> : null}
          <ol class="stories" start={offset + 1}>
            {page.items.map((s) => (
              <li key={s.id} class="story-item">
                <a class="story-title" href={href.story(s.id)}>{s.title || s.id}</a>
                <div class="meta">
                  <span class="badge" title="sources left after collapsing copies and rewrites">{plural(s.independentSources, 'independent source', 'independent sources')}</span>
                  <span>{plural(s.articleCount, 'article', 'articles')}</span>
                  {s.outlets.length ? <span class="outlets">{s.outlets.join(', ')}</span> : <span class="outlets muted">outlets not named in the articles</span>}
                  {s.latestPublished ? <time dateTime={s.latestPublished}>{s.latestPublished}</time> : null}
                </div>
              </li>
            ))}
          </ol>
          <nav class="pager">
            {offset > 0 ? <a href={href.list(Math.max(0, offset - PAGE))}>← Newer</a> : null}
            <span>{plural(page.total, 'story', 'stories')}</span>
            {offset + PAGE < page.total ? <a href={href.list(offset + PAGE)}>Older →</a> : null}
          </nav>
        </section>
      )}
    </Status>
  );
}
