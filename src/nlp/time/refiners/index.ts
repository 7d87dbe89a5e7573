// The ordered refiner list: first settle which text is claimed, then join neighbours, then resolve values.
import type { Refiner } from '../types.ts';
import { dropDateNames } from './drop-date-names.ts';
import { dropOverlaps } from './drop-overlaps.ts';
import { dropTitles } from './drop-titles.ts';
import { mergeAdjacent } from './merge-adjacent.ts';
import { resolveRelativeRefiner } from './resolve-relative.ts';

export const REFINERS: readonly Refiner[] = [dropTitles, dropDateNames, dropOverlaps, mergeAdjacent, resolveRelativeRefiner];
