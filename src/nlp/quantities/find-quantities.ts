import type { Quantity, Qualifier } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { MONTH_ALTERNATION } from '../time/lexicon.ts';
import { parseNumber } from './parse-number.ts';
import { CURRENCY_SIGNS, HEDGES, MODIFIERS, unitClass } from './unit-lexicon.ts';

const CANDIDATE = /(?<![\p{L}\p{N}.,])(?:\d|(?:half an?|a half|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b)/giu;
const MONTHS = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\.?\\s+$`, 'i');
const NOT_COUNTS = /\b(?:no\.|article|section|chapter|page|room|flight|route|boeing|airbus|covid|g|phase|level|number|grade|world war)\s*$/i;

/**
 * Finds counted quantities in sentences: a number (any notation), the hedge before it, and the noun it counts.
 * Years, dates, times, ordinals and identifiers ("Article 5", "Boeing 737") are not quantities.
 */
export function findQuantities(text: string, sentences: readonly TextRange[]): Quantity[] {
  const out: Quantity[] = [];
  for (const range of sentences) {
    // Offsets are reported as `s.start + i`; a range outside the text (negative, past the end, NaN) would make
    // spans that slice to something else, so it is clamped to the text first (String#slice clamps only the slice).
    const s = clampRange(range, text.length);
    const sentence = text.slice(s.start, s.end);
    let skipUntil = 0;
    for (const m of sentence.matchAll(CANDIDATE)) {
      const at = m.index ?? 0;
      if (at < skipUntil) continue;
      const q = readQuantity(sentence, at);
      if (!q) continue;
      skipUntil = at + q.length;
      out.push({ ...q.quantity, start: s.start + q.start, end: s.start + at + q.length, text: text.slice(s.start + q.start, s.start + at + q.length) });
    }
  }
  return out;
}

function clampRange(r: TextRange, length: number): TextRange {
  const clamp = (n: number): number => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), length) : 0);
  const start = clamp(r.start);
  return { start, end: Math.max(start, clamp(r.end)) };
}

interface Read {
  readonly quantity: Omit<Quantity, 'start' | 'end' | 'text'>;
  readonly start: number;
  readonly length: number;
}

function readQuantity(sentence: string, at: number): Read | undefined {
  const parsed = parseNumber(sentence.slice(at));
  if (!parsed) return undefined;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(at + parsed.length);
  const numText = sentence.slice(at, at + parsed.length);
  const spelled = !/\d/.test(numText);
  if (isYear(numText, after) || MONTHS.test(before) || NOT_COUNTS.test(before)) return undefined;
  // A number glued to a name by a hyphen is part of an identifier ("COVID-19", "Su-35", "G-20").
  if (/\p{L}-$/u.test(before)) return undefined;
  // "no one", "the one", "this one": pronoun uses of "one".
  if (/^one$/i.test(numText) && /\b(?:no|any|every|some|the|this|that|which|each)\s+$/i.test(before)) return undefined;
  // "a one-in-three chance", "1 in 3": odds, not a count of anything.
  if (/^-?\s*in\s*-?\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(after)) return undefined;
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*-?\s*in\s*-?\s*$/i.test(before)) return undefined;
  if (/^(?:st|nd|rd|th)\b|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)|^[:.]\d/i.test(after)) return undefined;
  if (/^,?\s*(?:19|20)\d{2}\b/.test(after) && parsed.value <= 31) return undefined; // "16, 2021": a day of a date
  const currency = /([$€£¥₹])\s*$/.exec(before)?.[1];
  // "two-thirds of Republicans", "three quarters of voters": a share written as a fraction is no count of "thirds"
  // (it read "third of republican: 2"). Nor is it compared as a percentage: a fraction is a rounded share, and as one
  // "at least about one-fifth of the Democratic electorate" agreed with another outlet's "bested Clinton's vote total
  // by nearly 20 percent" (PolNeAR train, 2016-03-15/16).
  if (currency === undefined && FRACTION.test(after)) return undefined;
  const unit = currency ? { unit: CURRENCY_SIGNS[currency] ?? currency, length: 0 } : readUnit(after);
  // A spelled-out number with nothing counted ("no one", "one of them") is not a quantity worth comparing.
  if (spelled && unit.unit === '') return undefined;
  // The hedge stands before the currency sign ("more than $1 million"), so it is read before the sign.
  const hedged = currency ? before.replace(/[$€£¥₹]\s*$/, '') : before;
  const hedge = HEDGES.find((h) => h.pattern.test(hedged));
  const hedgeMatch = hedge ? hedge.pattern.exec(hedged) : null;
  const start = hedgeMatch ? at - (before.length - (hedgeMatch.index ?? hedged.length)) : currency ? at - 1 : at;
  const qualifier: Qualifier = hedge?.qualifier ?? 'exact';
  return {
    quantity: { value: parsed.value, unit: unit.unit, qualifier, rule: unit.unit ? `quantity/${parsed.rule.split('/')[1]}+unit` : `quantity/${parsed.rule.split('/')[1]}` },
    start,
    length: parsed.length + unit.length,
  };
}

// The denominators a spelled share is written with, after the numerator ("two-thirds", "three quarters", "one-fifth").
// Written apart, only before "of": "two quarters in a row" are periods of a year.
const FRACTION = /^(?:-(halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)\b|\s(halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)(?=\s+of\b))/i;

function isYear(numText: string, after: string): boolean {
  // Four plain digits in 1800-2100 are years in news text ("in 2014", "the 2014 annexation"); counts use separators.
  if (!/^\d{4}$/.test(numText)) return false;
  const n = Number(numText);
  return n >= 1800 && n <= 2100 && !/^\s*(?:%|percent|per cent)/i.test(after);
}

// Verbs a count of people takes in poll and vote reports ("Of those, five say they would vote for Trump"): the verb
// is what the counted people do, not what is counted (it read "say: 5").
const COUNTED_VERBS: ReadonlySet<string> = new Set(
  'say says think thinks believe believes want wants support supports oppose opposes agree agrees disagree disagrees expect expects prefer prefers favor favors approve approves disapprove disapproves plan plans'.split(' '),
);

/** The counted noun after the number: "-member", " hours", " Russian troops", "%" . */
function readUnit(after: string): { unit: string; length: number } {
  const pct = /^\s*(%|percent\b|per cent\b)/i.exec(after);
  if (pct) return { unit: '%', length: pct[0].length };
  const compound = /^-([\p{L}]+(?:-old)?)/u.exec(after);
  if (compound?.[1]) return { unit: unitClass(compound[1]), length: compound[0].length };
  let pos = 0;
  // Skip up to three modifiers: nationality adjectives (capitalized) and the MODIFIERS list.
  for (let i = 0; i < 4; i++) {
    const w = /^\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)/u.exec(after.slice(pos));
    if (!w?.[1]) break;
    const word = w[1];
    const lower = word.toLowerCase();
    // Adjective endings (-ic, -al, -ive, -ous, -ful, -less) and nationality adjectives qualify, they are not counted.
    const adjective = /(?:ic|al|ive|ous|ful|less)$/.test(lower) || /^\p{Lu}\p{Ll}+(?:n|an|ian|ese|ish|i)$/u.test(word);
    if (i < 3 && (MODIFIERS.has(lower) || adjective)) {
      pos += w[0].length;
      continue;
    }
    if (/^\p{Lu}{2,}s$/u.test(word)) return { unit: word.slice(0, -1), length: pos + w[0].length }; // "50 BTGs"
    if (ENGLISH_STOPWORDS.has(lower) || /^\p{Lu}/u.test(word) || /(?:ed|ing|ly)$/.test(lower) || COUNTED_VERBS.has(lower)) break;
    const unit = unitClass(word);
    // A nautical mile is 1.15 miles: "19 nautical miles" and "22 miles" are one distance, so they must not share a unit.
    return { unit: unit === 'mile' && /\bnautical\b/i.test(after.slice(0, pos)) ? 'nautical mile' : unit, length: pos + w[0].length };
  }
  return { unit: '', length: 0 };
}
