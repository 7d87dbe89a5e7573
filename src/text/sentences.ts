import type { TextRange } from '../model/span.ts';
import { skipSpace, trimEnd } from './whitespace.ts';
import { isStopword } from './stopwords.ts';
import { US_STATES } from './us-states.ts';

// Words after which a period does not end a sentence. Titles and common abbreviations in news text.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st cong sens reps supt det maj cpl pvt atty brig sr jr mt ft vs etc inc ltd co corp dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec vol fig approx est e.g i.e u.s u.k u.n a.m p.m').split(' '),
);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Splits one paragraph into sentence ranges (offsets into `text`, shifted by `offset`).
 * A sentence ends at . ! ? (with any closing quotes/brackets) followed by space and an upper-case letter, digit or
 * opening quote, unless the period follows an abbreviation or a single initial ("J. Smith").
 */
export function splitSentences(text: string, offset = 0): TextRange[] {
  const out: TextRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let end = i + 1;
      while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
      const next = skipSpace(text, end);
      const abbreviated = ch === '.' && end === i + 1 && (isAbbreviation(text, i) || isNumberSign(text, i, next));
      if (next > end && next < text.length && startsSentence(text, next) && !abbreviated) {
        out.push({ start: start + offset, end: end + offset });
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, text.length);
  if (end > start) out.push({ start: start + offset, end: end + offset });
  return out;
}


function startsSentence(text: string, i: number): boolean {
  const c = text[i] ?? '';
  return /[\p{Lu}\p{N}"“‘'(\[]/u.test(c);
}

// "No. 5" abbreviates "number" only before a digit; "No." before a word is the answer "no".
function isNumberSign(text: string, dot: number, next: number): boolean {
  return /(?:^|\s)nos?$/i.test(text.slice(Math.max(0, dot - 4), dot)) && /\d/.test(text[next] ?? '');
}

// Titles abbreviate before a name; after a capitalized word they are the end of a name ("Hun Sen. Hun Sen said").
const TITLE_ABBREVIATIONS = new Set('mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st cong sens reps supt det maj cpl pvt atty brig'.split(' '));

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot).toLowerCase();
  // A letter glued to digits ends a number ("the 1970s."), it is not an initial.
  if (/\p{N}/u.test(text[s - 1] ?? '')) return false;
  if (word.length === 1 && /\p{L}/u.test(word)) return true; // an initial: "J. Smith", "U. S."
  if (TITLE_ABBREVIATIONS.has(word) && endsName(text.slice(Math.max(0, s - 40), s))) return false;
  return ABBREVIATIONS.has(word);
}

/**
 * Whether the words before a title abbreviation are a name it ends ("strongman Hun Sen.") rather than the place or
 * party the title belongs to ("former Alaska Gov. Sarah Palin", "New York Gov. Andrew Cuomo", "Republican Sen. John
 * McCain"): US news writes a title after a state or a party so often that those words decide it.
 */
function endsName(before: string): boolean {
  const run = /((?:\p{Lu}[\p{L}'’-]*\s+)+)$/u.exec(before)?.[1]?.trim() ?? '';
  if (run === '') return false;
  // A capital that only opens the sentence is no name: "Since Mr. Comey's revelation", "When Mr. Weiner explored"
  // (NYT's house style puts a title before nearly every name, so these open many of its sentences).
  if (run.split(/\s+/).every(isOpener)) return false;
  return !TITLE_PLACES.test(run);
}

// Words that are capitalized only because they open a sentence and never end a name: the function words, plus
// sentence-opening conjunctions and adverbs that list lacks.
const OPENERS: ReadonlySet<string> = new Set('since though although unlike like yet still even now thus meanwhile instead perhaps indeed'.split(' '));
function isOpener(word: string): boolean {
  return isStopword(word) || OPENERS.has(word.toLowerCase());
}
// The 50 US states, the parties and "State" ("Arizona State Sen. Russell Pearce"), as the last words before a title.
const TITLE_PLACES = new RegExp(`(?:^|\\s)(?:${[...US_STATES, 'Republican', 'Democratic', 'Democrat', 'GOP', 'Independent', 'State'].join('|')})$`);
