import type { SummaryDocument } from './types.ts';
import { prepareSentences } from './prepare-sentences.ts';
import { sanitizeDocuments } from './sanitize-documents.ts';
import { buildAlignmentSpace, type AlignOptions } from './sentence-alignment.ts';
import { groupAligned, type AlignmentGroup } from './group-aligned.ts';

/**
 * Sentences of different documents that state the same content, as groups (one sentence per document), most widely
 * reported first. Reused to build claims: each group is a fact with its supporting sources.
 */
export function alignSentences(docs: readonly SummaryDocument[], options: AlignOptions = {}): AlignmentGroup[] {
  if (!Array.isArray(docs)) throw new TypeError('alignSentences: docs must be an array');
  // Malformed documents or sentences are left out (summarize reports them as diagnostics).
  const space = buildAlignmentSpace(prepareSentences(sanitizeDocuments(docs).docs));
  return groupAligned(space, options);
}
