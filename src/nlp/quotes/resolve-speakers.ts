import type { Certainty, TextRange } from '../../model/span.ts';
import type { QuoteMention, Referent } from '../../model/analyzed-article.ts';
import { stripTitle } from './pick-speaker.ts';
import type { NameSpan, RawAttribution } from './types.ts';
import { guessGenders, isGenderedFirstName, pronounGender, surname, type Gender } from './guess-genders.ts';
import { findAntecedent, sentenceIndex, type Discourse, type SpokenBefore } from './find-antecedent.ts';
import { isTitleWord, ORGANIZATION_WORDS } from './titles.ts';
import { isRoleWord } from '../entities/titles.ts';
import { US_STATES } from '../../text/us-states.ts';
import { isSpaceCode } from '../../text/whitespace.ts';
import type { ArticleTokens } from '../../text/article-tokens.ts';

interface Resolved {
  readonly speaker: string;
  readonly range: TextRange;
  readonly certainty: Certainty;
  /** How the speaker was chosen (`QuoteMention.speakerRule`). */
  readonly rule: string;
}

const INSTITUTION_HEAD = /^(?:Department|Ministry|Office|Committee|Court|Agency|Service|Council|Bureau|Commission|Board|Administration)$/;
const THIRD_PERSON = /^(?:he|she|they)$/i;
// A speaker that ends in a plural noun ("officials", "Democrats", "sources"; not "-ss", "-us", "-is" singulars).
const PLURAL_HEAD = /(?:[^siu]s|people|police|staff)$/i;

/** speakerRule of a quote whose he/she has no fitting antecedent: `speaker` is then the pronoun as written. */
export const UNDETERMINED = 'speaker/undetermined';

/** Where the quotes sit: sentences, paragraphs and quoted stretches, for pronouns resolved across sentences. */
export interface QuoteLayout {
  readonly sentences: readonly TextRange[];
  readonly paragraphs: readonly TextRange[];
  readonly quoted: readonly TextRange[];
  /** The article's tokens, if made already (`tokensIn`). */
  readonly tokens?: ArticleTokens | undefined;
}

/**
 * Turns raw attributions (in text order) into QuoteMentions: titles stripped, a bare surname resolved to the full
 * name seen earlier ("Ryabkov" → "Sergei Ryabkov"), he/she resolved the way a reader does it (see findAntecedent),
 * "the former vice president" resolved to the person the article gave that title, untagged follow-up quotes given
 * the speaker of the quote before them. A he/she with no fitting antecedent keeps the pronoun as written with
 * speakerRule `speaker/undetermined` instead of a guess.
 */
export function resolveSpeakers(
  text: string,
  raws: readonly RawAttribution[],
  names: readonly NameSpan[],
  layout: QuoteLayout = { sentences: [], paragraphs: [], quoted: [] },
): QuoteMention[] {
  const out: QuoteMention[] = [];
  const pronouns = raws.flatMap((r) => (r.speaker?.kind === 'pronoun' ? [r.speaker.start] : []));
  const ctx = resolveContext(text, names, speakerNames(raws), pronouns, layout);
  const spoken: SpokenBefore[] = [];
  let previous: Resolved | undefined;
  for (const raw of [...raws].sort((a, b) => a.start - b.start)) {
    const resolved = resolveOne(ctx, raw, previous, spoken);
    out.push(toMention(text, raw, resolved));
    if (resolved !== undefined) {
      previous = resolved;
      spoken.push({ at: raw.start, speaker: resolved.speaker, range: resolved.range });
    }
  }
  return out;
}

// A sentence of narration that opens with its subject pronoun, then a lower-case word (its verb or an adverb): "He
// chuckled and smirked", "She also served". Not "He's" (a contraction the verb test would miss) nor inside quotes.
const SUBJECT_PRONOUN = /^(He|She)(?= \p{Ll})/u;

/**
 * Who "He"/"She" opening a sentence of narration stands for, found the way a quote's he/she is (findAntecedent over the
 * article's sentences, gender guessed from the text, the speakers of earlier quotes as candidates). A brief that shows
 * such a sentence alone ("He said that Officer Darren Wilson … had been interviewed") can say who it is about. Only
 * sentences with a fitting person within reach get a referent; the others are left out, not guessed.
 */
