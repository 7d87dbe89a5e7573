import { readFile } from 'node:fs/promises';
import { parseInput } from '../../io/load-inputs.ts';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import type { ExtractedArticle } from '../../model/clean-article.ts';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { EXIT_PARTIAL, EXIT_USAGE, exitStatusHelp } from '../exit-status.ts';
import { isHttpUrl } from '../load-cli-inputs.ts';

type Format = 'json' | 'jsonl' | 'text';

interface ExtractRecord {
  readonly file: string;
  readonly title: string;
  readonly byline: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly paragraphs: readonly string[];
  readonly removed: readonly { readonly text: string; readonly reason: string }[];
  /** Why nothing was extracted (the input could not be read, or is no page), else null: a failed input's record
   * looked like a page with no text. */
  readonly error: string | null;
}

interface Loaded {
  readonly bytes: Uint8Array;
  readonly url?: string;
  readonly contentType?: string;
}

/** What a URL input is fetched with: the same fetch rules as ingest and watch (one Fetcher per run). */
export interface PageFetcher {
  fetch(url: string): Promise<{ readonly body: Uint8Array; readonly url: string; readonly contentType?: string }>;
}

async function fetchPage(url: string, fetcher: PageFetcher): Promise<Loaded> {
  const res = await fetcher.fetch(url);
  return { bytes: res.body, url: res.url, ...(res.contentType ? { contentType: res.contentType } : {}) };
}

async function load(input: string, fetcher: PageFetcher): Promise<Loaded> {
  if (isHttpUrl(input)) return fetchPage(input, fetcher);
  const raw = new Uint8Array(await readFile(input));
  // Saved pages are often gzipped (.html.gz); 1f 8b is gzip's magic number.
  // A gzip bomb (a few KB inflating to gigabytes) stops at the extractor's own size cap instead of filling memory.
  if (input.endsWith('.gz') && raw[0] === 0x1f && raw[1] === 0x8b) {
    const { DEFAULT_MAX_BYTES } = await import('../../extract/index.ts');
    return { bytes: new Uint8Array(gunzipSync(raw, { maxOutputLength: DEFAULT_MAX_BYTES })) };
  }
  return { bytes: raw };
}

/** Node's file errors in words (its own messages repeat the code and the system call: "ENOENT: …, open 'x'"). */
function readError(err: unknown, input: string): string {
  const code = err && typeof err === 'object' && 'code' in err ? err.code : undefined;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  // "ENOTDIR: not a directory, open 'a.html/x'": a file was named as a folder on the way.
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a directory';
  // A newcomer's first try is often a folder, as analyze and cluster take: say how to pass its pages instead.
  if (code === 'EISDIR') return `a directory: extract reads files and URLs (for a folder of pages: extract ${input.replace(/\/+$/, '')}/*.html)`;
  // A fetch error's message repeats the URL the diagnostic already names.
  if (err && typeof err === 'object' && 'reason' in err && typeof err.reason === 'string') return err.reason;
  return err instanceof Error ? err.message : String(err);
}

