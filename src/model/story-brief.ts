import type { Certainty, SourceSpan } from './span.ts';
import type { EntityType, Qualifier } from './analyzed-article.ts';
import type { RemovedParagraph } from './clean-article.ts';
import type { DuplicatePair, RewritePair } from './story.ts';

/** Every item shown to a reader lists its sources (article ids) and the passages behind it. */
export interface Cited {
  readonly sources: readonly string[];
  readonly spans: readonly SourceSpan[];
}

/**
 * Who a "he"/"she" of a passage stands for, read from the article around it (always inferred): a sentence shown alone
 * ("He said that Officer Darren Wilson … had been interviewed", "“…,” he said with a gotcha smile") says whom it is
 * about. `text` stays as written; `at` is where the pronoun stands in it (the first such pronoun).
 */
export interface BriefReferent {
  readonly pronoun: string;
  readonly name: string;
  readonly at: number;
}

/**
 * A passage that lies inside one direct quotation (a sentence of a longer quote, shown on its own): who said it, and
 * whether the quotation opened before the passage or goes on after it, so a reader sees “…” around speech and whose
 * speech it is ("I trust in God, but God wants to see us help ourselves …" is Obama's, agreed by three outlets).
 * `text` stays as written; the marks and the name are the brief's, as a referent's is.
 */
export interface BriefQuoted {
  /** The speaker as the story names them; absent when the quote's speaker is not a name we could read. */
  readonly speaker?: string;
  /** The quotation's opening mark is not in `text` (it stands before it: the passage starts inside the quotation). */
  readonly opensBefore: boolean;
  /** The quotation's closing mark is not in `text` (the quotation goes on after it). */
  readonly continuesAfter: boolean;
}

/**
 * `sources`/`spans`: the sources that state the sentence, or one of its clauses, each with its own passage.
 * `figures`: a number in it that other sources also give (the same quantity of the same thing), cited where they give
 * it; those sources state the number, not the sentence ("Bone lamented … the event's 90 minutes" is Politico's alone,
 * though three outlets give the debate's 90 minutes), so they are not among `sources`.
 */
export interface SummarySentence extends Cited {
  readonly text: string;
  /** Set when `text` has a he/she the article lets us name. */
  readonly referent?: BriefReferent;
  /** Set when `text` lies inside one direct quotation. */
  readonly quoted?: BriefQuoted;
  readonly figures?: readonly SummaryFigure[];
}

/** `text`: the figure as the summary sentence writes it; `sources`/`spans`: the other sources giving it. */
export interface SummaryFigure extends Cited {
  readonly text: string;
}

export interface BriefEntity extends Cited {
  readonly name: string;
  readonly type: Exclude<EntityType, 'other'>;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly mentions: number;
}

export interface QuoteVariant extends Cited {
  readonly text: string;
  /** The speaker's words in quotation marks; false for a reporter's paraphrase, which may hold quoted fragments. */
  readonly direct: boolean;
}

export interface BriefQuote extends Cited {
  readonly speaker: string;
  readonly text: string;
  readonly direct: boolean;
  readonly speakerCertainty: Certainty;
  /** Other wordings of the same quote, each with the outlets that ran it. */
  readonly variants?: readonly QuoteVariant[];
  /** True when some source's quoted words differ beyond punctuation and case (paraphrases count only when no two sources quote verbatim). */
  readonly wordingChanged?: boolean;
  /**
   * Present when outlets credit this quote to different people: each speaker with the outlets that name them.
   * `speaker` is then the one most outlets state (a stated name over an inferred one).
   */
  readonly speakerDisagreement?: readonly SpeakerClaim[];
  /** True when no outlet's text lets a reader tell who said it: `speaker` is then the pronoun as written ("he"). */
  readonly speakerUndetermined?: boolean;
}

export interface SpeakerClaim {
  readonly speaker: string;
  readonly certainty: Certainty;
  readonly sources: readonly string[];
}

export interface TimelineEvent extends Cited {
  readonly date: string;
  readonly text: string;
  /** Set when `text` has a he/she the article lets us name. */
  readonly referent?: BriefReferent;
  /** Set when `text` lies inside one direct quotation. */
  readonly quoted?: BriefQuoted;
  /** After the story's reference date. */
  readonly upcoming: boolean;
  readonly certainty: Certainty;
}

export interface Claim extends Cited {
  readonly text: string;
  /** Set when `text` has a he/she the article lets us name. */
  readonly referent?: BriefReferent;
  /** Set when `text` lies inside one direct quotation. */
  readonly quoted?: BriefQuoted;
  /** Sources left after collapsing copies and rewrites, and sources that carry this passage word for word. */
  readonly independentSources: number;
  /** Groups of sources whose passage is the same long narrative text word for word: each group is one origin. */
  readonly verbatimSources?: readonly (readonly string[])[];
  /**
   * What the sources share: whole sentences, or one clause of sentences that differ elsewhere (then `text` and the
   * spans are the clauses). Absent in briefs stored before clause alignment.
   */
  readonly level?: 'sentence' | 'clause';
  /** The rule that aligned it: `align/same-fact` (sentences) or `align/clause-same-fact` (clauses): the statement aligner (src/align). */
  readonly rule?: string;
}

export interface DiscrepancyValue extends Cited {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly text: string;
}

export interface Discrepancy {
  /** What the numbers measure ("duration of the talks (hour)"). */
  readonly about: string;
  readonly values: readonly DiscrepancyValue[];
}

export interface AgreedQuantity extends Cited {
  readonly about: string;
  readonly value: number;
  readonly unit: string;
  readonly texts: readonly string[];
}

export interface Exclusive {
  readonly text: string;
  /** Set when `text` has a he/she the article lets us name. */
  readonly referent?: BriefReferent;
  /** Set when `text` lies inside one direct quotation. */
  readonly quoted?: BriefQuoted;
  readonly source: string;
  readonly spans: readonly SourceSpan[];
  /**
   * `sentence`: no other source states any of it; `clause`: the rest of a sentence whose other clauses other sources
   * state. Absent in briefs stored before clause alignment.
   */
  readonly level?: 'sentence' | 'clause';
}

export interface BriefArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
  readonly publishedInferred?: boolean;
  readonly language: string;
  readonly text: string;
  readonly removed: readonly RemovedParagraph[];
}

export interface StoryBriefStory {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  readonly independentSources: number;
  readonly origins: readonly string[];
  readonly why: string;
  /** Shared by related stories (same kind of event, same main actors). */
  readonly topicId?: string;
  readonly duplicates: readonly DuplicatePair[];
  readonly rewrites: readonly RewritePair[];
  readonly summary: readonly SummarySentence[];
  readonly entities: readonly BriefEntity[];
  readonly quotes: readonly BriefQuote[];
  readonly timeline: readonly TimelineEvent[];
  readonly claims: readonly Claim[];
  readonly agreed: readonly AgreedQuantity[];
  readonly discrepancies: readonly Discrepancy[];
  readonly exclusives: readonly Exclusive[];
}

export interface DiagnosticOut {
  readonly stage: string;
  readonly item: string;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

/** The output contract of `crosscheck analyze --format json`. */
export interface StoryBrief {
  readonly articles: readonly BriefArticle[];
  readonly stories: readonly StoryBriefStory[];
  readonly diagnostics: readonly DiagnosticOut[];
}