export function resolveSubjects(
  text: string,
  names: readonly NameSpan[],
  layout: QuoteLayout,
  quotes: readonly QuoteMention[],
): Referent[] {
  const openers: { readonly start: number; readonly end: number; readonly pronoun: string }[] = [];
  for (let i = 0; i < layout.sentences.length; i++) {
    const sentence = layout.sentences[i] as TextRange;
    let start = sentence.start;
    while (start < sentence.end && isSpaceCode(text.charCodeAt(start))) start++;
    // Only a sentence opening with "H" or "S" can (most open otherwise): no slice or match for the others.
    const c = text.charCodeAt(start);
    if (start >= sentence.end || (c !== 72 && c !== 83)) continue;
    const m = SUBJECT_PRONOUN.exec(text.slice(start, Math.min(sentence.end, start + 12)));
    if (m?.[1] && !layout.quoted.some((q) => q.start <= start && start < q.end)) openers.push({ start, end: start + m[1].length, pronoun: m[1] });
  }
  if (openers.length === 0) return [];
  const spokenNames = quotes.flatMap((q) => (q.speakerRange && q.speakerRule === 'speaker/named' && q.speaker ? [{ ...q.speakerRange, name: q.speaker, type: 'other' as const }] : []));
  const ctx = resolveContext(text, names, spokenNames, openers.map((o) => o.start), layout);
  const spoken: SpokenBefore[] = quotes.flatMap((q) =>
    q.speaker && q.speakerRange && q.speakerRule !== UNDETERMINED ? [{ at: q.start, speaker: q.speaker, range: q.speakerRange }] : [],
  );
  return openers.flatMap((o) => {
    const before = spoken.filter((q) => q.at < o.start);
    const found = findAntecedent(ctx.discourse, o.start, (n) => compatible(ctx, n, o.pronoun), before, new RegExp(`^${o.pronoun}$`, 'i'));
    return found === undefined ? [] : [{ ...o, name: fullName(stripTitle(found.speaker), ctx.names, found.range.start), rule: found.rule }];
  });
}

/**
 * What resolving a he/she needs, for quotes' speakers and sentence subjects alike: genders guessed from the text
 * (the pronouns being resolved do not vote), the persons' surnames, and the discourse with the people a he/she can
 * stand for (persons, and names found speaking).
 */
function resolveContext(
  text: string,
  names: readonly NameSpan[],
  spokenNames: readonly NameSpan[],
  pronounStarts: readonly number[],
  layout: QuoteLayout,
): ResolveContext {
  const genders = guessGenders(text, [...names, ...spokenNames], new Set(pronounStarts));
  const spokenSurnames = new Set(spokenNames.map((n) => surname(stripTitle(n.name))));
  const people = [...names.filter((n) => n.type === 'person' || spokenSurnames.has(surname(n.name)))].sort((a, b) => a.start - b.start);
  const fullNameSurnames = new Set(names.filter((n) => n.type === 'person' && n.name.includes(' ')).map((n) => surname(n.name)));
  return {
    names: names.map((n) => (sharesSurname(text, n, fullNameSurnames) ? { ...n, sharedSurname: true } : n)),
    genders,
    people: new Set(names.filter((n) => n.type === 'person').map((n) => surname(n.name))),
    discourse: { text, sentences: layout.sentences, paragraphs: layout.paragraphs, quoted: layout.quoted, people, tokens: layout.tokens },
  };
}

interface ResolveContext {
  readonly names: readonly NameSpan[];
  readonly genders: ReadonlyMap<string, Gender>;
  /** Surnames of names typed as persons: "he"/"she" never stand for "Russia" or "the Pentagon". */
  readonly people: ReadonlySet<string>;
  readonly discourse: Discourse;
}

