import type { Diagnostic } from '../model/diagnostic.ts';
import type { DuplicatePair } from '../model/story.ts';

export type { DuplicatePair };

/** One article as the clusterer sees it. `entities` lets a trained NER pass names in; capitalized words are used too. */
export interface ClusterInput {
  readonly id: string;
  /** YYYY-MM-DD or ISO 8601; optional: time proximity is used only when both sides have a date. */
  readonly published?: string;
  readonly title: string;
  readonly text: string;
  readonly entities?: readonly string[];
  /** The outlet that published it, when known: only counts independent sources (one outlet, one source). */
  readonly outlet?: string;
  /**
   * A day read off an article that states none, for the story's "why" line only: a dateline or page note ('text'), else
   * the day its photo captions give ('captions'). Never used to place the article in time: an inferred date is often
   * an earlier event the text recalls (see clusterInputs).
   */
  readonly dateHint?: DateHint;
}

export interface DateHint {
  readonly date: string;
  readonly from: 'text' | 'captions';
}

/** `entity`: a name (capitalized mid-sentence or given by the caller); `number`; `word`: any other content word. */
export type FeatureKind = 'entity' | 'number' | 'word';

export interface Feature {
  /** 30-bit hash of the kind-prefixed normalized term (a small integer, cheap as a Map key). */
  readonly key: number;
  /** As first written, for explanations ("Ryabkov", "100,000"). */
  readonly label: string;
  readonly kind: FeatureKind;
  /** Occurrences (title words counted extra). */
  readonly count: number;
}

