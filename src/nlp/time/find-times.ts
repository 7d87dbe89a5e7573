// findTimes: run every parser over the text, then every refiner over the drafts, then emit TimeMentions.
import type { TimeMention } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';
import { oneByteShadow, readsShadowAlike, type OneByteShadow } from '../../text/one-byte.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { ArticleTokens } from '../../text/article-tokens.ts';
import { parseDay } from './calendar.ts';
import { PARSERS } from './parsers/index.ts';
import { REFINERS } from './refiners/index.ts';
import type { Draft, Parser, Refiner } from './types.ts';

export interface TimeReference {
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string;
}

export interface FindTimesOptions {
  /** Replace the default parser list (e.g. to evaluate one rule alone). */
  readonly parsers?: readonly Parser[];
  /** Replace the default refiner list. */
  readonly refiners?: readonly Refiner[];
  /**
   * The text's sentences exactly as findTimes splits them (each line's sentences, src/text/sentences.ts), when the
   * caller has them already: read instead of splitting the text again.
   */
  readonly sentences?: readonly TextRange[];
  /** The text's tokens, when the caller made them: tense reads its windows from them (`tokensIn`). */
  readonly tokens?: ArticleTokens;
}

/**
 * Finds temporal expressions in `text` and normalizes them to TIMEX3 values against `reference` (the publication
 * date). Without a usable reference, relative expressions get X-placeholder values ("XXXX-WXX-3", "PAST_REF").
 * Pure; bad content yields fewer mentions, never an exception. Misuse (a non-string text, a non-object reference,
 * a parser pattern without the g flag or a gate with it) is a TypeError.
 */
export function findTimes(text: string, reference: TimeReference | undefined, options: FindTimesOptions = {}): TimeMention[] {
  if (typeof text !== 'string') throw new TypeError('findTimes: text must be a string');
  if (reference !== undefined && (reference === null || typeof reference !== 'object')) {
    throw new TypeError('findTimes: reference must be { date: "YYYY-MM-DD" } or undefined');
  }
  const referenceDay = typeof reference?.date === 'string' ? parseDay(reference.date) : undefined;
  const drafts = runParsers(text, options.parsers ?? PARSERS);
  // Sentences serve only tense and anchors of relative expressions; most texts need none.
  const sentences = drafts.some((d) => d.relative !== undefined) ? (options.sentences ?? sentenceRanges(text)) : [];
  const context = { text, reference: referenceDay, sentences, tokens: options.tokens };
  const refined = (options.refiners ?? REFINERS).reduce<Draft[]>((acc, refiner) => refiner.refine(acc, context), drafts);
  return refined.flatMap((d) => (d.value === undefined ? [] : [toMention(d, text)]));
}

function runParsers(text: string, parsers: readonly Parser[]): Draft[] {
  const out: Draft[] = [];
  // Most news texts are two-byte for a few curly quotes or dashes; the 38 patterns scan a one-byte shadow of the
  // text where they cannot tell it apart (~2x faster), and read each match itself from the text.
  const shadow = oneByteShadow(text);
  for (const parser of parsers) {
    if (parser.gate?.global) throw new TypeError(`findTimes: parser ${parser.id} gate must not have the g flag`);
    if (parser.gate && !parser.gate.test(shadow !== undefined && readsShadowAlike(parser.gate, shadow) ? shadow.text : text)) continue;
    const scan = shadow !== undefined && readsShadowAlike(parser.pattern, shadow) ? shadow : undefined;
    for (const match of allMatches(parser.pattern, text, scan)) {
      const result = parser.extract(match, { text });
      if (result === null) continue;
      for (const d of Array.isArray(result) ? result : [result]) if (d.end > d.start) out.push(d);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every match of a global pattern in `text`, found by scanning `shadow` when given (each match is then taken again
 * from the text at the same offset, so groups hold the text's own characters). Uses the shared compiled pattern (a
 * copy per call would lose V8's native regexp code and run ~3x slower) and leaves its lastIndex at 0, so no state
 * survives the call.
 */
function allMatches(pattern: RegExp, text: string, shadow?: OneByteShadow): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`findTimes: parser pattern ${pattern.source} needs the g flag`);
  const out: RegExpExecArray[] = [];
  const scan = shadow?.text ?? text;
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(scan); m !== null; m = pattern.exec(scan)) {
      let next = pattern.lastIndex;
      if (m[0] === '') next++; // an empty match would repeat forever
      if (scan !== text) {
        pattern.lastIndex = m.index;
        const own = pattern.exec(text);
        // Cannot happen for a pattern readsShadowAlike admits; if it did, the text alone decides.
        if (own === null || own.index !== m.index || own[0].length !== m[0].length) return allMatches(pattern, text);
        m = own;
      }
      out.push(m);
      pattern.lastIndex = next;
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return out;
}

/** Sentences within paragraphs, so that a headline without a full stop does not run into the next line. */
function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) out.push(...splitSentences(m[0], m.index));
  return out;
}

function toMention(d: Draft, text: string): TimeMention {
  return {
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.kind,
    value: d.value ?? '',
    // Anything that needed the reference date or the surrounding text to get its value is inferred.
    certainty: d.relative !== undefined ? 'inferred' : 'stated',
    rule: d.rule,
  };
}
