import type { TextRange } from '../../model/span.ts';
import { tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';
import { tokenize } from '../../text/tokens.ts';
import { isReportingVerbAt } from './find-reporting-verb.ts';
import type { NameSpan } from './types.ts';
import { isTitleWord } from './titles.ts';
import { isRoleWord } from '../entities/titles.ts';

/** What the antecedent search may look at, built once per article. */
export interface Discourse {
  readonly text: string;
  readonly sentences: readonly TextRange[];
  readonly paragraphs: readonly TextRange[];
  /** Quoted stretches: a name inside someone's quote is not who "he" is in the narration. */
  readonly quoted: readonly TextRange[];
  /** Names a he/she can stand for: people, and names already found speaking. Sorted by start. */
  readonly people: readonly NameSpan[];
  /** The article's tokens, if made already (`tokensIn`). */
  readonly tokens?: ArticleTokens | undefined;
}

/** A quote already attributed, as a candidate: the speaker of the previous quote is the likeliest "he". */
export interface SpokenBefore {
  readonly at: number;
  readonly speaker: string;
  readonly range: TextRange;
}

export interface Antecedent {
  readonly speaker: string;
  readonly range: TextRange;
  readonly rule: string;
}

// A reader keeps a "he" tied to someone over about this many sentences, and not across more than one paragraph break
// without a name: further back the reporter names the speaker again.
const MAX_SENTENCES_BACK = 6;
const MAX_PARAGRAPHS_BACK = 1;
// "Bill Kristol, who led ..., said": a name counts as the teller of its sentence when a reporting verb follows within
// this many words (an apposition or relative clause of a few words in between).
const MAX_WORDS_NAME_TO_VERB = 3;

/**
 * Who a he/she speaking at `at` stands for, the way a reader finds it: walking back sentence by sentence from the
 * words before it, the first sentence that has a fitting candidate gives it, in this order: the speaker of a quote in
 * that sentence; a person followed by a reporting verb ("Justice Antonin Scalia, who said"); the first person named
 * (the sentence's subject, as a rule: "But Justice Antonin Scalia was unconvinced."). A sentence whose subject is
 * itself a fitting he/she ("He recalled campaigning with Romney") passes the question further back. Names inside
 * quotes or inside `ownContent` (what the pronoun is reported to have said) and names of places or organizations never
 * count. Undefined when nothing fits within reach.
 */
export function findAntecedent(
  d: Discourse,
  at: number,
  fits: (name: string) => boolean,
  spoken: readonly SpokenBefore[],
  pronoun: RegExp,
  ownContent?: TextRange,
): Antecedent | undefined {
  const here = sentenceIndex(d.sentences, at);
  let firstParagraph = paragraphIndex(d.paragraphs, at) - MAX_PARAGRAPHS_BACK;
  for (let i = here, n = 0; i >= 0 && n <= MAX_SENTENCES_BACK; i--, n++) {
    const s = d.sentences[i];
    if (s === undefined || paragraphIndex(d.paragraphs, s.start) < firstParagraph) break;
    const segment = { start: s.start, end: Math.min(s.end, at) };
    if (segment.end <= segment.start) continue;
    const said = spoken.filter((q) => q.at >= segment.start && q.at < segment.end && fits(q.speaker)).at(-1);
    if (said !== undefined) return { speaker: said.speaker, range: said.range, rule: 'speaker/previous-quote' };
    // "Of Obama, he said": in the pronoun's own sentence, a name in a fronted prepositional phrase is what "he" speaks
    // about, neither the sentence's teller nor its subject ("When Trump arrived, he said" still gives Trump: a clause).
    // "Saying President Obama, he said, was “too simple an answer.”": a name inside what the pronoun itself is said
    // to have said is what it spoke about, never who it is.
    const named = d.people.filter(
      (p) => p.start >= segment.start && p.end <= segment.end && !inside(d.quoted, p) && !(ownContent !== undefined && inside([ownContent], p)),
    );
    const people = named.filter(
      (p) => fits(p.name) && !attributive(d.text, p) && !(i === here && prepositional(d.text, segment.start, p.start)),
    );
    const teller = people.find((p) => !possessive(d.text, p) && tellsIn(d, p, segment.end, named));
    // "Rep. Joseph Crowley asked her if she could comment. She said: ..." answers the question: the "she" is the one
    // asked, not the asker, so the walk goes on to whoever "her" stands for.
    if (teller !== undefined && asksSameGender(d.text, teller, segment.end, pronoun)) {
      firstParagraph = Math.min(firstParagraph, paragraphIndex(d.paragraphs, s.start) - MAX_PARAGRAPHS_BACK);
      continue;
    }
    // "Hugh Hewitt asked Trump about statements he had made the previous night, when he claimed …": in the asking
    // sentence itself, a "he" after the question is the one asked (the quote went to Hewitt, PolNeAR train).
    const asked = teller !== undefined && i === here ? askedPerson(d.text, teller, segment.end, people) : undefined;
    if (asked !== undefined) return { speaker: asked.name, range: asked, rule: 'speaker/asked-in-sentence' };
    if (teller !== undefined) return { speaker: teller.name, range: teller, rule: 'speaker/teller-of-sentence' };
    // "The congressman also expressed concern about his wife, Huma Abedin": a role standing as the subject refers
    // back to someone named before, just like a pronoun.
    const subjectPronoun = leadingPronoun(d, segment, pronoun) ?? leadingRole(d.text, segment);
    // "Speaking just as Sherman held a call, Ryabkov rattled off demands": a name in a subordinate clause or after a
    // preposition is not the sentence's subject when another name is.
    const first =
      // A possessive still counts: "Beck's stood out for his demand" (his speech) keeps Beck the one spoken of.
      people.find((p) => !subordinate(d.text, segment.start, p.start) && !possessed(d.text, segment.start, p.start)) ??
      // Every person stands in a subordinate phrase: they are the subject only when no role phrase is ("The Idaho
      // congressman, echoing others, has said ... because President Obama must": the congressman is).
      (subjectPronoun === undefined ? people[0] : undefined);
    if (first !== undefined && (subjectPronoun === undefined || first.start < subjectPronoun)) {
      return { speaker: first.name, range: first, rule: 'speaker/subject-of-sentence' };
    }
    // "He recalled campaigning with Romney": the same he continues, so keep walking back, as far again from here. So
    // does a sentence that speaks of her or him without a fitting name ("Crowley asked her if she could comment").
    if (subjectPronoun !== undefined || mentionsPronoun(d, segment, pronoun)) {
      firstParagraph = Math.min(firstParagraph, paragraphIndex(d.paragraphs, s.start) - MAX_PARAGRAPHS_BACK);
    }
  }
  return undefined;
}

// Words that open a clause or phrase whose names are not the subject of the sentence.
const SUBORDINATORS = new Set(
  'as when while after before because if since although though until unless whereas with without for of to from by at in on about against like than including'.split(' '),
);

/** True when the nearest word that opens a clause or phrase before `at` (back to a comma or the start) subordinates it. */
function subordinate(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('—')) + 1);
  return clause.toLowerCase().split(/[^\p{L}]+/u).some((w) => SUBORDINATORS.has(w));
}

