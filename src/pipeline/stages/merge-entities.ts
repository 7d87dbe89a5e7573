import type { EntityMention, EntityType } from '../../model/analyzed-article.ts';
import type { SourceSpan } from '../../model/span.ts';
import type { BriefEntity } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { isGenderedFirstName } from '../../nlp/quotes/guess-genders.ts';

interface Mention {
  readonly articleId: string;
  readonly mention: EntityMention;
  readonly form: string;
  /** An adjective joined to its place ("Russian"): an alias, never the display name. */
  readonly adjective?: boolean;
  /** A newspaper's short name joined to its long form ("Times" of "The New York Times"): never the display name. */
  readonly short?: boolean;
}

interface Group {
  readonly key: string;
  readonly mentions: Mention[];
}

const JOINERS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la']);

/**
 * Story stage: one entry per real-world entity. Mentions merge when they are the same name up to case, spelling
 * (British and American) and punctuation ("Nato" = "NATO"), when one is the acronym of the other ("North Atlantic
 * Treaty Organization" = "NATO", "U.S." = "United States"), when two full names differ only by middle names or
 * initials ("Anthony D. Weiner" = "Anthony Weiner"), when a person's surname matches exactly one full name
 * ("Sherman" = "Wendy Sherman"), or when an adjective is the place's ("Afghan" = "Afghanistan"). The display name is
 * the most frequent full form.
 */
export function mergeEntities(story: Story): BriefEntity[] {
  const all: Mention[] = story.articles.flatMap((a) =>
    a.entities.map((mention) => ({ articleId: a.id, mention, form: displayForm(a.text, mention.start, mention.end, cleanForm(mention.name)) })),
  );
  const mentions = all.filter((m) => m.mention.type !== 'other');
  // "Russian", "Afghan" (typed other) are listed under the place they are the adjective of, never on their own.
  // The tagger sometimes types them as places ("Crimean"): a one-word place ending like an adjective counts too when
  // the story also names the place itself (checked in mergeDemonyms).
  const adjectives = all.filter((m) => (m.mention.type === 'other' || (m.mention.type === 'place' && /(?:ian|ean|an|ese)$/.test(m.form))) && !/\s/.test(m.form));
  // A 200-article story mentions a few hundred names thousands of times, and a key is a dozen regex replacements: each
  // form's key is made once (a memo local to this call, so nothing depends on what ran before).
  const keys = new Map<string, string>();
  const keyOf = (form: string): string => {
    let key = keys.get(form);
    if (key === undefined) keys.set(form, (key = nameKey(form)));
    return key;
  };
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    // "The Huffington Post" = "Huffington Post", "The Justice Department" = "Justice Department": a leading article
    // is house style, not part of an organization's or place's name (people's names never start with it).
    const key = m.mention.type === 'person' ? keyOf(m.form) : keyOf(m.form).replace(/^the (?=\S)/, '');
    if (!key) continue;
    const g = groups.get(key) ?? { key, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  const merged = mergeAcronymRuns(
    mergeParenthesisedAcronyms(
      mergeAcronyms(mergeShortOrganizationNames(mergeFirstNames(mergeSurnames(mergeNameVariants(mergeDemonyms([...groups.values()], adjectives, keyOf)))))),
      story.articles,
    ),
  );
  return merged
    .map(toBriefEntity)
    .filter((e): e is BriefEntity => e !== undefined)
    .sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Canonical name → its aliases, for resolving quote speakers and other mentions to one name. */
export function aliasIndex(entities: readonly BriefEntity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const key = nameKey(cleanForm(alias));
      if (key && !index.has(key)) index.set(key, e.name);
    }
  }
  return index;
}

