// Page metadata: title, canonical URL, outlet, byline, publication date, language. Each value comes from the most
// explicit source the page offers (meta tags and JSON-LD before guessing from markup or the URL).
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import type { ElementNode, PageTree } from './parse-html.ts';
import { dateFromUrl, normalizeDate } from './published-date.ts';

export interface PageMetadata {
  readonly title: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly publishedRule?: string;
  readonly language?: string;
}

// Publication-date meta keys in trust order. Modified/updated keys are deliberately absent.
const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'article.published', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'article_date_original',
  'cxenseparse:recs:publishtime', 'originalpublicationdate', 'displaydate', 'citation_publication_date',
];
const MODIFIED_HINT = /updat|modif|edited|revis/i;
// Longer "bylines" are paragraphs that happened to carry an author class.
const MAX_BYLINE_CHARS = 120;

function metaValue(tree: PageTree, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const m = tree.metas.find((x) => x.key === key && x.content.trim() !== '');
    if (m) return m.content.trim();
  }
  return undefined;
}

function elementText(tree: PageTree, i: number): string {
  const el = tree.nodes[i] as ElementNode;
  let s = '';
  for (let j = i + 1; j < el.end; j++) {
    const n = tree.nodes[j];
    if (n && n.kind === 'text') s += n.text;
  }
  return s.replace(/\s+/g, ' ').trim();
}

function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined;
  }
}

function hostOutlet(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Strips the " | Site Name" / " - Site" tail publishers append to <title>. */
function cleanTitle(title: string, outlet: string | undefined): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·•:»-]\s+/);
  if (parts.length < 2) return t;
  if (outlet) {
    const o = outlet.toLowerCase();
    const kept = parts.filter((p) => !o.includes(p.toLowerCase()) && !p.toLowerCase().includes(o));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known outlet, the longest part is the headline (site names are short).
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function cleanByline(s: string): string | undefined {
  const t = s.replace(/\s+/g, ' ').replace(/^(?:by|von|par|por|di|door)\s+/i, '').trim();
  if (!t || t.length > MAX_BYLINE_CHARS || /^https?:/i.test(t)) return undefined;
  return t;
}

function firstH1(tree: PageTree): string | undefined {
  for (let i = 0; i < tree.nodes.length; i++) {
    const n = tree.nodes[i];
    if (n && n.kind === 'element' && n.tag === 'h1') {
      const t = elementText(tree, i);
      if (t) return t;
    }
  }
  return undefined;
}

interface DatedRule {
  readonly date: string;
  readonly rule: string;
}

function timeElementDate(tree: PageTree): DatedRule | undefined {
  let fallback: DatedRule | undefined;
  for (let i = 0; i < tree.nodes.length; i++) {
    const n = tree.nodes[i];
    if (!n || n.kind !== 'element' || n.tag !== 'time' || !n.attrs['datetime']) continue;
    const parent = n.parent >= 0 ? (tree.nodes[n.parent] as ElementNode) : undefined;
    const context = `${n.className} ${n.id} ${n.attrs['itemprop'] ?? ''} ${parent?.className ?? ''} ${elementText(tree, i)}`;
    const date = normalizeDate(n.attrs['datetime']);
    if (!date) continue;
    if (n.attrs['pubdate'] !== undefined || /datepublished/i.test(n.attrs['itemprop'] ?? '')) return { date, rule: 'published/time-pubdate' };
    if (!fallback && !MODIFIED_HINT.test(context)) fallback = { date, rule: 'published/time-element' };
  }
  return fallback;
}

function publishedDate(tree: PageTree, ld: JsonLdArticle | undefined, url: string | undefined): DatedRule | undefined {
  const meta = metaValue(tree, PUBLISHED_META_KEYS);
  const fromMeta = meta ? normalizeDate(meta) : undefined;
  if (fromMeta) return { date: fromMeta, rule: 'published/meta' };
  const fromLd = ld?.datePublished ? normalizeDate(ld.datePublished) : undefined;
  if (fromLd) return { date: fromLd, rule: 'published/json-ld' };
  const fromTime = timeElementDate(tree);
  if (fromTime) return fromTime;
  const fromUrl = url ? dateFromUrl(url) : undefined;
  if (fromUrl) return { date: fromUrl, rule: 'published/url' };
  return undefined;
}

function bylineFromMarkup(tree: PageTree): string | undefined {
  for (let i = 0; i < tree.nodes.length; i++) {
    const n = tree.nodes[i];
    if (!n || n.kind !== 'element') continue;
    const hint = n.attrs['rel'] === 'author' || /^author$/i.test(n.attrs['itemprop'] ?? '') || /(?:^|[\s_-])(?:byline|author-name|byline-name)(?:$|[\s_-])/i.test(n.className);
    if (!hint) continue;
    const t = cleanByline(elementText(tree, i));
    if (t) return t;
  }
  return undefined;
}

function language(tree: PageTree, ld: JsonLdArticle | undefined): string | undefined {
  const raw = tree.htmlLang ?? metaValue(tree, ['content-language', 'og:locale', 'language', 'dc.language']) ?? ld?.language;
  const m = raw ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? (m[1] as string).toLowerCase() : undefined;
}

/**
 * Reads the page's metadata. `pageUrl` is where the page came from (resolves relative canonical links); `outletFallback`
 * names the outlet when the page does not (a feed's title: an aggregator's feed lists many sites' pages). Pure.
 */
export function extractMetadata(tree: PageTree, pageUrl: string | undefined, outletFallback?: string): PageMetadata {
  const ld = readJsonLd(tree.jsonLd);
  const canonicalHref = tree.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? metaValue(tree, ['og:url']) ?? ld?.url;
  const url = (canonicalHref ? resolveUrl(canonicalHref, pageUrl) : undefined) ?? pageUrl;
  const named = metaValue(tree, ['og:site_name', 'application-name']) ?? ld?.publisher;
  // Some sites put their address in og:site_name; a host name reads better than a URL.
  const outlet = (named && /^https?:\/\//i.test(named) ? hostOutlet(named) : named) ?? (outletFallback?.trim() || undefined) ?? hostOutlet(url);
  const rawTitle = metaValue(tree, ['og:title', 'twitter:title']) ?? ld?.headline ?? firstH1(tree) ?? tree.titleText;
  const title = cleanTitle(rawTitle ?? '', outlet);
  const authorMeta = metaValue(tree, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']);
  const byline = (ld && ld.authors.length > 0 ? ld.authors.join(', ') : undefined) ?? (authorMeta ? cleanByline(authorMeta) : undefined) ?? bylineFromMarkup(tree);
  const date = publishedDate(tree, ld, url ?? pageUrl);
  const lang = language(tree, ld);
  return {
    title,
    ...(url ? { url } : {}),
    ...(outlet ? { outlet: outlet.replace(/^@/, '') } : {}),
    ...(byline ? { byline } : {}),
    ...(date ? { published: date.date, publishedRule: date.rule } : {}),
    ...(lang ? { language: lang } : {}),
  };
}
