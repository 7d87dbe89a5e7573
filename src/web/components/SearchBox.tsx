import { useEffect, useState } from 'preact/hooks';
import { href } from '../route.ts';

export function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) location.hash = href.search(q.trim());
      }}
    >
      <input type="search" name="q" aria-label="Search articles" placeholder="Search articles…" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      <button type="submit">Search</button>
    </form>
  );
}