/** Everything clustering and copy detection need from one article, computed once (featurizing is pure). */
export interface ArticleFeatures {
  readonly id: string;
  /** Days since 1970-01-01 (UTC), when a date was given and readable. */
  readonly day?: number;
  /** The input's dateHint, passed through for the story's "why" line. */
  readonly dateHint?: DateHint;
  /** Days after publication the text names by month and day (events it anticipates), sorted; empty when undated. */
  readonly mentionedDays: readonly number[];
  readonly features: readonly Feature[];
  /** MinHash of word 3-shingles of the body. */
  readonly signature: Uint32Array;
  readonly shingleCount: number;
  /** Sorted unique hashes of the body's content words (copy pre-filter). */
  readonly contentWords: Uint32Array;
  /** Body length in words: the longer text is taken as original when dates cannot decide. */
  readonly wordCount: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ClusterOptions {
  /** Minimum weighted cosine between an article and a story's profile to join it. */
  readonly joinThreshold: number;
  /** How an article is scored against a story: cosine with its centroid, or mean cosine with its members. */
  readonly linkage: 'centroid' | 'average';
  /** Two open stories whose profiles reach this cosine are merged (checked as a story grows; 1 disables). */
  readonly storyMergeThreshold: number;
  /** An article scoring at least this against a second open story merges the two (1 disables merging). */
  readonly mergeThreshold: number;
  /** Weight multipliers per feature kind (applied to tf-idf). */
  readonly kindWeights: Readonly<Record<FeatureKind, number>>;
  /** Stories not updated for this many days (by article dates) stop taking articles. */
  readonly windowDays: number;
  /** Time decay scale in days for the proximity factor; the factor only applies when both dates are known. */
  readonly timeScaleDays: number;
  /** How much time distance may lower a score (0 = ignore dates, 1 = full decay). */
  readonly timeWeight: number;
  /** Most stories kept open at once; least recently updated are closed first (bounds memory without dates). */
  readonly maxOpenStories: number;
  /** Terms kept in a story profile (bounded per story). */
  readonly profileTerms: number;
  /** Terms of an article used for scoring and candidate lookup. */
  readonly articleTerms: number;
  /** Most candidate stories scored per article. */
  readonly maxCandidates: number;
  /** Estimated Jaccard of 3-shingles at which two articles are near-duplicates. */
  readonly duplicateThreshold: number;
  /** Story members kept (most recent) for near-duplicate detection. */
  readonly membersForCopies: number;
  /** Batch: centroid cosine (reference idf, lowered by time) at which two groups of articles are one story. */
  readonly storyThreshold: number;
  /** Batch: share of a story score that the time between the nearest dated members may take off. */
  readonly storyTimeWeight: number;
  /** Batch: decay scale in days of that time factor. */
  readonly storyTimeScaleDays: number;
  /** Batch: days added to that scale per day of the shorter side's own span of dates (running stories; 0 = off). */
  readonly storyTimeSpanWeight: number;
  /** Batch: days added to a distance read from a day a text names by month and day (see eventDistance). */
  readonly storyMentionedDayPenalty: number;
  /** Batch: two groups are placed in time by their nearest dated members (`nearest`) or by all pairs of them (`average`). */
  readonly storyTimeLinkage: 'nearest' | 'average';
  /** Batch: the name part of two dated groups' score weighs a name by the lower of its reference and news idf (newsIdf). */
  readonly nameNewsPrior: boolean;
  /** Batch: threshold for two dated groups, scored by the geometric mean of their word and name similarities (0 = off). */
  readonly storyDatedThreshold: number;
  /** Batch: share of a story score taken off when the two sides' texts are mainly about different years. */
  readonly yearConflictWeight: number;
  /** Batch: share of a story score taken off (undated sides) when each side has recurring full names of its own. */
  readonly ownNamesWeight: number;
  /** Batch: the same for two dated sides whose spans of days overlap (concurrent events of one subject). */
  readonly ownNamesDatedWeight: number;
  /**
   * Batch: two dated groups of at least `storyLinkMinSize` reports each join only if this share of the pairs of their reports
   * would join on their own (0 = off): see AgglomerateOptions.memberLinkShare.
   */
  readonly storyLinkShare: number;
  readonly storyLinkMinSize: number;
  /** Batch only: centroid cosine at which stories are grouped into one topic (1 = every story its own topic). */
  readonly topicThreshold: number;
  /** Batch only: kind weights of the vectors stories are grouped into topics by. */
  readonly topicKindWeights: Readonly<Record<FeatureKind, number>>;
  /** Batch only: how two groups of stories are scored for a topic: mean cosine of their articles, or of their sums. */
  readonly topicLinkage: 'centroid' | 'average';
  /**
   * Batch only: share of a topic score taken off when one group of stories shares participants (names recurring in
   * two or more of its stories) and the other has none of them (1 = never joined, 0 = off).
   */
  readonly topicParticipantsWeight: number;
}

/** What happened to one article. */
export interface Assignment {
  readonly articleId: string;
  readonly storyId: string;
  readonly newStory: boolean;
  /** Score against the joined story (0 for a new story). */
  readonly similarity: number;
  /** Labels of the strongest shared features. */
  readonly shared: readonly string[];
  readonly why: string;
  readonly duplicates: readonly DuplicatePair[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ClusterStory {
  readonly id: string;
  readonly articleIds: readonly string[];
  /**
   * Article ids left after collapsing near-duplicates onto their originals (rewrites are found per story at brief
   * time, pipeline/stages/find-rewrites.ts, where the statement aligner reads the sentences).
   */
  readonly origins: readonly string[];
  readonly independentSources: number;
  readonly why: string;
  /** The topic (group of related stories: same kind of event, same main actors) this story belongs to; batch only. */
  readonly topicId?: string;
}

/** Related stories: events of one kind with the same main actors (two rulings in one case, two quakes in one region). */
export interface ClusterTopic {
  readonly id: string;
  readonly storyIds: readonly string[];
  readonly why: string;
}

export interface ClusterResult {
  readonly stories: readonly ClusterStory[];
  /** Stories grouped into topics (batch clustering; absent from a streaming snapshot). */
  readonly topics?: readonly ClusterTopic[];
  readonly duplicates: readonly DuplicatePair[];
  readonly diagnostics: readonly Diagnostic[];
}
