import type { TextRange } from '../../model/span.ts';
import type { ArticleTokens } from '../../text/article-tokens.ts';
import type { TimeKind } from '../../model/analyzed-article.ts';
import type { Day } from './calendar.ts';
import type { PartOfDay, Season, Unit } from './lexicon.ts';

/**
 * What a relative expression means before the reference date is known. The resolve-relative refiner turns each
 * into a TIMEX3 value; parsers never look at the reference date themselves.
 */
export type Relative =
  /** "Wednesday", "last Monday" (shift -1), "next Friday" (+1); shift 0 means: decide by the clause's tense. */
  | { readonly type: 'weekday'; readonly weekday: number; readonly shift: -1 | 0 | 1 }
  /**
   * "August", "April 7", "early December": a month (and day) whose year comes from the tense. `thisYear`: "this
   * November"; `yearOffset`: "June 16th of last year" (-1), "March of next year" (+1), counted from the reference year.
   */
  | { readonly type: 'month'; readonly month: number; readonly day?: number; readonly shift: -1 | 0 | 1; readonly thisYear?: true; readonly yearOffset?: -1 | 1 }
  /** "last summer", "the fourth quarter", "the first half": a part of a year, year from shift or tense. */
  | { readonly type: 'year-part'; readonly code: string; readonly shift: -1 | 0 | 1 | 'tense' }
  /** "today" (0 day), "yesterday" (-1 day), "last month" (-1 month), "three years ago" (-3 year). */
  | { readonly type: 'shift'; readonly unit: Unit; readonly amount: number }
  /** "a day later", "two weeks earlier": counted from the last day-level date mentioned before, else the reference. */
  | { readonly type: 'anchored'; readonly unit: Unit; readonly amount: number }
  /** "over the weekend": the weekend just past, or the coming one when the clause is about the future. */
  | { readonly type: 'weekend' }
  /** A clock time alone ("at 10 a.m."): on the last day mentioned in the sentence, else the reference day. */
  | { readonly type: 'clock' };

/** A candidate time expression produced by a parser and transformed by the refiners. */
export interface Draft extends TextRange {
  readonly kind: TimeKind;
  readonly rule: string;
  /** Set when the text alone fixes the value ("June 16, 2021", "in 2019", "PT8H"). */
  readonly value?: string;
  /** Set when the value depends on the reference date or the surrounding text. */
  readonly relative?: Relative;
  readonly partOfDay?: PartOfDay;
  /** Clock time as a TIMEX3 suffix without the T: "10:00", "20". */
  readonly clock?: string;
  /** "this weekend": TIMEX3 writes the week with a -WE suffix. */
  readonly weekend?: boolean;
}

export interface ParseContext {
  readonly text: string;
}

/** One small rule: a pattern (with the g flag) and an extractor that accepts or rejects each match. */
export interface Parser {
  readonly id: string;
  /**
   * Optional cheap test (no g flag) every text the pattern can match passes; the parser is skipped on texts that
   * fail it. A speed-up only: it must never change results (test/time checks this).
   */
  readonly gate?: RegExp;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, context: ParseContext): Draft | Draft[] | null;
}

export interface RefineContext {
  readonly text: string;
  readonly reference: Day | undefined;
  /** Sentence ranges of `text`, for tense and same-sentence anchors. */
  readonly sentences: readonly TextRange[];
  /** The text's tokens, when the caller made them (`tokensIn`). */
  readonly tokens?: ArticleTokens | undefined;
}

/** A pass over all drafts, in text order. Returns a new array; never mutates its input. */
export interface Refiner {
  readonly id: string;
  refine(drafts: readonly Draft[], context: RefineContext): Draft[];
}

export type { Season, Unit, PartOfDay };
