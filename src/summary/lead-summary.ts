import type { SummaryBudget, SummaryDocument, SummaryResult } from './types.ts';
import { addToSize, EMPTY_SIZE, validBudget, withinBudget } from './budget.ts';
import { byteLength, wordCount } from './prepare-sentences.ts';
import { trimDateline } from './trim-dateline.ts';
import { sanitizeDocuments } from './sanitize-documents.ts';

/**
 * The Lead baseline: the opening sentences of the most recent document (latest `published`, input order on ties or
 * when undated), whole sentences within budget. The classic DUC peer to beat.
 */
export function leadSummary(docs: readonly SummaryDocument[], budget: SummaryBudget): SummaryResult {
  if (!Array.isArray(docs)) throw new TypeError('leadSummary: docs must be an array');
  if (!validBudget(budget)) throw new TypeError('leadSummary: budget needs bytes and/or words, finite and >= 0');
  const latest = latestDocument(sanitizeDocuments(docs).docs);
  if (!latest) return { sentences: [], diagnostics: [] };
  const out: SummaryResult['sentences'][number][] = [];
  let size = EMPTY_SIZE;
  for (const [sentenceIndex, s] of latest.sentences.entries()) {
    const text = s.text.trim();
    const start = s.start + (s.text.length - s.text.trimStart().length);
    // Datelines open an article only.
    const t = sentenceIndex === 0 ? trimDateline(text, start) : { text, start, end: start + text.length };
    const next = addToSize(size, { bytes: byteLength(t.text), words: wordCount(t.text) });
    if (!withinBudget(next, budget)) break;
    size = next;
    out.push({ docId: latest.id, sentenceIndex, text: t.text, start: t.start, end: t.end, support: [], rule: 'summary/lead' });
  }
  return { sentences: out, diagnostics: [] };
}

export function latestDocument(docs: readonly SummaryDocument[]): SummaryDocument | undefined {
  let best: SummaryDocument | undefined;
  for (const d of docs) {
    if (!best) best = d;
    else if (d.published !== undefined && (best.published === undefined || d.published > best.published)) best = d;
  }
  return best;
}
