import type { RawArticle } from '../model/raw-article.ts';

export type RecordResult = { readonly article: RawArticle; readonly error?: undefined } | { readonly article?: undefined; readonly error: string };

type Field = 'id' | 'url' | 'title' | 'text' | 'html' | 'published' | 'outlet' | 'byline';

/**
 * The names each field goes by in news data sets people already have, canonical name first. Our own names win; an
 * alias is read only when no earlier name is present, so a record that has both keeps its meaning. Where the names
 * come from: news-please (maintext, date_publish, source_domain, authors), NewsAPI (content, publishedAt,
 * source.name, author), BASIL and similar corpora (body-paragraphs, date, source), RSS-like dumps (link, pubDate).
 */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'uuid', 'guid'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'maintext', 'content', 'article', 'body-paragraphs', 'paragraphs'],
  html: ['html'],
  published: ['published', 'date_publish', 'publishedAt', 'published_at', 'pubDate', 'date'],
  outlet: ['outlet', 'source_domain', 'publisher', 'source'],
  byline: ['byline', 'author', 'authors'],
};

/** Validates one JSON article record ({id?, url?, title?, text? | html?, published?, outlet?}); wrong types are named. */
export function parseRecord(value: unknown, where: { source: string; fallbackId: string }): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `expected an object with text or html, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const record = value as Record<string, unknown>;
  const fields: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(ALIASES) as Field[]) {
    for (const key of ALIASES[field]) {
      const read = readField(field, key, record[key]);
      if (read === undefined) continue;
      if (typeof read === 'object') return read;
      fields[field] = read;
      break;
    }
  }
  // "neither text nor html" left a record in another shape (DUC's {cluster, docs: [...]}) with no clue what to rename:
  // the error names the record's own fields and every name the text is read from.
  if (!fields.text?.trim() && !fields.html?.trim()) return { error: `record has neither "text" nor "html" (${missingTextHint(record)})` };
  const article: RawArticle = {
    id: fields.id?.trim() || where.fallbackId,
    source: where.source,
    format: fields.text?.trim() ? 'text' : 'html',
    // A record's text is all body (its headline, if any, is the `title` field): only .txt files lead with a headline line.
    ...(fields.text ? { text: fields.text, headline: 'first-sentence' as const } : {}),
    ...(fields.html ? { html: fields.html } : {}),
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.outlet ? { outlet: fields.outlet } : {}),
    ...(fields.byline ? { byline: fields.byline } : {}),
  };
  return { article };
}

/** The record's own field names (a few) beside the names its text is read from. */
function missingTextHint(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  const own = keys.length === 0 ? 'it has no fields' : `its fields: ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  const nested = keys.find((k) => Array.isArray(record[k]) && (record[k] as unknown[]).some((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
  const inner = nested ? `; "${nested}" holds records: give one article a record` : '';
  return `${own}${inner}; the body is read from ${[...ALIASES.text, ...ALIASES.html].join(', ')}`;
}

/**
 * One field's value as a string; undefined when absent (or an alias of a shape we do not read, so the next name is
 * tried); an error for a canonical field of the wrong type, since that is a mistake in the record, not another format.
 */
function readField(field: Field, key: string, v: unknown): string | { error: string } | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (field === 'id' && typeof v === 'number') return String(v);
  // Paragraph lists (BASIL's body-paragraphs nest each paragraph's sentences in an inner list): a paragraph a line pair.
  if (field === 'text' && key !== 'text' && Array.isArray(v)) {
    const paragraphs = v.map((p) => (Array.isArray(p) ? p.filter((s) => typeof s === 'string').join(' ') : typeof p === 'string' ? p : ''));
    const text = paragraphs.map((p) => p.trim()).filter(Boolean).join('\n\n');
    return text || undefined;
  }
  if (field === 'byline' && key === 'authors' && Array.isArray(v)) {
    const names = v.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    return names.length ? names.join(', ') : undefined;
  }
  // NewsAPI's source is {id, name}.
  if (field === 'outlet' && key === 'source' && typeof v === 'object' && !Array.isArray(v)) {
    const name = (v as Record<string, unknown>).name;
    return typeof name === 'string' && name.trim() ? name : undefined;
  }
  if (key === ALIASES[field][0]) return { error: `field "${key}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}` };
  return undefined;
}