// A dateline's place is capitalized by house style ("WASHINGTON —", "FERGUSON, Mo. --", "GENEVA (Reuters) -"): it
// opens a line and is followed by a comma, a dash or the agency in parentheses.
const DATELINE_AFTER = /^\s*(?:,|\(|[-–—])/;

/**
 * The name as a reader should see it: a place written in capitals only because it opens a dateline is shown in
 * ordinary case ("Washington"); capitals anywhere else (acronyms, "NATO") are kept as written.
 */
function displayForm(text: string, start: number, end: number, form: string): string {
  if (/\p{Ll}/u.test(form) || !/\p{Lu}{2}/u.test(form)) return form;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '' || !DATELINE_AFTER.test(text.slice(end, end + 3))) return form;
  return form.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function cleanForm(name: string): string {
  return name.replace(/[’']s$/u, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Case-, punctuation- and spelling-insensitive key: "Organisation" = "organization", "U.S." = "us", and British
 * spellings as American ones ("Defence" = "defense", "Labour" = "labor", "Centre" = "center").
 */
export function nameKey(form: string): string {
  return form
    // "Raúl Labrador" = "Raul Labrador": outlets differ on accents, a reader does not.
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/isation\b/g, 'ization')
    .replace(/(?<=\p{L}{3})our\b/gu, 'or')
    .replace(/(?<=\p{L}{3})tre\b/gu, 'ter')
    .replace(/\b(def|off|lic)ence\b/g, '$1ense')
    // "Co-operation", "co-ordination": the British hyphen after "co" before a vowel.
    .replace(/\bco-(?=[aeiou])/g, 'co')
    .replace(/[.\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(form: string): string[] {
  return form.split(/[\s-]+/).filter(Boolean);
}

// Words that do not tell two people apart: middle initials and generational suffixes.
const NAME_NOISE = /^(?:\p{L}|jr|sr|ii|iii|iv)$/u;

/**
 * English short forms of first names that stand for one full name only, so "Dick Blumenthal" = "Richard Blumenthal".
 * Forms shared by two names (Ted: Edward or Theodore; Pat: Patrick or Patricia; Jack, Harry, Mitch, often given
 * names themselves) are left out: with them a nickname could join two different people.
 */
const NICKNAMES: Readonly<Record<string, string>> = {
  dick: 'richard', rick: 'richard', rich: 'richard', bill: 'william', billy: 'william', will: 'william',
  bob: 'robert', bobby: 'robert', rob: 'robert', jim: 'james', jimmy: 'james', mike: 'michael', tom: 'thomas',
  tommy: 'thomas', joe: 'joseph', chuck: 'charles', charlie: 'charles', chris: 'christopher', dave: 'david',
  dan: 'daniel', danny: 'daniel', ed: 'edward', eddie: 'edward', liz: 'elizabeth', beth: 'elizabeth',
  betsy: 'elizabeth', kathy: 'katherine', kate: 'katherine', sue: 'susan', steve: 'stephen', steven: 'stephen',
  tony: 'anthony', nick: 'nicholas', andy: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin',
  greg: 'gregory', jeff: 'jeffrey', jerry: 'gerald', larry: 'lawrence', matt: 'matthew', pete: 'peter',
  ron: 'ronald', don: 'donald', tim: 'timothy', ken: 'kenneth', jen: 'jennifer', jenny: 'jennifer', vicky: 'victoria',
  bibi: 'benjamin',
};

/**
 * "Anthony D. Weiner" = "Anthony Weiner", "Hillary Rodham Clinton" = "Hillary Clinton", "Eric H. Holder Jr." =
 * "Eric Holder": person names with the same first and last name, one adding only middle names or initials, are one
 * person when no third full name shares that first and last name with different middle names. A first name's
 * short form counts as the name ("Dick Blumenthal" = "Richard Blumenthal").
 */
function mergeNameVariants(groups: Group[]): Group[] {
  const byCore = new Map<string, Group[]>();
  for (const g of groups) {
    if (majorityType(g) !== 'person') continue;
    const w = words(g.key).filter((x) => !NAME_NOISE.test(x));
    if (w.length < 2) continue;
    const first = w[0] ?? '';
    const core = `${NICKNAMES[first] ?? first} ${w.at(-1)}`;
    byCore.set(core, [...(byCore.get(core) ?? []), g]);
  }
  const absorbed = new Set<Group>();
  for (const variants of byCore.values()) {
    if (variants.length < 2) continue;
    // The one with the most mentions keeps them all; its display form is settled later by frequency.
    const [keep, ...rest] = [...variants].sort((a, b) => b.mentions.length - a.mentions.length || a.key.length - b.key.length);
    if (!keep) continue;
    for (const r of rest) {
      keep.mentions.push(...r.mentions);
      absorbed.add(r);
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}

// Adjectives whose stem is not their place's: the rest follow the suffix rule in `demonymStem`.
const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  british: 'britain', french: 'france', dutch: 'netherlands', swiss: 'switzerland', welsh: 'wales', irish: 'ireland',
  scottish: 'scotland', spanish: 'spain', danish: 'denmark', swedish: 'sweden', finnish: 'finland', polish: 'poland',
  turkish: 'turkey', greek: 'greece', filipino: 'philippines', thai: 'thailand', peruvian: 'peru', norwegian: 'norway',
};

/** "ukrainian" → "ukrain", "russian" → "russia", "afghan" → "afghan", "israeli" → "israel", "chinese" → "chin". */
function demonymStem(adjective: string): string | undefined {
  const m = /^(\p{L}{3,}?)(?:ian|ean|an|ese|i|n)$/u.exec(adjective);
  return m?.[1];
}

/**
 * Adjectival forms of a place ("Afghan", "Ukrainian", "British") join the place when the story names it: the
 * adjective's stem begins the place's one-word name ("afghan" → Afghanistan), or a short table says which it is.
 */
function mergeDemonyms(groups: Group[], adjectives: readonly Mention[], keyOf: (form: string) => string): Group[] {
  const places = groups.filter((g) => majorityType(g) === 'place' && words(g.key).length === 1);
  const joined = new Set<string>();
  for (const m of adjectives) {
    const key = keyOf(m.form);
    const irregular = IRREGULAR_DEMONYMS[key];
    const stem = demonymStem(key);
    const place = places.find((p) => p.key !== key && (p.key === irregular || (stem !== undefined && stem.length >= 4 && p.key.startsWith(stem))));
    if (place === undefined) continue;
    place.mentions.push({ ...m, adjective: true, mention: { ...m.mention, type: 'place' } });
    if (m.mention.type === 'place') joined.add(key);
  }
  // An adjective the tagger typed as a place also formed a group of its own; it now lives under its place.
  return groups.filter((g) => !joined.has(g.key));
}

function mergeSurnames(groups: Group[]): Group[] {
  const persons = groups.filter((g) => majorityType(g) === 'person');
  const full = persons.filter((g) => words(g.key).length >= 2);
  // Full names by their last word (in story order), read once: a story has thousands of bare names to look up.
  const fullEndingWith = new Map<string, Group[]>();
  for (const f of full) {
    // "Samuel A. Alito Jr.": the surname is the last word before a generational suffix (an initial is never last).
    const last = words(f.key).filter((x) => !NAME_NOISE.test(x)).at(-1) ?? '';
    fullEndingWith.set(last, [...(fullEndingWith.get(last) ?? []), f]);
  }
  const out: Group[] = [];
  const absorbed = new Set<Group>();
  // Bare surnames the tagger typed as people, or as organizations (it knows "Blinken" less well than "Antony Blinken");
  // a one-word place stays a place ("Washington" is not George Washington).
  // A hyphenated surname written alone ("Holtz-Eakin" after "Douglas Holtz-Eakin") is one word too: its key has two.
  const surnames = groups.filter((g) => (words(g.key).length === 1 || hyphenatedWord(g)) && majorityType(g) !== 'place');
  for (const g of surnames) {
    // A bare surname joins a full name only when exactly one full name in the story ends with it.
    const targets = words(g.key).length === 1 ? (fullEndingWith.get(g.key) ?? []) : full.filter((f) => f !== g && f.key.endsWith(' ' + g.key));
    const target = targets[0];
    if (targets.length === 1 && target && target !== g) {
      // The full name settles the type: those mentions were the person all along.
      target.mentions.push(...g.mentions.map((m) => ({ ...m, mention: { ...m.mention, type: 'person' as const } })));
      absorbed.add(g);
    } else if (targets.length > 1) {
      moveTitledSurnames(g, targets);
      if (g.mentions.length === 0) absorbed.add(g);
    }
  }
  for (const g of groups) if (!absorbed.has(g)) out.push(g);
  return out;
}

/** A name every mention writes as one hyphenated word ("Holtz-Eakin", "Townsend-Saunders"). */
function hyphenatedWord(g: Group): boolean {
  return g.mentions.every((m) => /^[\p{L}'’]+(?:-[\p{L}'’]+)+$/u.test(m.form));
}

/**
 * "Eric is a good friend" (a quote of Labrador's about Eric Cantor), "Sasha" beside "Sasha Obama": a listed first name
 * written alone is the one person of the story whose full name opens with it. Not with a title before it ("Queen
 * Elizabeth" is nobody's first name alone), nor when two full names share it.
 */
function mergeFirstNames(groups: Group[]): Group[] {
  const full = groups.filter((g) => majorityType(g) === 'person' && words(g.key).length >= 2);
  const byFirst = new Map<string, Group[]>();
  for (const f of full) {
    const first = words(f.key)[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), f]);
  }
  const absorbed = new Set<Group>();
  for (const g of groups) {
    if (words(g.key).length !== 1 || majorityType(g) !== 'person') continue;
    if (!isGenderedFirstName(g.key)) continue;
    if (g.mentions.some((m) => m.mention.title !== undefined)) continue;
    // The name as written only: through its short forms "Sam" (of "Sam's Club") had become Samuel Alito's.
    const targets = byFirst.get(g.key) ?? [];
    const target = targets[0];
    if (targets.length !== 1 || target === undefined) continue;
    target.mentions.push(...g.mentions);
    absorbed.add(g);
  }
  return groups.filter((g) => !absorbed.has(g));
}

// Suffixes of a company's legal name: "Wal-Mart Stores Inc." is the "Wal-Mart" of the same story.
const CORPORATE_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'llc', 'llp', 'plc', 'lp', 'ag', 'sa', 'nv']);
// Last words of newspaper names, which a report shortens to that word: "the Times" after "The New York Times".
const NEWSPAPER_HEADS = new Set(['times', 'post', 'journal', 'globe', 'tribune', 'herald', 'chronicle', 'gazette', 'examiner', 'inquirer', 'star']);

/**
 * "Wal-Mart" = "Wal-Mart Stores Inc.", "the Times" = "The New York Times": an organization's short name joins its
 * long form when exactly one organization of the story fits it. A long form ending in a corporate suffix takes the
 * names its words start with ("Wal-Mart", "Wal-Mart Stores"); a newspaper's head word alone ("Times", "Post") takes
 * the one newspaper of the story ending in it. Two newspapers ending in it ("New York Times", "Financial Times")
 * leave it alone.
 */
function mergeShortOrganizationNames(groups: Group[]): Group[] {
  const organizations = groups.filter((g) => majorityType(g) === 'organization');
  // Each name's words, split once: every organization is compared with every other (a 200-article story has
  // hundreds), and splitting inside that loop was most of the stage's garbage.
  const wordsOf = new Map(organizations.map((g) => [g, words(g.key)]));
  const absorbed = new Set<Group>();
  for (const short of organizations) {
    const w = wordsOf.get(short) ?? [];
    const longer = organizations.filter((g) => {
      if (g === short || absorbed.has(g)) return false;
      const gw = wordsOf.get(g) ?? [];
      if (gw.length <= w.length) return false;
      if (w.length === 1 && NEWSPAPER_HEADS.has(w[0] ?? '') && gw.at(-1) === w[0]) return true;
      return CORPORATE_SUFFIXES.has(gw.at(-1) ?? '') && w.every((x, i) => gw[i] === x);
    });
    const target = longer[0];
    if (longer.length !== 1 || target === undefined) continue;
    // "Times" is never shown for "The New York Times"; "Wal-Mart", the name people use, may be shown for its company.
    const newspaper = w.length === 1 && NEWSPAPER_HEADS.has(w[0] ?? '');
    target.mentions.push(...short.mentions.map((m) => (newspaper ? { ...m, short: true } : m)));
    absorbed.add(short);
  }
  return groups.filter((g) => !absorbed.has(g));
}

// Title words that date or qualify a title but do not tell whose it is ("former", "ex-", "then"), and honorifics,
// which any man or woman of the family shares ("Mr." fits Dick Cheney and his brother alike).
const TITLE_QUALIFIERS = new Set(['former', 'ex', 'then', 'the', 'of', 'late', 'current', 'outgoing', 'incoming', 'mr', 'mrs', 'ms', 'miss']);

/** "Former Vice President" → {vice, president}: the words of a title that say which role it is. */
function roleWords(title: string): string[] {
  return nameKey(title).split(' ').filter((w) => w && !TITLE_QUALIFIERS.has(w));
}

/**
 * "Former Vice President Cheney" among Dick, Liz and Mary Cheney: a surname shared by several full names joins the
 * one whose titles hold every word of its own title (qualifiers such as "former" aside). Mentions without a title,
 * or whose title fits none or several, stay apart. Moves mentions out of `bare` into the one fitting full name.
 */
function moveTitledSurnames(bare: Group, targets: readonly Group[]): void {
  if (!bare.mentions.some((m) => m.mention.title !== undefined)) return;
  const titles = targets.map((t) => new Set(t.mentions.flatMap((m) => (m.mention.title === undefined ? [] : roleWords(m.mention.title)))));
  const keep: Mention[] = [];
  for (const m of bare.mentions) {
    const words = m.mention.title === undefined ? [] : roleWords(m.mention.title);
    const fitting = words.length === 0 ? [] : targets.filter((_, i) => words.every((w) => titles[i]?.has(w)));
    const target = fitting[0];
    if (fitting.length === 1 && target !== undefined) target.mentions.push({ ...m, mention: { ...m.mention, type: 'person' } });
    else keep.push(m);
  }
  bare.mentions.splice(0, bare.mentions.length, ...keep);
}

function mergeAcronyms(groups: Group[]): Group[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const absorbed = new Set<Group>();
  for (const g of groups) {
    const w = words(g.key);
    if (w.length < 2) continue;
    const initials = w.filter((x) => !JOINERS.has(x)).map((x) => x[0]).join('');
    // Two letters are too ambiguous for anything but "US"/"UK"-style country acronyms, which are places.
    if (initials.length < 2) continue;
    const short = byKey.get(initials);
    if (!short || short === g || absorbed.has(short)) continue;
    if (initials.length === 2 && majorityType(g) !== 'place') continue;
    // "Deuel County" is never written "D.C.": a place named by a generic head ("County", "City") has no acronym.
    if (initials.length === 2 && PLACE_HEADS.has(w.at(-1) ?? '')) continue;
    g.mentions.push(...short.mentions);
    absorbed.add(short);
  }
  return groups.filter((g) => !absorbed.has(g));
}

// An acronym as written: two to eight capitals, with or without periods ("ATF", "F.B.I.", "USCCB").
const ACRONYM_FORM = /^(?:\p{Lu}\.?){2,8}$/u;
// Between a long name and its acronym: " (" then the acronym then ")" ("Joint Committee on Taxation (JCT)").
const OPEN_PARENTHESIS = /^\s?\(/;
const CLOSE_PARENTHESIS = /^\)/;

/** The letters of an acronym mention ("F.B.I." → "fbi"), or undefined when the form is no acronym. */
function acronymLetters(form: string): string | undefined {
  return ACRONYM_FORM.test(form) ? form.replace(/\./g, '').toLowerCase() : undefined;
}

/**
 * The initials of a long name, one per word, and every letter of a word written as an acronym: "U.S. Conference of
 * Catholic Bishops" → "usccb", "Bureau of Alcohol, Tobacco, Firearms and Explosives" → "batfe" (joiners left out).
 * With `firstLettersOnly`, a word written as an acronym gives no letters but breaks the run ("ABC News" → "·n").
 */
function nameInitials(form: string, withJoiners: boolean, firstLettersOnly = false): string {
  return form
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}.]/gu, ''))
    .filter((w) => w !== '' && (withJoiners || !JOINERS.has(w.toLowerCase())))
    .map((w) => {
      const letters = acronymLetters(w);
      if (letters === undefined) return (w[0] ?? '').toLowerCase();
      return firstLettersOnly ? '·' : letters;
    })
    .join('');
}

