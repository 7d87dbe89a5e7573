import type { TextRange } from '../../model/span.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import type { NameSpan, SpeakerPhrase } from './types.ts';
import { isTitleWord } from './titles.ts';
import { isAbbreviationDot } from './abbreviation-dot.ts';
import { isStopword } from '../../text/stopwords.ts';
import { MONTH_ANY, WEEKDAY_NAME } from '../time/lexicon.ts';

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
// A word of a name joined by "and" ("Oklahoma", "N.Y.", "O'Neill").
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
// Pronouns that are only ever subjects ("it" and "you" are objects too: "calling it a mistake").
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);
// A speaker phrase longer than this is a clause, not a noun phrase ("the independent Vermont senator" is 4).
const MAX_PHRASE_WORDS = 7;
// Words that end a speaker phrase walking leftwards: a clause boundary lies before them.
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'and but or that which who because if when while as so than then though although after before since'.split(' '),
);

// Relative pronouns that open a non-restrictive clause about the subject before them.
const RELATIVE: ReadonlySet<string> = new Set(['who', 'which']);
// Auxiliaries and adverbs between a subject and its verb: "He also said", "Analysts have said", "she later told".
const AUX_OR_ADVERB: ReadonlySet<string> = new Set(
  ('also has have had would will could should may might must did does do is was were are be been being not never ' +
    'later then once again previously recently repeatedly reportedly already still just further had earlier ' +
    'nevertheless nonetheless meanwhile instead too ' +
    'first finally often frequently publicly privately separately simply').split(' '),
);
const DETERMINER = /^(?:the|a|an|one|two|three|some|many|several|other|another|his|her|their|its|our|this|these|those)$/i;
// A phrase opening with a preposition is an adverbial ("In his remarks"), not a speaker.
const PREPOSITIONS: ReadonlySet<string> = new Set('in on at for with from by after before during to of about into over under'.split(' '));

// "he or she", "she or he", "he/she", "s/he": a pronoun pair that stands for anyone.
const GENERIC_PERSON = /\b(?:he\s+or\s+she|she\s+or\s+he|he\s*\/\s*she|she\s*\/\s*he|s\/he)\b/i;
// "denying what some have said was a signal that …", "others said": a pronoun for unnamed people right before the verb
// is its subject, so no name further back in the phrase ("Santorum told host Bob Schieffer, denying what some have
// said", basil-dev 2012: credited to Schieffer) said it.
const UNNAMED_SUBJECT: ReadonlySet<string> = new Set('some others many few several someone somebody everyone everybody anyone anybody nobody'.split(' '));

export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

/**
 * The speaker in `range` (the words before a reporting verb, or after it for "said X"):
 * a name if one stands there (the last one before the verb, the first one after it), else a pronoun, else the
 * noun phrase itself ("the senator"). Names that only modify the phrase ("Clinton's spokesman",
 * "a spokesman for Trump") do not count as the speaker.
 */