// Prepositions whose object is a topic or a partner, never the subject of the clause that follows.
const PREPOSITIONS = new Set('of about on regarding concerning to with against for from by at toward towards'.split(' '));

/**
 * True when the sentence opens with a short phrase ending in a preposition right before the name ("Of Obama, he
 * said", "Asked about Romney, she said"): three words at most, so the phrase is fronted, not a clause of its own.
 */
function prepositional(text: string, from: number, at: number): boolean {
  const words = text.slice(from, at).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const last = words.at(-1);
  return last !== undefined && words.length <= 3 && PREPOSITIONS.has(last);
}

// "his wife, Huma Abedin", "her partner, Heather Poe": a name owned by someone else in the sentence is not its subject.
function possessed(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 30), at).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
  return before.some((w) => w === 'his' || w === 'her' || w === 'their');
}

// "The congressman", "The former senator", "The Idaho congressman, echoing ...": "the", up to four words, then a
// lower-case word (the verb) or a comma (an apposition or participle follows).
const ROLE_SUBJECT = /^(?:[\s“”"]*)(?:But|And|Still|Later|Earlier)?,?\s*[Tt]he\s+((?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+)(?=,?\s+\p{Ll})/u;

function leadingRole(text: string, segment: TextRange): number | undefined {
  const m = ROLE_SUBJECT.exec(text.slice(segment.start, segment.end));
  if (m === null) return undefined;
  const run = (m[1] ?? '').split(/\s+/);
  // The role phrase is the longest run of words up to a role word: title words ("the former vice president") or
  // a capitalized place or party before the role ("The Idaho congressman"). The words after it are the verb's.
  for (let k = run.length; k >= 1; k--) {
    const words = run.slice(0, k);
    const last = words.at(-1) ?? '';
    const after = run[k];
    if (after !== undefined && !/^\p{Ll}/u.test(after)) continue;
    const allTitles = words.every((w) => isTitleWord(w)) && words.some((w) => isRoleWord(w));
    const modified = isRoleWord(last) && words.slice(0, -1).every((w) => isTitleWord(w) || /^\p{Lu}\p{Ll}+$/u.test(w));
    if (allTitles || modified) return segment.start + m.index;
  }
  return undefined;
}

/** "Michael Brown's death": a name marked possessive is a determiner of what follows, not who acts or speaks. */
function possessive(text: string, p: TextRange): boolean {
  return /^['’]s?\b/u.test(text.slice(p.end, p.end + 3));
}

/**
 * "the Romney campaign message", "the Obama administration": a name between an article and a lower-case word
 * modifies that noun; it is not a person the sentence speaks of.
 */
function attributive(text: string, p: TextRange): boolean {
  return /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, p.start - 5), p.start)) && /^\s+\p{Ll}/u.test(text.slice(p.end, p.end + 3));
}