/** True when the letters of `short` appear in order within `long` ("atf" in "bureau of alcohol ...": b-a-t-f-e). */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)", "National Security Agency (NSA)": an acronym in
 * parentheses right after a long name is that name's short form, when its letters are initials of the long name's
 * words in order (joiners included: "Department of Justice (DOJ)"). The letter check keeps "World Trade Center (NYC)"
 * and a dateline's "Denver (AP)" apart. The two groups join wherever either is named in the story.
 */
function mergeParenthesisedAcronyms(groups: Group[], articles: Story['articles']): Group[] {
  const groupOf = new Map<Mention, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const byArticle = new Map<string, Mention[]>();
  for (const m of groupOf.keys()) {
    const list = byArticle.get(m.articleId);
    if (list === undefined) byArticle.set(m.articleId, [m]);
    else list.push(m);
  }
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const into = new Map<Group, Group>();
  const root = (g: Group): Group => {
    let r = g;
    while (into.has(r)) r = into.get(r) as Group;
    return r;
  };
  for (const [articleId, mentions] of byArticle) {
    const text = texts.get(articleId) ?? '';
    const byStart = new Map(mentions.map((m) => [m.mention.start, m]));
    for (const long of mentions) {
      if (words(long.form).length < 2) continue;
      // Read a few characters only: a search for the next "(" would scan the rest of the article for every name.
      const open = OPEN_PARENTHESIS.exec(text.slice(long.mention.end, long.mention.end + 4));
      if (open === null) continue;
      const short = byStart.get(long.mention.end + open[0].length);
      const letters = short === undefined ? undefined : acronymLetters(short.form);
      if (short === undefined || letters === undefined || !CLOSE_PARENTHESIS.test(text.slice(short.mention.end))) continue;
      if (!inOrder(letters, nameInitials(long.form, true))) continue;
      const a = root(groupOf.get(long) as Group);
      const b = root(groupOf.get(short) as Group);
      // "TPP" already joined to "Tea Party Patriots" in this story, then "Trans-Pacific Partnership (TPP)" in another
      // article (PolNeAR train): an acronym standing for another long name, or a long name already known by another
      // acronym, is ambiguous in this story, and neither joins.
      if (a === b || hasLongForm(b) || hasOtherAcronym(a, letters)) continue;
      into.set(b, a);
    }
  }
  if (into.size === 0) return groups;
  for (const g of into.keys()) root(g).mentions.push(...g.mentions);
  return groups.filter((g) => !into.has(g));
}

