/** What ordering needs of a picked sentence. */
export interface Orderable {
  readonly docIndex: number;
  readonly position: number;
}

/**
 * Readable order: documents by publication date (undated ones after dated, in input order), then sentences in the
 * order they appear in their document. Returns a new array.
 */
export function orderForReading<T extends Orderable>(picked: readonly T[], published: readonly (string | undefined)[]): T[] {
  return [...picked].sort((a, b) => {
    const da = published[a.docIndex];
    const db = published[b.docIndex];
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      if (da < db) return -1;
      if (da > db) return 1;
    }
    return a.docIndex - b.docIndex || a.position - b.position;
  });
}
