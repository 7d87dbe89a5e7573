import type { TextRange } from '../../model/span.ts';
import type { Token } from '../../text/tokens.ts';
import { tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';
import { reportingVerb, type ReportingVerb } from './reporting-verbs.ts';
import { isAbbreviationDot } from './abbreviation-dot.ts';

// Characters scanned after a quote for its tag: 20 words with an apposition, at most ~8 characters each.
const WINDOW_CHARS = 240;

// Two-word cues: the first word alone is no speech verb ("went", "pointed").
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['went', 'on'],
  ['goes', 'on'],
  ['pointed', 'out'],
  ['points', 'out'],
  // Retorts: "Sanders shot back, “Secretary Clinton called them out.”" ("shot", "fired" alone are no speech).
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['fires', 'back'],
  ['hit', 'back'],
  ['hits', 'back'],
]);
const PHRASAL_VERB: ReportingVerb = {
  forms: ['went on', 'goes on', 'pointed out', 'points out', 'shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back'],
  indirect: false,
  why: 'speech continuing, remarking or retorting: "Trump went on", "he points out", "Sanders shot back"',
};

export interface VerbHit extends TextRange {
  readonly verb: ReportingVerb;
  /** Index of the verb among the word tokens scanned. */
  readonly wordIndex: number;
}

/** The first reporting verb among the first `maxWords` words of `range`, stopping at a full stop or quote mark. */
export function firstReportingVerb(text: string, range: TextRange, maxWords: number, articleTokens?: ArticleTokens): VerbHit | undefined {
  let words = 0;
  let depth = 0;
  // Only a few words are scanned; a window keeps long paragraphs from being tokenized whole.
  const tokens = tokensIn(articleTokens, text, range.start, Math.min(range.end, range.start + WINDOW_CHARS));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A parenthesis ("Sen. Claire McCaskill (D-Mo.) said") is skipped whole: its dots are no full stops.
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    if (/^[.!?"“”;:]$/.test(t.text) && !isAbbreviationDot(text, tokens, i)) return undefined;
    if (!/\p{L}/u.test(t.text)) continue;
    const hit = verbAt(text, tokens, i);
    if (hit !== undefined) return { ...hit, wordIndex: words };
    words++;
    if (words >= maxWords) return undefined;
  }
  return undefined;
}

/** The last reporting verb in `range` with only words (no quote marks) after it. */
export function lastReportingVerb(text: string, range: TextRange, articleTokens?: ArticleTokens): VerbHit | undefined {
  let found: VerbHit | undefined;
  let words = 0;
  const tokens = tokensIn(articleTokens, text, range.start, range.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/\p{L}/u.test(t.text)) continue;
    const hit = verbAt(text, tokens, i);
    if (hit !== undefined) found = { ...hit, wordIndex: words };
    words++;
  }
  return found;
}

/** A reporting verb at token `i`: a single word from the lexicon, or a phrasal cue ("went on", "pointed out"). */
function verbAt(text: string, tokens: readonly Token[], i: number): Omit<VerbHit, 'wordIndex'> | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const phrasal = PHRASAL_CUES.get(t.text.toLowerCase());
  const next = tokens[i + 1];
  if (phrasal !== undefined && next !== undefined && next.text.toLowerCase() === phrasal) {
    return { start: t.start, end: next.end, verb: PHRASAL_VERB };
  }
  const verb = reportingVerb(t.text);
  return verb !== undefined && !isNounUse(text, t.start) ? { start: t.start, end: t.end, verb } : undefined;
}

// "think tank": the one compound noun a reporting verb opens ("a progressive Washington think tank, estimates that"
// gave the speaker "a progressive Washington", HuffPost, basil-dev).
const COMPOUND_NOUN = /^think[\s-]+tanks?\b/i;

// "the remarks", "his claims", "in a statement": determiners before the word make it a noun, not a verb. With only
// adverbs between, it is a participle before its noun: "The only announced candidate for the general election is
// Markey" (HuffPost) and "the politically charged issue" (NYT, basil-dev) had made "The" and "Congress" speakers.
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|of|in|no)\s+(?:(?:only|newly|most|much|\p{Ll}+ly)\s+)*$/iu;

export function isNounUse(text: string, at: number): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || COMPOUND_NOUN.test(text.slice(at, at + 12));
}

/** True when the word token `t` is a reporting verb used as a verb ("said", not "the remarks"). */
export function isReportingVerbAt(text: string, t: Token): boolean {
  return reportingVerb(t.text) !== undefined && !isNounUse(text, t.start);
}
