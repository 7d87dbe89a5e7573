import type { Loaded } from '../hooks.ts';
import type { JSX } from 'preact';

/** Loading and error states shared by every page; renders `children(value)` once loaded. */
export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => JSX.Element }) {
  if (loaded.state === 'loading') return <p class="loading">Loading…</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">Could not load: {loaded.message}</p>;
  return children(loaded.value);
}
