// Small text helpers for what a reader sees: counts with the right noun, quotations marked once (shared with the
// Markdown brief, in src/text).

export { plural } from '../text/plural.ts';
export { quoted } from '../text/quoted.ts';
