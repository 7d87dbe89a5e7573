import type { TextRange } from '../../model/span.ts';
import { tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';
import type { Token } from '../../text/tokens.ts';
import { isAbbreviationDot } from './abbreviation-dot.ts';
import { firstReportingVerb, lastReportingVerb } from './find-reporting-verb.ts';
import { describedSubject, personSubject, phraseAfter, phraseBefore, pickSpeaker, subjectOfSentence } from './pick-speaker.ts';
import type { NameSpan, QuotedSpan, RawAttribution, SpeakerPhrase } from './types.ts';
import { isTitleWord } from './titles.ts';

export interface DirectQuoteContext {
  readonly text: string;
  readonly paragraphs: readonly TextRange[];
  readonly sentences: readonly TextRange[];
  readonly names: readonly NameSpan[];
  readonly maxScareQuoteWords: number;
  /** Every quoted stretch: names inside a quote are never the subject of the sentence around it. */
  readonly quoted: readonly TextRange[];
  /** The article's tokens, if made already (`tokensIn`). */
  readonly tokens?: ArticleTokens | undefined;
}

// How far after a closing mark the reporting verb may stand: ",” said the independent Vermont senator" is 1 word,
// ",” Clinton's campaign manager, Robby Mook, said" is 6.
const MAX_WORDS_BEFORE_VERB_AFTER_QUOTE = 8;
// An apposition after the name ("Wendy Sherman, the deputy US secretary of state and leader of the delegation in
// Geneva, told") runs to about this many words.
const MAX_APPOSITION_WORDS = 20;
// After "said X" a sentence that goes on for more words is a new statement, not the tag of the quote before it.
const MAX_TAIL_WORDS_AFTER_TAG = 6;

interface Attached {
  readonly speaker: SpeakerPhrase;
  readonly cue: TextRange;
  readonly rule: string;
}

/**
 * Direct quotes with the speaker stated beside them; sentence-like quotes without a tag are returned untagged.
 * Partial quotes inside a clause ("said Moscow “will judge...”")
 * and short scare quotes are left to the indirect finder or dropped.
 */
export function findDirectQuotes(quotes: readonly QuotedSpan[], ctx: DirectQuoteContext): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const q of quotes) {
    const position = quotePosition(ctx, q);
    if (isPutQuestion(ctx, q)) continue;
    // “wrong to make this freedom an absolute one. It is limited,” Ryabkov said: a quote that opens inside the
    // writer's clause but runs on past a full stop inside its marks is the speaker's own sentences, not a fragment of
    // the writer's, and the tag after its closing mark names the speaker. Other inline quotes are left to the
    // indirect finder.
    const runsOn = position === 'inline' && runsPastSentenceEnd(ctx.text, q);
    if (position === 'inline' && !runsOn) continue;
    const attached = runsOn ? tagAfter(ctx, q) : preferNamedTeller(tagBefore(ctx, q), () => tagAfter(ctx, q), wordCount(ctx.text, q) > ctx.maxScareQuoteWords);
    if (runsOn && attached === undefined) continue;
    if (attached !== undefined && !isTitleLike(ctx, q, attached)) {
      out.push({ start: q.start, end: q.end, direct: true, speaker: attached.speaker, cue: attached.cue, rule: attached.rule });
    } else if (wordCount(ctx.text, q) > ctx.maxScareQuoteWords && looksLikeSpeech(ctx.text, q)) {
      // Speech with no tag of its own: `attachUntaggedQuotes` gives it the speaker of the attribution before it.
      const ownLeadIn = unreadLeadIn(ctx, q, position);
      out.push({ start: q.start, end: q.end, direct: true, rule: UNTAGGED_RULE, ...(ownLeadIn ? { ownLeadIn } : {}) });
    }
  }
  return out;
}

/**
 * "The officer yelled, “Where are you going? Hold it!” Holder recalled." (Fox, basil-dev: the words went to the one
 * officer the article names, Darren Wilson): a described speaker before the quote and a named one tagging it right
 * after are a story inside a story, and the named teller is the one the text vouches for. Only for speech (a quote
 * longer than a scare quote), so a title's quote is not tagged by the sentence after it.
 */
