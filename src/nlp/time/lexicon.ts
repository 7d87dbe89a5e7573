// Word tables shared by the time parsers. Constant data only.

/** Month names and news abbreviations (AP style "Jan.", "Sept.") → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names and abbreviations as one alternation, for case-insensitive patterns (a dot after it is the caller's). */
export const MONTH_ALTERNATION =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Month number 1–12 of a month name or abbreviation in any case ("Sept.", "JANUARY"), 0 when it is none. */
export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().slice(0, 3)] ?? 0;
}

/** Full month names, for rules that must not fire on abbreviations ("Mar", "Dec" are also words and names). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Full names or abbreviations (the dot is optional), longest first so "Sept." wins over "Sep". */
export const MONTH_ANY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', noon: 'MI', midday: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
  daytime: 'DT',
};
export const PART_OF_DAY_NAME = '(?:morning|afternoon|evening|night|overnight)';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Calendar units a duration or a shift is counted in. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};
export const UNIT_NAME = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)';

/** Number words news writers spell out (AP style spells one to nine). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, couple: 2,
};
export const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)' +
  '(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';


/** Ordinals for quarters, halves and centuries. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/** Nouns for people: "a 22-year-old son" states an age, not a time span of an event. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  ('man men woman women boy boys girl girls son sons daughter daughters child children kid kids baby babies ' +
    'student students mother father brother sister wife husband person people player players driver victim ' +
    'suspect resident patient teenager teen actor actress singer officer soldier worker veteran mom dad ' +
    'grandmother grandfather friend friends gunman defendant jockey pilot nurse cop chief king queen prince princess ' +
    'monk priest nun pope star hero heir youth refugee native citizen athlete rookie guard forward quarterback ' +
    'champion candidate graduate nephew niece grandson granddaughter girlfriend boyfriend widow orphan twin twins ' +
    'male female bride groom host').split(' '),
);

/**
 * Parses a spelled or written number: "5", "5.5", "5-1/2", "2 1/2", "eight", "twenty-one", "a", "an".
 * Returns undefined for anything else, so callers can treat it as vague.
 */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase().replace(/,/g, '');
  const mixed = /^(\d+)(?:-|\s+)(\d+)[/-](\d+)$/.exec(s);
  if (mixed) {
    const denominator = Number(mixed[3]);
    return denominator === 0 ? undefined : Number(mixed[1]) + Number(mixed[2]) / denominator;
  }
  const andHalf = /^(.+?)\s+and\s+a\s+half$/.exec(s);
  if (andHalf) {
    const whole = parseNumber(andHalf[1] ?? '');
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const parts = s.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return parts.length > 0 ? total : undefined;
}