export function pickSpeaker(
  text: string,
  range: TextRange,
  names: readonly NameSpan[],
  side: 'before-verb' | 'after-verb',
): SpeakerPhrase | undefined {
  const end = side === 'before-verb' ? withoutTrailingTime(text, range) : range.end;
  const tokens = trimAuxiliaries(trimPunctuation(tokenize(text.slice(range.start, end), range.start)));
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return undefined;
  // "the secretary can do so if he or she believes ...": whoever holds a role, nobody in particular, said nothing.
  if (GENERIC_PERSON.test(text.slice(Math.max(0, last.start - 8), last.end + 8))) return undefined;
  if (side === 'before-verb' && tokens.length > 1 && UNNAMED_SUBJECT.has(last.text.toLowerCase())) return undefined;
  if (tokens.length === 1 && isPronoun(first.text)) return { start: first.start, end: first.end, text: first.text, kind: 'pronoun' };
  // "As for Trump’s ability to deflect attacks, she said": the pronoun next to the verb is the speaker.
  if (side === 'before-verb' && isPronoun(last.text) && tokens[tokens.length - 2]?.text === ',') {
    return { start: last.start, end: last.end, text: last.text, kind: 'pronoun' };
  }
  // "a mistake he said he made", "The only possible candidate he confirmed speaking with": a subject pronoun right
  // before the verb is its subject, the noun before it the object of a relative clause without "that" (basil-dev gave
  // the speakers "a mistake he" and "The only possible candidate he").
  // Only after a noun: after "in which he" the words before are a clause of their own, not this verb's subject.
  const beforeLast = tokens[tokens.length - 2]?.text.toLowerCase() ?? '';
  const afterNoun = /^\p{L}+$/u.test(beforeLast) && !CLAUSE_WORDS.has(beforeLast) && !PREPOSITIONS.has(beforeLast) && !DETERMINER.test(beforeLast);
  if (side === 'before-verb' && afterNoun && SUBJECT_PRONOUNS.has(last.text.toLowerCase())) {
    return { start: last.start, end: last.end, text: last.text, kind: 'pronoun' };
  }
  // The words next to the verb: after the last comma before it ("In the interview, the senator said"), all of them
  // after it.
  const nextToVerb = side === 'before-verb' ? lastCommaChunk(tokens) : tokens;
  // "Before approaching Mac and Cheese, the two turkeys, the president remarked": a noun phrase opening with a
  // determiner after the last comma, with no comma between it and the verb, is the subject; the names before that
  // comma belong to an opening phrase (the quote went to "Cheese"). With a comma before the verb it is an apposition
  // ("Josh Earnest, the White House press secretary, said") and the name stays the speaker.
  if (side === 'before-verb') {
    const head = nextToVerb[0];
    // "Joni Ernst, a candidate in the Republican Senate primary on June 3, announced": the comma closing the
    // apposition comes after the time phrase left out.
    const apposition = /^\s*,/.test(text.slice(last.end, range.end)) || (end < range.end && /,\s*$/.test(text.slice(end, range.end)));
    if (head !== undefined && nextToVerb !== tokens && !apposition && /^(?:the|a|an)$/i.test(head.text) && !names.some((n) => n.start >= head.start && n.end <= last.end)) {
      const phrase = nounPhrase(text, nextToVerb);
      if (phrase !== undefined) return { ...phrase, kind: 'phrase' };
    }
  }
  // After the verb the speaker comes first ("said Sen. X"); "said on Twitter" names a channel, not a speaker.
  if (side === 'after-verb' && PREPOSITIONS.has(first.text.toLowerCase())) return undefined;
  const candidates = names.filter((n) => n.start >= first.start && n.end <= last.end && n.type !== 'place' && !isModifier(text, n, first.start));
  // "Oklahoma and Nebraska said", "the NAACP and the ACLU said": two names joined by "and", no person among them, speak
  // together (the quote went to "Nebraska"). Two people keep the one nearest the verb, as before.
  const joined = joinedNames(text, nextToVerb);
  if (joined !== undefined && !candidates.some((n) => n.type === 'person')) return joined;
  // "In the House, Democratic lawmakers said", "other top IRS officials said": when the name next to the verb only
  // modifies the noun heading the phrase, that noun phrase is the speaker, not this name or one further away.
  const nearest = side === 'before-verb' ? candidates.at(-1) : candidates[0];
  // "an influential Clinton supporter, said", "a Ryan spokesman said": a name between an article and a lower-case noun
  // modifies that noun, and the noun phrase is the speaker (not this name, nor one further from the verb). Another
  // person named in the phrase still outranks it ("Josh Earnest, the White House press secretary, said").
  const otherPerson = candidates.some((n) => n !== nearest && n.type === 'person');
  if (nearest !== undefined && !otherPerson && betweenArticleAndNoun(text, nearest, first.start, last.end)) {
    const phrase = nounPhrase(text, nextToVerb);
    if (phrase !== undefined && phrase.start < nearest.start && phrase.end > nearest.end) return { ...phrase, kind: 'phrase' };
  }
  // A person named in the phrase still outranks it ("Austin Smythe, the panel’s Republican staff director, said").
  const noPerson = nearest !== undefined && !candidates.some((n) => n.type === 'person');
  if (nearest !== undefined && noPerson && modifiesNoun(text, nearest, last.end)) {
    return nounPhrase(text, nextToVerb) ?? { start: nearest.start, end: last.end, text: text.slice(nearest.start, last.end), kind: 'phrase' };
  }
  // "The Arizona Republican said", "Some leading Democrats said": a party or group word (typed other) describes the
  // speaker; the noun phrase holding it, when there is one, says who.
  if (nearest !== undefined && noPerson && nearest.type === 'other') {
    const phrase = nounPhrase(text, nextToVerb);
    // Four words at most ("the Senate’s top Democrat"): a longer phrase holds a clause ("a Democrat facing a ...").
    const short = phrase !== undefined && phrase.text.split(/\s+/).length <= MAX_DESCRIPTION_WORDS;
    if (phrase !== undefined && short && phrase.start < nearest.start && phrase.end >= nearest.end) return phrase;
    const described = phraseUpToNoun(text, nextToVerb, nearest);
    if (described !== undefined) return described;
  }
  // "Austin Smythe, the panel’s Republican staff director, said": a person named in the phrase outranks a party,
  // a group or an outlet also named in it (those describe the speaker); the one nearest the verb among equals.
  const persons = candidates.filter((n) => n.type === 'person');
  const pool = persons.length > 0 ? persons : candidates;
  const name = side === 'before-verb' ? pool[pool.length - 1] : pool[0];
  if (name !== undefined) return { start: name.start, end: name.end, text: name.name, kind: 'name' };
  return nounPhrase(text, nextToVerb);
}

