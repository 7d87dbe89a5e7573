import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawArticle } from '../model/raw-article.ts';
import { splitTextBlocks } from '../extract/text/split-text-blocks.ts';
import type { ClusterInput } from './types.ts';

export interface FromRawResult {
  readonly input?: ClusterInput;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A loaded article as clustering input, its headline and body read as `analyze` reads them: a .txt file's first line
 * is its headline, a JSON record's text is all body (a headline, when no title is given, is its first sentence, which
 * stays in the body: a one-line record keeps its line). HTML pages are skipped with a diagnostic (run
 * `crosscheck extract` on them first): clustering reads text.
 */
export function fromRawArticle(raw: RawArticle): FromRawResult {
  if (raw.format !== 'text' || raw.text === undefined) {
    return {
      diagnostics: [
        { stage: 'cluster', rule: 'cluster/html-input', item: raw.source, reason: 'HTML input is not clustered; extract text first', severity: 'warning' },
      ],
    };
  }
  const { title, blocks } = splitTextBlocks(raw.text, raw.title, raw.headline ?? 'first-line');
  return { input: { id: raw.id, title, text: blocks.join('\n'), ...(raw.published ? { published: raw.published } : {}) }, diagnostics: [] };
}
