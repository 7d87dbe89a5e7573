import type { EntityType } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';
import { isOutletName } from './outlet-names.ts';
import { TITLE_WORDS } from './titles.ts';
import { US_STATES } from '../../text/us-states.ts';
import { isStopword } from '../../text/stopwords.ts';
import { MONTHS as MONTH_NUMBERS } from '../time/lexicon.ts';

/** What the correction needs of a tagged span. */
export interface TypedSpan extends TextRange {
  readonly type: EntityType;
  readonly text: string;
  readonly rule: string;
}

// Head nouns of places built by people: a "person" ending in one is a landmark ("Capitol Hill", "Rose Garden").
const LANDMARK_HEADS = new Set(
  'hill garden gardens street avenue square park building center centre mall plaza bridge tower memorial cemetery airport station hall'.split(' '),
);
// "Mr. William Hill", "Dr. Anita Hill": an honorific before a name ending in a landmark head makes it a person.
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Judge|Justice)\.?\s+$/;
const HONORIFIC = String.raw`\b(?:Mr|Mrs|Ms|Dr)\.?\s+`;

// "on Capitol Hill", "in the Rose Garden", "at Madison Square Garden": a landmark follows a preposition or "the".
const LANDMARK_BEFORE = /\b(?:the|on|in|at|to|from|near|outside|inside|across|of|into|toward|towards|through|around)\s+$/i;

/**
 * "bookmakers William Hill said", "Mr. Hill": a name ending in a landmark head is still a person when it opens with
 * a listed first name and no preposition or "the" stands before it, or when an honorific is given to it.
 */
function namesPerson(text: string, span: TextRange, words: readonly string[], options: CorrectionOptions): boolean {
  const first = words[0] ?? '';
  if (options.isFirstName?.(first) === true && !LANDMARK_BEFORE.test(text.slice(Math.max(0, span.start - 9), span.start))) return true;
  return hasHonorific(text, span, words.at(-1) ?? '');
}