// An acronym shorter than this is not matched inside a longer name's initials: two letters occur in too many names.
const MIN_RUN_LETTERS = 3;

/**
 * "ATF" beside "Bureau of Alcohol, Tobacco, Firearms and Explosives" (HuffPost and NYT, basil-dev), "HHS" beside
 * "Department of Health and Human Services", "USCCB" beside "U.S. Conference of Catholic Bishops" (HuffPost and Fox,
 * basil-dev): an organization written only as an acronym of three letters or more joins the one organization of the
 * story whose word initials are its letters (an acronym word in the name giving all its letters), or hold them as an
 * unbroken run of first letters (agencies are often known by a run of their initials). A name's own acronym word is
 * no run: "ABC" is not "ABC News" (a network and its news division). Two candidates leave it alone.
 */
function mergeAcronymRuns(groups: Group[]): Group[] {
  const organizations = groups.filter((g) => majorityType(g) === 'organization');
  const initialsOf = new Map(
    organizations.map((g) => {
      const long = g.mentions.filter((m) => words(m.form).length >= 2);
      return [g, { whole: new Set(long.map((m) => nameInitials(m.form, false))), runs: new Set(long.map((m) => nameInitials(m.form, false, true))) }];
    }),
  );
  const absorbed = new Set<Group>();
  for (const short of organizations) {
    const letters = [...new Set(short.mentions.map((m) => acronymLetters(m.form)))];
    const run = letters[0];
    if (letters.length !== 1 || run === undefined || run.length < MIN_RUN_LETTERS) continue;
    // "PAC" is a run of "American Israel Public Affairs Committee" (PolNeAR train), which the story calls "AIPAC": a
    // name the story already shortens to another acronym is not a candidate.
    const longer = organizations.filter((g) => g !== short && !absorbed.has(g) && fits(initialsOf.get(g), run) && !hasOtherAcronym(g, run));
    const target = longer[0];
    if (longer.length !== 1 || target === undefined) continue;
    target.mentions.push(...short.mentions);
    absorbed.add(short);
  }
  return groups.filter((g) => !absorbed.has(g));
}

