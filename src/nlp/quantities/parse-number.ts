import { COUNT_NOUNS, SCALES, SUFFIX_SCALES, UNITS } from './number-words.ts';

export interface ParsedNumber {
  readonly value: number;
  /** How many characters of the input the number used. */
  readonly length: number;
  readonly rule: string;
}

const DIGITS = /^(\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u2009\u202f]\d{3})+)|\d+(?:\.\d+)?)(?:\s*-\s*|\s+)?(\d+)\/(\d+)|^(\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u2009\u202f]\d{3})+)|\d+(?:\.\d+)?)(½|¼|¾)?/;
const FRACTION_CHARS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/**
 * Reads a number at the start of `text`: digits with thousands separators (comma or space: "100,000", "100 000"),
 * decimals, mixed fractions ("5-1/2", "5½"), scale words or suffixes ("1.2m", "3 million", "one lakh"), spelled-out
 * numbers ("eight", "twenty-five", "half a million", "a dozen"). Returns undefined when no number starts there.
 */
export function parseNumber(text: string): ParsedNumber | undefined {
  const parsed = parseDigits(text) ?? parseWords(text);
  // A 400-digit run or "hundred hundred hundred…" overflows a double to Infinity, which JSON writes as null and
  // which compares equal to every other overflow: such a "number" is not a reportable quantity.
  return parsed !== undefined && Number.isFinite(parsed.value) ? parsed : undefined;
}

function parseDigits(text: string): ParsedNumber | undefined {
  const m = DIGITS.exec(text);
  if (!m) return undefined;
  let value: number;
  let length = m[0].length;
  let rule = 'number/digits';
  if (m[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    const whole = toNumber(m[1]);
    const num = Number(m[2]);
    const den = Number(m[3]);
    if (den === 0 || num >= den) return { value: whole, length: m[1].length, rule };
    value = whole + num / den;
    rule = 'number/mixed-fraction';
  } else {
    value = toNumber(m[4] ?? '') + (m[5] ? (FRACTION_CHARS[m[5]] ?? 0) : 0);
  }
  const scaled = readScale(text.slice(length));
  if (scaled) {
    value *= scaled.factor;
    length += scaled.length;
    rule = 'number/scaled';
  }
  return { value, length, rule };
}

function readScale(rest: string): { factor: number; length: number } | undefined {
  const suffix = /^([a-z]{1,3})\b/i.exec(rest);
  if (suffix?.[1] && SUFFIX_SCALES[suffix[1].toLowerCase()] !== undefined) {
    return { factor: SUFFIX_SCALES[suffix[1].toLowerCase()] ?? 1, length: suffix[0].length };
  }
  const word = /^[\s\u00a0-]+([a-z]+)\b/i.exec(rest);
  const factor = word?.[1] ? SCALES[word[1].toLowerCase()] : undefined;
  if (word && factor !== undefined) return { factor, length: word[0].length };
  return undefined;
}

function toNumber(s: string): number {
  return Number(s.replace(/[,\s\u00a0\u2009\u202f]/g, ''));
}

const WORD = /^[a-z]+/i;

function parseWords(text: string): ParsedNumber | undefined {
  let pos = 0;
  let total = 0;
  let current = 0;
  let matched = false;
  let lastEnd = 0;
  // "half a million", "a dozen", "a million": an article or count noun before a scale.
  const lead = /^(half an?|a half|half|an?|one)\s+(?=(dozen|hundred|thousand|million|billion|lakh|crore)\b)/i.exec(text);
  if (lead) {
    current = lead[1]?.toLowerCase().includes('half') ? 0.5 : 1;
    pos = lead[0].length;
    matched = true;
  }
  for (;;) {
    const m = WORD.exec(text.slice(pos));
    if (!m) break;
    const w = m[0].toLowerCase();
    const unit = UNITS[w];
    const scale = SCALES[w];
    const count = w === 'dozen' ? COUNT_NOUNS[w] : undefined;
    if (unit !== undefined) {
      current += unit;
    } else if (scale !== undefined && matched) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (count !== undefined) {
      current = (current || 1) * count;
    } else break;
    matched = true;
    pos += m[0].length;
    lastEnd = pos;
    // Joiners inside a spelled number: "twenty-five", "one hundred and five".
    const join = /^(?:-|\s+and\s+(?=[a-z]+)|\s+)/i.exec(text.slice(pos));
    if (!join) break;
    const after = WORD.exec(text.slice(pos + join[0].length))?.[0]?.toLowerCase() ?? '';
    if (UNITS[after] === undefined && SCALES[after] === undefined && after !== 'dozen') break;
    pos += join[0].length;
  }
  if (!matched || lastEnd === 0) return undefined;
  return { value: total + current, length: lastEnd, rule: 'number/words' };
}
