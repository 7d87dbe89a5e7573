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