// "she" cannot be Sergei Ryabkov when the text calls him "he": skip antecedents of the other gender.
function compatible(ctx: ResolveContext, speaker: string, pronoun: string): boolean {
  // "they" stands for a group ("F.B.I. officials said, although they said …"), never for one person the text names
  // (it gave "Huma Abedin", the sentence before: news of the time keeps singular "they" for unnamed people) nor for
  // one thing ("They say it would be a mistake", of Bloomberg and other supporters, gave "the poll"): a plural.
  if (/^they$/i.test(pronoun)) return !ctx.people.has(surname(speaker)) && !ctx.genders.has(surname(speaker)) && PLURAL_HEAD.test(speaker);
  const want = pronounGender(pronoun);
  // A person is a name typed so, or one a he/she refers back to; "Russia" is neither.
  if (want !== undefined && !ctx.people.has(surname(speaker)) && !ctx.genders.has(surname(speaker))) return false;
  const have = ctx.genders.get(speaker) ?? ctx.genders.get(surname(speaker));
  return want === undefined || have === undefined || want === have;
}

function resolveOne(ctx: ResolveContext, raw: RawAttribution, previous: Resolved | undefined, spoken: readonly SpokenBefore[]): Resolved | undefined {
  const { names } = ctx;
  const s = raw.speaker;
  if (s === undefined) {
    // A follow-up of an undetermined "he" is just as undetermined: it says so rather than passing as resolved.
    const rule = previous?.rule === UNDETERMINED ? UNDETERMINED : 'speaker/previous-quote';
    return previous && { ...previous, certainty: raw.speakerCertainty ?? 'inferred', rule };
  }
  const range = { start: s.start, end: s.end };
  if (s.kind === 'name') {
    // "RNC Chair Reince Priebus": when a person's name ends the phrase, the words before it are a title.
    const person = names.find((n) => n.type === 'person' && n.start > s.start && n.end === s.end);
    const stripped = stripTitle(person?.name ?? s.text);
    // An institution keeps the words stripping would take for a title: "Justice Department" (stripping leaves only
    // its head noun), and an organization's whole name when what is left still ends in an organization's head word
    // ("The Republican Governors Association announced" was "Governors Association"; a span typed organization can
    // also hold a person's title, "Senate Majority Leader Mitch McConnell", where stripping is right).
    const organization =
      person === undefined &&
      ORGANIZATION_WORDS.has((stripped.split(/\s+/).at(-1) ?? '').toLowerCase()) &&
      names.some((n) => n.type === 'organization' && n.start <= s.start && s.end <= n.end);
    const name = person === undefined && (organization || INSTITUTION_HEAD.test(stripped)) ? s.text : stripped;
    // A name the quote's own words are not tagged with (the subject of the sentence before it) is inferred.
    return { speaker: fullName(name, names, s.start), range, certainty: raw.speakerCertainty ?? 'stated', rule: 'speaker/named' };
  }
  if (s.kind === 'pronoun' && THIRD_PERSON.test(s.text)) {
    if (ctx.discourse.sentences.length === 0) return legacyPronoun(ctx, s.text, s.start, range, spoken);
    const pronoun = new RegExp(`^${s.text}$`, 'i');
    const found = findAntecedent(ctx.discourse, s.start, (n) => compatible(ctx, n, s.text), spoken, pronoun, { start: raw.start, end: raw.end });
    // No fitting person within reach: the pronoun stays as written and the rule says the speaker is undetermined.
    if (found === undefined) return { speaker: s.text, range, certainty: 'inferred', rule: UNDETERMINED };
    return { speaker: fullName(stripTitle(found.speaker), names, found.range.start), range, certainty: 'inferred', rule: found.rule };
  }
  // "“...,” it says": "it" is never a person. It stands for what spoke in the sentence before (a report, a cable, a
  // group quoted there); with none, it is left undetermined rather than shown as a speaker named "it".
  if (s.kind === 'pronoun' && /^it$/i.test(s.text)) {
    // Counted from where the quote opens: "“But since then, his fortunes have changed. …,” it further wrote".
    const said = previous !== undefined && previous.rule !== UNDETERMINED && spokeJustBefore(ctx, spoken, Math.min(raw.start, s.start)) ? previous : undefined;
    // A name typed an organization is one whatever pronoun a quote of it holds ("He continues …" in the Times' words
    // made "Times" male).
    const organization = said !== undefined && ctx.names.some((n) => n.type === 'organization' && n.name === said.speaker);
    if (said !== undefined && !ctx.people.has(surname(said.speaker)) && (organization || !ctx.genders.has(surname(said.speaker)))) {
      return { speaker: said.speaker, range, certainty: 'inferred', rule: 'speaker/previous-quote' };
    }
    return { speaker: s.text, range, certainty: 'inferred', rule: UNDETERMINED };
  }
  if (s.kind === 'phrase') {
    const author = documentAuthor(ctx, s.text, s.start, spoken);
    if (author !== undefined) return { speaker: author, range, certainty: 'inferred', rule: 'speaker/document-author' };
    const titled = titledPerson(ctx, s.text, s.start);
    if (titled !== undefined) return { speaker: titled, range, certainty: 'inferred', rule: 'speaker/title-phrase' };
    // "Deputy US Secretary of State Wendy Sherman" where the name finder saw no name: title words, then a name.
    const bare = stripTitle(s.text);
    if (bare !== s.text && /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(bare)) {
      return { speaker: fullName(bare, names, s.start), range, certainty: 'stated', rule: 'speaker/named' };
    }
  }
  return { speaker: s.text, range, certainty: 'stated', rule: s.kind === 'pronoun' ? 'speaker/pronoun-as-written' : 'speaker/phrase' };
}

