import { splitSentences } from '../text/sentences.ts';
import type { SummaryDocument, SummaryInputSentence } from './types.ts';

/**
 * Builds a SummaryDocument from plain text: paragraphs are separated by blank lines (a single newline inside a
 * paragraph is a line wrap), each split with `splitSentences`; offsets index `text`.
 */
export function documentFromText(id: string, text: string, published?: string): SummaryDocument {
  if (typeof id !== 'string' || typeof text !== 'string') throw new TypeError('documentFromText: id and text must be strings');
  const sentences: SummaryInputSentence[] = [];
  const paragraph = /[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    const offset = m.index ?? 0;
    for (const r of splitSentences(m[0], offset)) {
      const s = text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
      if (s.length > 0) sentences.push({ text: s, start: r.start, end: r.end });
    }
  }
  return published === undefined ? { id, sentences } : { id, published, sentences };
}
