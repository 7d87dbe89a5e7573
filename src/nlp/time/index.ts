// Public API of the time tagger.
export { findTimes, type FindTimesOptions, type TimeReference } from './find-times.ts';
export { relationToReference, type Relation } from './relation.ts';
export { PARSERS } from './parsers/index.ts';
export { REFINERS } from './refiners/index.ts';
export type { Draft, Parser, Refiner, Relative } from './types.ts';