// "the statement said", "the letter reads": a document speaks for whoever issued it.
// ("The Post said" is a newspaper, "the note" too often a musical or bank one: neither is listed.)
const DOCUMENT_SPEAKER = /^(?:the|that|this)\s+(statement|release|letter|memo|email|e-mail|filing|tweet|communiqu[eé])$/i;
// How far back the document's first mention may stand: a few paragraphs.
const DOCUMENT_REACH_CHARS = 2000;

/**
 * "“…,” Fox News said in a statement. … “…,” the statement said.": the statement is Fox News speaking. The author is
 * whoever was quoted in the sentence where the document last stood as the means of saying ("X said in a statement",
 * "in a written statement"). A mention of another kind, or a name merely standing there, is not taken: "The Trump
 * campaign sent a fundraising email", "an email was sent from the club's executive director, Jeremy Boreing" (PolNeAR)
 * name a modifier or the sender after the noun; the phrase then stays as written.
 */
function documentAuthor(ctx: ResolveContext, phrase: string, at: number, spoken: readonly SpokenBefore[]): string | undefined {
  const noun = DOCUMENT_SPEAKER.exec(phrase)?.[1];
  if (noun === undefined) return undefined;
  const { text, sentences } = ctx.discourse;
  const own = sentences.find((s) => s.start <= at && at < s.end);
  const from = Math.max(0, at - DOCUMENT_REACH_CHARS);
  // "said in a statement", "in a written statement", "in their letter": the frame that makes the quoted one its author.
  const mentions = [...text.slice(from, own?.start ?? at).matchAll(new RegExp(`\\bin (?:a|an|the|its|his|her|their)\\s+(?:[a-z-]+\\s+)?${noun}\\b`, 'gi'))];
  const last = mentions.at(-1);
  if (last === undefined) return undefined;
  const where = from + (last.index ?? 0) + last[0].length - noun.length;
  const sentence = sentences.find((s) => s.start <= where && where < s.end);
  if (sentence === undefined) return undefined;
  const speaker = [...spoken].reverse().find((sp) => sp.range.start >= sentence.start && sp.range.end <= sentence.end);
  return speaker !== undefined && !DOCUMENT_SPEAKER.test(speaker.speaker) ? speaker.speaker : undefined;
}

