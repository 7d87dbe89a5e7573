// "the 17 February Brigade", "the April 6 Youth Movement", "the March 14 Alliance": a date that names a group is part
// of the group's name, not a day the story happened on (its year is unknown, so the timeline would date it wrongly).
import type { Refiner } from '../types.ts';

// Head nouns of groups named after a date; capitalized right after the date.
const GROUP_HEAD = /^\s+(?:\p{Lu}\p{L}+\s+)?(?:Brigades?|Movement|Alliance|Coalition|Revolution|Martyrs|Front|Battalion|Group)\b/u;
// Only a day and month (no year): "the Sept. 11, 2001 attacks" is a date whatever follows.
const DAY_AND_MONTH = /^(?:the\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})$/iu;

export const dropDateNames: Refiner = {
  id: 'drop-date-names',
  refine(drafts, { text }) {
    return drafts.filter((d) => !(DAY_AND_MONTH.test(text.slice(d.start, d.end)) && GROUP_HEAD.test(text.slice(d.end, d.end + 30))));
  },
};
