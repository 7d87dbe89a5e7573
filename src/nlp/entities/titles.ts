// Who a title holder works for, when it leads the title ("US Deputy Secretary of State", "NATO Secretary-General").
// On their own these are names of countries and organizations, so they are titles only inside a title run.
const AFFILIATIONS: ReadonlySet<string> = new Set(
  'us u.s u.s. uk u.k u.k. eu un u.n. nato russian american ukrainian german french british chinese'.split(' '),
);

/** A word that names a role or honorific on its own (not an affiliation such as "NATO" or "US"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) && !AFFILIATIONS.has(w) && !AFFILIATIONS.has(w + '.');
}

// Words that make up titles and honorifics before a person's name ("US Deputy Secretary of State", "Mr", "Gen.").
// A title run is a sequence of these (plus "of"/"the"/"for" inside it), optionally led by a country adjective.
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady rev father sister brother ' +
    'president vice deputy prime minister secretary general secretary-general chancellor premier governor gov mayor ' +
    'senator sen sens representative rep reps congressman congresswoman speaker ambassador envoy spokesman spokeswoman spokesperson ' +
    'foreign defence defense interior finance state home affairs chief executive director chairman chairwoman chair ' +
    'head leader commander sheriff commissioner staff gen lt col maj capt sgt adm admiral colonel major captain sergeant lieutenant officer ' +
    'king queen prince princess pope cardinal bishop archbishop sheikh emir judge justice attorney counsel special ' +
    'assistant undersecretary under-secretary adviser advisor national security council coordinator official minister-president ' +
    'first senior top former acting interim')
    .split(' ')
    .concat([...AFFILIATIONS]),
);

const JOINERS = new Set(['of', 'the', 'for', 'and']);
// Title words that qualify a role or name its field but are none ("top Obama adviser", "former", "Diplomatic
// Security Charlene Lamb" cut to "Security"): without a role beside them they make no title.
const MODIFIERS = new Set(
  'first senior top former acting interim vice deputy assistant chief foreign defence defense interior finance state home affairs national security council special'.split(' '),
);

export interface TitleSplit {
  /** Offset where the title run starts (equals the name start when there is no title). */
  readonly titleStart: number;
  readonly title?: string;
}

/**
 * Finds the title written right before a name that starts at `nameStart` ("Deputy Foreign Minister Sergei Ryabkov").
 * Walks back word by word while words are title words (joiners allowed inside, never at the edge).
 */
export function titleBefore(text: string, nameStart: number): TitleSplit {
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const words = [...before.matchAll(/[\p{L}.’'-]+/gu)];
  let ok = nameStart;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    const wEnd = (w.index ?? 0) + w[0].length;
    const gap = before.slice(wEnd, i === words.length - 1 ? before.length : (words[i + 1]?.index ?? before.length));
    if (!/^\s+$/.test(gap)) break; // punctuation between words ends the title run
    // "became its president. Townsend said": a period after a word that is not an abbreviation ends a sentence.
    if (w[0].endsWith('.') && !/^(?:\p{L}{1,4}|(?:\p{L}\.)+\p{L}?)\.$/u.test(w[0])) break;
    // "ex-Vice President": "ex-" before a title word is "former".
    const lower = w[0].toLowerCase().replace(/\.$/, '').replace(/^ex-(?=\p{L})/u, '');
    const absolute = nameStart - before.length + (w.index ?? 0);
    if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower + '.')) {
      ok = absolute;
    } else if (!JOINERS.has(lower) || i === words.length - 1) break; // "her brother and Doug Brand": no title
  }
  if (ok === nameStart) return { titleStart: nameStart };
  ok = secondPersonsTitle(text, ok, nameStart);
  const title = text.slice(ok, nameStart).trim();
  // "top Obama adviser", "former": modifiers and affiliations alone are no title.
  if (!title.split(/\s+/).some((w) => isRoleWord(w) && !MODIFIERS.has(w.toLowerCase()))) return { titleStart: nameStart };
  return { titleStart: ok, title };
}

// "the President and": "the" and a capitalized role, then "and".
const FIRST_PERSON_AND = /^\p{Lu}[\p{L}.’'-]*\s+and\s+/u;

/**
 * "the President and Speaker Boehner met": "the" before a capitalized role joined by "and" names someone else, so
 * Boehner's title starts after "and" (it was "President and Speaker", and "the president" then fitted two people).
 * "chairman and chief executive W. Douglas Parker" keeps its whole title: one person's roles are written in lower case
 * or without "the".
 */
function secondPersonsTitle(text: string, titleStart: number, nameStart: number): number {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, titleStart - 4), titleStart))) return titleStart;
  const m = FIRST_PERSON_AND.exec(text.slice(titleStart, nameStart));
  return m === null || titleStart + m[0].length >= nameStart ? titleStart : titleStart + m[0].length;
}

/** Strips honorifics inside a tagged name span ("Mr. Ryabkov" → "Ryabkov", "Ms Sherman" → "Sherman"). */
export function stripHonorific(name: string): { name: string; honorific?: string } {
  const m = /^(mr|mrs|ms|miss|dr|prof|sir|dame|gen|sen|rep|gov|lt|col|capt|sgt|adm)\.?\s+(?=\p{Lu})/iu.exec(name);
  if (!m) return { name };
  return { name: name.slice(m[0].length), honorific: m[0].trim() };
}
