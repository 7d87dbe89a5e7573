import type { QuoteMention } from '../../model/analyzed-article.ts';

// A capitalized word or two: the naive idea of a name.
const NAME = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/gu;
// Quote marks the naive finder pairs: curly and straight double quotes, no paragraph logic.
const QUOTED = /[“"]([^“”"]+)[”"]/g;

/**
 * The peer every evaluation compares against: text between quote marks, speaker = the nearest capitalized
 * word(s) before or after the quote (by character distance). What a one-line regex gives you.
 */
export function findNaiveQuotes(text: string): QuoteMention[] {
  const names = [...text.matchAll(NAME)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: m[0] }));
  const out: QuoteMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1]?.length ?? 0);
    let best: (typeof names)[number] | undefined;
    let bestDistance = Infinity;
    for (const n of names) {
      if (n.start >= start - 1 && n.end <= end + 1) continue;
      const d = n.end <= start ? start - n.end : n.start - end;
      if (d >= 0 && d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    const base = { start, end, text: text.slice(start, end), direct: true, rule: 'quotes/naive' };
    out.push(best === undefined ? base : { ...base, speaker: best.name, speakerRange: { start: best.start, end: best.end }, speakerCertainty: 'stated' });
  }
  return out;
}