// When the subject said it, not who: "An NBC News/Wall Street Journal poll last week found", "Trustees of the Social
// Security and Medicare Trust Fund last week warned", "Another security review, on June 25, 2012, reported" (basil-dev
// gave the speakers "… poll last week", "… Trust Fund last week" and "… review, on June 25, 2012"). A month counts only
// with its day ("Theresa May said" keeps its May); week, night and the like only in lower case ("Good Morning America").
const TRAILING_TIME = new RegExp(
  `(?:\\s+(?:(?:on|in|at|last|this|next|early|late|earlier|later)\\s+)*` +
    `(?:${WEEKDAY_NAME}|${MONTH_ANY}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|week|month|year|night|weekend|morning|afternoon|evening|yesterday|today|tonight))+[\\s,]*$`,
  'u',
);

// A participle the time phrase belonged to: "The rules issued Thursday said", "Additional records disclosed
// Wednesday show": the records speak, and "issued Thursday" says which.
// Not after a pronoun: "the scholars I interviewed this week thought" is a clause of its own.
const TRAILING_PARTICIPLE = /(?<!\b(?:I|we|you|they|he|she|it))\s+\p{Ll}+ed$/u;

/** Where the subject ends once a time phrase closing it (and its participle) is left out; at least one word stays. */
function withoutTrailingTime(text: string, range: TextRange): number {
  const m = TRAILING_TIME.exec(text.slice(range.start, range.end));
  if (m === null) return range.end;
  const kept = text.slice(range.start, range.start + m.index);
  const participle = TRAILING_PARTICIPLE.exec(kept);
  const end = participle !== null && /\p{L}/u.test(kept.slice(0, participle.index)) ? participle.index : m.index;
  return /\p{L}/u.test(kept.slice(0, end)) ? range.start + end : range.end;
}

/**
 * "One Democratic official who relayed the exchange said", "Democratic voters are more likely to say" (PolNeAR train:
 * 35 quotes went to "Republican" or "Democratic"): a party or group word before a lower-case noun describes whoever
 * that noun is, and the phrase up to the noun speaks. A plural ("Democrats don't", "Republicans choose") is itself the
 * noun, and what follows it its verb.
 */