/** True when the last quote attributed stands in the sentence of `at` or the one before it. */
function spokeJustBefore(ctx: ResolveContext, spoken: readonly SpokenBefore[], at: number): boolean {
  const last = spoken.at(-1);
  if (last === undefined) return false;
  const { sentences } = ctx.discourse;
  // Without sentences, the quote must be near: a sentence or two of news is about 300 characters.
  if (sentences.length === 0) return at - last.at < 300;
  // Counted from where the speaker was named, which for "“… . …,” the Times wrote." is after a quote of several
  // sentences: "“…,” the Times wrote. “But since then, his fortunes have changed. …,” it further wrote" is the Times
  // still (West Journal 2016-10-04, PolNeAR dev: left undetermined when counted from the first quote's start).
  return sentenceIndex(sentences, at) - sentenceIndex(sentences, Math.max(last.at, last.range.start)) <= 1;
}

// Without sentences (a caller that gave none) "he" is the last named speaker or the last person named.
function legacyPronoun(ctx: ResolveContext, pronoun: string, at: number, range: TextRange, spoken: readonly SpokenBefore[]): Resolved | undefined {
  const said = spoken.findLast((r) => compatible(ctx, r.speaker, pronoun));
  if (said !== undefined) return { speaker: said.speaker, range, certainty: 'inferred', rule: 'speaker/previous-quote' };
  let found: NameSpan | undefined;
  for (const n of ctx.names) {
    if (n.start >= at) break;
    if (n.type === 'person' && compatible(ctx, n.name, pronoun)) found = n;
  }
  return found && { speaker: fullName(stripTitle(found.name), ctx.names, found.start), range, certainty: 'inferred', rule: 'speaker/last-person' };
}

// Words of a descriptive phrase that do not say which role it is.
const PHRASE_FILLER = new Set(['the', 'a', 'an', 'this', 'that', 'then', 'now']);

/**
 * "the former vice president" → the person the article introduced as "former Vice President Dick Cheney": the last
 * person before the phrase whose title holds every role word of the phrase. Undefined when no one or several
 * different people fit (then the phrase stays as written).
 */
function titledPerson(ctx: ResolveContext, phrase: string, at: number): string | undefined {
  // "the Texas governor": a state before the role is checked against the words around the person's name.
  // The longest state written there: "the West Virginia senator" names West Virginia, not Virginia.
  const state = US_STATES.filter((st) => phrase.includes(st)).reduce<string | undefined>((a, st) => (a === undefined || st.length > a.length ? st : a), undefined);
  const roles = state === undefined ? phrase : phrase.replace(state, ' ');
  const words = roles.toLowerCase().split(/\s+/).filter((w) => w !== '' && !PHRASE_FILLER.has(w)).map(spelledOut);
  // Every word a title word and at least one a role ("the former vice president"); "the US" names a country.
  if (words.length === 0 || !words.every((w) => isTitleWord(w)) || !words.some((w) => isRoleWord(w))) return undefined;
  const stateNear = state === undefined ? undefined : stateBeside(state);
  const fitting = new Set<string>();
  for (const n of ctx.names) {
    if (n.start >= at) break;
    const title = n.title?.toLowerCase().split(/\s+/).map(spelledOut) ?? [];
    if (n.type !== 'person' || !words.every((w) => title.includes(w))) continue;
    if (stateNear !== undefined && !stateNear(ctx.discourse.text, n)) continue;
    fitting.add(fullName(stripTitle(n.name), ctx.names, n.start));
  }
  if (fitting.size <= 1) return [...fitting][0];
  return mentionedJustBefore(ctx, fitting, at);
}

/**
 * Of several people who fit a description, the one the sentence before the phrase (or the phrase's own sentence)
 * names, when no other fitting person is named there: "Mr. Patrick … was asked whether he saw some of himself in Mr.
 * Cowan. “I’m not that cool,” the governor replied." is Gov. Deval Patrick, not Gov. Nikki R. Haley named paragraphs
 * before (NYT, basil-dev). A reader takes the one just talked about; farther back it is a guess, so none.
 */