async function extractOne(input: string, fetcher: PageFetcher, allowPrivate: boolean): Promise<ExtractedArticle> {
  const id = isHttpUrl(input) ? input : basename(input);
  let loaded: Loaded;
  try {
    loaded = await load(input, fetcher);
  } catch (err) {
    const reason = readError(err, input);
    return { id, source: input, title: '', blocks: [], removed: [], diagnostics: [{ stage: 'extract', rule: 'extract/read', item: input, reason: `cannot read (${reason})`, severity: 'error' }] };
  }
  // A feed is no page: its entries' titles, links and dates came out as one short article named after the feed.
  const { feedKindOf } = await import('../../service/feeds.ts');
  const feed = feedKindOf(loaded.bytes, loaded.contentType);
  if (feed) {
    const { feedNotPage } = await import('../../service/load-sources.ts');
    return { id, source: input, title: '', blocks: [], removed: [], diagnostics: [{ stage: 'extract', rule: 'extract/feed', item: input, reason: feedNotPage(feed, loaded.url, { allowPrivate }), severity: 'error' }] };
  }
  // Records are not pages: without this a BASIL or news-please .json file got "not HTML (no markup found)".
  if (/\.(json|jsonl|ndjson)$/i.test(input)) {
    const reason = 'a JSON record file: extract reads HTML pages, .txt files and URLs (analyze, cluster and summarize read .json and .jsonl records)';
    return { id, source: input, title: '', blocks: [], removed: [], diagnostics: [{ stage: 'extract', rule: 'extract/records', item: input, reason, severity: 'error' }] };
  }
  // The extractor (htmlparser2 and friends) loads when the command runs, not at every CLI start.
  const { extractHtml, extractPlainText } = await import('../../extract/index.ts');
  if (/\.txt$/i.test(input)) {
    // The shared loader sniffs binaries and decodes UTF-16 (BOM) and windows-1252 as analyze and cluster do.
    const parsed = parseInput(input, loaded.bytes);
    const text = parsed.articles[0]?.text;
    const diagnostics = parsed.diagnostics.map((d) => ({ ...d, stage: 'extract' }));
    if (text === undefined) return { id, source: input, title: '', blocks: [], removed: [], diagnostics };
    const article = extractPlainText({ text, source: input, id });
    return { ...article, diagnostics: [...diagnostics, ...article.diagnostics] };
  }
  return extractHtml({
    html: loaded.bytes,
    source: input,
    id,
    ...(loaded.url ? { url: loaded.url } : {}),
    ...(loaded.contentType ? { contentType: loaded.contentType } : {}),
  });
}

function toRecord(file: string, a: ExtractedArticle): ExtractRecord {
  return {
    file,
    title: a.title,
    byline: a.byline ?? null,
    published: a.published ?? null,
    outlet: a.outlet ?? null,
    language: a.language ?? null,
    url: a.url ?? null,
    text: a.blocks.join('\n\n'),
    paragraphs: a.blocks,
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason })),
    error: a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.reason).join('; ') || null,
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the article (title, date, outlet, byline, paragraphs) from HTML files, .txt files or URLs.')
    .argument('<inputs...>', 'HTML files (.html, .html.gz), .txt files or http(s) URLs')
    .option('--format <format>', 'json (array), jsonl (one object per line) or text (bodies)', 'json')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (as ingest and watch)')
    .addHelpText('after', exitStatusHelp('extracted', 'written', 'extract (no input could be read)', 'on stderr and in their records\' error'))
    .action(async (inputs: string[], opts: { format: string; allowPrivate?: boolean }) => {
      const format = opts.format as Format;
      if (!['json', 'jsonl', 'text'].includes(format)) {
        process.stderr.write(`crosscheck extract: unknown --format "${opts.format}" (json, jsonl or text)\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      // The fetcher of ingest and watch: no private addresses unless asked, size and time caps, one request/s per host.
      const { Fetcher } = await import('../../service/fetch.ts');
      const fetcher = new Fetcher({ allowPrivate: Boolean(opts.allowPrivate) });
      const records: ExtractRecord[] = [];
      let failed = 0;
      // One input at a time: bounded memory for hundreds of files, and output in input order.
      for (const input of inputs) {
        const article = await extractOne(input, fetcher, Boolean(opts.allowPrivate));
        for (const d of article.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
        if (article.diagnostics.some((d) => d.severity === 'error')) failed++;
        const record = toRecord(input, article);
        if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
        // A failed input has no title or body: text output had blank lines for it (its error is on stderr).
        else if (format === 'text') {
          if (record.error === null) process.stdout.write(`${record.title}\n\n${record.text}\n\n`);
        }
        else records.push(record);
      }
      if (format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
      // As analyze: 3 when some inputs failed and the rest were written (it was 1, as when none could be read).
      if (failed > 0) process.exitCode = failed === inputs.length ? 1 : EXIT_PARTIAL;
    });
}