function phraseUpToNoun(text: string, tokens: readonly Token[], name: NameSpan): SpeakerPhrase | undefined {
  if (/s$/.test(name.name) || !/^\s+\p{Ll}/u.test(text.slice(name.end, name.end + 2))) return undefined;
  const first = tokens.findIndex((t) => t.start > name.end && /^\p{Ll}/u.test(t.text));
  if (first < 0 || !isRunOn(tokens[first]?.text)) return undefined;
  // "a longtime GOP data expert said": a run of such words that reaches the verb is the whole noun.
  const noun = tokens.slice(first).every((t) => isRunOn(t.text)) ? tokens.length - 1 : first;
  const phrase = nounPhrase(text, tokens.slice(0, noun + 1));
  return phrase !== undefined && phrase.start <= name.start ? { ...phrase, kind: 'phrase' } : undefined;
}

/** "Oklahoma and Nebraska": capitalized words on both sides of one "and", nothing else in the phrase. */
function joinedNames(text: string, tokens: readonly Token[]): SpeakerPhrase | undefined {
  const and = tokens.findIndex((t) => t.text === 'and');
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (and <= 0 || and === tokens.length - 1 || first === undefined || last === undefined) return undefined;
  const named = (part: readonly Token[]) => part.length > 0 && part.length <= 3 && part.every((t) => CAPITALIZED_WORD.test(t.text) && !isStopword(t.text));
  if (!named(tokens.slice(0, and)) || !named(tokens.slice(and + 1))) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: 'phrase' };
}

// "In the interview, the senator said": of a phrase with commas the part next to the verb is the speaker.
function lastCommaChunk(tokens: readonly Token[]): readonly Token[] {
  const comma = tokens.findLastIndex((t) => t.text === ',');
  const tail = tokens.slice(comma + 1);
  return tail.some((t) => /\p{L}/u.test(t.text)) ? tail : tokens;
}

// "al-Zuwiy said", "said el-Sisi": an Arabic article joined to a surname by a hyphen starts a name in lower case
// (DUC 2004, Libya's justice minister: the quote went to "Libyan media", the subject of the sentence before).
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)-\p{Lu}/u;

/** A word that can be (part of) a name: capitalized, or a surname with its lower-case Arabic article. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || PARTICLE_NAME.test(word);
}

/** A lower-case word that may go on a noun run: not a clause word, preposition, auxiliary or adverb. */
function isRunOn(word: string | undefined): boolean {
  if (word === undefined || !/^\p{Ll}+$/u.test(word)) return false;
  return !CLAUSE_WORDS.has(word) && !PREPOSITIONS.has(word) && !AUX_OR_ADVERB.has(word) && !/(?:ing|ed|ly)$/.test(word);
}

function nounPhrase(text: string, tokens: readonly Token[]): SpeakerPhrase | undefined {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return undefined;
  // A phrase must look like a noun phrase: a determiner or capitalized word first, or a bare plural noun.
  if (!DETERMINER.test(first.text) && !isNameWord(first.text)) return undefined;
  // "the winner was declared", "carrying signs", "went on to": a clause or a verb phrase, not a speaker.
  if (words.some((w) => AUX_OR_ADVERB.has(w.text.toLowerCase()))) return undefined;
  const lastWord = last.text.toLowerCase();
  if (/(?:ing|ed|ly)$/.test(lastWord) || PREPOSITIONS.has(lastWord)) return undefined;
  if (words.some((w) => CLAUSE_WORDS.has(w.text.toLowerCase()))) return undefined;
  if (PREPOSITIONS.has(first.text.toLowerCase()) || isPronoun(first.text)) return undefined;
  // Capitalized words only ("Sherman" at a sentence start, which the name finder leaves out): a name.
  const capitalized = words.every((w) => isNameWord(w.text) && !isStopword(w.text)) && words.length <= 3;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: capitalized ? 'name' : 'phrase' };
}

