// JSON-LD (<script type="application/ld+json">) → the article facts publishers declare for search engines.

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly url?: string;
  readonly language?: string;
  /** The full text the publisher declares for the article (schema.org articleBody / text), when given. */
  readonly articleBody?: string;
}

// Types that describe the page's main story. WebPage is a fallback some CMSs use for articles.
const ARTICLE_TYPES = /^(?:newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|liveblogposting|report|scholarlyarticle|techarticle|socialmediaposting|webpage)$/i;
// Bounds the walk over untrusted JSON (a page could embed megabytes of product graph).
const MAX_VISITED = 5000;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['name']) ?? str(o['@id']) ?? str(o['url']);
  }
  return undefined;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item.trim() : item && typeof item === 'object' ? str((item as Record<string, unknown>)['name']) : undefined;
    if (name && !/^https?:/i.test(name)) out.push(name);
  }
  return out;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Parses all JSON-LD scripts and returns the facts of the first article-like object. Bad JSON is skipped. */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | undefined {
  const found: Record<string, unknown>[] = [];
  for (const raw of scripts) {
    let data: unknown;
    try {
      // Some CMSs leave trailing commas or HTML comments around the JSON; strip the comment wrapper.
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let visited = 0;
    while (queue.length > 0 && visited++ < MAX_VISITED) {
      const v = queue.shift();
      // No spread into push(): a huge array would exceed the engine's argument limit.
      if (Array.isArray(v)) for (const item of v) queue.push(item);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typesOf(o).some((t) => ARTICLE_TYPES.test(t))) found.push(o);
        if (o['@graph']) queue.push(o['@graph']);
        if (o['mainEntity']) queue.push(o['mainEntity']);
      }
    }
  }
  // Prefer a real article type over a WebPage wrapper.
  found.sort((a, b) => Number(typesOf(a).some((t) => /^webpage$/i.test(t))) - Number(typesOf(b).some((t) => /^webpage$/i.test(t))));
  const o = found[0];
  if (!o) return undefined;
  const headline = str(o['headline']) ?? str(o['name']);
  const datePublished = str(o['datePublished']) ?? str(o['dateCreated']);
  const publisher = str(o['publisher']) ?? str(o['sourceOrganization']);
  const url = str(o['url']) ?? str(o['mainEntityOfPage']);
  const language = str(o['inLanguage']);
  const body = o['articleBody'] ?? o['text'];
  const articleBody = typeof body === 'string' && body.trim() !== '' ? body : undefined;
  return {
    ...(articleBody ? { articleBody } : {}),
    authors: names(o['author'] ?? o['creator']),
    ...(headline ? { headline } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}
