import type { AnalyzedArticle } from '../../src/model/analyzed-article.ts';
import type { StoryBriefStory } from '../../src/model/story-brief.ts';

/** A minimal analyzed article: enough for the store, which treats analysis results as opaque JSON. */
export function article(id: string, fields: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  const text = fields.text ?? `Body of ${id}. Sergei Ryabkov met Wendy Sherman in Geneva.`;
  return {
    id,
    source: `${id}.txt`,
    title: `Title ${id}`,
    language: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
    removed: [],
    diagnostics: [],
    sentences: [],
    entities: [],
    quotes: [],
    times: [],
    quantities: [],
    ...fields,
  };
}

export function brief(id: string, articleIds: readonly string[], fields: Partial<StoryBriefStory> = {}): StoryBriefStory {
  return {
    id,
    title: `Story ${id}`,
    articleIds,
    independentSources: articleIds.length,
    origins: articleIds,
    why: 'test',
    duplicates: [],
    rewrites: [],
    summary: [],
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    agreed: [],
    discrepancies: [],
    exclusives: [],
    ...fields,
  };
}
