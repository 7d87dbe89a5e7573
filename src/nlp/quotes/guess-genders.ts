import type { NameSpan } from './types.ts';

export type Gender = 'male' | 'female';

// How far after a name its pronoun is looked for: about one sentence ("Sherman said she would ...").
const PRONOUN_WINDOW = 160;
const MALE = /\b(?:he|his|him|himself|Mr\.?)\b/i;
const FEMALE = /\b(?:she|her|hers|herself|Ms\.?|Mrs\.?)\b/i;
// Shared (one compiled pattern); firstPronoun leaves its lastIndex at 0.
const PRONOUN = /\b(?:he|his|him|himself|she|her|hers|herself)\b/gi;

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
  for (const [i, n] of people.entries()) {
    const key = surname(n.name);
    const title = text.slice(Math.max(0, n.start - 5), n.start);
    let vote = MALE.test(title) && /Mr/.test(title) ? 1 : FEMALE.test(title) && /M(?:r)?s/.test(title) ? -1 : 0;
    // A pronoun after another person's name belongs to that person: the window stops there.
    const stop = Math.min(n.end + PRONOUN_WINDOW, people[i + 1]?.start ?? text.length);
    const window = text.slice(n.end, Math.max(n.end, stop));
    // Pronouns that are themselves the speakers being resolved ("..., she said") cannot vote: that would be circular.
    const first = firstPronoun(window, n.end, ignore);
    if (first !== undefined) vote += /^(?:he|his|him|himself)$/i.test(first) ? 1 : -1;
    votes.set(key, (votes.get(key) ?? 0) + vote);
    // Also by full name: Mary, Liz and Dick Cheney share a surname but not a gender.
    if (n.name.includes(' ')) votes.set(n.name, (votes.get(n.name) ?? 0) + vote);
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) if (v !== 0) out.set(key, v > 0 ? 'male' : 'female');
  return out;
}

/** The first third-person pronoun in `window` (which starts at `offset` in the text) not at an `ignore`d offset. */
function firstPronoun(window: string, offset: number, ignore: ReadonlySet<number>): string | undefined {
  PRONOUN.lastIndex = 0;
  try {
    // Stops at the first that counts, instead of collecting every match of the window first.
    for (let m = PRONOUN.exec(window); m !== null; m = PRONOUN.exec(window)) if (!ignore.has(offset + m.index)) return m[0];
    return undefined;
  } finally {
    PRONOUN.lastIndex = 0;
  }
}

export function surname(name: string): string {
  return name.split(' ').pop() ?? name;
}

export function pronounGender(pronoun: string): Gender | undefined {
  if (/^he$/i.test(pronoun)) return 'male';
  if (/^she$/i.test(pronoun)) return 'female';
  return undefined;
}
