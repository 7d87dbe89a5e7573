// Words that point at the present, past or future without a calendar value: TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF.
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

const VALUES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF',
  'at the time': 'PAST_REF', 'at that time': 'PAST_REF', 'in the old days': 'PAST_REF',
  'the future': 'FUTURE_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF', 'in the near future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
};

export const referenceWord: Parser = {
  id: 'reference-word',
  gate: /now|current|present|recent|late|past|previous|former|time|future|soon|moment|days/i,
  pattern: re(
    `${B}(?<word>right now|now|currently|at present|presently|nowadays|these days|at the moment|recently|` +
      `lately|the past|previously|formerly|at the time|at that time|the near future|the future|(?<=\\bin\\s)future|soon)${E}` +
      // "now-defunct" and "the past two years" / "the future king" belong to other expressions or are adjectives.
      `(?!-|\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|couple|days|weeks|months|years|decades|week|month|year|decade|king|queen|president|leader|of\\s+(?:the\\s+)?(?:country|company|party|nation)))`,
  ),
  extract(m) {
    const word = (m.groups?.['word'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const value = VALUES[word];
    if (value === undefined) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: this.id, value };
  },
};