// Verbs that put a question or a demand to someone: the one it is put to answers next.
const ASKING = /^(?:asked|asks|pressed|presses|questioned|questions|quizzed|challenged|challenges)$/i;

/** The person the teller asks, named right after the asking verb ("Hewitt asked Trump about …"), if one fits. */
function askedPerson(text: string, teller: NameSpan, limit: number, people: readonly NameSpan[]): NameSpan | undefined {
  const tokens = tokenize(text.slice(teller.end, Math.min(limit, teller.end + 120)), teller.end).filter((t) => /\p{L}/u.test(t.text));
  const verb = tokens.findIndex((t) => ASKING.test(t.text));
  const next = tokens[verb + 1];
  if (verb < 0 || verb > MAX_WORDS_NAME_TO_VERB || next === undefined) return undefined;
  return people.find((p) => p !== teller && p.start === next.start);
}

/**
 * True when the teller asks someone named by the object form of the pronoun being resolved ("Crowley asked her",
 * for a "she"): the next "she said" is the reply, so the asker is not who the pronoun stands for.
 */
function asksSameGender(text: string, teller: NameSpan, limit: number, pronoun: RegExp): boolean {
  const object = pronoun.test('he') ? 'him' : pronoun.test('she') ? 'her' : undefined;
  if (object === undefined) return false;
  const tokens = tokenize(text.slice(teller.end, Math.min(limit, teller.end + 120)), teller.end).filter((t) => /\p{L}/u.test(t.text));
  const verb = tokens.findIndex((t) => ASKING.test(t.text));
  return verb >= 0 && verb <= MAX_WORDS_NAME_TO_VERB && tokens[verb + 1]?.text.toLowerCase() === object;
}

// The other forms of he and she: a sentence that uses them outside quotes still speaks of the same person.
const OBJECT_FORMS: readonly { readonly pronoun: string; readonly forms: RegExp }[] = [
  { pronoun: 'he', forms: /^(?:he|him|his|himself)$/i },
  { pronoun: 'she', forms: /^(?:she|her|hers|herself)$/i },
];

function mentionsPronoun(d: Discourse, segment: TextRange, pronoun: RegExp): boolean {
  const forms = OBJECT_FORMS.find((f) => pronoun.test(f.pronoun))?.forms;
  if (forms === undefined) return false;
  return tokensIn(d.tokens, d.text, segment.start, segment.end).some((t) => forms.test(t.text) && !inside(d.quoted, t));
}

function inside(quoted: readonly TextRange[], r: TextRange): boolean {
  return quoted.some((q) => q.start <= r.start && r.end <= q.end);
}

/**
 * True when a reporting verb follows the name within a few words. Another name between them is the verb's teller
 * ("questioned by Rep. Jeff Duncan (R-S.C.), Clinton urged"), so the search stops there.
 */
function tellsIn(d: Discourse, p: NameSpan, limit: number, names: readonly NameSpan[]): boolean {
  const text = d.text;
  let words = 0;
  const next = names.find((n) => n.start >= p.end)?.start ?? limit;
  for (const t of tokensIn(d.tokens, text, p.end, Math.min(limit, next, p.end + 200))) {
    if (!/\p{L}/u.test(t.text)) {
      if (/^[.;:!?“”"]$/.test(t.text)) return false;
      continue;
    }
    if (isReportingVerbAt(text, t)) return true;
    if (++words > MAX_WORDS_NAME_TO_VERB) return false;
  }
  return false;
}

// An introductory phrase longer than this many words is rare; past it the first comma no longer ends an opener.
const MAX_OPENER_WORDS = 20;

/** Offset of a he/she that opens the segment's narration (after an opening adverbial), if any. */
function leadingPronoun(d: Discourse, segment: TextRange, pronoun: RegExp): number | undefined {
  let words = 0;
  let opener = false;
  let afterComma = false;
  for (const t of tokensIn(d.tokens, d.text, segment.start, segment.end)) {
    if (t.text === ',' && opener) afterComma = true;
    if (!/\p{L}/u.test(t.text) || inside(d.quoted, t)) continue;
    if (pronoun.test(t.text) && (words < 6 || afterComma)) return t.start;
    // The subject stands within the first few words ("On Tuesday, he said"; "But she added"), or right after an
    // introductory phrase that opens with a preposition or subordinator ("At a 2008 ceremony in front of the
    // Veterans War Memorial Building in Shelton, he praised").
    if (words === 0) opener = SUBORDINATORS.has(t.text.toLowerCase());
    if (afterComma || ++words >= (opener ? MAX_OPENER_WORDS : 6)) return undefined;
  }
  return undefined;
}

export function sentenceIndex(sentences: readonly TextRange[], at: number): number {
  let found = -1;
  for (let i = 0; i < sentences.length; i++) {
    if ((sentences[i] as TextRange).start > at) break;
    found = i;
  }
  return found;
}

function paragraphIndex(paragraphs: readonly TextRange[], at: number): number {
  let found = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if ((paragraphs[i] as TextRange).start > at) break;
    found = i;
  }
  return found;
}
