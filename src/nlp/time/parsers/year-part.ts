// Parts of a year: seasons ("last summer", "spring 2021"), quarters ("the fourth quarter", "Q1 2022"),
// halves ("the first half of 2021"). TIMEX3 values 2021-SU, 2022-Q1, 2021-H1.
import { SEASONS } from '../lexicon.ts';
import type { Draft, Parser } from '../types.ts';
import { isStopword } from '../../../text/stopwords.ts';
import { B, E, re, wordBefore } from './helpers.ts';

const MOD = '(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[\\s-]+)?';
const YEAR_TAIL = '(?:,?\\s+(?:of\\s+)?(?<year>\\d{4})(?!\\p{N}))?';

type Shift = -1 | 0 | 1 | 'tense';

function shiftOf(word: string | undefined): Shift {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return -1;
  if (w === 'next' || w === 'coming') return 1;
  if (w === 'this' || w === 'current') return 0;
  return 'tense';
}

function yearPart(m: RegExpExecArray, rule: string, code: string): Draft {
  const year = m.groups?.['year'];
  const end = m.index + m[0].length;
  if (year !== undefined) return { start: m.index, end, kind: 'date', rule, value: `${year}-${code}` };
  return { start: m.index, end, kind: 'date', rule, relative: { type: 'year-part', code, shift: shiftOf(m.groups?.['which']) } };
}

// A bare season word needs a date-like neighbour: "in summer", "this winter"; "fall" also needs a determiner
// because it is far more often the verb ("prices fall").
const SEASON_CONTEXT = new Set('in during since by until through before after early late mid this last next the of'.split(' '));

export const season: Parser = {
  id: 'season',
  gate: /spring|summer|autumn|fall|winter/i,
  pattern: re(`${B}${MOD}(?:(?<which>this|last|next|past|coming|the)\\s+)?(?<season>spring|summer|autumn|fall|winter)${YEAR_TAIL}${E}`),
  extract(m, { text }) {
    const name = (m.groups?.['season'] ?? '').toLowerCase();
    const code = SEASONS[name];
    if (code === undefined) return null;
    const which = (m.groups?.['which'] ?? '').toLowerCase();
    const hasYear = m.groups?.['year'] !== undefined;
    const modified = which !== '' && which !== 'the';
    if (!hasYear && !modified) {
      const before = wordBefore(text, m.index);
      // "in the fall", "by the fall": with a preposition before the article even "fall" is the season.
      const fallSeason = which === 'the' && /\b(?:in|during|by|until|since|over|through|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
      if (name === 'fall' ? !fallSeason : !SEASON_CONTEXT.has(before) && !fallSeason) return null;
      // "the summer of love", "the spring of discontent": a "the season of <noun>" phrase is not a date.
      if (/^\s+of\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      // "in winter markets", "the summer heat": a season word modifying a noun names no period.
      const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
      if (next !== undefined && !isStopword(next)) return null;
    }
    return yearPart(m, this.id, code);
  },
};

const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

export const quarter: Parser = {
  id: 'quarter',
  gate: /quarter/i,
  pattern: re(`${B}(?:the\\s+)?(?<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\\s+fiscal)?\\s+quarter${YEAR_TAIL}${E}`),
  extract(m) {
    const q = QUARTER_ORDINALS[(m.groups?.['ordinal'] ?? '').toLowerCase()];
    return q === undefined ? null : yearPart(m, this.id, `Q${q}`);
  },
};

export const quarterCode: Parser = {
  id: 'quarter-code',
  gate: /[QH][1-4]/,
  // "Q3", "Q1 2022", "H1 2021" (a half needs its year: a bare "H1" is as often a visa or a headline tag).
  pattern: re(`${B}(?:Q(?<q>[1-4])(?:\\s+(?<year>\\d{4})(?!\\p{N}))?|H(?<h>[12])\\s+(?<hyear>\\d{4})(?!\\p{N}))${E}`, true),
  extract(m) {
    const half = m.groups?.['h'];
    if (half !== undefined) {
      return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value: `${m.groups?.['hyear'] ?? ''}-H${half}` };
    }
    return yearPart(m, this.id, `Q${m.groups?.['q'] ?? ''}`);
  },
};

export const half: Parser = {
  id: 'half',
  gate: /half/i,
  pattern: re(`${B}(?:the\\s+)?(?<ordinal>first|second)\\s+half\\s+of\\s+(?:(?<which>this|last|next)\\s+year|(?<year>\\d{4})(?!\\p{N}))${E}`),
  extract(m) {
    const h = (m.groups?.['ordinal'] ?? '').toLowerCase() === 'first' ? 1 : 2;
    return yearPart(m, this.id, `H${h}`);
  },
};
