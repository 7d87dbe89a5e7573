import { useHash } from '../hooks.ts';
import { parseRoute } from '../route.ts';
import { SearchBox } from './SearchBox.tsx';
import { SearchPage } from './SearchPage.tsx';
import { StoryList } from './StoryList.tsx';
import { StoryPage } from './StoryPage.tsx';

export function App() {
  const route = parseRoute(useHash());
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">Crosscheck</a>
        <SearchBox initial={route.page === 'search' ? route.q : ''} />
      </header>
      <main>
        {route.page === 'story' ? <StoryPage key={route.id} id={route.id} {...(route.match ? { match: route.match } : {})} /> : route.page === 'search' ? <SearchPage q={route.q} /> : <StoryList offset={route.offset} />}
      </main>
      <footer class="bottom">
        <a href="/feed.xml">RSS</a> · <a href="/calendar.ics">Calendar</a> · <a href="/api/openapi.json">API</a>
      </footer>
    </>
  );
}
