import type { SummaryDiagnostic, SummaryDocument, SummaryInputSentence } from './types.ts';

export interface SanitizedDocuments {
  readonly docs: readonly SummaryDocument[];
  readonly diagnostics: readonly SummaryDiagnostic[];
}

/**
 * Bad content from JavaScript or JSON callers becomes diagnostics, not exceptions: documents that are not
 * `{ id: string, sentences: array }` are skipped; sentences that are not `{ text: string, start, end }` with finite
 * offsets are reported here and skipped by prepareSentences, which keeps the others' original indices (picks and
 * support must name the caller's sentence numbers).
 */
export function sanitizeDocuments(input: readonly unknown[]): SanitizedDocuments {
  const docs: SummaryDocument[] = [];
  const diagnostics: SummaryDiagnostic[] = [];
  input.forEach((d, i) => {
    if (!isRecord(d) || typeof d['id'] !== 'string' || !Array.isArray(d['sentences'])) {
      diagnostics.push(warning('summary/bad-document', `#${i}`, 'not a SummaryDocument; skipped'));
      return;
    }
    const doc = d as unknown as SummaryDocument;
    const raw = d['sentences'] as readonly unknown[];
    const bad = raw.filter((x) => !isSentence(x)).length;
    if (bad > 0) {
      diagnostics.push(warning('summary/bad-sentence', doc.id, `${bad} sentence(s) without text and finite offsets; skipped`));
    }
    const published = typeof doc.published === 'string' ? doc.published : undefined;
    docs.push(published === undefined ? { id: doc.id, sentences: doc.sentences } : { id: doc.id, published, sentences: doc.sentences });
  });
  return { docs, diagnostics };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

export function isSentence(x: unknown): x is SummaryInputSentence {
  return (
    isRecord(x) && typeof x['text'] === 'string' && typeof x['start'] === 'number' && Number.isFinite(x['start']) &&
    typeof x['end'] === 'number' && Number.isFinite(x['end'])
  );
}

function warning(rule: string, item: string, reason: string): SummaryDiagnostic {
  return { stage: 'summarize', rule, item, reason, severity: 'warning' };
}
