import type { RawArticle } from '../model/raw-article.ts';

export type RecordResult = { readonly article: RawArticle; readonly error?: undefined } | { readonly article?: undefined; readonly error: string };

const STRING_FIELDS = ['id', 'url', 'title', 'text', 'html', 'published', 'outlet', 'byline'] as const;

/** Validates one JSON article record ({id?, url?, title?, text? | html?, published?, outlet?}); wrong types are named. */
export function parseRecord(value: unknown, where: { source: string; fallbackId: string }): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `expected an object with text or html, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const record = value as Record<string, unknown>;
  const fields: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
  for (const key of STRING_FIELDS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (key === 'id' && typeof v === 'number') {
      fields.id = String(v);
      continue;
    }
    if (typeof v !== 'string') return { error: `field "${key}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}` };
    fields[key] = v;
  }
  if (!fields.text?.trim() && !fields.html?.trim()) return { error: 'record has neither "text" nor "html"' };
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
