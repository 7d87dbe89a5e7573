import type { TextRange } from '../../model/span.ts';
import type { Certainty } from '../../model/span.ts';
import type { ArticleTokens } from '../../text/article-tokens.ts';

/** A name in the text; later supplied by a trained NER, until then by `findCapitalizedNames`. */
export interface NameSpan extends TextRange {
  readonly type: 'person' | 'organization' | 'place' | 'other';
  /** The name as written, without a leading title ("Sergei Ryabkov" for "Deputy Foreign Minister Sergei Ryabkov"). */
  readonly name: string;
  /** The title written before the name, if known ("former Vice President"): lets "the former vice president" find it. */
  readonly title?: string;
  /** The surname a family named together shares ("Sasha and Malia Obama"): no lone "Obama" is this person for it. */
  readonly sharedSurname?: boolean;
}

export interface FindQuotesInput {
  readonly text: string;
  readonly paragraphs: readonly TextRange[];
  readonly sentences: readonly TextRange[];
  /** Names from a NER; when absent the capitalized-name heuristic is used. */
  readonly names?: readonly NameSpan[];
  /** The article's tokens, when a pipeline made them already: read instead of tokenizing the same words again. */
  readonly tokens?: ArticleTokens;
}

export interface FindQuotesOptions {
  /** Emit indirect attributions ("X said (that) ...") as `direct: false`. Default true. */
  readonly indirect?: boolean;
  /**
   * A quote of at most this many words with no reporting verb attached is a scare quote or a title, not speech.
   * Default 3: "a “red line”", "“Saturday Night Live”" are 2–3 words, real quoted speech without a verb is longer.
   */
  readonly maxScareQuoteWords?: number;
}

/** A stretch of text between quotation marks (marks excluded), possibly running over several paragraphs. */
export interface QuotedSpan extends TextRange {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark (its last character: '' takes two), or the end of the last paragraph when never closed. */
  readonly close: number;
  /** True when the quote ran into following paragraphs that open with a quote mark. */
  readonly continued: boolean;
  /** Index of the paragraph where the quote opens. */
  readonly paragraph: number;
  /** Index of the paragraph where the quote closes. */
  readonly lastParagraph: number;
}

export type SpeakerKind = 'name' | 'pronoun' | 'phrase';

/** Who a quote is attributed to, as written in the text, before resolution. */
export interface SpeakerPhrase extends TextRange {
  readonly text: string;
  readonly kind: SpeakerKind;
}

/** An attribution before speaker resolution: the content, the raw speaker phrase and the rule that found it. */
export interface RawAttribution extends TextRange {
  readonly direct: boolean;
  readonly speaker?: SpeakerPhrase;
  /** The reporting verb or cue ("said", "according to"), when one was found. */
  readonly cue?: TextRange;
  /** How the speaker was obtained when there is no phrase of its own (split quote, continued paragraph). */
  readonly speakerCertainty?: Certainty;
  /** For an untagged quote: its own sentence's lead-in up to a reporting verb whose speaker could not be read. */
  readonly ownLeadIn?: TextRange;
  readonly rule: string;
}
