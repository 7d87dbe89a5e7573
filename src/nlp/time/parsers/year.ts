// Bare years: "in 2019", "since 1997", "the 2014 annexation", "2009-2010", "1957-58". Not "5,000", "2,000-kilometer",
// "$2019", "Boeing 737", "COVID-19": a year needs a plausible value AND a date-like neighbour.
import { formatYear } from '../calendar.ts';
import type { Draft, Parser } from '../types.ts';
import { re, wordAfter, wordBefore } from './helpers.ts';

// Prepositions and modifiers that make a following four-digit number a year.
const STRONG_BEFORE = new Set(
  ('in since by from until till through throughout during before after of for early late mid mid- around circa ' +
    'between and or to fiscal year since summer winter spring autumn fall season class election elections ' +
    'vintage').split(' '),
);
// Determiners before "2014 annexation": a year used as a modifier.
const DETERMINERS = new Set("the a an its his her their our this that whose 's".split(' '));
// Units and counted nouns: "2000 people", "1500 km" are quantities, not years.
const QUANTITY_AFTER = new Set(
  ('percent per people persons troops soldiers km kilometers kilometres miles meters metres feet tons tonnes ' +
    'dollars euros pounds barrels cases deaths votes members jobs workers units hours minutes seconds days ' +
    'points rounds pieces shares times children students residents police officers homes houses years months ' +
    'weeks calories words pages').split(' '),
);
// Plausible years for news: older dates are almost always history written with a preposition.
const MIN_YEAR = 1000;
const MAX_YEAR = 2099;
// With only a determiner as evidence ("the 2014 annexation") demand a modern year: "the 1500 troops" is a count.
const MIN_MODIFIER_YEAR = 1800;

export const bareYear: Parser = {
  id: 'year',
  gate: /\d{4}/,
  pattern: re(`(?<![\\p{L}\\p{N}$€£.,/:#№])(?<year>\\d{4})(?:(?<sep>-|–|/)(?<second>\\d{4}|\\d{2}))?(?![\\p{N}%]|[.,:]\\p{N}|-\\p{L}|s\\b)`),
  extract(m, { text }) {
    const year = Number(m.groups?.['year']);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    const before = wordBefore(text, m.index);
    const end = m.index + m[0].length;
    const after = wordAfter(text, end);
    if (QUANTITY_AFTER.has(after)) return null;
    // "(2019)" in a citation or title is a year as well.
    const strong = STRONG_BEFORE.has(before.replace(/[.,]$/, '')) || text[m.index - 1] === '(';
    // "the 2014 annexation", "Trump's 2016 campaign", "the 2014 World Cup": a year modifying the next word.
    const asModifier = (DETERMINERS.has(before) || /['’]s$/.test(before)) && year >= MIN_MODIFIER_YEAR && /^\p{L}/u.test(after);
    const secondRaw = m.groups?.['second'];
    const second = secondRaw === undefined ? undefined : rangeSecond(year, secondRaw);
    if (!strong && second === undefined && !asModifier) return null;
    // TimeML extents keep a leading "early", "late" or "mid-" ("early 2011", "mid-2014").
    const prefix = /(?:\b(?:early|late|mid)\s+|\bmid-)$/i.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const start = prefix ? m.index - prefix[0].length : m.index;
    const first: Draft = {
      start, end: m.index + 4, kind: 'date', rule: this.id, value: formatYear(year),
    };
    if (secondRaw === undefined) return first;
    // "2019-1234" is no range: rather than guess, leave the whole token alone.
    if (second === undefined) return null;
    return [first, { start: end - secondRaw.length, end, kind: 'date', rule: 'year-range', value: formatYear(second) }];
  },
};

/** The second year of "2009-2010" or "1957-58", if it really continues the first. */
function rangeSecond(first: number, raw: string): number | undefined {
  const second = raw.length === 2 ? Math.floor(first / 100) * 100 + Number(raw) : Number(raw);
  // A range runs forward and not too far: "1957-58" yes, "2019-1234" no; 30 years covers "1945-75" style spans.
  return second > first && second - first <= 30 ? second : undefined;
}
