import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import { parseRecord } from './parse-record.ts';
import { sniffBinary } from './sniff-binary.ts';
import { feedKindOf } from './feed-kind.ts';
import { decodeWindows1252 } from '../text/windows-1252.ts';
import { plural } from '../text/plural.ts';

export interface LoadOptions {
  /** Files larger than this are refused with a diagnostic (bytes). */
  readonly maxFileBytes: number;
  /** Reads standard input when a path is `-`. */
  readonly readStdin?: () => Promise<Uint8Array>;
}

// 20 MB: five times the largest news page we have seen; larger inputs are almost always dumps or binaries.
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LoadResult {
  readonly articles: readonly RawArticle[];
  readonly diagnostics: readonly Diagnostic[];
}

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXT = new Set(['.json']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** Reads files, directories (recursively, sorted) and `-` into raw articles; a bad item becomes a diagnostic. */
export async function loadInputs(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const before = diagnostics.length;
    const skipped: string[] = [];
    const files = await expand(path, diagnostics, skipped);
    // A directory with nothing readable in it used to end the run with no output and no message at all.
    if (files.length === 0 && diagnostics.length === before) diagnostics.push(loadError(path, 'load/no-articles', noArticlesReason(skipped)));
    // A PDF or .docx beside the pages was left out without a word, so a reader took it as read: a warning (no failed
    // input: a folder may hold a saved page's scripts and images) names the first few.
    else if (files.length > 0 && skipped.length > 0) diagnostics.push(loadWarning(path, 'load/skipped', `${plural(skipped.length, 'file')} of other types not read (${shownNames(skipped)}): only ${SUPPORTED} files are${skippedHint(skipped)}`));
    for (const file of files) {
      const bytes = await readInput(file, options, diagnostics);
      if (bytes) {
        const parsed = parseInput(file, bytes);
        articles.push(...parsed.articles);
        diagnostics.push(...parsed.diagnostics);
      }
    }
  }
  return { articles: dedupeIds(articles, diagnostics), diagnostics };
}

async function expand(path: string, diagnostics: Diagnostic[], skipped: string[]): Promise<string[]> {
  if (path === '-') return ['-'];
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return [path];
    const out: string[] = [];
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const pages = new Set(entries.filter((e) => !e.isDirectory() && HTML_EXT.has(extname(e.name).toLowerCase())).map((e) => stem(e.name)));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      // A browser's "Save Page As… (complete)" puts the page's frames, scripts and data beside it in "<page>_files"
      // ("_fichiers", "-Dateien" in other languages): read as articles, an ad frame became a story headlined "" and
      // a manifest.json failed the run (exit 3). Such a folder beside its page is the page's, not more articles.
      if (entry.isDirectory() && isSavedPageFolder(entry.name, pages)) continue;
      if (entry.isDirectory()) out.push(...(await expand(child, diagnostics, skipped)));
      else if (isSupported(child)) {
        if (entry.isFile() || (await isRegularOrBroken(child))) out.push(child);
        // A FIFO named x.txt in a directory made readFile wait forever for a writer (the whole run hung), and a
        // socket or device is never an article: only regular files (or links to them) found by walking are read.
        // A path named explicitly is still read as given (`analyze <(cat x)` passes a pipe on purpose).
        else diagnostics.push(loadError(child, 'load/not-a-file', 'not a regular file (FIFO, socket or device); skipped'));
      } else skipped.push(entry.name);
    }
    return out;
  } catch (err) {
    diagnostics.push(loadError(path, 'load/unreadable', describe(err)));
    return [];
  }
}

/** A file name without its last extension ("Story.html" → "Story"). */
function stem(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}

// The folder's suffix in browsers' languages (Chrome, Firefox, Edge): English first; a suffix not listed leaves the
// folder read, as any other folder is (a user's "news-2022" beside "news.html" is theirs).
const SAVED_PAGE_SUFFIXES = ['_files', '-Dateien', '_fichiers', '_archivos', '_arquivos', '_file', '_bestanden', '_filer', '_pliki', '_soubory', '_tiedostot', '_dosyalar', '_файлы'];

/** True for "<page>_files" (or its name in another language) beside "<page>.html". */
function isSavedPageFolder(dir: string, pages: ReadonlySet<string>): boolean {
  return SAVED_PAGE_SUFFIXES.some((suffix) => dir.endsWith(suffix) && pages.has(dir.slice(0, dir.length - suffix.length)));
}

