// Public API of the time tagger.
//
// Architecture (like chrono-node's): findTimes runs every parser in parsers/index.ts over the text — each a pattern
// plus an extract function returning a Draft or null — then passes the drafts through the refiners in
// refiners/index.ts, in order: drop-titles ("ABC's This Week"), drop-overlaps (longest claim wins), merge-adjacent
// (weekday + date, day + clock), resolve-relative (reference date + clause tense + the narrative → TIMEX3 value: the
// last mentioned date for "the next day", a year the passage or an earlier mention lends to a bare date, the day a
// narrative told hour by hour is on, "tonight" in a report written the night before; each such value names its rule).
// Parsers never see the reference date; resolve.ts holds the calendar logic and tense.ts the cue words (clause and
// quotation boundaries included).
export { findTimes, type FindTimesOptions, type TimeReference } from './find-times.ts';
export { relationToReference, type Relation } from './relation.ts';
export { PARSERS } from './parsers/index.ts';
export { REFINERS } from './refiners/index.ts';
export type { Draft, Parser, Refiner, Relative } from './types.ts';