/** The words of the speaker phrase standing just before `verbStart`, back to a clause boundary. */
export function phraseBefore(text: string, limit: number, verbStart: number): TextRange | undefined {
  // Walking back at most MAX_PHRASE_WORDS + 3 words plus a parenthesis: 240 characters hold it.
  const from = Math.max(limit, verbStart - 240);
  // A time phrase closing the subject is left out of the walk, as pickSpeaker leaves it out of the speaker: "Joni
  // Ernst, a candidate in the Republican Senate primary on June 3, announced" must reach back to "Joni", and in "Glenn
  // Beck, who … denouncing the GOP presidential nominee, on Friday declared" the comma before it closes the aside.
  const timeStart = withoutTrailingTime(text, { start: from, end: verbStart });
  const all = tokenize(text.slice(from, verbStart), from);
  // The comma closing the subject's aside stays ("President Obama, dedicating the … Culture on Saturday, said").
  const closing = all.at(-1)?.text === ',' && (all.at(-1)?.start ?? 0) >= timeStart ? all.slice(-1) : [];
  const tokens = [...all.filter((t) => t.start < timeStart), ...closing];
  let i = tokens.length;
  let words = 0;
  let depth = 0;
  while (i > 0) {
    const t = tokens[i - 1];
    if (t === undefined) break;
    // "Sen. Richard J. Durbin (D-Ill.), said": a parenthesis is part of the phrase, whatever it holds.
    if (t.text === ')') depth++;
    else if (t.text === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // An apposition "Her counterpart, Sergei Ryabkov, said" keeps its commas; other punctuation ends the phrase.
      // A hyphen with a space on each side is a dash ("RANGOON, Burma - Aung San Suu Kyi's political allies said");
      // one inside "55-year-old" or "D.C.-based" joins words.
      if (/^[;:!?"“”\[\]—–]$/.test(t.text) || (t.text === '-' && /\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? ''))) break;
      if (t.text === '.' && !isAbbreviationDot(text, tokens, i - 1)) break;
      if (/\p{L}/u.test(t.text)) {
        // "Oklahoma and Nebraska said": "and" between two capitalized words joins two names into one subject, when
        // the name after it runs up to the verb ("History and Culture on Saturday, said" is inside an aside).
        const joinsNames =
          t.text === 'and' && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && tokens.length > i && tokens.slice(i).every((x) => CAPITALIZED_WORD.test(x.text));
        if (CLAUSE_WORDS.has(t.text.toLowerCase()) && !joinsNames) {
          // "Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said": a relative clause set off by commas
          // describes the subject before it; the speaker is that subject, not a name inside the clause.
          const before = tokens[i - 2];
          const closing = tokens[tokens.length - 1];
          if (RELATIVE.has(t.text.toLowerCase()) && before?.text === ',' && closing?.text === ',' && i - 1 < tokens.length - 1) {
            return phraseBefore(text, limit, before.start);
          }
          // Any clause word inside a stretch set off by commas right before the verb marks that stretch as an aside on
          // the subject before it: "President Obama, dedicating the National Museum of African American History and
          // Culture on Saturday, said" (NYT, PolNeAR dev), "Even China, Pyongyang's only ally and its economic
          // lifeline to the outside world, said", "…Services, the agency that oversees the EB-5 program, said": the
          // speaker is the subject before the opening comma, not the words after the clause word.
          // Only when the clause word is inside the last such stretch (no comma after it), the stretch holds no other
          // punctuation, and it does not open with a name ("both candidates, Democrat Hillary Clinton and Republican
          // Donald Trump, say": an apposition naming the speakers) unless a possessive one ("Pyongyang's only ally").
          const opening = closing?.text === ',' && tokens.slice(i, tokens.length - 1).every((x) => x.text !== ',') ? tokens.slice(0, i - 1).findLastIndex((x) => x.text === ',') : -1;
          const aside = opening >= 0 ? tokens.slice(opening + 1, tokens.length - 1) : [];
          const head = aside[0]?.text ?? '';
          const namedAside = /^\p{Lu}/u.test(head) && !DETERMINER.test(head) && aside[1]?.text !== "'s" && !/['’]s$/.test(head);
          if (opening >= 0 && !namedAside && aside.every((x) => !/^[;:!?"“”'\[\]—–]$/.test(x.text))) return phraseBefore(text, limit, tokens[opening]?.start ?? from);
          break;
        }
        words++;
        if (words > MAX_PHRASE_WORDS + 3) {
          // "Trump, who placed second in an NBC/ Wall Street Journal poll of potential 2012 Republican candidates,
          // said" (Fox, basil-dev: the quote went to "Republican candidates"): an aside opened by ", who" and closed
          // by the comma before the verb may run past the word limit; its subject speaks.
          const opening = relativeAsideOpening(tokens, i - 1);
          if (opening !== undefined) return phraseBefore(text, limit, opening.start);
          break;
        }
      }
    }
    i--;
  }
  const first = tokens[i];
  if (first === undefined) return undefined;
  return { start: first.start, end: verbStart };
}

/**
 * The comma before ", who"/", which" that opens an aside closed by the comma ending `tokens`, searched back from
 * `k` within the sentence; undefined when there is none.
 */
function relativeAsideOpening(tokens: readonly Token[], k: number): Token | undefined {
  if (tokens.at(-1)?.text !== ',') return undefined;
  for (let j = k; j > 0; j--) {
    const t = tokens[j];
    if (t === undefined || /^[;:!?"“”\[\]—–]$/.test(t.text)) return undefined;
    if (RELATIVE.has(t.text.toLowerCase()) && tokens[j - 1]?.text === ',') return tokens[j - 1];
  }
  return undefined;
}

/** The words after a verb up to a comma, full stop or quote mark: "said Sen. Claire McCaskill, D-Mo." */
export function phraseAfter(text: string, verbEnd: number, limit: number): TextRange | undefined {
  // A speaker phrase is at most MAX_PHRASE_WORDS words: 160 characters hold it.
  const tokens = tokenize(text.slice(verbEnd, Math.min(limit, verbEnd + 160)), verbEnd);
  let end: number | undefined;
  let words = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.text === '.' && isAbbreviationDot(text, tokens, i)) continue;
    if (/^[,.;:!?"“”()\[\]—–]$/.test(t.text)) break;
    words++;
    if (words > MAX_PHRASE_WORDS) break;
    end = t.end;
  }
  const first = tokens[0];
  return first === undefined || end === undefined ? undefined : { start: first.start, end };
}

// Only in lower case: between a subject and its verb an auxiliary is never capitalized, a name's word is ("Theresa May
// said" was "Theresa").
function trimAuxiliaries(tokens: readonly Token[]): Token[] {
  let b = tokens.length;
  while (b > 1 && (AUX_OR_ADVERB.has(tokens[b - 1]?.text ?? '') || /^\p{Ll}+ly$/u.test(tokens[b - 1]?.text ?? ''))) b--;
  return trimPunctuation(tokens.slice(0, b));
}

function trimPunctuation(tokens: readonly Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && !/[\p{L}\p{N}]/u.test(tokens[a]?.text ?? '')) a++;
  while (b > a && !/[\p{L}\p{N}]/u.test(tokens[b - 1]?.text ?? '')) b--;
  return tokens.slice(a, b);
}

// "Clinton's spokesman" and "a spokesman for Trump": the name modifies the speaker, it is not the speaker.
function isModifier(text: string, name: NameSpan, phraseStart: number): boolean {
  const after = text.slice(name.end, name.end + 3);
  // "Clinton's spokesman", and "Sanders’ policies": a name ending in s takes the apostrophe alone.
  if (/^['’]s\b/.test(after) || (/s$/i.test(text.slice(name.start, name.end)) && /^['’](?!\p{L})/u.test(after))) return true;
  const before = text.slice(phraseStart, name.start);
  // "at a Clinton campaign event", "for the Romney campaign": a name in a prepositional phrase modifies, never speaks.
  return /\b(?:for|of|to|with|from|at|in|on)\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.]*\s+)*$/u.test(before) && !/,\s*$/.test(before);
}

/**
 * A name after an article or another determiner and lower-case words ("an influential", "a", "another") and before a
 * lower-case word inside the phrase ("supporter"): it modifies that noun. ("the former president Bill Clinton said":
 * the verb is outside the phrase.) "another Ryan spokesperson added Tuesday" (Western Journalism 2016-10-11, PolNeAR
 * test) gave Paul Ryan a spokesperson's words when only a/an/the counted.
 */
function betweenArticleAndNoun(text: string, name: NameSpan, phraseStart: number, phraseEnd: number): boolean {
  const before = text.slice(Math.max(phraseStart, name.start - 60), name.start);
  return /(?:^|\s)(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Tt]his|[Tt]hat)\s+(?:\p{Ll}+\s+)*$/u.test(before) && /^\s+\p{Ll}/u.test(text.slice(name.end, Math.min(phraseEnd, name.end + 2)));
}

// " officials", " top aide", " staffer": lower-case words only, the noun a name stands before.
const NOUN_AFTER_NAME = /^(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;

/**
 * "other top IRS officials said", "said the Democratic staffer": a name followed by lower-case words to the end of
 * the speaker phrase modifies the noun that heads it; the officials spoke, not the IRS.
 */
function modifiesNoun(text: string, name: NameSpan, phraseEnd: number): boolean {
  // A person's name before lower-case words is the subject of a clause ("Obama rejected claims"), and so is any name
  // before a function word ("many Republicans continue to believe"): only an organization or a group, then one to
  // three content words, is a modifier and its noun.
  if (name.type === 'person' || name.end >= phraseEnd) return false;
  const after = text.slice(name.end, phraseEnd);
  const words = after.trim().split(/\s+/);
  return NOUN_AFTER_NAME.test(after) && words.length <= MAX_NOUN_WORDS && !words.some((w) => isStopword(w) || AUX_OR_ADVERB.has(w));
}
const MAX_DESCRIPTION_WORDS = 4;
// "officials", "campaign officials", "senior staff members": the noun after a modifying name is short.
const MAX_NOUN_WORDS = 3;

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Title words before a name, kept out of the speaker ("Deputy Foreign Minister"). */
export function stripTitle(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  // "RNC Chair Reince Priebus": an acronym leading a title belongs to the title.
  const acronymTitle = (k: number) => ACRONYM.test(words[k] ?? '') && isTitleWord(words[k + 1] ?? '');
  while (i < words.length - 1 && (isTitleWord(words[i] ?? '') || words[i] === 'of' || acronymTitle(i))) i++;
  return words.slice(i).join(' ');
}

// Words within which a sentence's subject stands: "When he returned he began by saying" has it at word 2.
const MAX_SUBJECT_WORDS = 8;
// An opening prepositional phrase is seldom longer than this; past it we no longer wait for its closing comma.
const MAX_OPENER_WORDS = 20;
// Prepositions that open a sentence-initial adverbial ("At a ceremony in Shelton, he ..."; "In 2003, he ...").
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set('at in on during after before from since under with without'.split(' '));

function leadingSpace(text: string, range: TextRange): number {
  const m = /^[\s“”"'‘’(]*/u.exec(text.slice(range.start, range.end));
  return m?.[0].length ?? 0;
}

/** The subject of a sentence (see subjectOfSentence) when it is a person's name, or part of one; else undefined. */
export function personSubject(text: string, range: TextRange, names: readonly NameSpan[], quoted: readonly TextRange[]): SpeakerPhrase | undefined {
  const subject = subjectOfSentence(text, range, names, quoted);
  return subject?.kind === 'name' && names.some((n) => n.type === 'person' && n.start <= subject.start && subject.end <= n.end) ? subject : undefined;
}

/**
 * The subject of a sentence, for a verb with none of its own: "He then adopted an accent and joked, “...”",
 * "“...,” he said, adding that ...". The first he/she/they or name followed by a verb, outside quoted text.
 */
export function subjectOfSentence(
  text: string,
  range: TextRange,
  names: readonly NameSpan[],
  quoted: readonly TextRange[],
): SpeakerPhrase | undefined {
  let words = 0;
  let opener = false;
  // A subject is followed by its verb: a lower-case word ("he began", "Trump then joked"), not "’s" or a number.
  const followedByVerb = (end: number) => /^ (?!of |and |or )\p{Ll}/u.test(text.slice(end, end + 5));
  for (const t of tokenize(text.slice(range.start, range.end), range.start)) {
    // "At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised ...": an opening
    // prepositional phrase holds no subject; counting starts again after the comma that closes it.
    if (t.text === ',' && opener) {
      opener = false;
      words = 0;
    }
    if (!/\p{L}/u.test(t.text) || quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
    if (words === 0 && t.start === range.start + leadingSpace(text, range)) opener = OPENING_PREPOSITIONS.has(t.text.toLowerCase());
    // "Douglas Brinkley, a historian who attended the session, recalled": a name opening the sentence, then an
    // apposition, is the subject.
    const opening = words === 0 ? names.find((n) => n.start === t.start && n.type !== 'place') : undefined;
    if (opening !== undefined && /^,/.test(text.slice(opening.end, opening.end + 1))) {
      return { start: opening.start, end: opening.end, text: opening.name, kind: 'name' };
    }
    if (/^(?:he|she|they)$/i.test(t.text) && followedByVerb(t.end)) return { start: t.start, end: t.end, text: t.text, kind: 'pronoun' };
    const name = opener ? undefined : names.find((n) => n.start === t.start && n.type !== 'place');
    // "Posting on Facebook on Friday, Mary Cheney, who ..., wrote": a name after a preposition is not the subject;
    // a person followed by an apposition is. "Cornyn's Democratic campaign counterpart": a name after a possessive
    // modifies the noun that follows it.
    const object = /\b(?:on|in|at|to|with|for|from|by|of|about|into)\s+(?:(?:the|a|an)\s+)?$/i.test(text.slice(Math.max(range.start, t.start - 10), t.start));
    const possessed = /['’]s\s+$/.test(text.slice(Math.max(range.start, t.start - 4), t.start));
    // "Sen. Bernie Sanders (Vt.), who lost …, identified": a short parenthesis after the name is part of it.
    const end = name === undefined ? 0 : name.end + (/^ ?\([^()]{1,30}\)/.exec(text.slice(name.end, name.end + 34))?.[0].length ?? 0);
    if (name !== undefined && !object && !possessed && (followedByVerb(end) || (name.type === 'person' && /^,/.test(text.slice(end, end + 1))))) {
      return { start: name.start, end: name.end, text: name.name, kind: 'name' };
    }
    if (++words >= (opener ? MAX_OPENER_WORDS : MAX_SUBJECT_WORDS)) return undefined;
  }
  return undefined;
}

// "a woman in the audience", "one protester": an indefinite or counted person, described rather than named.
const DESCRIPTION_OPENER = /^(?:a|an|one|another)$/i;
// The description keeps its noun and one prepositional phrase ("a woman in the audience"); the next phrase ("at a
// Clinton campaign event in New Hampshire") says where, not who.
const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = new Set('in at from of on with'.split(' '));
// "a woman in the audience" is five words, "a member of the House panel" six; past that it holds a clause.
const MAX_DESCRIBED_SUBJECT_WORDS = 6;

/**
 * "In December, a woman in the audience at a Clinton campaign event asked her: “…”": the subject of the reporting
 * verb is a described person, not a name. Only an indefinite description opening the clause (after an opening
 * phrase and its comma) counts, cut before its second prepositional phrase; a name inside it ("a Clinton campaign
 * event") never speaks.
 */
export function describedSubject(text: string, range: TextRange): SpeakerPhrase | undefined {
  const clause = text.slice(range.start, range.end);
  const comma = clause.lastIndexOf(',');
  const start = range.start + comma + 1;
  const tokens = tokenize(text.slice(start, range.end), start).filter((t) => /\p{L}/u.test(t.text));
  const [first, noun] = tokens;
  if (!first || !noun || !DESCRIPTION_OPENER.test(first.text) || !/^\p{Ll}+$/u.test(noun.text)) return undefined;
  let end = noun.end;
  let prepositions = 0;
  for (const t of tokens.slice(2)) {
    if (DESCRIPTION_PREPOSITIONS.has(t.text.toLowerCase()) && ++prepositions > 1) break;
    end = t.end;
  }
  const phrase = text.slice(first.start, end);
  if (phrase.split(/\s+/).length > MAX_DESCRIBED_SUBJECT_WORDS) return undefined;
  return { start: first.start, end, text: phrase, kind: 'phrase' };
}
