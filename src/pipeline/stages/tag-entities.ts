import type { AnalyzedArticle, EntityMention } from '../../model/analyzed-article.ts';
import { tokenize } from '../../text/tokens.ts';
import { stripHonorific, titleBefore } from '../../nlp/entities/titles.ts';
import { tagEntities as tagWithModel, NER_RULE, type NerModel } from '../../nlp/ner/index.ts';

/** Stage: named entities from the trained tagger, with titles and honorifics split from the names. */
export function tagEntities(article: AnalyzedArticle, model: NerModel | undefined): AnalyzedArticle {
  if (!model || article.sentences.length === 0) return article;
  const sentences = article.sentences.map((s) => tokenize(article.text.slice(s.start, s.end), s.start));
  const entities: EntityMention[] = [];
  for (const span of tagWithModel(model, sentences)) {
    const raw = article.text.slice(span.start, span.end);
    const { name, honorific } = stripHonorific(raw.replace(/[’']s$/, ''));
    const titled = span.type === 'person' ? titleBefore(article.text, span.start) : { titleStart: span.start };
    const title = [titled.title, honorific].filter(Boolean).join(' ') || undefined;
    const nameStart = span.start + raw.indexOf(name);
    entities.push({
      start: nameStart,
      end: nameStart + name.length,
      type: span.type,
      name,
      ...(title ? { title } : {}),
      rule: NER_RULE,
    });
  }
  return { ...article, entities };
}
