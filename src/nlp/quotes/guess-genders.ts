import type { NameSpan } from './types.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-name-genders.ts';

export type Gender = 'male' | 'female';

// How far after a name its pronoun is looked for: about one sentence ("Sherman said she would ...").
const PRONOUN_WINDOW = 160;
const MALE = /\b(?:he|his|him|himself|Mr\.?)\b/i;
const FEMALE = /\b(?:she|her|hers|herself|Ms\.?|Mrs\.?)\b/i;
const PRONOUN = /\b(?:he|his|him|himself|she|her|hers|herself)\b/gi;
// A first name given to one sex only counts as one pronoun vote: it speaks when the article's pronouns are silent
// (Meredith Vieira) and cancels one stray pronoun that belongs to someone else ("Clinton urged that he read"), but
// never overrules the article's own he/she, since names cross sexes.
const FIRST_NAME_VOTES = 1;

/**
 * A guess of each named one's gender (keyed by surname and by full name) from the text itself: the first third-person pronoun after each mention, plus
 * "Mr."/"Ms." right before it, voted over all mentions of the surname. Pure; no name lists.
 */
export function guessGenders(
  text: string,
  names: readonly NameSpan[],
  ignore: ReadonlySet<number> = new Set(),
): ReadonlyMap<string, Gender> {
  const votes = new Map<string, number>();
  // Every name counts, whatever its type: "Blinken said that he ..." makes a person of a name the heuristic missed.
  const people = [...names].sort((a, b) => a.start - b.start);
  for (let i = 0; i < people.length; i++) {
    const n = people[i] as NameSpan;
    const key = surname(n.name);
    const title = text.slice(Math.max(0, n.start - 5), n.start);
    let vote = MALE.test(title) && /Mr/.test(title) ? 1 : FEMALE.test(title) && /M(?:r)?s/.test(title) ? -1 : 0;
    // A pronoun after another person's name belongs to that person: the window stops there.
    const stop = Math.min(n.end + PRONOUN_WINDOW, people[i + 1]?.start ?? text.length);
    const window = text.slice(n.end, Math.max(n.end, stop));
    // Pronouns that are themselves the speakers being resolved ("..., she said") cannot vote: that would be circular.
    const first = firstOwnPronoun(window, n.end, ignore);
    if (first !== undefined) vote += /^(?:he|his|himself)$/.test(first) ? 1 : -1;
    votes.set(key, (votes.get(key) ?? 0) + vote);
    // Also by full name: Mary, Liz and Dick Cheney share a surname but not a gender.
    if (n.name.includes(' ')) votes.set(n.name, (votes.get(n.name) ?? 0) + vote);
  }
  // Each full name once, by its first name: "Hillary Rodham Clinton", "Rep. Jeff Duncan".
  for (const full of new Set(people.map((n) => n.name).filter((name) => name.includes(' ')))) {
    const vote = firstNameVote(full) * FIRST_NAME_VOTES;
    if (vote === 0) continue;
    votes.set(full, (votes.get(full) ?? 0) + vote);
    const key = surname(full);
    votes.set(key, (votes.get(key) ?? 0) + vote);
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) if (v !== 0) out.set(key, v > 0 ? 'male' : 'female');
  return out;
}

/**
 * The first pronoun in `window` (which starts at `offset` in the text) that tells the gender of the name before it,
 * or undefined. A subject, reflexive or possessive ("Dick Cheney ... his view") is the name's own; an object pronoun
 * ends the search: "Crowley asked her if she could comment" speaks of someone else, and the pronouns after it may be
 * hers. "her" may be an object, so it is never read as a possessive.
 */
function firstOwnPronoun(window: string, offset: number, ignore: ReadonlySet<number>): string | undefined {
  // The shared pattern by exec (matchAll copies the pattern at every call: once per name mention), lastIndex reset.
  PRONOUN.lastIndex = 0;
  let found: string | undefined;
  for (let m = PRONOUN.exec(window); m !== null; m = PRONOUN.exec(window)) {
    if (ignore.has(offset + m.index)) continue;
    const word = m[0].toLowerCase();
    found = word === 'him' || word === 'her' ? undefined : word;
    break;
  }
  PRONOUN.lastIndex = 0;
  return found;
}

/** +1 for a male first name, -1 for a female one, 0 when no word before the surname is a first name of one sex. */
function firstNameVote(name: string): number {
  for (const word of name.toLowerCase().split(' ').slice(0, -1)) {
    if (MALE_FIRST_NAMES.has(word)) return 1;
    if (FEMALE_FIRST_NAMES.has(word)) return -1;
  }
  return 0;
}

/** A first name the lists give one sex only ("Sasha", "Eric"), in any case; names given to both are not listed. */
export function isGenderedFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return MALE_FIRST_NAMES.has(lower) || FEMALE_FIRST_NAMES.has(lower);
}

export function surname(name: string): string {
  // What follows the last space (the whole name without one), as name.split(' ').pop() without the pieces.
  return name.slice(name.lastIndexOf(' ') + 1);
}

export function pronounGender(pronoun: string): Gender | undefined {
  if (/^he$/i.test(pronoun)) return 'male';
  if (/^she$/i.test(pronoun)) return 'female';
  return undefined;
}