function preferNamedTeller(before: Attached | undefined, after: () => Attached | undefined, speech: boolean): Attached | undefined {
  if (before === undefined) return after();
  if (before.speaker.kind !== 'phrase' || !speech) return before;
  const teller = after();
  // "“Lopez Tonight.” Lopez’s show was cancelled": a possessive opens the next sentence; it tags nothing.
  return teller !== undefined && teller.speaker.kind === 'name' && !/['’]s?$/.test(teller.speaker.text) ? teller : before;
}

/**
 * A short quote is a title or a name unless it carries speech punctuation inside its marks (“Mostly true,” he said):
 * “Broad City” star asked, told “Fox and Friends”.
 */
function isTitleLike(ctx: DirectQuoteContext, q: QuotedSpan, attached: Attached): boolean {
  if (wordCount(ctx.text, q) > ctx.maxScareQuoteWords) return false;
  return attached.rule === 'quotes/said-before' || !/[,.!?…—–-]\s*$/.test(ctx.text.slice(q.start, q.end));
}

export const UNTAGGED_RULE = 'quotes/untagged';

/**
 * "… and W. Douglas Parker, chairman …, sent her a letter … saying, “…”": a quote right after a reporting verb of its
 * own sentence has a speaker the writer named there, even when none could be read from that lead-in. Returns the
 * lead-in (sentence start to the verb) so that the quote is not taken for the next half of an attribution made
 * before that sentence.
 */
function unreadLeadIn(ctx: DirectQuoteContext, q: QuotedSpan, position: Position): TextRange | undefined {
  if (position !== 'after-lead-in') return undefined;
  const lead = leadIn(ctx, q);
  const verb = lastReportingVerb(ctx.text, lead, ctx.tokens);
  return verb !== undefined && /^[\s,:—–]*$/.test(ctx.text.slice(verb.end, lead.end)) ? { start: lead.start, end: verb.end } : undefined;
}

/**
 * "Asked point-blank, “Is that picture you?” Weiner replied": a question put to the subject by someone the text does
 * not name. It is not the subject's speech, and nobody else can be credited with it: no attribution.
 */
function isPutQuestion(ctx: DirectQuoteContext, q: QuotedSpan): boolean {
  const lead = leadIn(ctx, q);
  const words = ctx.text.slice(lead.start, lead.end);
  if (!/^\s*Asked\b/.test(words)) return false;
  const verb = lastReportingVerb(ctx.text, lead, ctx.tokens);
  return verb !== undefined && /^asked$/i.test(ctx.text.slice(verb.start, verb.end)) && verb.start - lead.start <= 2;
}

type Position = 'sentence' | 'after-lead-in' | 'inline';

/** Where the opening mark stands: starting a sentence, after "said:" / "said," / "said", or inside a clause. */
function quotePosition(ctx: DirectQuoteContext, q: QuotedSpan): Position {
  // “...” from New York officials: a quote without closing punctuation that the sentence runs on from is a fragment.
  const body = ctx.text.slice(q.start, q.end);
  const after = ctx.text.slice(q.close + 1, q.close + 3);
  if (!/[,.!?…—–-]\s*$/.test(body) && /^ \p{Ll}/u.test(after) && !/^ (?:he|she|they|i|we)\b/.test(ctx.text.slice(q.close + 1, q.close + 6))) {
    if (firstReportingVerb(ctx.text, { start: q.close + 1, end: q.close + 40 }, 2, ctx.tokens) === undefined) return 'inline';
  }
  const before = leadIn(ctx, q);
  if (/^\s*$/.test(ctx.text.slice(before.start, before.end))) return 'sentence';
  const lead = ctx.text.slice(before.start, q.open);
  const verb = lastReportingVerb(ctx.text, before, ctx.tokens);
  // "Bolton said that whatever voters choose, “they should not ...”": a that-clause is reported speech around a
  // partial quote, left to the indirect finder.
  if (verb !== undefined && /^\s+that\b/.test(ctx.text.slice(verb.end, q.open))) return 'inline';
  if (/[:,—–]\s*$/.test(lead)) return 'after-lead-in';
  // "said “We will win.”": a verb right before the mark introduces the quote.
  // Lower-case after a bare verb ("said Moscow “will judge...”") is a fragment inside reported speech.
  const capitalized = /^[\s.…]*[\p{Lu}\p{N}]/u.test(ctx.text.slice(q.start, q.end));
  if (verb !== undefined && capitalized && /^\s*$/.test(ctx.text.slice(verb.end, q.open))) return 'after-lead-in';
  return 'inline';
}

/** From the start of the sentence holding the opening mark to the mark. */
function leadIn(ctx: DirectQuoteContext, q: QuotedSpan): TextRange {
  const para = ctx.paragraphs[q.paragraph];
  let start = para?.start ?? 0;
  for (const s of ctx.sentences) {
    if (s.start <= q.open && s.start >= start) start = s.start;
  }
  // A sentence end the splitter missed ("... since the 1970s. “This company ...") still ends the lead-in:
  // a full stop, question or exclamation mark (perhaps with a closing quote) and a space, not after a title or initial.
  let cut = start;
  for (const m of ctx.text.slice(start, q.open).matchAll(SENTENCE_END)) cut = start + (m.index ?? 0) + m[0].length;
  return { start: cut, end: q.open };
}

const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Gen|Lt|Col|No|vs|\p{Lu}))[.!?]["”’)]?\s+/gu;

/** "Ryabkov said: “...”", "she said, “...”", "said Sanders: “...”". */
function tagBefore(ctx: DirectQuoteContext, q: QuotedSpan): Attached | undefined {
  const lead = leadIn(ctx, q);
  if (lead.end <= lead.start || /^\s*$/.test(ctx.text.slice(lead.start, lead.end))) return introParagraph(ctx, q);
  return tagInLead(ctx, lead);
}

/** The speaker of a lead-in ending at the quote (or at the end of the paragraph before it). */
function tagInLead(ctx: DirectQuoteContext, lead: TextRange): Attached | undefined {
  const verb = lastReportingVerb(ctx.text, lead, ctx.tokens);
  if (verb === undefined) return accordingToLead(ctx, lead) ?? colonSubject(ctx, lead);
  // Between the verb and the mark only a short tail may stand ("told reporters:", "said in a statement:").
  const tail = ctx.text.slice(verb.end, lead.end);
  if (tail.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > MAX_WORDS_BEFORE_VERB_AFTER_QUOTE) return undefined;
  const after = phraseAfter(ctx.text, verb.end, lead.end);
  const subject = phraseBefore(ctx.text, lead.start, verb.start);
  // "Trump praised the crowd, adding: “...”": a participle's speaker is the subject of the whole sentence.
  const participle = /ing$/i.test(ctx.text.slice(verb.start, verb.end));
  // "asked her: “…”" as "told her": the one asked is the hearer (a woman in the audience asked Clinton the question).
  const hearerVerb = /^(?:told|tells|tell|telling|asked|asks|ask|asking)$/i.test(ctx.text.slice(verb.start, verb.end));
  const speaker =
    (participle ? seenSaying(ctx, lead, verb) : undefined) ??
    (participle ? coordinatedSubject(ctx, lead, verb) : undefined) ??
    (participle ? participleSubject(ctx, lead, verb) : undefined) ??
    (subject && pickSpeaker(ctx.text, subject, ctx.names, 'before-verb')) ??
    // "told host Bob Schieffer, “...”": after "told" stands the hearer, never the speaker.
    (after && !hearerVerb ? pickSpeaker(ctx.text, after, ctx.names, 'after-verb') : undefined) ??
    subjectOfSentence(ctx.text, { start: lead.start, end: verb.start }, ctx.names, ctx.quoted) ??
    describedSubject(ctx.text, { start: lead.start, end: verb.start });
  if (speaker === undefined) return undefined;
  return { speaker, cue: verb, rule: /:\s*$/.test(ctx.text.slice(lead.start, lead.end)) ? 'quotes/colon-introduction' : 'quotes/said-before' };
}

/**
 * The subject a participle's clause shares. "One Democratic official who relayed the exchange said Reid quieted the
 * chatter, telling his colleagues, “…”" (Washington Post, PolNeAR train: the words went to "Democratic"): a party or
 * nationality word before a noun modifies it, so the subject is looked for after it.
 */
function participleSubject(ctx: DirectQuoteContext, lead: TextRange, verb: TextRange): SpeakerPhrase | undefined {
  const subject = subjectOfSentence(ctx.text, { start: lead.start, end: verb.start }, ctx.names, ctx.quoted);
  const modifier = subject?.kind === 'name' && ctx.names.some((n) => n.type === 'other' && n.start === subject.start && n.end === subject.end) && !/s$/.test(subject.text);
  return modifier ? (subjectOfSentence(ctx.text, { start: subject.end, end: verb.start }, ctx.names, ctx.quoted) ?? subject) : subject;
}

// "footage of Trump saying", "a video showing Clinton saying", "heard Obama saying": what shows or records a person
// speaking, right before the name.
const SHOWN_SPEAKING = /\b(?:of|showing|shows|showed|show|heard|hear|hears|caught|catches|quoted|quotes|quoting)\s+$/i;

/**
 * "The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,”" (Breitbart
 * 2016-10-03, PolNeAR dev: the speaker was the phrase "The spot concludes with footage of Trump"): a person named
 * right before the participle, as what a recording shows or someone heard, is the one saying it.
 */
function seenSaying(ctx: DirectQuoteContext, lead: TextRange, verb: TextRange): SpeakerPhrase | undefined {
  const name = ctx.names.findLast((n) => n.type === 'person' && n.start >= lead.start && n.end <= verb.start);
  if (name === undefined || !/^\s+$/.test(ctx.text.slice(name.end, verb.start))) return undefined;
  if (!SHOWN_SPEAKING.test(ctx.text.slice(Math.max(lead.start, name.start - 12), name.start))) return undefined;
  return { start: name.start, end: name.end, text: name.name, kind: 'name' };
}

// Where a second main clause starts inside a sentence: ", and", ", but", ", while" or a semicolon.
const CLAUSE_JOIN = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g;

/**
 * "An executive from Apple … called Ms. Brewer …, and W. Douglas Parker, chairman … of American Airlines, sent her a
 * letter citing … and saying, “There is genuine concern …”" (NYT 2014-02-25, basil-dev: the quote went to the senator
 * of the sentence before): a participle belongs to the subject of the main clause it closes, and after ", and" a new
 * main clause with its own subject may begin. That subject counts only when its clause has words of its own between
 * it (and its apposition) and the participle: in "met Smith, Jones, and Brown, saying" Brown is an object in a list.
 */
function coordinatedSubject(ctx: DirectQuoteContext, lead: TextRange, verb: TextRange): SpeakerPhrase | undefined {
  const before = ctx.text.slice(lead.start, verb.start);
  let from: number | undefined;
  for (const m of before.matchAll(CLAUSE_JOIN)) {
    const at = lead.start + (m.index ?? 0);
    if (!ctx.quoted.some((q) => q.start <= at && at < q.end)) from = at + m[0].length;
  }
  if (from === undefined) return undefined;
  const subject = subjectOfSentence(ctx.text, { start: from, end: verb.start }, ctx.names, ctx.quoted);
  if (subject === undefined || subject.kind === 'phrase') return undefined;
  const rest = ctx.text.slice(subject.end, verb.start).replace(/^\s*,[^,]*,/, '');
  return /\p{Ll}{2,}/u.test(rest.replace(/\b(?:and|or)\s*$/, '')) ? subject : undefined;
}

/** "According to the newspaper, “...”": the source follows the cue. */
function accordingToLead(ctx: DirectQuoteContext, lead: TextRange): Attached | undefined {
  const m = /\baccording to\s+/i.exec(ctx.text.slice(lead.start, lead.end));
  if (m === null) return undefined;
  const cue = { start: lead.start + m.index, end: lead.start + m.index + m[0].trimEnd().length };
  const after = phraseAfter(ctx.text, cue.end, lead.end);
  const speaker = after && pickSpeaker(ctx.text, after, ctx.names, 'after-verb');
  return speaker && { speaker, cue, rule: 'quotes/according-to' };
}

/**
 * "She then addressed the supporters again: “...”": no reporting verb, but a colon after a sentence whose subject is
 * a pronoun or a name introduces that subject's words.
 */
function colonSubject(ctx: DirectQuoteContext, lead: TextRange): Attached | undefined {
  const sentence = ctx.text.slice(lead.start, lead.end);
  if (!/:\s*$/.test(sentence)) return undefined;
  const pronoun = /^(?:He|She|They)(?= \p{Ll})/u.exec(sentence);
  if (pronoun !== null) {
    const range = { start: lead.start, end: lead.start + pronoun[0].length };
    return { speaker: { ...range, text: pronoun[0], kind: 'pronoun' }, cue: range, rule: 'quotes/colon-subject' };
  }
  // "His response: “Well, I have people …”" (HuffPost, basil-dev: it went to Meredith Vieira, who had asked): a
  // possessive pronoun owning a reply introduces the words of whoever the pronoun is.
  const reply = POSSESSIVE_REPLY.exec(sentence);
  if (reply !== null) {
    const range = { start: lead.start, end: lead.start + (reply[1] ?? '').length };
    // The subject pronoun stands for the owner ("His" → "He"), so the pronoun resolver finds who it is.
    const subjectPronoun = reply[1] === 'Her' ? 'She' : reply[1] === 'Their' ? 'They' : 'He';
    return { speaker: { ...range, text: subjectPronoun, kind: 'pronoun' }, cue: { start: lead.start, end: lead.end }, rule: 'quotes/colon-subject' };
  }
  const name = ctx.names.find((n) => n.start === lead.start && n.type !== 'place');
  if (name !== undefined && /^ \p{Ll}/u.test(ctx.text.slice(name.end, name.end + 2))) {
    return { speaker: { start: name.start, end: name.end, text: name.name, kind: 'name' }, cue: name, rule: 'quotes/colon-subject' };
  }
  // "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”" (USA Today), "Rep. Lee
  // Zeldin, Republican of New York, gave the technique a whirl …: “…”" (NYT; PolNeAR train, both went to the speaker
  // of the quote before): a person after a title, or set off by an apposition, is the subject too. Only those two
  // shapes: a bare name before a lower-case word is as often a modifier ("The Clinton campaign … worded it:").
  const subject = personSubject(ctx.text, lead, ctx.names, ctx.quoted);
  if (subject === undefined) return undefined;
  // A name in capitals is a heading's ("… FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “…”").
  if (!/\p{Ll}/u.test(subject.text)) return undefined;
  const before = ctx.text.slice(lead.start, subject.start).trim();
  const titled = before !== '' && before.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && isTitleWord(w));
  const apposed = /^,/.test(ctx.text.slice(subject.end, subject.end + 1));
  return titled || apposed ? { speaker: subject, cue: { start: subject.start, end: subject.end }, rule: 'quotes/colon-subject' } : undefined;
}