/** True for a regular file behind a link, and for a link that cannot be followed (readInput reports why). */
async function isRegularOrBroken(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

const SUPPORTED = '.txt, .html, .htm, .json or .jsonl';

/** Why a directory gave no articles: empty, or only files of kinds that are not read (named, a few of them). */
function noArticlesReason(skipped: readonly string[]): string {
  if (skipped.length === 0) return `no articles: the directory has no ${SUPPORTED} files`;
  return `no articles: the directory has no ${SUPPORTED} files (${plural(skipped.length, 'other file')} skipped: ${shownNames(skipped)})${skippedHint(skipped)}`;
}

/**
 * What to do with the skipped files a newcomer most often has: gzipped pages (`extract` reads them, analyze did not
 * say how to) and PDFs. Empty when none is among them.
 */
function skippedHint(skipped: readonly string[]): string {
  const hints: string[] = [];
  if (skipped.some((name) => /\.x?html?\.gz$/i.test(name))) hints.push('unpack .html.gz pages first (gunzip -k DIR/*.gz)');
  if (skipped.some((name) => /\.pdf$/i.test(name))) hints.push('convert PDFs to text first (pdftotext FILE.pdf)');
  return hints.length > 0 ? `; ${hints.join('; ')}` : '';
}

/** The first few names of a list, enough to recognise what was left out on one line. */
function shownNames(names: readonly string[]): string {
  return names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
}

function isSupported(file: string): boolean {
  const ext = extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSON_EXT.has(ext) || JSONL_EXT.has(ext);
}

async function readInput(file: string, options: LoadOptions, diagnostics: Diagnostic[]): Promise<Uint8Array | undefined> {
  try {
    if (file === '-') {
      if (!options.readStdin) throw new TypeError('loadInputs: `-` given but no readStdin option');
      return await options.readStdin();
    }
    const info = await stat(file);
    if (info.size > options.maxFileBytes) {
      diagnostics.push(loadError(file, 'load/too-large', `too large (${info.size} bytes > limit ${options.maxFileBytes})`));
      return undefined;
    }
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof TypeError) throw err;
    diagnostics.push(loadError(file, 'load/unreadable', describe(err)));
    return undefined;
  }
}

/** Turns one input's bytes into raw articles (pure; exported for tests and for stdin/HTTP callers). */
export function parseInput(file: string, bytes: Uint8Array): LoadResult {
  const ext = file === '-' ? sniffStdinExt(bytes) : extname(file).toLowerCase();
  const id = idFromFile(file);
  const binary = sniffBinary(bytes);
  // Saved pages often come gzipped (`extract` reads .html.gz): say how to read one here rather than only "not text".
  const hint = binary && bytes[0] === 0x1f && bytes[1] === 0x8b ? ' (unpack it first, e.g. gunzip -k FILE; only `extract` reads .html.gz)' : '';
  if (binary) return { articles: [], diagnostics: [loadError(file, 'load/binary', binary + hint)] };
  // A saved feed.xml was read as one page: 'no body text, only a headline ("<?xml version=…")'. Its entries are
  // pages elsewhere: say where a feed is read.
  const feed = feedKindOf(bytes);
  if (feed) return { articles: [], diagnostics: [loadError(file, 'load/feed', `a feed (${feed}) file, not an article: \`crosscheck watch --feeds URL --once\` stores its entries' articles given the feed's address, or give the entries' page URLs to analyze`)] };
  if (HTML_EXT.has(ext)) return { articles: [{ id, source: file, format: 'html', html: bytes }], diagnostics: [] };
  const decoded = decodeText(bytes);
  // "-: empty file" did not say that "-" is standard input, nor that nothing was piped in (a run from a terminal).
  const empty = file === '-' ? 'nothing on standard input (- reads stdin: pipe articles in, e.g. cat a.txt | crosscheck analyze -)' : 'empty file';
  if (decoded.text.trim() === '') return { articles: [], diagnostics: [loadError(file, 'load/empty', empty)] };
  const warnings = decoded.warning ? [loadWarning(file, 'load/encoding', decoded.warning)] : [];
  if (JSON_EXT.has(ext)) return withWarnings(parseJson(file, id, decoded.text), warnings);
  if (JSONL_EXT.has(ext)) return withWarnings(parseJsonl(file, decoded.text), warnings);
  if (/^\s*<(!doctype html|html|head|body)\b/i.test(decoded.text)) {
    return { articles: [{ id, source: file, format: 'html', html: bytes }], diagnostics: warnings };
  }
  // A file of addresses (urls.txt) was analyzed as one article headlined with its first URL, and exited 0.
  if (isUrlList(decoded.text)) {
    const shown = file === '-' ? 'FILE' : file;
    return { articles: [], diagnostics: [...warnings, loadError(file, 'load/url-list', `a list of URLs, not an article: give the URLs as arguments (xargs crosscheck analyze < ${shown}), or a list of feeds to watch --feeds ${shown}`)] };
  }
  return { articles: [{ id, source: file, format: 'text', text: decoded.text }], diagnostics: warnings };
}

