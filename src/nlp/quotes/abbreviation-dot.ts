import type { Token } from '../../text/tokens.ts';
import { isTitleWord } from './titles.ts';

/**
 * True when the "." token at `i` ends an abbreviation, not a sentence: "Mr.", "Sen.", "J.", "R-Ky.," "Jr. said", "No. 2".
 * A short capitalized word then a dot followed by a comma or a lower-case word is a party-state tag or suffix.
 */
export function isAbbreviationDot(text: string, tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const previous = tokens[i - 1];
  if (dot === undefined || dot.text !== '.' || previous === undefined || previous.end !== dot.start) return false;
  if (isTitleWord(previous.text) || /^\p{Lu}$/u.test(previous.text)) return true;
  // "the No. 2 Republican in the Senate": "No." before a number abbreviates "number".
  if (previous.text === 'No' && /^\s\d/.test(text.slice(dot.end, dot.end + 2))) return true;
  // "Rep. Kevin McCarthy, R-Calif., the No. 3 Republican": a party-state tag whose state is abbreviated.
  if (/^[DRI]-\p{Lu}\p{Ll}{1,5}$/u.test(previous.text)) return true;
  return /^\p{Lu}[\p{L}-]{0,4}$/u.test(previous.text) && /^(?:,|\)|\s+\p{Ll})/u.test(text.slice(dot.end, dot.end + 3));
}