// A whole lead "His response:", "Her answer to that:": the pronoun's owner speaks.
const POSSESSIVE_REPLY = /^(His|Her|Their)\s+(?:\p{Ll}+\s+)?(?:response|reply|answer|retort|verdict|explanation|reaction)(?:\s+to\s+\p{Ll}+)?\s*:\s*$/u;

/** "Caddell continued:" alone in the paragraph before the quote. */
function introParagraph(ctx: DirectQuoteContext, q: QuotedSpan): Attached | undefined {
  const previous = ctx.paragraphs[q.paragraph - 1];
  if (previous === undefined || !/:\s*$/.test(ctx.text.slice(previous.start, previous.end))) return undefined;
  const start = lastSentenceStart(ctx, previous);
  const attached = tagInLead(ctx, { start, end: previous.end });
  return attached && { ...attached, rule: 'quotes/colon-paragraph' };
}

function lastSentenceStart(ctx: DirectQuoteContext, para: TextRange): number {
  let start = para.start;
  for (const s of ctx.sentences) if (s.start >= para.start && s.start < para.end) start = s.start;
  return start;
}

/** "“...,” Ryabkov said", "“...,” said Ryabkov", "“...?” she asked". */
function tagAfter(ctx: DirectQuoteContext, q: QuotedSpan): Attached | undefined {
  const para = ctx.paragraphs[q.lastParagraph];
  const limit = para?.end ?? ctx.text.length;
  const from = Math.min(q.close + 1, limit);
  const dashed = dashTag(ctx, from, limit);
  if (dashed !== undefined) return dashed;
  if (!/^[\s,]*(?:—\s*)?[\p{L}]/u.test(ctx.text.slice(from, from + 4))) return undefined;
  const apposed = appositionTag(ctx, from, limit);
  if (apposed !== undefined) return apposed;
  const according = /^[\s,]*according to\s+/i.exec(ctx.text.slice(from, from + 24));
  if (according !== null) return accordingToLead(ctx, { start: from, end: nextSentenceEnd(ctx.text, from, limit, ctx.tokens) });
  const verb = firstReportingVerb(ctx.text, { start: from, end: limit }, MAX_WORDS_BEFORE_VERB_AFTER_QUOTE, ctx.tokens);
  if (verb === undefined) return undefined;
  // "“We will win.” Trump said the polls..." starts a new statement; accept only a short tail after "said X".
  const endsWithStop = /[.]\s*$/.test(ctx.text.slice(q.start, q.end));
  const sentenceEnd = nextSentenceEnd(ctx.text, verb.end, limit, ctx.tokens);
  const tailWords = ctx.text.slice(verb.end, sentenceEnd).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // "“… come out.” said Steve Little, parent of a Millikin student." (a stop typed for the comma; Western Journalism
  // 2016-10-19, PolNeAR test): a lower-case "said" right after the mark starts no sentence, so it is the quote's tag.
  const invertedTag = verb.wordIndex === 0 && /^\s*\p{Ll}/u.test(ctx.text.slice(from, verb.end));
  if (endsWithStop && !invertedTag && tailWords > MAX_TAIL_WORDS_AFTER_TAG) return undefined;
  const speaker =
    verb.wordIndex === 0
      ? pickAfterVerb(ctx, verb.end, sentenceEnd)
      : pickSpeaker(ctx.text, { start: from, end: verb.start }, ctx.names, 'before-verb');
  if (speaker === undefined) return undefined;
  return { speaker, cue: verb, rule: verb.wordIndex === 0 ? 'quotes/said-x-after' : 'quotes/x-said-after' };
}

