import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import type { ClusterInput } from './types.ts';

export interface FromRawResult {
  readonly input?: ClusterInput;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A loaded article as clustering input: plain text whose first non-empty line is the headline unless a title was
 * given. HTML pages are skipped with a diagnostic (run `crosscheck extract` on them first): clustering reads text.
 */
export function fromRawArticle(raw: RawArticle): FromRawResult {
  if (raw.format !== 'text' || raw.text === undefined) {
    return {
      diagnostics: [
        { stage: 'cluster', rule: 'cluster/html-input', item: raw.source, reason: 'HTML input is not clustered; extract text first', severity: 'warning' },
      ],
    };
  }
  let title = raw.title?.trim() ?? '';
  let text = raw.text;
  if (!title) {
    const lines = raw.text.split(/\r?\n/);
    const first = lines.findIndex((l) => l.trim() !== '');
    title = first >= 0 ? (lines[first] ?? '').trim() : '';
    text = first >= 0 ? lines.slice(first + 1).join('\n') : '';
  }
  return { input: { id: raw.id, title, text, ...(raw.published ? { published: raw.published } : {}) }, diagnostics: [] };
}
