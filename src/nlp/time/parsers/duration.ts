// Durations: "eight hours" → PT8H, "5-1/2 hours" → PT5.5H, "three years" → P3Y, "the past two years" → P2Y,
// "several days" → PXD, "an eight-year-old war" → P8Y, "a four-week closure" → P4W. Not ages of people.
import { PERSON_NOUNS, UNITS, UNIT_NAME, parseNumber, type Unit } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { COUNT, isVague } from './count.ts';
import { isStopword } from '../../../text/stopwords.ts';
import { B, E, re, wordAfter, wordBefore } from './helpers.ts';

const CODES: Readonly<Record<Unit, { readonly code: string; readonly factor: number; readonly clock: boolean }>> = {
  second: { code: 'S', factor: 1, clock: true },
  minute: { code: 'M', factor: 1, clock: true },
  hour: { code: 'H', factor: 1, clock: true },
  day: { code: 'D', factor: 1, clock: false },
  week: { code: 'W', factor: 1, clock: false },
  month: { code: 'M', factor: 1, clock: false },
  quarter: { code: 'M', factor: 3, clock: false },
  year: { code: 'Y', factor: 1, clock: false },
  decade: { code: 'Y', factor: 10, clock: false },
  century: { code: 'Y', factor: 100, clock: false },
};

/** TIMEX3 duration value for n units; n undefined → the vague X ("PXD"). */
export function durationValue(n: number | undefined, unit: Unit): string {
  const { code, factor, clock } = CODES[unit];
  const count = n === undefined ? 'X' : String(Math.round(n * factor * 1000) / 1000);
  // Vague decades and centuries keep their own TIMEX3 units (PXDE, PXCE) since X·10 is not writable.
  const vagueCode = n === undefined && unit === 'decade' ? 'DE' : n === undefined && unit === 'century' ? 'CE' : code;
  return `P${clock ? 'T' : ''}${count}${vagueCode}`;
}

export const duration: Parser = {
  id: 'duration',
  gate: /second|minute|hour|day|week|month|quarter|year|decade|centur/i,
  pattern: re(
    // Not the tail of a number ("1,000 hours" is read whole by COUNT, never as "000 hours").
    `${B}(?<![\\p{N}][,.])(?:the\\s+(?:(?:past|last|next|coming|following|first|previous|final|other)\\s+)?(?=\\d|[a-z]+\\s))?(?:a\\s+mere\\s+)?` +
      // A plural possessive ("five years' probation") keeps its apostrophe, as TimeML extents do.
      `${COUNT}(?<sep>[\\s-]+)(?<unit>${UNIT_NAME})(?:(?<=s)['’](?=\\s))?(?<old>[\\s-]+old)?${E}`,
  ),
  extract(m, { text }) {
    const count = m.groups?.['count'] ?? '';
    const unit = UNITS[(m.groups?.['unit'] ?? '').toLowerCase()];
    if (unit === undefined) return null;
    const end = m.index + m[0].length;
    if (m.groups?.['old'] !== undefined) {
      // "a 22-year-old son", "he is 22 years old": an age. "an eight-year-old war": the war lasted eight years.
      const following = /^\s*([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u.exec(text.slice(end, end + 50));
      const next = following?.[1] ?? '';
      // A capitalized next word is a name ("26-year-old Hickey"); the noun may come one word later
      // ("the 17-year-old disc jockey"): an age again.
      const person = isPersonNoun(next) || isPersonNoun(following?.[2] ?? '');
      if (!m.groups['old'].startsWith('-') || next === '' || !/^\p{Ll}/u.test(next) || person) return null;
    }
    // "for a second time", "a second round": the ordinal, not a second of time.
    if (unit === 'second' && /^an?$/i.test(count) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3)) && !isStopword(wordAfter(text, end))) return null;
    // "children ages 6 months and older": an age again.
    if (/^(?:age|ages|aged)$/.test(wordBefore(text, m.index))) return null;
    // "the past week" (no count, one unit) belongs to relative-period; "the past weeks" is a vague span.
    if (/^the\s/i.test(count) && !/s$/i.test(m.groups?.['unit'] ?? '')) return null;
    const vague = isVague(count);
    const n = vague ? undefined : parseNumber(count);
    if (!vague && n === undefined) return null;
    // "a day" inside "once a day" / "$5 a month" is a rate, left to the set parser.
    if (/^an?$/i.test(count) && /\b(?:once|twice|times|per|\d)\s*$/i.test(wordBefore(text, m.index))) return null;
    // An article belongs to a span noun ("the 90 years") but not to a modifier ("the 10-day trip").
    const article = /^the\s+(?=\d|[a-z]+[\s-]+\S)/i.exec(m[0]);
    const start = article && (m.groups?.['sep'] ?? '').includes('-') && !/^the\s+(?:past|last|next|coming|following|first|previous|final|other)\s/i.test(m[0]) ? m.index + article[0].length : m.index;
    return { start, end, kind: 'duration', rule: this.id, value: durationValue(n, unit) };
  },
};

/** "son", "striker", "lawmaker", "activist", "politician": the age of a person, not the span of an event. */
function isPersonNoun(word: string): boolean {
  if (word === '') return false;
  // Agent-noun endings cover most people nouns news attaches an age to; "order" and "center" are rare losses.
  // "-ment" nouns (agreement, government) are things, not agents.
  return PERSON_NOUNS.has(word) || /(?:ers?|ors?|ists?|ians?|ants?|(?<!m)ents?|man|woman|men|women)$/.test(word);
}

// A plural unit alone is a vague duration after words that take a span: "for years", "within days".
const SPAN_WORDS = new Set('for over within in after lasted lasting took take takes spent spend past coming'.split(' '));

export const bareDuration: Parser = {
  id: 'duration-bare',
  gate: /years|months|weeks|days|hours|minutes|decades/i,
  pattern: re(`${B}(?<unit>years|months|weeks|days|hours|minutes|decades)${E}`),
  extract(m, { text }) {
    const unit = UNITS[(m.groups?.['unit'] ?? '').toLowerCase()];
    if (unit === undefined || !SPAN_WORDS.has(wordBefore(text, m.index))) return null;
    if (/^\s+(?:ago|of|old|later|earlier)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'duration', rule: this.id, value: durationValue(undefined, unit) };
  },
};
