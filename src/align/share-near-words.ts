import { porterStem } from '../eval/rouge/porter-stemmer.ts';
import type { StatementView } from './statement-view.ts';
import type { SynonymLexicon } from './synonym-lexicon.ts';

/**
 * The two statements with each pair of words near in meaning (WordNet, `SynonymLexicon`) written as one word: "Moscow
 * was not planning to attack Ukraine" / "Russia was not planning to invade Ukraine" are compared as if both said
 * "invade" (probability 0.62 -> 0.98). Only words one side has and the other lacks, never names or numbers. Which
 * side is rewritten depends on the stems alone (the larger stem takes the smaller's word), so (a, b) and (b, a) are
 * compared alike. Views come from `viewOfText` (the caller's memo); statements with no such pair come back as given.
 */
export function shareNearWords(
  lexicon: SynonymLexicon,
  a: StatementView,
  b: StatementView,
  viewOfText: (text: string) => StatementView,
): [StatementView, StatementView] {
  if (lexicon.size === 0) return [a, b];
  const pairs: [string, string][] = [];
  const used = new Set<string>();
  for (const w of b.words) {
    if (w.name || w.number || a.weights.has(w.stem)) continue;
    const near = lexicon.neighbors(w.stem);
    if (!near) continue;
    for (const x of near) {
      if (!a.weights.has(x) || b.weights.has(x) || used.has(x) || isNameOrNumber(a, x)) continue;
      used.add(x);
      pairs.push([x, w.stem]);
      break;
    }
  }
  if (pairs.length === 0) return [a, b];
  let ta = a.text;
  let tb = b.text;
  for (const [x, y] of pairs) {
    if (x < y) {
      const form = formOf(a.text, x);
      if (form) tb = rewrite(tb, y, form);
    } else {
      const form = formOf(b.text, y);
      if (form) ta = rewrite(ta, x, form);
    }
  }
  return [ta === a.text ? a : viewOfText(ta), tb === b.text ? b : viewOfText(tb)];
}

function isNameOrNumber(v: StatementView, stem: string): boolean {
  return v.words.some((w) => w.stem === stem && (w.name || w.number));
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** The stem a view gives a word as written (see readForm in statement-view.ts). */
function stemOfWritten(written: string): string {
  const bare = written.replace(/’/g, "'").toLowerCase().replace(/'s$/, '');
  return bare.length > 3 ? porterStem(bare) : bare;
}

/** The first lower-case word of `text` with stem `stem`, as written. */
function formOf(text: string, stem: string): string | undefined {
  for (const m of text.matchAll(WORD)) if (m[0] === m[0].toLowerCase() && stemOfWritten(m[0]) === stem) return m[0];
  return undefined;
}

/** `text` with its lower-case words of stem `stem` written `form`. */
function rewrite(text: string, stem: string, form: string): string {
  return text.replace(WORD, (w) => (w === w.toLowerCase() && stemOfWritten(w) === stem ? form : w));
}
