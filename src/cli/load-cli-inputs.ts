import { loadInputs, type LoadResult } from '../io/load-inputs.ts';
import { readStdin } from './stdin.ts';

export interface CliInputOptions {
  /** Files larger than this are refused (bytes). */
  readonly maxFileBytes: number;
  /** Let URLs reach private, loopback and link-local addresses (`--allow-private`). */
  readonly allowPrivate?: boolean;
  /** Told how many of the URLs are fetched (0 of N before the first). */
  readonly onFetched?: (done: number, total: number) => void;
}

/**
 * analyze's, cluster's and summarize's inputs: files, directories, `-` and http(s) URLs. A URL was read as a file
 * name ("no such file or directory") while ingest and extract fetched it; now it is fetched with their Fetcher (no
 * private addresses unless allowed, size and time caps, one request a second per host). Without a URL neither the
 * fetcher nor the feed parser is loaded.
 */
export async function loadCliInputs(inputs: readonly string[], options: CliInputOptions): Promise<LoadResult> {
  const files = { maxFileBytes: options.maxFileBytes, readStdin };
  if (!inputs.some(isHttpUrl)) return loadInputs(inputs, files);
  const [{ loadSources }, { Fetcher }] = await Promise.all([import('../service/load-sources.ts'), import('../service/fetch.ts')]);
  return loadSources(inputs, files, new Fetcher({ allowPrivate: Boolean(options.allowPrivate) }), 'fetch', { allowPrivate: Boolean(options.allowPrivate) }, options.onFetched);
}

/** An input to fetch rather than read: an http(s) URL. */
export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
