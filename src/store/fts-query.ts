// Longest query we turn into terms: a search box, not a document.
const MAX_TERMS = 16;

/**
 * A user's search text → an FTS5 MATCH expression. Every word is quoted, so operators and stray quotes in the
 * input ("AND", "NEAR(", `"`) are searched as words instead of raising an FTS5 syntax error. Terms are ANDed;
 * the last one also matches as a prefix, so results appear while typing. Undefined when there is nothing to search.
 */
export function ftsQuery(input: string): string | undefined {
  const words = (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
  if (words.length === 0) return undefined;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