/** Every non-empty line an http(s) URL and nothing else: a list of addresses, no article text. */
function isUrlList(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => /^https?:\/\/\S+$/i.test(l));
}

function withWarnings(result: LoadResult, warnings: readonly Diagnostic[]): LoadResult {
  return { articles: result.articles, diagnostics: [...warnings, ...result.diagnostics] };
}

function parseJson(file: string, id: string, text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { articles: [], diagnostics: [loadError(file, 'load/bad-json', `invalid JSON (${describe(err)})`)] };
  }
  const records = Array.isArray(value) ? value : [value];
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((record, i) => {
    const where = records.length > 1 ? `${file}[${i}]` : file;
    const fallbackId = records.length > 1 ? `${id}-${i + 1}` : id;
    const parsed = parseRecord(record, { source: where, fallbackId });
    if (parsed.article) articles.push(parsed.article);
    else diagnostics.push(loadError(where, 'load/bad-record', parsed.error));
  });
  return { articles, diagnostics };
}

function parseJsonl(file: string, text: string): LoadResult {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const id = idFromFile(file);
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      diagnostics.push(loadError(where, 'load/bad-json', `invalid JSON line (${describe(err)})`));
      return;
    }
    const parsed = parseRecord(value, { source: where, fallbackId: `${id}-${i + 1}` });
    if (parsed.article) articles.push(parsed.article);
    else diagnostics.push(loadError(where, 'load/bad-record', parsed.error));
  });
  return { articles, diagnostics };
}

interface Decoded {
  readonly text: string;
  readonly warning?: string;
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; invalid UTF-8 falls back to windows-1252 with a warning. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      warning: 'not valid UTF-8; read as windows-1252',
    };
  }
}

function sniffStdinExt(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('<')) return '.html';
  if (head.startsWith('[')) return '.json';
  if (head.startsWith('{')) return head.split('\n').filter((l) => l.trim()).length > 1 && /}\s*\n\s*{/.test(new TextDecoder().decode(bytes)) ? '.jsonl' : '.json';
  return '.txt';
}

export function idFromFile(file: string): string {
  if (file === '-') return 'stdin';
  const name = basename(file);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** Two inputs with one id would make citations ambiguous: later ones get a numeric suffix and a warning. */
function dedupeIds(articles: readonly RawArticle[], diagnostics: Diagnostic[]): RawArticle[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const n = seen.get(a.id) ?? 0;
    seen.set(a.id, n + 1);
    if (n === 0) return a;
    const id = `${a.id}~${n + 1}`;
    diagnostics.push(loadWarning(a.source, 'load/duplicate-id', `id "${a.id}" already used; renamed to "${id}"`));
    return { ...a, id };
  });
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const code = err.code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    // Node's messages already start with the code ("ELOOP: too many symbolic links…"): say it once.
    const message = err instanceof Error ? err.message : String(err);
    return message.startsWith(`${code}:`) ? message : `${code}: ${message}`;
  }
  return err instanceof Error ? err.message : String(err);
}

function loadError(item: string, rule: string, reason: string): Diagnostic {
  return { stage: 'load', rule, item, reason, severity: 'error' };
}

function loadWarning(item: string, rule: string, reason: string): Diagnostic {
  return { stage: 'load', rule, item, reason, severity: 'warning' };
}
