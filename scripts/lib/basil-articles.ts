/**
 * BASIL articles (../shared/data/basil-dev) as crosscheck reads them, for the same-fact pair fixtures. An article's
 * text is the sentences of each entry of `body-paragraphs` joined by one space, the paragraphs by a blank line; the
 * title is not part of it (the convention of the other basil-dev fixtures). Events are split dev / held-out by
 * position of their triplet id in sorted order (even dev, odd held-out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BasilArticle } from './basil.ts';

export { basilDir as basilArticlesDir, type BasilArticle } from './basil.ts';

// The text convention here differs from basil.ts's loadBasilArticle on purpose: sentences are trimmed, empty
// paragraphs dropped and the outlet kept as written, which is what the same-fact pair offsets were labelled against.
export function readBasilArticle(dir: string, id: string): BasilArticle {
  const raw = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Record<string, unknown>;
  const paragraphs = Array.isArray(raw['body-paragraphs']) ? (raw['body-paragraphs'] as unknown[]) : [];
  const text = paragraphs
    .map((p) => (Array.isArray(p) ? p.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).join(' ') : ''))
    .filter((p) => p.length > 0)
    .join('\n\n');
  return {
    id,
    event: String(raw['triplet-uuid'] ?? ''),
    outlet: String(raw['source'] ?? ''),
    published: String(raw['date'] ?? ''),
    title: String(raw['title'] ?? ''),
    text,
  };
}

export function readBasilArticles(dir: string): BasilArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readBasilArticle(dir, f.replace(/\.json$/, '')));
}

/** dev or heldout for each event id: sorted ids, even positions dev. */
export function basilSplits(articles: readonly BasilArticle[]): Map<string, 'dev' | 'heldout'> {
  const events = [...new Set(articles.map((a) => a.event))].sort();
  return new Map(events.map((e, i) => [e, i % 2 === 0 ? 'dev' : 'heldout']));
}
