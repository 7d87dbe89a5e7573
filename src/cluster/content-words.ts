import { isStopword } from '../text/stopwords.ts';
import { normalizeWord } from '../text/tokens.ts';

// News-reporting filler on top of the English stopwords: it appears in every story and separates none.
const NEWS_FILLER = new Set(
  ('said says say saying told tell according reported report reports added adding including just like well ' +
    'mr mrs ms dr one two three new year years time people would could get got made make last first since ' +
    'week today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** Lower-case, unify apostrophes, drop possessive and a plain plural so "talks"/"talk" and "Russia's"/"Russia" meet. */
export function normalizeTerm(word: string): string {
  let w = normalizeWord(word).replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** A word worth comparing: has a letter, is not a stopword or news filler, longer than one character. */
export function isContentWord(word: string): boolean {
  if (word.length < 2 || !/\p{L}/u.test(word)) return false;
  const lower = normalizeWord(word);
  return !isStopword(lower) && !NEWS_FILLER.has(lower);
}

export function isNumberToken(word: string): boolean {
  return /^\p{N}/u.test(word);
}

/** "100,000" and "100000" are one number; "5-1/2" stays as written. */
export function normalizeNumber(token: string): string {
  return token.replace(/,(?=\d{3}\b)/g, '');
}
