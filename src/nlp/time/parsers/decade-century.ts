// Decades and centuries: "the 1990s" → 199, "the '90s" → 199, "the 20th century" → 19.
import { ORDINALS } from '../lexicon.ts';
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

export const decade: Parser = {
  id: 'decade',
  gate: /0['’]?s/,
  pattern: re(`${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(1[0-9]|20)([0-9])0|['’]([0-9])0)['’]?s${E}`),
  extract(m) {
    // "'90s" means the 1990s; "'20s" could be either century, and news means the 1920s unless writing about now.
    const value = m[1] !== undefined ? `${m[1]}${m[2]}` : `19${m[3]}`;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value };
  },
};

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** "the sixties", "the early nineties": decades of the 20th century (news means 1960s, not 2060s). */
export const decadeWord: Parser = {
  id: 'decade-word',
  gate: /ties/i,
  pattern: re(`${B}the\\s+(?:(?:early|late|mid)[\\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`),
  extract(m) {
    const d = DECADE_WORDS[(m.groups?.['word'] ?? '').toLowerCase()];
    return d === undefined ? null : { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value: `19${d}` };
  },
};

const ORDINAL_WORDS = Object.keys(ORDINALS).join('|');

export const century: Parser = {
  id: 'century',
  gate: /century/i,
  // TimeML leaves the article out of a century ("the 20th century" → "20th century").
  pattern: re(`${B}(?:(?:early|late|mid)[\\s-]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS}))[\\s-]+century${E}`),
  extract(m) {
    const n = m[1] !== undefined ? Number(m[1]) : ORDINALS[(m[2] ?? '').toLowerCase()];
    if (n === undefined || n < 1 || n > 21) return null;
    // TIMEX3 writes a century as its first two digits: the 20th century (1900s) is "19".
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value: String(n - 1).padStart(2, '0') };
  },
};
