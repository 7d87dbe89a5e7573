// The count part of "three years", "5-1/2 hours", "two and a half days", "several weeks".
import { NUMBER_WORD } from '../lexicon.ts';

/** A written count: digits with decimals or fractions, number words, "a"/"an", or a vague quantity. */
export const COUNT =
  // "7 1-2 hours" is how old AP wire copy writes 7½.
  `(?<count>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:(?:-|\\s)\\d+/\\d+|\\s[1-3]-[2-4](?=\\s))?|${NUMBER_WORD}(?:\\s+and\\s+a\\s+half)?|an?|` +
  `several|a\\s+few|few|many|some|a\\s+couple\\s+of|a\\s+number\\s+of|numerous|recent|the\\s+past|the\\s+last|` +
  `the\\s+next|the\\s+coming|the\\s+previous|the\\s+following)`;

/** True when the count is a vague word, so TIMEX3 writes X ("several days" → PXD). */
export function isVague(count: string): boolean {
  return /^(?:several|a\s+few|few|many|some|a\s+couple\s+of|a\s+number\s+of|numerous|recent|the\s+\w+)$/i.test(count.trim());
}