function mentionedJustBefore(ctx: ResolveContext, fitting: ReadonlySet<string>, at: number): string | undefined {
  const here = sentenceIndex(ctx.discourse.sentences, at);
  const near = new Set<string>();
  for (const n of ctx.names) {
    if (n.start >= at) break;
    if (n.type !== 'person' || sentenceIndex(ctx.discourse.sentences, n.start) < here - 1) continue;
    const name = stripTitle(n.name);
    for (const f of fitting) if (f === name || f.endsWith(' ' + surname(name))) near.add(f);
  }
  return near.size === 1 ? [...near][0] : undefined;
}

// How far from a name its state is written: "Texas Gov. Rick Perry" (before the title), "Rick Perry of Texas",
// "Sen. Jeff Flake (R-Ariz.)" (after it).
const STATE_BEFORE_NAME = 40;
const STATE_AFTER_NAME = 20;

/** Whether `state` is written right around a person's name, in full or cut short with a period ("Ariz.", "Tex."). */
function stateBeside(state: string): (text: string, n: NameSpan) => boolean {
  // AP's state abbreviations mostly start with the state's first three letters ("Ariz.", "Calif.", "Mass.").
  const abbreviated = new RegExp(`\\b${state.slice(0, 3)}[a-z]*\\.`);
  return (text, n) => {
    const around = text.slice(Math.max(0, n.start - STATE_BEFORE_NAME), n.end + STATE_AFTER_NAME);
    return around.includes(state) || abbreviated.test(around);
  };
}

// Titles abbreviated before a name and written out in a description ("Gov. Deval Patrick" … "the governor replied").
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['lt', 'lieutenant'], ['gen', 'general'],
  ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'],
  ['cmdr', 'commander'], ['atty', 'attorney'], ['supt', 'superintendent'], ['pres', 'president'], ['sec', 'secretary'],
]);

function spelledOut(word: string): string {
  const bare = word.replace(/\.$/, '');
  return TITLE_ABBREVIATIONS.get(bare) ?? bare;
}

// A first name and "and" (or "&") right before a full name: "Sasha and Malia Obama", "Bill and Hillary Clinton".
const FIRST_NAME_AND = /(\p{Lu}\p{Ll}+),?\s+(?:and|&)\s+$/u;

/**
 * Whether a person's full name is a family's, named with another first name before it: its surname alone is then
 * any of them, or another of the family ("Mr. Obama asked his daughters" is no "Malia Obama", NYT, basil-dev).
 */
function sharesSurname(text: string, n: NameSpan, surnames: ReadonlySet<string>): boolean {
  if (n.type !== 'person' || !n.name.includes(' ')) return false;
  const first = FIRST_NAME_AND.exec(text.slice(Math.max(0, n.start - 24), n.start))?.[1];
  if (first === undefined) return false;
  // A listed first name, or a word that ends no full name here ("Malia" is not listed; "Clinton and Barack Obama"
  // names two people, Clinton being a surname in the article).
  return isGenderedFirstName(first) || !surnames.has(first);
}

/** "Ryabkov" → "Sergei Ryabkov" when the longer name occurs before `at`; otherwise the name unchanged. */
function fullName(name: string, names: readonly NameSpan[], at: number): string {
  if (name.includes(' ')) return name;
  const tail = ' ' + name;
  for (const n of names) {
    if (n.start >= at) break;
    // Cheap tests first: stripping a title only removes leading words, so the ending is the same before and after.
    if (n.type !== 'person' || n.sharedSurname === true || !n.name.endsWith(tail)) continue;
    const full = stripTitle(n.name);
    if (full !== name && full.endsWith(tail)) return full;
  }
  return name;
}

// Speakers found as capitalized words the name finder left out ("Blinken" opening a sentence).
function speakerNames(raws: readonly RawAttribution[]): NameSpan[] {
  return raws.flatMap((r) =>
    r.speaker?.kind === 'name' ? [{ start: r.speaker.start, end: r.speaker.end, name: r.speaker.text, type: 'other' as const }] : [],
  );
}

function toMention(text: string, raw: RawAttribution, r: Resolved | undefined): QuoteMention {
  const base = { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), direct: raw.direct, rule: raw.rule };
  if (r === undefined) return base;
  return { ...base, speaker: r.speaker, speakerRange: r.range, speakerCertainty: r.certainty, speakerRule: r.rule };
}
