import type { TextRange } from '../../model/span.ts';
import { tokenize } from '../../text/tokens.ts';
import { reportingVerb, type ReportingVerb } from './reporting-verbs.ts';
import { isTitleWord } from './titles.ts';

export interface VerbHit extends TextRange {
  readonly verb: ReportingVerb;
  /** Index of the verb among the word tokens scanned. */
  readonly wordIndex: number;
}

/** The first reporting verb among the first `maxWords` words of `range`, stopping at a full stop or quote mark. */
export function firstReportingVerb(text: string, range: TextRange, maxWords: number): VerbHit | undefined {
  let words = 0;
  let previous = '';
  let depth = 0;
  for (const t of tokenize(text.slice(range.start, range.end), range.start)) {
    // A parenthesis ("Sen. Claire McCaskill (D-Mo.) said") is skipped whole: its dots are no full stops.
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    // "Mr." and "J." end with a dot that is no full stop.
    // "R-Ky., said", "Jr. said": a short capitalized word, then a dot, then a comma or a lower-case word.
    const abbreviation =
      t.text === '.' &&
      (isTitleWord(previous) || /^\p{Lu}$/u.test(previous) ||
        (/^\p{Lu}[\p{L}-]{0,4}$/u.test(previous) && /^(?:,|\s+\p{Ll})/u.test(text.slice(t.end, t.end + 3))));
    previous = t.text;
    if (/^[.!?"“”;:]$/.test(t.text) && !abbreviation) return undefined;
    if (!/\p{L}/u.test(t.text)) continue;
    const verb = reportingVerb(t.text);
    if (verb !== undefined && !isNounUse(text, t.start)) return { start: t.start, end: t.end, verb, wordIndex: words };
    words++;
    if (words >= maxWords) return undefined;
  }
  return undefined;
}

/** The last reporting verb in `range` with only words (no quote marks) after it. */
export function lastReportingVerb(text: string, range: TextRange): VerbHit | undefined {
  let found: VerbHit | undefined;
  let words = 0;
  for (const t of tokenize(text.slice(range.start, range.end), range.start)) {
    if (!/\p{L}/u.test(t.text)) continue;
    const verb = reportingVerb(t.text);
    if (verb !== undefined && !isNounUse(text, t.start)) found = { start: t.start, end: t.end, verb, wordIndex: words };
    words++;
  }
  return found;
}

// "the remarks", "his claims", "in a statement": determiners before the word make it a noun, not a verb.
export function isNounUse(text: string, at: number): boolean {
  return /\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|of|in|no)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
}
