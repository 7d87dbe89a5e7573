/**
 * Which kind of feed a fetched body is (by its content type, else its first element), or undefined for anything
 * else. `ingest`, `analyze` and `extract` given a feed's URL took the RSS for a page: one "article" titled with the
 * feed's name, whose text was its entries' titles, links and dates run together.
 */
export function feedKindOf(body: Uint8Array, contentType?: string): 'RSS' | 'Atom' | 'JSON Feed' | undefined {
  const type = contentType?.toLowerCase() ?? '';
  if (type.includes('application/rss+xml')) return 'RSS';
  if (type.includes('application/atom+xml')) return 'Atom';
  if (type.includes('application/feed+json')) return 'JSON Feed';
  // The prolog (XML declaration, stylesheet instructions, comments, doctype) fits in the first few KB.
  const head = new TextDecoder().decode(body.subarray(0, FEED_SNIFF_BYTES)).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'JSON Feed' : undefined;
  const root = /^\s*(?:(?:<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z][\w.:-]*)/.exec(head)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'rdf:rdf') return 'RSS';
  if (root === 'feed') return 'Atom';
  return undefined;
}
// Enough for any prolog seen in the wild (a long stylesheet instruction and a licence comment); a page's own root
// element comes first in its first bytes too.
const FEED_SNIFF_BYTES = 4096;