/** A group holding a name of two words or more ("Tea Party Patriots" in the group of "TPP"). */
function hasLongForm(g: Group): boolean {
  return g.mentions.some((m) => words(m.form).length >= 2);
}

/** A group holding an acronym other than `letters` ("AIPAC" in the group of "American Israel Public Affairs Committee"). */
function hasOtherAcronym(g: Group, letters: string): boolean {
  return g.mentions.some((m) => {
    const other = acronymLetters(m.form);
    return other !== undefined && other !== letters;
  });
}

function fits(initials: { whole: ReadonlySet<string>; runs: ReadonlySet<string> } | undefined, acronym: string): boolean {
  if (initials === undefined) return false;
  return initials.whole.has(acronym) || [...initials.runs].some((r) => r.includes(acronym));
}

// Generic heads of place names: "X County", "X City", "X River" are named in full, never by initials.
const PLACE_HEADS = new Set('county city town village river lake island islands valley bay beach park mountain mountains hill street avenue square'.split(' '));

function majorityType(g: Group): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of g.mentions) counts.set(m.mention.type, (counts.get(m.mention.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

function toBriefEntity(g: Group): BriefEntity | undefined {
  const type = majorityType(g);
  if (type === 'other') return undefined;
  const formCounts = new Map<string, number>();
  for (const m of g.mentions) formCounts.set(m.form, (formCounts.get(m.form) ?? 0) + 1);
  const adjectives = new Set(g.mentions.filter((m) => m.adjective || m.short).map((m) => m.form));
  // Display the most frequent among the longest forms (full names over surnames), acronyms upper-cased as written most.
  const maxWords = Math.max(...[...formCounts.keys()].map((f) => words(f).length));
  const name = [...formCounts.entries()]
    .filter(([f]) => (type !== 'person' || words(f).length === maxWords) && !adjectives.has(f))
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0];
  if (!name) return undefined;
  const aliases = [...formCounts.keys()].filter((f) => f !== name).sort();
  const titles = [...new Set(g.mentions.map((m) => m.mention.title).filter((t): t is string => !!t))].sort();
  const spans: SourceSpan[] = g.mentions.map((m) => ({ articleId: m.articleId, start: m.mention.start, end: m.mention.end }));
  return {
    name,
    type,
    aliases,
    titles,
    mentions: g.mentions.length,
    sources: [...new Set(g.mentions.map((m) => m.articleId))].sort(),
    spans,
  };
}
