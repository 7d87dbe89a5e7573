import type { Certainty, TextRange } from './span.ts';
import type { CleanArticle, ParagraphKind } from './clean-article.ts';

export interface Sentence extends TextRange {
  /** Index into `paragraphs`. */
  readonly paragraph: number;
  readonly kind: ParagraphKind;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface EntityMention extends TextRange {
  readonly type: EntityType;
  /** The name without title or honorific ("Wendy Sherman" for "Ms Wendy Sherman"). */
  readonly name: string;
  /** Title or honorific that preceded the name, if any ("Deputy Foreign Minister", "Ms"). */
  readonly title?: string;
  readonly rule: string;
}

export interface QuoteMention extends TextRange {
  /** The quoted words (for direct quotes, without the quotation marks). */
  readonly text: string;
  readonly direct: boolean;
  /** Speaker as written near the quote, resolved to a full name where possible. */
  readonly speaker?: string;
  readonly speakerRange?: TextRange;
  /** `stated` when the name is next to the quote; `inferred` when resolved from "he"/"she" or "he added". */
  readonly speakerCertainty?: Certainty;
  /**
   * How the speaker was chosen: `speaker/named` (a name beside the quote), `speaker/previous-quote` (the speaker of the
   * quote before, for "he added" or an untagged follow-up), `speaker/teller-of-sentence` and
   * `speaker/subject-of-sentence` (he/she resolved to a person in an earlier sentence), `speaker/asked-in-sentence`
   * (a he/she after "X asked Y about …" in the same sentence is Y), `speaker/title-phrase` ("the
   * former vice president" → the person given that title), `speaker/phrase` (a description kept as written),
   * `speaker/undetermined` (a he/she with no fitting antecedent: `speaker` is the pronoun as written, not a guess).
   */
  readonly speakerRule?: string;
  readonly rule: string;
}

/**
 * A "he"/"she" and the person it stands for (inferred): one opening a sentence of narration, or the speaker of a
 * quote ("…,” he said"), so a sentence shown alone in a brief can say who it is about.
 */
export interface Referent extends TextRange {
  /** The pronoun as written. */
  readonly pronoun: string;
  readonly name: string;
  /** How the person was found, as `QuoteMention.speakerRule` (`speaker/subject-of-sentence`, `speaker/previous-quote`…). */
  readonly rule: string;
}

export type TimeKind = 'date' | 'time' | 'duration' | 'set';

export interface TimeMention extends TextRange {
  readonly text: string;
  readonly kind: TimeKind;
  /** TIMEX3-style value: `2022-01-12`, `2022-01`, `2022`, `2022-W02`, `PT8H`, `P1M`, `PAST_REF`... */
  readonly value: string;
  /** Relative expressions ("Wednesday", "last month") are inferred from the reference date; "June 16, 2021" is stated. */
  readonly certainty: Certainty;
  readonly rule: string;
}

export type Qualifier = 'exact' | 'approximately' | 'more than' | 'at least' | 'less than' | 'at most' | 'up to';

export interface Quantity extends TextRange {
  readonly text: string;
  readonly value: number;
  /** Normalized unit or counted noun: `hour`, `troop`, `%`, `USD`, `people`... empty when none could be found. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly rule: string;
}

export interface AnalyzedArticle extends CleanArticle {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteMention[];
  readonly times: readonly TimeMention[];
  readonly quantities: readonly Quantity[];
  /** Absent in articles analyzed before referents were resolved. */
  readonly referents?: readonly Referent[];
}
