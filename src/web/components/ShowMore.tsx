import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

/** Shows the first `initial` items, with a button for the rest (stories can have a hundred exclusives). */
export function ShowMore<T>({ items, initial, render, tag = 'ul', class: cls }: { items: readonly T[]; initial: number; render: (item: T, index: number) => JSX.Element; tag?: 'ul' | 'ol'; class?: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, initial);
  const List = tag;
  return (
    <>
      <List class={cls}>{shown.map(render)}</List>
      {items.length > initial ? (
        <button type="button" class="more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      ) : null}
    </>
  );
}
