// The ordered parser list. Order matters only as the tie-break between equally long overlapping matches
// (see refiners/drop-overlaps.ts): more specific rules come first.
import type { Parser } from '../types.ts';
import { ago } from './ago.ts';
import { clockDuration, meridiemTime, namedTime, twentyFourHourTime, wireTime } from './clock-time.ts';
import { century, decade, decadeWord } from './decade-century.ts';
import { bareDuration, duration } from './duration.ts';
import { dayMonthYear, monthAlone, monthDay, monthDayYear, monthYear } from './month-date.ts';
import { dotDate, isoDate, slashDate } from './numeric-date.ts';
import { referenceWord } from './reference-words.ts';
import { partOfThisDay, relativeDay } from './relative-day.ts';
import { periodEdge, relativeDayAnchored, relativePeriod, theWeekend } from './relative-period.ts';
import { adverbSet, everyCountSet, everySet, perPeriodSet, rateSet } from './set.ts';
import { holiday } from './holiday.ts';
import { half, quarter, quarterCode, season } from './year-part.ts';
import { weekday } from './weekday.ts';
import { bareYear } from './year.ts';

export const PARSERS: readonly Parser[] = [
  isoDate,
  slashDate,
  dotDate,
  monthDayYear,
  dayMonthYear,
  monthYear,
  monthDay,
  monthAlone,
  weekday,
  holiday,
  relativeDay,
  partOfThisDay,
  relativePeriod,
  relativeDayAnchored,
  periodEdge,
  theWeekend,
  ago,
  half,
  quarter,
  quarterCode,
  season,
  decade,
  decadeWord,
  century,
  bareYear,
  clockDuration,
  meridiemTime,
  twentyFourHourTime,
  wireTime,
  namedTime,
  everySet,
  everyCountSet,
  rateSet,
  perPeriodSet,
  adverbSet,
  duration,
  bareDuration,
  referenceWord,
];
