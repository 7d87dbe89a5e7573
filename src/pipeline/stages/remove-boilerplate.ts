import type { CleanArticle, ExtractedArticle, Paragraph } from '../../model/clean-article.ts';
import { classifyBlocks } from '../../extract/text/classify-blocks.ts';

export interface BoilerplateOptions {
  /** Block texts (normalized with lineKey) that recur across this outlet's articles in the batch. */
  readonly recurring?: ReadonlySet<string>;
}

/** Stage 2: drops boilerplate blocks with a reason each, and lays the rest out as the article's text. */
export function removeBoilerplate(article: ExtractedArticle, options: BoilerplateOptions = {}): CleanArticle {
  const classified = classifyBlocks(article.blocks, { ...options, origin: article.origin ?? 'text' });
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const block of classified.kept) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + block.text.length, kind: block.kind });
    text += block.text;
  }
  // An article that ends with no body text is in no story: an error naming it (unless extraction already said why).
  const diagnostics = text.trim() || article.diagnostics.some((d) => d.severity === 'error')
    ? article.diagnostics
    : [...article.diagnostics, { stage: 'clean', rule: 'clean/empty', item: article.source, reason: 'no article text left after removing boilerplate', severity: 'error' as const }];
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.published ? { published: article.published, publishedRule: article.publishedRule ?? 'published/record' } : {}),
    language: article.language && article.language !== 'und' ? article.language : classified.language,
    text,
    paragraphs,
    removed: [...article.removed, ...classified.removed],
    diagnostics,
  };
}
