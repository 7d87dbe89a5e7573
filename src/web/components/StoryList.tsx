import { api } from '../api.ts';
import { plural } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href, listPager } from '../route.ts';
import { Status } from './Status.tsx';

const PAGE = 20;

export function StoryList({ offset }: { offset: number }) {
  const loaded = useLoad(`stories:${offset}`, (signal) => api.stories(offset, PAGE, signal));
  return (
    <Status loaded={loaded}>
      {(page) => {
        const { newer, older, pastEnd } = listPager(offset, PAGE, page.total);
        return (
          <section>
            <h1>Stories</h1>
            {page.items.length === 0 && page.total === 0 ? <p>No stories yet. Add articles with <code>crosscheck ingest</code>.</p> : null}
            {pastEnd ? <p>No stories this far down the list. <a href={href.list(0)}>Go to the newest stories</a>.</p> : null}
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
              {newer !== undefined ? <a href={href.list(newer)}>← Newer</a> : null}
              <span>{plural(page.total, 'story', 'stories')}</span>
              {older !== undefined ? <a href={href.list(older)}>Older →</a> : null}
            </nav>
          </section>
        );
      }}
    </Status>
  );
}
