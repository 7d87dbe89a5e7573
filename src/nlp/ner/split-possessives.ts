import type { Token } from '../../text/tokens.ts';

/**
 * CoNLL tokenizes "Russia's" as "Russia" + "'s"; src/text keeps it as one token. The tagger sees the CoNLL form:
 * "X's"/"X’s" (and "n't" contractions stay whole — they are never names) become two sub-tokens whose offsets still
 * point into the original text.
 */
const POSSESSIVE = /^(.*\p{L}.*?)(['’][sS])$/u;

export function splitPossessives(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = POSSESSIVE.exec(t.text);
    const base = m?.[1];
    const tail = m?.[2];
    if (base === undefined || tail === undefined || t.end - t.start !== t.text.length) {
      out.push(t);
      continue;
    }
    const cut = t.start + base.length;
    out.push({ text: base, start: t.start, end: cut }, { text: tail, start: cut, end: t.end });
  }
  return out;
}
