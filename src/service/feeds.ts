import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';
import { childElements, FeedFormatError, findAll, firstChild, localName, parseXml, textOf } from './xml.ts';

export interface FeedEntry {
  /** What identifies the entry across polls: guid / id, else link, else a hash of title and date. */
  readonly key: string;
  readonly url?: string;
  readonly title?: string;
  /** YYYY-MM-DD (UTC) when the feed gave a parseable date. */
  readonly published?: string;
  /** Full article HTML carried by the feed itself (content:encoded, Atom content, content_html), if any. */
  readonly contentHtml?: string;
}

export interface ParsedFeed {
  readonly kind: 'rss' | 'atom' | 'json';
  readonly title?: string;
  readonly entries: readonly FeedEntry[];
}

// In src/io so the file loader can tell a saved feed from an article without loading the XML parser.
export { feedKindOf } from '../io/feed-kind.ts';

/** RSS 2.0 (and 0.9x/RDF), Atom 1.0 or JSON Feed 1.x → entries. Throws FeedFormatError naming what is wrong. */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  const head = text.trimStart().replace(/^\uFEFF/, '');
  if (head.startsWith('{')) return parseJsonFeed(head, baseUrl);
  if (!head.startsWith('<')) throw new FeedFormatError('not a feed (neither XML nor JSON)');
  const doc = parseXml(head);
  const root = childElements(doc)[0];
  if (!root) throw new FeedFormatError('empty XML document');
  const kind = localName(root);
  if (kind === 'feed') return parseAtom(root, baseUrl);
  if (kind === 'rss' || kind === 'rdf') return parseRss(root, baseUrl);
  throw new FeedFormatError(`not a feed: root element <${root.name}> (expected rss, feed or rdf:RDF)`);
}

function parseRss(root: Element, baseUrl: string): ParsedFeed {
  const channel = findAll(root, 'channel')[0];
  const title = channel ? textOf(firstChild(channel, 'title')) : undefined;
  const entries = findAll(root, 'item').map((item) => {
    const url = absolute(textOf(firstChild(item, 'link')), baseUrl);
    const guid = textOf(firstChild(item, 'guid'));
    const date = textOf(firstChild(item, 'pubdate', 'dc:date'));
    return entry(guid, url, textOf(firstChild(item, 'title')), date, textOf(firstChild(item, 'content:encoded')));
  });
  return { kind: 'rss', ...(title ? { title } : {}), entries };
}

function parseAtom(root: Element, baseUrl: string): ParsedFeed {
  const title = textOf(firstChild(root, 'title'));
  const entries = childElements(root, 'entry').map((el) => {
    const links = childElements(el, 'link');
    const link = links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const url = absolute(link?.attribs['href'], baseUrl);
    const content = firstChild(el, 'content');
    const html = content && /html/.test(content.attribs['type'] ?? '') ? textOf(content) : undefined;
    return entry(textOf(firstChild(el, 'id')), url, textOf(firstChild(el, 'title')), textOf(firstChild(el, 'published', 'updated')), html);
  });
  return { kind: 'atom', ...(title ? { title } : {}), entries };
}

function parseJsonFeed(text: string, baseUrl: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FeedFormatError(`invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const obj = doc as { version?: unknown; title?: unknown; items?: unknown };
  if (typeof obj.version !== 'string' || !obj.version.startsWith('https://jsonfeed.org/version/')) throw new FeedFormatError('JSON without a jsonfeed.org version: not a JSON Feed');
  if (!Array.isArray(obj.items)) throw new FeedFormatError('JSON Feed without an items array');
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const entries = obj.items.map((raw: unknown) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const id = str(item['id']) ?? (typeof item['id'] === 'number' ? String(item['id']) : undefined);
    return entry(id, absolute(str(item['url']), baseUrl), str(item['title']), str(item['date_published']) ?? str(item['date_modified']), str(item['content_html']));
  });
  const title = str(obj.title);
  return { kind: 'json', ...(title ? { title } : {}), entries };
}

function entry(id: string | undefined, url: string | undefined, title: string | undefined, date: string | undefined, contentHtml: string | undefined): FeedEntry {
  const published = toDay(date);
  const key = id ?? url ?? 'h' + createHash('sha256').update(`${title ?? ''}\u0000${date ?? ''}`).digest('hex').slice(0, 16);
  return { key, ...(url ? { url } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}), ...(contentHtml ? { contentHtml } : {}) };
}

function toDay(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** A feed list: OPML (every outline with an xmlUrl) or plain text, one URL per line, `#` comments allowed. */
export function parseFeedList(text: string): string[] {
  const trimmed = text.trimStart().replace(/^\uFEFF/, '');
  const urls = trimmed.startsWith('<')
    ? findAll(parseXml(trimmed), 'outline').map((o) => o.attribs['xmlUrl'] ?? o.attribs['xmlurl']).filter((u): u is string => Boolean(u))
    : trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return [...new Set(urls)];
}
