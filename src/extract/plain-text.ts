// Plain-text articles (.txt): paragraphs are separated by blank lines, the first non-empty line is the headline.
import type { ExtractedArticle } from '../model/clean-article.ts';

export interface PlainTextInput {
  readonly text: string;
  readonly source: string;
  readonly id: string;
}

/** Splits a plain-text article into title and paragraphs. Pure. */
export function extractPlainText(input: PlainTextInput): ExtractedArticle {
  if (typeof input?.text !== 'string') throw new TypeError('extractPlainText: input.text must be a string');
  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) {
    return { id: input.id, source: input.source, title: '', blocks: [], removed: [], diagnostics: [{ stage: 'extract', rule: 'extract/empty', item: input.source, reason: 'empty input', severity: 'error' }] };
  }
  const title = (lines[first] as string).trim();
  const blocks = lines
    .slice(first + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
  return { id: input.id, source: input.source, title, blocks, removed: [], diagnostics: [] };
}
