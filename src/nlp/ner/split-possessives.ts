import type { Token } from '../../text/tokens.ts';

/**
 * CoNLL tokenizes "Russia's" as "Russia" + "'s"; src/text keeps it as one token. The tagger sees the CoNLL form:
 * "X's"/"X’s" (and "n't" contractions stay whole — they are never names) become two sub-tokens whose offsets still
 * point into the original text.
 */
const POSSESSIVE = /^(.*\p{L}.*?)(['’][sS])$/u;

export function splitPossessives(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Only a token ending in 's / ’s (either case) can match: the others, nearly all, skip the pattern.
    if (!endsPossessive(t.text)) {
      out.push(t);
      continue;
    }
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

/** Whether `text` ends in ' or ’ then s or S, as POSSESSIVE's tail requires. */
function endsPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const s = text.charCodeAt(n - 1);
  const mark = text.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}