/** "“...” ― Pamela Padilla": a dash and a name closing the paragraph sign the quote, as under an epigraph or a tweet. */
function dashTag(ctx: DirectQuoteContext, from: number, limit: number): Attached | undefined {
  const m = /^\s*[―—–]\s*/.exec(ctx.text.slice(from, Math.min(limit, from + 8)));
  if (m === null) return undefined;
  const at = from + m[0].length;
  const name = ctx.names.find((n) => n.start === at && n.type !== 'place');
  const rest = name === undefined ? '' : ctx.text.slice(name.end, limit);
  // Only a name (and perhaps a comma plus a short description) may follow: otherwise the dash starts a new clause.
  if (name === undefined || !/^\s*(?:,[^.!?“”"]{0,80})?[.]?\s*$/.test(rest)) return undefined;
  const cue = { start: from + m[0].trimEnd().length - 1, end: from + m[0].trimEnd().length };
  return { speaker: { start: name.start, end: name.end, text: name.name, kind: 'name' }, cue, rule: 'quotes/dash-signature' };
}

/** "“...,” Wendy Sherman, the deputy US secretary of state and leader of the delegation, told reporters". */
function appositionTag(ctx: DirectQuoteContext, from: number, limit: number): Attached | undefined {
  const wordStart = from + (/^[\s,—]*/.exec(ctx.text.slice(from, limit))?.[0].length ?? 0);
  // The name may follow a title the tagger left out of it ("Rev. John Paul Hopping").
  // Or a short description ("Republican pollster Bill McInturff"): a person within a few words, no punctuation between.
  const name =
    ctx.names.find((n) => n.start === wordStart && n.type !== 'other') ??
    ctx.names.find((n) => n.start > wordStart && n.start - wordStart <= 30 && onlyTitles(ctx.text.slice(wordStart, n.start))) ??
    ctx.names.find((n) => n.type === 'person' && n.start > wordStart && n.start - wordStart <= 40 && shortDescription(ctx.text.slice(wordStart, n.start)));
  // "Rev. John Paul Hopping of Our Lady of Guadalupe, told": a short of-phrase may stand between name and comma.
  const ofPhrase = name === undefined ? null : /^\s+of\s+\p{Lu}[^,.;“”"]{0,60}?(?=,)/u.exec(ctx.text.slice(name.end, limit));
  const nameEnd = (name?.end ?? 0) + (ofPhrase?.[0].length ?? 0);
  if (name === undefined || !/^\s*,/.test(ctx.text.slice(nameEnd, limit))) return undefined;
  const verb = firstReportingVerb(ctx.text, { start: nameEnd, end: limit }, MAX_APPOSITION_WORDS, ctx.tokens);
  if (verb === undefined || !/,\s*(?:\p{Ll}+\s+){0,2}$/u.test(ctx.text.slice(nameEnd, verb.start))) return undefined;
  return { speaker: { start: name.start, end: name.end, text: name.name, kind: 'name' }, cue: verb, rule: 'quotes/x-said-after' };
}

// At most this many words of description before the name: "veteran Republican pollster" is three.
const MAX_DESCRIPTION_WORDS = 3;

function shortDescription(words: string): boolean {
  const list = words.trim().split(/\s+/);
  return list.length <= MAX_DESCRIPTION_WORDS && list.every((w) => /^[\p{L}-]+$/u.test(w));
}

function onlyTitles(words: string): boolean {
  return words.trim().split(/\s+/).every((w) => isTitleWord(w));
}

function pickAfterVerb(ctx: DirectQuoteContext, verbEnd: number, limit: number): SpeakerPhrase | undefined {
  const after = phraseAfter(ctx.text, verbEnd, limit);
  return after === undefined ? undefined : pickSpeaker(ctx.text, after, ctx.names, 'after-verb');
}

function nextSentenceEnd(text: string, from: number, limit: number, articleTokens: ArticleTokens | undefined): number {
  // The tag is short; past this window the sentence end no longer matters to it.
  const windowEnd = Math.min(limit, from + 400);
  const tokens = tokensIn(articleTokens, text, from, windowEnd);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (/^[“"]$/.test(t.text)) return t.start;
    if (/^[.!?]$/.test(t.text) && !isAbbreviationDot(text, tokens, i)) return t.start;
  }
  return windowEnd;
}

/**
 * True when a sentence ends inside the quote's marks and another starts there ("... an absolute one. It is limited,"):
 * a full stop, question or exclamation mark (not after a title or an initial), a space, then a capital.
 */
function runsPastSentenceEnd(text: string, q: QuotedSpan): boolean {
  const body = text.slice(q.start, q.end);
  for (const m of body.matchAll(SENTENCE_END)) {
    if (/^\p{Lu}/u.test(body.slice((m.index ?? 0) + m[0].length))) return true;
  }
  return false;
}

function wordCount(text: string, r: TextRange): number {
  return text.slice(r.start, r.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Speech reads like a sentence: it starts with a capital or a continuation ("... and") and ends in punctuation.
function looksLikeSpeech(text: string, q: QuotedSpan): boolean {
  const body = text.slice(q.start, q.end);
  return /^[\s.…]*[\p{Lu}\p{N}]/u.test(body) && /[.!?,…—–-]\s*$/.test(body);
}
