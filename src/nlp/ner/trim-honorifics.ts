import type { TokenSpan } from './labels.ts';
import { wordForm } from './word-form.ts';

/**
 * Courtesy titles that open a reference to a person. CoNLL's Reuters text writes "Mr." rarely (a handful of
 * times in training), so the model cannot learn that the title stays outside the name; British-style news
 * ("Mr Ryabkov", "Ms Sherman") needs it. A closed-class list, like a stopword list: no names in it.
 */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'mme', 'mlle', 'messrs']);

export interface TrimmedSpan extends TokenSpan {
  /** Whether a leading honorific was cut off (or the span was only an honorific and is dropped). */
  readonly trimmed: boolean;
}

/** Removes leading honorific tokens from entity spans; spans that were only honorifics disappear. */
export function trimHonorifics(spans: readonly TokenSpan[], tokens: readonly string[]): TrimmedSpan[] {
  const out: TrimmedSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    while (start < s.end && HONORIFICS.has(wordForm(tokens[start] ?? '').key)) start++;
    if (start === s.end) continue;
    out.push({ start, end: s.end, typeIndex: s.typeIndex, trimmed: start !== s.start });
  }
  return out;
}
