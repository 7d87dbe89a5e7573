// Small text helpers for what a reader sees: counts with the right noun, quotations marked once (shared with the
// Markdown brief, in src/text).

export { plural } from '../text/plural.ts';
export { quoted } from '../text/quoted.ts';

/**
 * "copy of [6] (similarity 0.99)", "rewrite of [2] (score 0.71)": the number says what it is, as in the Markdown brief;
 * a bare "(0.99)" beside "copy of [6]" did not.
 */
export function copyLabel(kind: 'copy' | 'rewrite', original: number, value: number): string {
  return `${kind} of [${original}] (${kind === 'copy' ? 'similarity' : 'score'} ${value.toFixed(2)})`;
}

/**
 * Sources in the order of their numbers: a quote cited "[2][1] — fox, nyt" (the order the sources were found in)
 * reads as "[1][2] — nyt, fox", like every other item. Unnumbered ids (none in a well-formed brief) go last.
 */
export function inCitationOrder(sources: readonly string[], numbers: ReadonlyMap<string, number>): string[] {
  return [...sources].sort((a, b) => (numbers.get(a) ?? Number.MAX_SAFE_INTEGER) - (numbers.get(b) ?? Number.MAX_SAFE_INTEGER));
}
