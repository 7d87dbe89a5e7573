import type { ExtractedArticle } from '../../model/clean-article.ts';
import type { RawArticle } from '../../model/raw-article.ts';
import { splitTextBlocks } from '../../extract/text/split-text-blocks.ts';
import { extractHtml } from '../../extract/index.ts';

/** Stage 1: raw input → title and text blocks (HTML goes through the page extractor, text is split into lines). */
export function extractArticle(raw: RawArticle): ExtractedArticle {
  if (raw.format === 'html' && raw.html !== undefined) {
    const page = extractHtml({
      html: raw.html,
      source: raw.source,
      id: raw.id,
      ...(raw.url ? { url: raw.url } : {}),
      ...(raw.contentType ? { contentType: raw.contentType } : {}),
      ...(raw.outletFallback ? { outletFallback: raw.outletFallback } : {}),
    });
    return {
      ...page,
      origin: 'html',
      // Fields the record itself carried win over what the page says.
      title: raw.title?.trim() || page.title,
      ...(raw.url ? { url: raw.url } : {}),
      ...(raw.outlet ? { outlet: raw.outlet } : {}),
      ...(raw.published ? { published: raw.published, publishedRule: 'published/record' } : {}),
    };
  }
  const { title, blocks, preamble } = splitTextBlocks(raw.text ?? '', raw.title, raw.headline ?? 'first-line');
  // A headline alone is no article: say so here, naming the input, instead of letting it vanish from every story.
  const diagnostics = blocks.length === 0 && title !== ''
    ? [{ stage: 'extract', rule: 'extract/no-body', item: raw.source, reason: `no body text, only a headline ("${title.slice(0, 60)}")`, severity: 'error' as const }]
    : [];
  return {
    id: raw.id,
    source: raw.source,
    title,
    blocks,
    origin: 'text',
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.outlet || raw.outletFallback ? { outlet: raw.outlet || raw.outletFallback } : {}),
    ...(raw.byline ? { byline: raw.byline } : {}),
    ...(raw.published ? { published: raw.published, publishedRule: 'published/record' } : {}),
    removed: preamble.map((text) => ({ text, reason: 'date-only line before the headline (page header, not the publication date)', rule: 'boilerplate/scrape-date' })),
    diagnostics,
  };
}