/** True when the span has an honorific before it, or its last word has one anywhere in the text ("Mr. Hill"). */
function hasHonorific(text: string, span: TextRange, last: string): boolean {
  if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))) return true;
  // Asked only of names ending in a landmark head (a few per article), so one search of the text is cheap.
  return new RegExp(`${HONORIFIC}${last.replace(/[^\p{L}]/gu, '')}\b`, 'u').test(text);
}
// Month names and their abbreviations: a date fragment, never an organization ("Feb", "Sept.").
const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS).filter((m) => m !== 'may'));
// Generic heads of organization names: alone, capitalized, they are a fragment of a longer name ("State of the
// Union", "the Union") the tagger cut off, not a name of their own.
const FRAGMENT_HEADS = new Set('union committee department agency council commission association institute bureau office'.split(' '));
// "D-N.Y.", "R-Ariz.", "I-Vt.": a party and state after a lawmaker's name, an affiliation rather than an entity.
// The hyphen is required: without it the shape is an acronym ("RNC", "DNC").
const PARTY_STATE = /^[DRI]-\s?[A-Z][A-Za-z.]{0,6}\.?$/;
// "Democrat of California", "a Republican from Ohio": a party member is an affiliation, never a person's name.
const PARTY_MEMBER = new Set(['democrat', 'democrats', 'republican', 'republicans', 'independent', 'independents', 'tory', 'tories', 'socialist', 'socialists', 'conservative', 'conservatives', 'liberal', 'liberals']);
// Faiths and ethnic groups: an affiliation, like a party member, never a person, place or organization ("Mormon",
// "Latino"); CoNLL calls them MISC.
const GROUP_WORDS = new Set(
  'latino latinos latina hispanic hispanics mormon mormons catholic catholics jewish jew jews muslim muslims christian christians evangelical evangelicals jesuit jesuits protestant protestants baptist baptists methodist methodists'.split(' '),
);
// "D.C.", "N.Y.", "Calif.": a state or district abbreviation is a place. Two dotted letters are listed one by one:
// the same shape is also a title ("A.G."), an organization ("U.N.", "E.U.") or a person's initials ("J.R.").
const STATE_ABBREVIATION = /^(?:D\.C|N\.[YJHMCD]|S\.[CD]|R\.I|U\.S|U\.K|L\.A)\.$|^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;
// After "on"/"via" a one-word "person" is a medium ("posted on Twitter", "via Facebook"), unless the word is also the
// last name of a person named in full in the article ("took on Ryan" after "Paul Ryan").
const MEDIUM_BEFORE = /\b(?:on|via)\s+$/i;
// After "in"/"near"/"of" a one-word "person" is a place ("protests in Ferguson", "the people of Ferguson"), under the
// same full-name exception ("the death of Brown" after "Michael Brown").
// The preposition is in lower case ("In" opening a sentence aside): "PORTUGAL OF COSTA" is a headline in capitals.
// "In nearby Clayton, a grand jury began" (Fox, basil-dev): an adjective of nearness between them says the same.
const PLACE_BEFORE = /\b(?:[Ii]n|near|outside|across|of)\s+(?:nearby\s+|neighbou?ring\s+|suburban\s+)?$/;
// "the daughter of Suharto's", "no record of Mills'": a possessive owner is a person or a body, not a place.
const POSSESSIVE_AFTER = /^\s?['’]s?\b|^\s?['’]/;
// "St. Louis", "Ft. Worth", "Mt. Vernon": the tagger, cutting at the period, leaves "St" and "Louis" apart.
const SAINT = /^(?:St|Ste|Ft|Mt)\.?$/;
const SAINT_BEFORE = /\b(?:St|Ste|Ft|Mt)\.\s$/;
// Two or more capitals and a lower-case plural "s" ("BTGs", "NGOs"); "CBS", "NBCs" of all capitals are names.
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
// "I'm", "I've", "we're": a pronoun's contraction, capitalized at a sentence start, is never a name.
const CONTRACTION = /^(?:i|we|you|they|he|she|it|that|there)['’](?:m|ve|ll|d|re|s)$/i;
// "Don't", "Won’t", "Can't": a capitalized negated verb.
const NEGATED_VERB = /^\p{Lu}\p{Ll}*n['’]t$/u;
// Opening and closing quotation marks: a name that is the whole of a quotation is a title or a label.
const OPEN_QUOTE = /["“‘']$/;
const CLOSE_QUOTE = /^[,.;:!?]?["”’'](?!s\b)/; // not "Donald's", an apostrophe of the possessive
// Capitalized pronouns, auxiliary and modal verbs, negations and question words: the words of a title-case headline
// that no name holds. Left out because names do hold them: "I" (a Roman numeral: "Level I Trauma Center"), "We" and
// "Our" ("We Act Radio", "Our Principles PAC", PolNeAR train), "Will" and "May" (first names, a month).
const HEADLINE_FUNCTION_WORDS = new Set(
  "You Your He She It They Their His Her Is Are Was Were Be Been Can Could Would Should Might Must Do Does Did Has Have Had Not How Why What Who Don't Won't Can't Isn't".split(' '),
);
// "titled “", "the headline “The ": a quotation that a title opens, and "The" if the quotation starts with it. Not
// "called", which names bodies and people as often ("a group called “La Raza”", PolNeAR train).
const TITLED_QUOTE_BEFORE = /\b(?:titled|entitled|headlined|headline)[,:]?\s+["“‘](?:The\s+)?$/;
// Heads of an appositive that say what a one-word "person" is instead: "Swift, the international payments
// system", "Verizon, the wireless carrier". People are never called these.
const THING_HEADS = new Set(
  'system network company firm carrier bank agency group organization organisation service platform website site app exchange index fund party union newspaper magazine channel broadcaster retailer chain maker manufacturer operator provider'.split(' '),
);
// A name set beside the word for where someone is from is that place ("his hometown, Frog Jump").
const HOMETOWN_BEFORE = /\b(?:hometown|home town|birthplace),\s+$/i;
// Heads of an appositive that make a place-typed name a body: a place is never "a publication" (a city can be "a hub").
const PUBLICATION_HEADS = new Set('publication newspaper magazine website site network channel broadcaster company firm'.split(' '));
const APPOSITIVE = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}]+)/u;
// Words that end the noun phrase of an appositive: its head is the word before them ("the head of the bank": head).
const PHRASE_END = new Set('of who that which and in at for from with to on by'.split(' '));

/** The head noun of ", the international payments system" (system), or undefined. */
function appositiveHead(after: string): string | undefined {
  const phrase = APPOSITIVE.exec(after)?.[1]?.split(/\s+/) ?? [];
  const end = phrase.findIndex((w) => PHRASE_END.has(w));
  return (end < 0 ? phrase : phrase.slice(0, end)).at(-1);
}
// Last words that make a "person" an organization: a newspaper, a school, a firm ("Denver Post", "Milton Academy",
// "Popeo PC"). Surnames that are also these words ("Emily Post") are rarer in news than the outlets and schools.
const ORGANIZATION_HEADS = new Set(
  'post times journal tribune herald gazette chronicle academy university college school institute inc corp corporation llc llp l.l.p pc co company group foundation association'.split(' '),
);
const PLACE_TYPED_BODY_HEADS = new Set('university college academy institute foundation association company corporation inc corp llc'.split(' '));
// Role words that, inside an organization or place span, start a person's title rather than continue the name
// ("ATF Acting Director", "RNC Chair Reince Priebus", "Arizona Sheriff Joe Arpaio"). Words that are also common
// inside names ("State", "Security", "Council", "Special", "General", "Chief", "Prince") are not in it.
const STRONG_ROLES = new Set(
  'mr mrs ms dr prof rev president secretary secretary-general chancellor premier governor gov mayor senator sen sens representative rep reps congressman congresswoman speaker ambassador envoy spokesman spokeswoman spokesperson director chairman chairwoman chair gen lt col capt sgt adm admiral colonel captain sergeant lieutenant sheriff commissioner'.split(' '),
);
// The states of the US: before a title ("Arizona Sheriff Joe Arpaio") the tagger takes them into an organization.
const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES);
// Words that end a name "X of Y" rather than start another entity; used to tell a listed name apart.
const NAME_OF = /\b(?:of|for)\s+\p{Lu}/u;
// ", Tobacco, Firearms and Explosives": the rest of a name whose parts are listed with commas.
const LISTED_REST = /^(?:,\s+\p{Lu}[\p{L}’'-]*)+,?\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*/u;
// " and Budget" ("Office of Management and Budget"): a name's last part after "and", joined only when that word
// names nothing on its own elsewhere in the article.
const AND_REST = /^\s+(?:and|&)\s+(\p{Lu}[\p{L}’'-]*)(?=[\s,.;:)]|$)/u;

// "Title VII", "Title IX": a section of a law, named by a Roman numeral.
const LAW_TITLE = /^Title\s+[IVXLC]+$/;
// Last words of the names of laws ("Civil Rights Act", "Defense of Marriage Act", "Second Amendment").
const LAW_HEADS = new Set(['act', 'acts', 'amendment', 'amendments']);

/** "Title VII", "Affordable Care Act", "Act of Congress": the name of a law or of one of its parts. */
function isLaw(words: readonly string[]): boolean {
  if (words[0] === 'Title') return LAW_TITLE.test(words.join(' '));
  if (words[0] === 'Act' && words[1] === 'of') return true;
  const last = words.at(-1) ?? '';
  // Cheap test first: every law head starts with "A"/"a" ("Act", "Amendment").
  return words.length >= 2 && (last[0] === 'A' || last[0] === 'a') && LAW_HEADS.has(last.replace(/[’']s$/, '').toLowerCase());
}

/** True for "Mo.", "Calif.", "D.C.": a name whose final period is part of it. */
export function isStateAbbreviation(name: string): boolean {
  return STATE_ABBREVIATION.test(name);
}

/**
 * Entity types a reader would not laugh at, fixed after the tagger from the name's own shape and the words before it:
 * landmarks are places, a party member ("Democrat") is an affiliation, a one-word "person" after "on"/"via" is a medium (an organization), party-state tags, month
 * names and bare generic heads are dropped, state abbreviations are places. Returns the spans to keep, each with
 * `+retyped`/`+dropped` provenance where it changed. Pure.
 */
export interface CorrectionOptions {
  /** True for a listed first name ("William"): "William Hill" is a person, "Capitol Hill" a landmark. */
  readonly isFirstName?: (word: string) => boolean;
}

/** A step that joins or splits the tagger's spans before they are typed; each reads the previous step's spans. */
type SpanStep = <T extends TypedSpan>(text: string, spans: readonly T[]) => T[];

// In order: a later step sees what the earlier ones joined ("Joseph M" is joined to ". Sellers" after titles are split).
const SPAN_STEPS: readonly SpanStep[] = [joinListedNames, joinSaints, splitTitles, joinFirmNames, joinMiddleInitials, joinArabicArticles, joinNameObjects, joinAffiliations];

export function correctEntityTypes<T extends TypedSpan>(text: string, tagged: readonly T[], options: CorrectionOptions = {}): T[] {
  const out: T[] = [];
  const spans = SPAN_STEPS.reduce<readonly T[]>((s, step) => step(text, s), joinNameParticles(text, joinFirstNames(text, tagged, options), options));
  // Surnames of the people named in full; "Telemundo Facebook" (PolNeAR train), an outlet's name, has none.
  const surnames = new Set(
    spans.filter((s) => s.type === 'person' && /\s/.test(s.text.trim()) && !isOutletName(s.text.trim().split(/\s+/)[0] ?? '')).map((s) => s.text.trim().split(/\s+/).at(-1)),
  );
  // First words of the organizations named in full ("Fox" of "Fox News"): their short form, alone, is that body.
  // Only outlets' names ("Fox News", "Fox Business Network"): names of other bodies open as often with a person's name
  // ("Trump Organization", "Obama Administration"; PolNeAR train+dev: 6 of 16 such one-word "persons" were people).
  const organizationHeads = new Set(spans.filter((s) => s.type === 'organization' && OUTLET_NAME.test(s.text.trim())).map((s) => s.text.trim().split(/\s+/)[0]));
  // The text in lower case, made once when a sentence-opening word is first checked (see ordinaryWord).
  let lowerText: string | undefined;
  for (const span of spans) {
    const name = span.text.trim();
    const words = name.split(/\s+/);
    const lower = name.toLowerCase().replace(/\.$/, '');
    if (PARTY_STATE.test(name) || MONTHS.has(lower) || CONTRACTION.test(name)) continue;
    // "BTGs", "NGOs", "MPs": an acronym in the plural names a kind of thing, not one organization, place or person.
    if (span.type !== 'other' && PLURAL_ACRONYM.test(name)) continue;
    // "Don't Ask, Don't Tell": a name opening with a negated verb is the title of a policy or a work, no one's name.
    if (span.type !== 'other' && NEGATED_VERB.test(words[0] ?? '')) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-title` });
      continue;
    }
    // "DENVER —", "Denver (AP) –": the name that opens a dateline is where the report was filed.
    if (span.type !== 'place' && isDateline(text, span)) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-dateline` });
      continue;
    }
    // “Atlas Shrugged”, “Fast and Furious”: a name that is a whole quotation is the title of a work or a label.
    if (OPEN_QUOTE.test(text.slice(Math.max(0, span.start - 1), span.start)) && CLOSE_QUOTE.test(text.slice(span.end, span.end + 2))) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-quoted` });
      continue;
    }
    // “How You Can Get Out of Debt”, “The Obama Girls Could Not Be More Bored by Their Dad’s Jokes” (PolNeAR train:
    // 27 such "organizations", headlines and titles of works quoted in the text): a name never holds a capitalized
    // pronoun, auxiliary verb, negation or question word; a headline in title case does. Not asked of people: "Do" is
    // a Korean given name ("Kim Do Hoon", CoNLL).
    if ((span.type === 'organization' || span.type === 'place') && words.length >= 2 && words.some((w) => HEADLINE_FUNCTION_WORDS.has(w))) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-headline` });
      continue;
    }
    // "under the headline “Newsweek Puts Picture of Michele Bachmann on Cover…”" (NYT, basil-dev): a name opening a
    // quotation given as a title is that title, or the start of it. A person opening one ("headline “Clinton Says…”",
    // PolNeAR train) is still that person.
    if ((span.type === 'organization' || span.type === 'place') && TITLED_QUOTE_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-title-quote` });
      continue;
    }
    // "according to The Hill, a political publication" (Fox, basil-dev: a place, "Hill" being a landmark's head).
    if (span.type === 'place' && PUBLICATION_HEADS.has(appositiveHead(text.slice(span.end, span.end + 60)) ?? '')) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-appositive` });
      continue;
    }
    // "best known for his whimsically named hometown, Frog Jump" (NYT, basil-dev: a person "Frog Jump").
    if (span.type === 'person' && HOMETOWN_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-hometown` });
      continue;
    }
    if (span.type === 'person' && words.length === 1 && THING_HEADS.has(appositiveHead(text.slice(span.end, span.end + 60)) ?? '')) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-appositive` });
      continue;
    }
    if (span.type === 'person' && words.length >= 2 && ORGANIZATION_HEADS.has((words.at(-1) ?? '').toLowerCase().replace(/\.$/, ''))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-organization-head` });
      continue;
    }
    // "Randolph-Macon College" typed a place (Fox, basil-dev): a body's head word names a body wherever it stands.
    // Not "school" (a school is as often the building where something happened: "Sandy Hook Elementary School").
    if (span.type === 'place' && words.length >= 2 && PLACE_TYPED_BODY_HEADS.has((words.at(-1) ?? '').toLowerCase().replace(/\.$/, ''))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-organization-head` });
      continue;
    }
    if (span.type === 'organization' && words.length === 1 && FRAGMENT_HEADS.has(lower)) continue;
    // "before the State of the Union" (NYT, Fox, basil-dev: a place "Union"): the tail of "X of the Y", its head left
    // untagged, is a fragment of that longer name whatever type the tagger gave it.
    if (words.length === 1 && FRAGMENT_HEADS.has(lower) && /\b\p{Lu}\p{Ll}+ of the $/u.test(text.slice(Math.max(0, span.start - 24), span.start))) continue;
    // "Title VII", "the Affordable Care Act": a law is neither an organization nor a person (CoNLL's MISC).
    if (span.type !== 'other' && isLaw(words)) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-law` });
      continue;
    }
    if (words.length === 1 && GROUP_WORDS.has(lower)) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-group` });
      continue;
    }
    // "Born to a single mother", "Couples who married": a word capitalized only where a sentence starts, and written
    // in lower case elsewhere in the article, is an ordinary word.
    if (words.length === 1 && ordinaryWord(text, span, lower, () => (lowerText ??= text.toLowerCase()))) continue;
    // "Born in Puerto Rico, he …" (NYT and Fox, basil-dev: a place "Born"): a participle opening a sentence before a
    // preposition is a verb, whether or not the article writes it in lower case anywhere.
    if (words.length === 1 && OPENING_PARTICIPLE.test(name) && CLAUSE_START_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))
      && PREPOSITION_AFTER.test(text.slice(span.end, span.end + 8))) continue;
    if (span.type === 'person' && words.length === 1 && PARTY_MEMBER.has(lower)) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-affiliation` });
      continue;
    }
    // "Ferguson, Mo.": the tagger leaves the period out of the state.
    if (!name.endsWith('.') && text[span.end] === '.' && STATE_ABBREVIATION.test(`${name}.`)) {
      out.push({ ...span, end: span.end + 1, text: `${name}.`, type: 'place', rule: `${span.rule}+state` });
      continue;
    }
    if (STATE_ABBREVIATION.test(name) && span.type !== 'place') {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-state` });
      continue;
    }
    if (span.type === 'person' && words.length >= 2 && LANDMARK_HEADS.has((words.at(-1) ?? '').toLowerCase()) && !namesPerson(text, span, words, options)) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-landmark` });
      continue;
    }
    // "Selling them on the Hill" (HuffPost, basil-dev), "told The Hill" (PolNeAR train), "on Capitol Hill" with only
    // "Hill" tagged: a landmark's head word alone, taken for a person, is the landmark after "the" or after the
    // untagged rest of its name, and a publication after a capitalized "The" inside a sentence.
    if (span.type === 'person' && words.length === 1 && LANDMARK_HEADS.has(lower) && !hasHonorific(text, span, name)) {
      const landmark = bareLandmark(text, span, spans, options);
      if (landmark !== undefined) {
        out.push(landmark);
        continue;
      }
    }
    // "sponsored by Newsmax" (Fox, NYT, HuffPost, basil-dev), "a new report in The Guardian" (NYT): a listed outlet,
    // platform or pollster is an organization, and so is a "person" opening with one ("Yahoo News", "MSNBC Monday",
    // PolNeAR train; two words only: "CNN Wolf Blitzer" would hold a person), unless the article names someone with
    // that surname or gives it an honorific or a title.
    const outlet = words.length === 2 && /^the$/i.test(words[0] ?? '') ? (words[1] ?? '') : words[0] ?? '';
    if (span.type === 'person' && words.length <= 2 && isOutletName(outlet) && !surnames.has(outlet)
      && !hasHonorific(text, span, outlet) && !TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-outlet` });
      continue;
    }
    // "Fox reported" in an article that names "Fox News": a one-word "person" that opens an organization's full name
    // in the same article, and is nobody's surname there ("Vicente Fox"), is that organization's short form.
    // A listed first name ("Hillary", "Anthony") or a name given an honorific anywhere ("Mr. Obama") is a person's.
    if (span.type === 'person' && words.length === 1 && !surnames.has(name) && organizationHeads.has(name) && options.isFirstName?.(name) !== true
      && !hasHonorific(text, span, name) && !TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-short-organization` });
      continue;
    }
    if (span.type === 'person' && words.length === 1 && !surnames.has(name) && MEDIUM_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-medium` });
      continue;
    }
    if (span.type === 'person' && words.length === 1 && !surnames.has(name) && PLACE_BEFORE.test(text.slice(Math.max(0, span.start - 22), span.start)) && !POSSESSIVE_AFTER.test(text.slice(span.end, span.end + 3))) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-place` });
      continue;
    }
    out.push(span);
  }
  return retypeListMembers(text, out);
}

// "on the Hill", "to the Mall": a lower-case article right before the word.
const LOWER_THE_BEFORE = /\bthe $/;
// "told The Hill", "(h/t The Hill.)": a capitalized article right before it, after a word or an opening parenthesis
// (not opening a sentence).
const TITLE_THE_BEFORE = /(?:[\p{L}\d,:;]|\(h\/t) The $/u;
// "Capitol " before "Hill": one capitalized word, the rest of the landmark's name, right before it.
const NAME_WORD_BEFORE = /(?:^|[\s("“])(\p{Lu}\p{Ll}+) $/u;

/**
 * The landmark a one-word "person" such as "Hill" stands for, or undefined: a place after "the" ("on the Hill"), the
 * place with the capitalized word before it when no span holds that word ("Capitol" + "Hill"), or an organization
 * after a capitalized "The" inside a sentence ("told The Hill", the newspaper).
 */
function bareLandmark<T extends TypedSpan>(text: string, span: T, spans: readonly T[], options: CorrectionOptions): T | undefined {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  if (TITLE_THE_BEFORE.test(before)) return { ...span, type: 'organization', rule: `${span.rule}+retyped-publication` };
  if (LOWER_THE_BEFORE.test(before)) return { ...span, type: 'place', rule: `${span.rule}+retyped-landmark` };
  const word = NAME_WORD_BEFORE.exec(before)?.[1];
  // "Anita" + "Hill", "Senator" + "Hill": a first name or a title before the word makes it a person's surname.
  if (word === undefined || isStopword(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase()) || options.isFirstName?.(word) === true) return undefined;
  const start = span.start - word.length - 1;
  if (spans.some((s) => s !== span && s.start < span.start && s.end > start)) return undefined;
  return { ...span, start, text: text.slice(start, span.end), type: 'place', rule: `${span.rule}+joined-landmark` };
}

// Where a sentence starts: the start of the text or a line, or after a sentence's end (and an opening quote).
const SENTENCE_START_BEFORE = /(?:^|\n|[.!?]["”’]?\s+)["“‘]?$/;

/** True when a one-word name opens a sentence and the article writes it in lower case, and never capitalized mid-sentence. */
function ordinaryWord(text: string, span: TypedSpan, lower: string, lowered: () => string): boolean {
  if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) || !/^\p{Lu}\p{Ll}+$/u.test(span.text.trim())) return false;
  const lowerText = lowered();
  // Lower-casing that changes the length ("İ") would shift offsets: then search the text with a case-blind pattern.
  const occurrences = lowerText.length === text.length ? indexesOf(lowerText, lower) : [...text.matchAll(new RegExp(lower, 'giu'))].map((m) => m.index);
  let lowerCase = false;
  for (const at of occurrences) {
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[at + lower.length] ?? '')) continue;
    if (text.startsWith(lower, at)) lowerCase = true;
    else if (at !== span.start && !SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  }
  return lowerCase;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Participles that open a sentence of someone's life or a body's make-up ("Born the son of a single mother"), also
// after a colon (“… on his website: “Born to a single mother …”).
const CLAUSE_START_BEFORE = /(?:^|\n|[.!?:]["”’]?\s+)["“‘]?$/;
const OPENING_PARTICIPLE = /^(?:Born|Raised|Educated|Elected|Based|Founded|Headquartered|Trained|Married|Reared|Schooled)$/;
const PREPOSITION_AFTER = /^\s+(?:in|on|at|to|into|by|as|from|near|outside|the|a|an)\b/;

/** Every offset of `word` in `text` (a plain search: one compiled pattern per word was the stage's largest cost). */
function indexesOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

// After a dateline's place: its state ("FERGUSON, Mo."), then a news agency in parentheses or a dash. A single
// hyphen is not enough: "RUGBY UNION - CAMPESE SIGNS OFF" is a wire headline's section, not a place.
const DATELINE_REST = /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*(\((?:AP|Reuters|AFP|CNN|Bloomberg|UPI)\)|(?:[–—]|--)\s)/u;

/** A span opening a line and followed by an agency, or in capitals and followed by a dash: a dateline. */
function isDateline(text: string, span: TypedSpan): boolean {
  // Only blanks between the line's start and the name; walk back from the name and stop at the first other character
  // (finding the line start first, then slicing, was quadratic on one huge line full of names).
  for (let i = span.start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i] ?? '')) return false;
  const rest = DATELINE_REST.exec(text.slice(span.end, span.end + 40));
  if (rest === null) return false;
  return rest[1]?.startsWith('(') === true || !/\p{Ll}/u.test(span.text);
}

// What separates the members of a list: "A, B", "A, B and C", "A and B".
const LIST_GAP = /^\s*,\s*(?:(?:and|or)\s+)?$|^\s+(?:and|or|&)\s+$/;

/**
 * "Microsoft, Yahoo, Google, Facebook, PalTalk, AOL and Apple": members of a list of three or more names are of one
 * kind, so a one-word member among names that are at least two thirds organizations (or places) takes their type:
 * a "person" always, a "place" among organizations too. An acronym keeps its type ("Russia, China and NATO").
 */
function retypeListMembers<T extends TypedSpan>(text: string, spans: T[]): T[] {
  const out = [...spans];
  let from = 0;
  // Whether the list is closed: "A, B and C" ends at C, so "Milton Academy, Harvard and Harvard Law, Cowan came"
  // (HuffPost, basil-dev) is a list of three bodies, and "Cowan", after the list, no member of it. A list joined by
  // "and" alone ("between Instagram and Facebook and Twitter", PolNeAR train) goes on.
  let commas = false;
  let closed = false;
  for (let i = 1; i <= out.length; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    const gap = cur !== undefined && prev !== undefined && cur.start >= prev.end ? text.slice(prev.end, cur.start) : undefined;
    if (gap !== undefined && !closed && LIST_GAP.test(gap)) {
      const conjunction = /\b(?:and|or)\b|&/.test(gap);
      closed = conjunction && commas;
      commas ||= !conjunction;
      continue;
    }
    commas = false;
    closed = false;
    const members = out.slice(from, i).filter((s) => s.type !== 'other');
    if (members.length >= 3) {
      for (const type of ['organization', 'place'] as const) {
        // Two thirds: one stray member in a list of three, two in a list of six.
        if (members.filter((s) => s.type === type).length * 3 < members.length * 2) continue;
        for (let k = from; k < i; k++) {
          const s = out[k];
          if (s === undefined || s.type === type || /\s/.test(s.text.trim()) || /^\p{Lu}{2,}$/u.test(s.text.trim())) continue;
          if (s.type === 'person' || (s.type === 'place' && type === 'organization')) out[k] = { ...s, type, rule: `${s.rule}+retyped-list` };
        }
      }
    }
    from = i;
  }
  return out;
}

/**
 * "St" + "Louis Community College" → "St. Louis Community College"; "Louis" after an untagged "St. " → "St. Louis".
 * A joined name a tagger called a person is a place ("St. Louis", "St. Louis County"); other types are kept.
 */
function joinSaints<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span === undefined) continue;
    const next = spans[i + 1];
    const saint = SAINT.test(span.text.trim()) && next !== undefined && /^\.?\s$/.test(text.slice(span.end, next.start)) ? span : undefined;
    const base = saint !== undefined && next !== undefined ? next : span;
    const start = saint?.start ?? (SAINT_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start)) ? text.lastIndexOf('S', span.start) : span.start);
    const from = start >= 0 && start < base.start && /^(?:St|Ste|Ft|Mt)\./.test(text.slice(start, base.start)) ? start : base.start;
    if (from === base.start) {
      if (!(SAINT.test(span.text.trim()) && saint === undefined)) out.push(span);
      continue;
    }
    const joined = text.slice(from, base.end);
    out.push({ ...base, start: from, text: joined, type: base.type === 'person' ? 'place' : base.type, rule: `${base.rule}+joined-saint` });
    if (saint !== undefined) i++;
  }
  return out;
}

/**
 * "Bureau of Alcohol" + ", Tobacco, Firearms and Explosives": an organization named "X of Y" whose name goes on as a
 * list ("A, B and C") was cut by the tagger at the first comma; the rest joins it, with any spans inside the rest.
 * "Office of Management" + " and Budget" joins too when "Budget" is named nowhere else in the article on its own.
 */
function joinListedNames<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  let skipTo = -1;
  for (const span of spans) {
    if (span.start < skipTo) continue;
    if (span.type !== 'organization' || !NAME_OF.test(span.text)) {
      out.push(span);
      continue;
    }
    const after = text.slice(span.end, span.end + 120);
    const listed = LISTED_REST.exec(after);
    const and = listed === null ? AND_REST.exec(after) : null;
    const lastWord = and?.[1];
    const wordStart = span.end + (and?.[0].length ?? 0) - (lastWord?.length ?? 0);
    const standalone = lastWord !== undefined && spans.some((s) => s.text.trim() === lastWord && s.start !== wordStart);
    const rest = listed?.[0] ?? (lastWord !== undefined && !standalone ? and?.[0] : undefined);
    if (rest === undefined) {
      out.push(span);
      continue;
    }
    const end = span.end + rest.length;
    skipTo = end;
    out.push({ ...span, end, text: text.slice(span.start, end), rule: `${span.rule}+joined-list` });
  }
  return out;
}

/**
 * "ATF Acting Director" → "ATF"; "Arizona Sheriff Joe Arpaio" (one organization) → "Arizona" + "Joe Arpaio" (a
 * person): inside an organization or place span, a run of title words holding a role ("Sheriff", "Chair", "Sen.")
 * after a name ends that name; the capitalized words after the run, if any, are the title holder. The run must not
 * follow "of"/"the" ("Office of the President" stays whole) and a possessive role ("Attorney's Office") is no title.
 */
function splitTitles<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const span of spans) {
    const split = span.type === 'other' ? undefined : (splitStateTitle(text, span) ?? (span.type === 'person' ? undefined : splitTitle(text, span, spans)));
    out.push(...(split ?? [span]));
  }
  return out;
}

// "Chief of Staff Rahm Emanuel" tagged "Staff Rahm Emanuel": the words that end a title "X of Y" (Chief of Staff,
// Secretary of State) when the tagger starts an organization at them.
const TITLE_OF_BEFORE = /\b(?:chief|secretary|director|minister|head|deputy)\s+of\s+$/i;
const TITLE_OBJECTS = new Set('staff state defense defence treasury commerce labor energy education transportation justice'.split(' '));

// "New" of "New York", "West" of "West Virginia": the first words of the states' names.
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(US_STATES.map((state) => state.split(' ')[0] ?? state));
// "U.S", "US", "U.S.": the country after a state in "Wyoming U.S. Senate candidate" starts a name of its own.
const COUNTRY_AFTER_STATE = /^(?:U\.S\.?|US)$/;

/**
 * "Missouri Rep" (+ ". Todd Akin"), "Connecticut Attorney General", "Wyoming U.S Senate": a state before a title or
 * before "U.S." is no part of one name. A state followed only by title words (a role among them) is the state, a
 * place, and the title is dropped (the holder's name, if written, is a span of its own); a state followed by "U.S."
 * is two names, the state and the rest ("U.S. Senate").
 */
function splitStateTitle<T extends TypedSpan>(text: string, span: T): T[] | undefined {
  // Asked of every span: most do not open with a state's first word, and leave after one lookup.
  const space = span.text.indexOf(' ');
  if (space < 0 || !STATE_FIRST_WORDS.has(span.text.slice(0, space))) return undefined;
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  const first = words[0];
  if (first === undefined || words.length < 2) return undefined;
  // "New York", "West Virginia": a state of one or two words.
  const stateWords = US_STATE_NAMES.has(first[0]) ? 1 : US_STATE_NAMES.has(`${first[0]} ${words[1]?.[0] ?? ''}`) ? 2 : 0;
  if (stateWords === 0 || words.length <= stateWords) return undefined;
  const lastStateWord = words[stateWords - 1];
  const stateEnd = span.start + (lastStateWord?.index ?? 0) + (lastStateWord?.[0].length ?? 0);
  const state = { ...span, end: stateEnd, text: text.slice(span.start, stateEnd), type: 'place' as const, rule: `${span.rule}+split-state` };
  const rest = words.slice(stateWords).map((w) => w[0]);
  // A role proper ("Rep", "Attorney"), not a title word that also ends place names ("Washington State").
  const bare = rest.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (bare.every((w) => TITLE_WORDS.has(w)) && bare.some((w) => STRONG_ROLES.has(w) || w === 'attorney')) return [state];
  const next = words[stateWords];
  if (next !== undefined && COUNTRY_AFTER_STATE.test(next[0]) && rest.length >= 2) {
    const start = span.start + (next.index ?? 0);
    return [state, { ...span, start, text: text.slice(start, span.end), rule: `${span.rule}+split-state` }];
  }
  return undefined;
}

function splitTitle<T extends TypedSpan>(text: string, span: T, others: readonly T[]): T[] | undefined {
  const raw = text.slice(span.start, span.end);
  const words = [...raw.matchAll(/\S+/g)];
  const bare = (i: number) => (words[i]?.[0] ?? '').toLowerCase().replace(/\.$/, '');
  if (TITLE_OBJECTS.has(bare(0)) && TITLE_OF_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))) {
    const rest = words.slice(1);
    const second = rest[0];
    if (second !== undefined && rest.length >= 2 && rest.length <= 4 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w[0]) && !ORGANIZATION_HEADS.has(w[0].toLowerCase()))) {
      const start = span.start + (second.index ?? 0);
      return [{ ...span, start, text: text.slice(start, span.end), type: 'person', rule: `${span.rule}+split-title` }];
    }
  }
  const role = words.findIndex((w, i) => i >= 1 && STRONG_ROLES.has(bare(i)) && !/['’]s$/.test(w[0]));
  if (role < 1) return undefined;
  let first = role;
  while (first > 1 && TITLE_WORDS.has(bare(first - 1))) first--;
  let last = role;
  while (last + 1 < words.length && TITLE_WORDS.has(bare(last + 1))) last++;
  if (/^(?:of|the|for|and)$/.test(bare(first - 1))) return undefined;
  const rest = words.slice(last + 1);
  // A title holder's name: one to four capitalized words, none of them a head of an organization name.
  if (rest.length > 4 || !rest.every((w) => /^\p{Lu}/u.test(w[0]) && !ORGANIZATION_HEADS.has(w[0].toLowerCase()))) return undefined;
  const prefixEnd = span.start + (words[first - 1]?.index ?? 0) + (words[first - 1]?.[0].length ?? 0);
  const prefixText = text.slice(span.start, prefixEnd);
  const parts: T[] = [];
  // The part before the title is kept when it reads as a name on its own: an acronym ("ATF", "RNC"), a state, a name
  // of several words ("Missouri Highway Patrol") or one tagged elsewhere in the article; one other word is more
  // likely part of a nickname ("America's Toughest Sheriff").
  const named = /^\p{Lu}[\p{Lu}.&-]+$/u.test(prefixText) || US_STATE_NAMES.has(prefixText) || first >= 2 || others.some((s) => s !== span && s.text.trim() === prefixText);
  if (named) {
    const prefixType = PARTY_MEMBER.has(prefixText.toLowerCase()) ? 'other' : US_STATE_NAMES.has(prefixText) ? 'place' : span.type;
    parts.push({ ...span, end: prefixEnd, text: prefixText, type: prefixType, rule: `${span.rule}+split-title` });
  }
  const restStart = rest[0];
  if (restStart !== undefined) {
    const start = span.start + (restStart.index ?? 0);
    parts.push({ ...span, start, text: text.slice(start, span.end), type: 'person', rule: `${span.rule}+split-title` });
  }
  return parts;
}

// Suffixes of a firm's legal name: after "and" they say the list before them is one firm ("Glovsky and Popeo PC").
const FIRM_SUFFIX = String.raw`(?:PC|P\.C\.|LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|Inc\.?)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]+`;
// "Mintz, Levin, Cohn, Ferris, Glovsky & Popeo", "Skadden, Arps, Slate, Meagher & Flom LLP", "Mintz, Levin, Cohn,
// Ferris, Glovsky and Popeo PC": surnames listed with commas and closed by "&" (or by "and" and a firm's suffix).
// A list of people or places closes with a plain "and" and has no suffix, so it never matches.
const FIRM_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NAME_WORD}(?:,\s+${NAME_WORD})*,?\s+(?:&\s+${NAME_WORD}(?:,?\s+${FIRM_SUFFIX})?|and\s+${NAME_WORD},?\s+${FIRM_SUFFIX})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * "Mintz" + "Levin" + ... + "Popeo PC" (each tagged apart, often as places) → one organization: a law or accounting
 * firm named by its partners' surnames. Spans inside the name give way to it. Texts without "&" or a firm suffix
 * (most) are not searched.
 */
function joinFirmNames<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  if (!text.includes('&') && !/\b(?:PC|P\.C\.|LLP|LLC|PLLC)\b/.test(text)) return [...spans];
  const firms: { start: number; end: number }[] = [];
  for (const m of text.matchAll(FIRM_NAME)) {
    const end = m.index + m[0].replace(/[.,]$/, '').length;
    // Only where the tagger saw a name ("Johnson & Johnson"): capitalized words of a headline are no evidence.
    if (!spans.some((s) => s.start >= m.index && s.end <= end)) continue;
    firms.push({ start: m.index, end });
  }
  if (firms.length === 0) return [...spans];
  const out: T[] = [];
  for (const span of spans) {
    const firm = firms.find((f) => span.start < f.end && span.end > f.start);
    if (firm === undefined) {
      out.push(span);
      continue;
    }
    if (out.some((s) => s.start === firm.start && s.end === firm.end)) continue;
    out.push({ ...span, start: firm.start, end: firm.end, text: text.slice(firm.start, firm.end), type: 'organization', rule: `${span.rule}+joined-firm` });
  }
  return out;
}

// ". Sellers": the period of a middle initial, then the surname.
const AFTER_INITIAL = /^\.\s(\p{Lu}[\p{L}’'-]+(?:\s(?:Jr|Sr|II|III|IV)\b\.?)?)/u;

// A news outlet named in full: a name and a word of broadcasting or news ("Fox News", "Fox Business Network").
const OUTLET_NAME = /^\p{Lu}[\p{L}&.’'-]*\s+(?:News|Business|Network|Channel|Radio|Television|TV|Broadcasting)\b/u;
// "President Obama", "Pres. Obama": a title before the word makes it a person's name.
const TITLE_BEFORE = /\b(?:President|Pres|Sen|Rep|Gov|Secretary|Senator|Governor)\.?\s+$/;

// " al-Zuwiy", " bin Laden", " el-Sisi": an Arabic article or "son of" and a capitalized surname right after a name.
// The assimilated articles ("as-Sadr", "at-Tahir") only with their hyphen: " as ", " at " are English words.
const PARTICLE_SURNAME = /^ (?:(?:al|el|ad|as|ash|at|az)-|(?:al|el|bin|ibn|abu) )\p{Lu}[\p{L}’'-]*/u;

/**
 * "Mohammed Belgasim" + " al-Zuwiy", "Osama" (tagged a place) + " bin " + "Laden" (a place): the tagger stops a
 * person before a surname that opens with a lower-case Arabic article or "bin". A person, or a listed first name,
 * followed by one is that person; a span the surname was tagged as gives way.
 */
function joinNameParticles<T extends TypedSpan>(text: string, spans: readonly T[], options: CorrectionOptions): readonly T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as T;
    const first = span.text.trim().split(/\s+/)[0] ?? '';
    const m = span.type === 'person' || options.isFirstName?.(first) === true ? PARTICLE_SURNAME.exec(text.slice(span.end, span.end + 40)) : null;
    if (m === null) {
      out.push(span);
      continue;
    }
    const end = span.end + m[0].length;
    while (i + 1 < spans.length && (spans[i + 1] as T).start < end) i++;
    out.push({ ...span, end, type: 'person', text: text.slice(span.start, end), rule: `${span.rule}+joined-particle` });
  }
  return out;
}

// "Carolyn" + "B. Maloney": the first name right before a person span that opens with a middle initial.
const FIRST_NAME_BEFORE = /(?:^|[^\p{L}.’'-])(\p{Lu}\p{Ll}+) $/u;
const OPENS_WITH_INITIAL = /^\p{Lu}\.\s/u;

/**
 * "Carolyn" (untagged, or tagged apart as another type) + "B. Maloney" (person) → "Carolyn B. Maloney": the tagger,
 * seeing a capital and a period, sometimes starts the person at the middle initial. A listed first name right before
 * a person that opens with an initial is that person's first name.
 */
function joinFirstNames<T extends TypedSpan>(text: string, spans: readonly T[], options: CorrectionOptions): readonly T[] {
  const isFirstName = options.isFirstName;
  if (isFirstName === undefined) return spans;
  const out: T[] = [];
  for (const span of spans) {
    const first = span.type === 'person' && OPENS_WITH_INITIAL.test(span.text) ? FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1] : undefined;
    if (first === undefined || !isFirstName(first)) {
      out.push(span);
      continue;
    }
    const start = span.start - first.length - 1;
    // The first name tagged on its own, or as the end of a longer span ("Jesuit Father Thomas" + "J. Reese": titles
    // the tagger took for a name), gives way to the whole name.
    const before = out.at(-1);
    if (before !== undefined && (before.start === start || before.end === start + first.length)) out.pop();
    out.push({ ...span, start, text: text.slice(start, span.end), rule: `${span.rule}+joined-first-name` });
  }
  return out;
}

/**
 * "Joseph M" + ". Sellers" → "Joseph M. Sellers": the tagger, reading the initial's period as a sentence end, stops a
 * person at a middle initial; the surname after it (tagged or not) joins, and a span tagged over it gives way.
 */
function joinMiddleInitials<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as T;
    // The tagger's span may end at the initial ("Joseph M") or hold its period ("Joseph M.").
    const dotted = span.text.endsWith('.');
    const m = span.type === 'person' && /\s\p{Lu}\.?$/u.test(span.text) ? AFTER_INITIAL.exec(text.slice(dotted ? span.end - 1 : span.end, span.end + 40)) : null;
    const surname = m?.[1];
    if (m === null || surname === undefined || isStopword(surname)) {
      out.push(span);
      continue;
    }
    let end = span.end - (dotted ? 1 : 0) + m[0].length;
    const next = spans[i + 1];
    if (next !== undefined && next.start === end - surname.length) {
      // The surname was tagged with what follows it: the person ends where that span ends, if it is a person.
      if (next.type === 'person') end = Math.max(end, next.end);
      i++;
    }
    out.push({ ...span, end, text: text.slice(span.start, end), rule: `${span.rule}+joined-initial` });
  }
  return out;
}

/**
 * "al" + "Qaeda" (tagged a person) → "al Qaeda", an organization: a lower-case Arabic article before a one-word
 * name is part of the name. It is a person only when the article names someone in full with it ("Bashar al-Assad"
 * before "al Assad").
 */
function joinArabicArticles<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  return spans.map((span) => {
    // Cheap test first: "l" and a space right before the span.
    if (span.start < 3 || text[span.start - 2] !== 'l' || !/(?:^|[^\p{L}])al\s$/u.test(text.slice(Math.max(0, span.start - 4), span.start)) || /\s/.test(span.text.trim())) return span;
    const start = span.start - 3;
    const named = spans.some((s) => s !== span && s.type === 'person' && s.text.includes(' ') && s.text.endsWith(span.text.trim()));
    const type = span.type === 'person' && !named ? 'organization' : span.type;
    return { ...span, start, text: text.slice(start, span.end), type, rule: `${span.rule}+joined-article` };
  });
}

// Generic heads of organization names that go on with a purpose: "National Organization for Women", "Coalition to
// Stop Gun Violence", "National Committee to Preserve Social Security and Medicare".
const PURPOSE_HEADS = new Set('organization committee coalition commission campaign council association alliance fund foundation center centre institute society league network movement project federation'.split(' '));
// " to Preserve Social Security", " for Women": the preposition and the capitalized words of the purpose.
const PURPOSE_REST = /^\s+(?:to|for|on|against)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*/u;
// " and Medicare,": one more capitalized word after "and", where the name plainly ends (punctuation follows).
const PURPOSE_AND = /^\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?(?=[,.;:)]|$)/u;
// "the Nato-Russia Council on Wednesday": a day or month after "on" is when, not part of the name.
// MONTHS leaves out "may" (a name as often as a month); after "on" it is the month.
const WHEN_WORDS: ReadonlySet<string> = new Set([...'monday tuesday wednesday thursday friday saturday sunday may'.split(' '), ...MONTHS]);

// First words of organization names that say only what kind of body it is: cut from the words before them, they
// leave a fragment ("Coalition" of "Christian Coalition").
const GENERIC_ORGANIZATION_FIRST = new Set(
  'coalition chamber council committee caucus conference association federation alliance league union party center centre institute foundation fund society church brotherhood network'.split(' '),
);
// Words of faith, group or party that open the names of bodies ("Christian Coalition", "Republican Jewish Coalition",
// "Hispanic Chamber of Commerce"): the tagger, which sees them as affiliations (CoNLL's MISC), cuts them off.
const AFFILIATION_WORDS: ReadonlySet<string> = new Set([...GROUP_WORDS, ...PARTY_MEMBER, 'democratic', 'progressive', 'libertarian']);
// The capitalized words right before a span, one space apart.
const CAPITALIZED_RUN_BEFORE = /(?:\p{Lu}\p{Ll}+ )+$/u;

/**
 * "Christian" + "Coalition" (Fox, basil-dev), "Republican Jewish" + "Coalition" (PolNeAR train, 9 mentions): an
 * organization opening with a generic head joins the words of faith, group or party right before it, which the
 * tagger had left out or typed apart; spans over those words give way.
 */
function joinAffiliations<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const joined = new Map<T, T>();
  for (const span of spans) {
    if (span.type !== 'organization' || !GENERIC_ORGANIZATION_FIRST.has((span.text.trim().split(/\s+/)[0] ?? '').toLowerCase())) continue;
    const run = CAPITALIZED_RUN_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start))?.[0].split(' ').filter(Boolean) ?? [];
    let taken = 0;
    while (taken < run.length && AFFILIATION_WORDS.has((run[run.length - 1 - taken] ?? '').toLowerCase())) taken++;
    if (taken === 0) continue;
    const start = span.start - run.slice(run.length - taken).join(' ').length - 1;
    joined.set(span, { ...span, start, text: text.slice(start, span.end), rule: `${span.rule}+joined-affiliation` });
  }
  if (joined.size === 0) return [...spans];
  const cover = [...joined.values()];
  return spans.flatMap((s) => {
    const j = joined.get(s);
    if (j !== undefined) return [j];
    return cover.some((c) => c.start <= s.start && s.end <= c.end) ? [] : [s];
  });
}

/**
 * "National Organization" + " for Women", "National Committee" + " to Preserve Social Security" + " and Medicare":
 * an organization ending in a generic head that goes on with "to/for/on/against" and capitalized words was cut by the
 * tagger at the preposition; the rest joins it, up to a title word ("for Women President Terry O'Neill" stops at
 * "President"), and spans inside the rest give way.
 */
function joinNameObjects<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  let skipTo = -1;
  for (const span of spans) {
    if (span.start < skipTo) continue;
    const space = span.text.lastIndexOf(' ');
    const head = span.text.slice(space + 1).toLowerCase();
    const rest = span.type === 'organization' && PURPOSE_HEADS.has(head) ? PURPOSE_REST.exec(text.slice(span.end, span.end + 120)) : null;
    if (rest === null) {
      out.push(span);
      continue;
    }
    // Cut the purpose before a title word: the words after it name the title holder.
    let length = 0;
    for (const w of rest[0].matchAll(/\S+/g)) {
      const bare = w[0].toLowerCase().replace(/\.$/, '');
      if (w.index > 0 && /^\p{Lu}/u.test(w[0]) && (STRONG_ROLES.has(bare) || WHEN_WORDS.has(bare))) break;
      length = w.index + w[0].length;
    }
    let end = span.end + length;
    const and = PURPOSE_AND.exec(text.slice(end, end + 40));
    if (and !== null && length === rest[0].length) end += and[0].length;
    // Nothing but the preposition (and "the") left: no purpose to join.
    if (!/\p{Lu}/u.test(text.slice(span.end, end))) {
      out.push(span);
      continue;
    }
    skipTo = end;
    out.push({ ...span, end, text: text.slice(span.start, end), rule: `${span.rule}+joined-purpose` });
  }
  return out;
}
