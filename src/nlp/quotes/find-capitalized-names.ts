import type { TextRange } from '../../model/span.ts';
import { isStopword } from '../../text/stopwords.ts';
import type { NameSpan } from './types.ts';
import { ORGANIZATION_WORDS, TITLE_WORDS } from './titles.ts';

// A capitalized word, an initial ("J."), an acronym ("NATO", "U.S.") or a name with inner apostrophe/hyphen.
const WORD = /\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}(?:\.\p{Lu})+\.?/uy;
const WORD_START = /(?<![\p{L}\p{M}\p{N}'’])\p{Lu}/gu;
// Lower-case particles that stay inside a name: "Ludwig van Beethoven", "Secretary of State John Kerry".
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'of']);
// Capitalized words that are never names on their own.
const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december i'
  ).split(' '),
);

/**
 * The stand-in for a trained NER: runs of capitalized words, titles split off, sentence-initial common words dropped.
 * A sentence-initial word counts only if it never appears in lower case elsewhere in the text ("Asked" is dropped
 * when "asked" occurs; "Ryabkov" never does). Pure; exported so callers can swap in a real NER.
 */
export function findCapitalizedNames(text: string, sentences: readonly TextRange[]): NameSpan[] {
  const lowerWords = collectLowerCaseWords(text);
  const midSentence = collectMidSentenceCapitalized(text);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const out: NameSpan[] = [];
  let i = 0;
  // Only a capital at a word start can open a name: jump from one to the next instead of walking every character.
  for (const m of text.matchAll(WORD_START)) {
    const at = m.index ?? 0;
    if (at < i) continue;
    const run = readRun(text, at);
    if (run === undefined) continue;
    for (const words of splitAtNonNames(text, run.words)) {
      const name = trimRun(text, words, lowerWords, midSentence, sentenceStarts);
      if (name !== undefined) out.push(name);
    }
    i = run.end;
  }
  return markSurnames(out);
}

// "Sherman" alone is a person when "Wendy Sherman" is one somewhere in the same text.
function markSurnames(names: readonly NameSpan[]): NameSpan[] {
  const surnames = new Set(
    names.filter((n) => n.type === 'person').map((n) => n.name.split(' ').pop() ?? ''),
  );
  return names.map((n) => (n.type === 'other' && surnames.has(n.name) ? { ...n, type: 'person' as const } : n));
}

interface Run extends TextRange {
  readonly words: readonly TextRange[];
}

function readRun(text: string, at: number): Run | undefined {
  const words: TextRange[] = [];
  let i = at;
  for (;;) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null) break;
    let end = i + m[0].length;
    // A trailing dot belongs to the word only for initials and abbreviations ("J.", "Sen.", "U.S."), not a full stop.
    if (m[0].endsWith('.') && m[0].length > 4 && !/\p{Lu}\.\p{Lu}/u.test(m[0])) end--;
    // Possessive "Russia’s": the name is "Russia".
    const possessive = /['’]s?$/.exec(text.slice(i, end));
    if (possessive !== null) end -= possessive[0].length;
    words.push({ start: i, end });
    if (possessive !== null) break;
    const gap = /^ +(?:(\p{Ll}+) +)?/u.exec(text.slice(end, end + 8));
    if (gap === null) break;
    const particle = gap[1];
    if (particle !== undefined && !PARTICLES.has(particle)) break;
    const next = end + gap[0].length;
    WORD.lastIndex = next;
    if (!WORD.test(text)) break;
    i = next;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return { start: first.start, end: last.end, words };
}

function splitAtNonNames(text: string, words: readonly TextRange[]): TextRange[][] {
  const out: TextRange[][] = [[]];
  for (const w of words) {
    if (NOT_NAMES.has(bare(text, w))) out.push([]);
    else out[out.length - 1]?.push(w);
  }
  return out.filter((ws) => ws.length > 0);
}

function trimRun(
  text: string,
  runWords: readonly TextRange[],
  lowerWords: ReadonlySet<string>,
  midSentence: ReadonlySet<string>,
  sentenceStarts: ReadonlySet<number>,
): NameSpan | undefined {
  let words = runWords;
  const first = words[0];
  if (first !== undefined && isSentenceInitial(text, first.start, sentenceStarts)) {
    const w = bare(text, first);
    if (isStopword(w) || lowerWords.has(w) || (words.length === 1 && !midSentence.has(w))) words = words.slice(1);
  }
  const kept = words;
  const start = kept[0];
  const end = kept[kept.length - 1];
  if (start === undefined || end === undefined) return undefined;
  const lowerKept = kept.map((w) => bare(text, w));
  const isOrg = lowerKept.some((w) => ORGANIZATION_WORDS.has(w));
  // Strip a title prefix only from person names: "White House" or "State Department" must stay whole.
  let nameStart = 0;
  if (!isOrg) {
    // The name follows the last title word: "former South Carolina Gov. Jim Hodges" → "Jim Hodges".
    const lastTitle = lowerKept.slice(0, -1).findLastIndex((w) => TITLE_WORDS.has(w));
    nameStart = lastTitle + 1;
  }
  const nameFirst = kept[nameStart] ?? start;
  const titled = nameStart > 0;
  const name = text.slice(nameFirst.start, end.end);
  if (PARTICLES.has(bare(text, nameFirst))) return undefined;
  return { start: nameFirst.start, end: end.end, name, type: guessType(name, titled, isOrg) };
}

function guessType(name: string, titled: boolean, isOrg: boolean): NameSpan['type'] {
  if (isOrg) return 'organization';
  if (titled) return 'person';
  const words = name.split(' ');
  // An acronym ("NATO", "FBI", "U.S.") is an organization or a place far more often than a person.
  if (words.length === 1 && /^[\p{Lu}.]{2,6}$/u.test(name)) return 'organization';
  // Two or three capitalized words with no org word: "Wendy Sherman", "Bernie Sanders".
  return words.length >= 2 && words.length <= 3 ? 'person' : 'other';
}

function bare(text: string, w: TextRange): string {
  return text.slice(w.start, w.end).toLowerCase().replace(/\.$/, '');
}

function isSentenceInitial(text: string, at: number, sentenceStarts: ReadonlySet<number>): boolean {
  if (sentenceStarts.has(at)) return true;
  // After an opening quote or at a line start the word is capitalized for the sentence, not for the name.
  const before = text.slice(Math.max(0, at - 3), at);
  return /(?:^|[\n“"‘(]|[.!?:]\s)\s*$/.test(before) || at === 0;
}

function collectLowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’])\p{Ll}[\p{L}\p{M}'’\-]*/gu)) out.add(m[0]);
  return out;
}

// A single capitalized word at a sentence start is a name only if it is also capitalized inside some sentence
// (after a lower-case word, or as the last part of a longer name: "Glenn Beck" makes a leading "Beck" a name).
function collectMidSentenceCapitalized(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll}\p{N},;] |\p{Lu}[\p{L}.]* )\p{Lu}[\p{L}\p{M}'’\-]*/gu)) out.add(m[0].toLowerCase().replace(/['’]s$/, ''));
  return out;
}
