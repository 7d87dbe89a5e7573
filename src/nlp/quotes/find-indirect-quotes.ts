import type { TextRange } from '../../model/span.ts';
import type { Token } from '../../text/tokens.ts';
import { tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';
import { shareInside } from '../../lib/share-inside.ts';
import { ANY_CUE, reportingVerb } from './reporting-verbs.ts';
import { isNounUse } from './find-reporting-verb.ts';
import { phraseAfter, phraseBefore, pickSpeaker, subjectOfSentence } from './pick-speaker.ts';
import type { NameSpan, RawAttribution, SpeakerPhrase } from './types.ts';

export interface IndirectContext {
  readonly text: string;
  readonly sentences: readonly TextRange[];
  readonly names: readonly NameSpan[];
  /** Direct quotes already found: an indirect reading must not swallow them. */
  readonly direct: readonly TextRange[];
  /** Every quoted stretch: a verb inside one is part of a quote, not the writer's attribution. */
  readonly quoted: readonly TextRange[];
  /** Reporting verbs already used as the tag of a direct quote. */
  readonly cues: readonly TextRange[];
  /** The article's tokens, if made already (`tokensIn`). */
  readonly tokens?: ArticleTokens | undefined;
}

// Auxiliaries and modals: reported content starts with its subject, never with one of these.
const CONTENT_CANNOT_OPEN: ReadonlySet<string> = new Set(
  'would could will should must may might can is was are were has have had did does do be been'.split(' '),
);
// Reported content shorter than this is an object ("said so", "told him"), not a statement.
const MIN_CONTENT_WORDS = 3;
// A word that can be a clause's finite verb: an auxiliary or modal, or a lower-case word in -ed or -s (permissive on
// purpose: it only has to tell "that Russia was not planning" from "that warning on Monday").
const FINITE_VERB = /^(?:is|was|were|are|am|be|has|have|had|would|will|could|can|should|may|might|must|shall|did|does|do|\p{Ll}+n['’]t|\p{Ll}+ed|\p{Ll}+s)$/u;
// "X said on Monday in a statement that ...": the "that" may stand this many words after the verb.
const MAX_WORDS_BEFORE_THAT = 6;
// A trailing tag "..., Ryabkov said on Monday." ends the sentence within this many words after the verb.
const MAX_TAIL_WORDS = 5;

/**
 * Reported speech: "X said (that) ...", "X told reporters (that) ...", "..., X said.", "according to X, ...".
 * The content runs to the end of the sentence (or from its start for a trailing tag); partial quotes inside it
 * ("said Russia “stays at the table”") stay part of the content.
 */
export function findIndirectQuotes(ctx: IndirectContext): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const s of ctx.sentences) {
    const found = indirectInSentence(ctx, s);
    if (found !== undefined && !mostlyDirect(ctx.direct, found)) out.push(found);
  }
  return out;
}

function indirectInSentence(ctx: IndirectContext, s: TextRange): RawAttribution | undefined {
  const headline = nameColon(ctx, s);
  if (headline !== undefined) return headline;
  // Most sentences hold no cue at all: skip them before tokenizing.
  if (!ANY_CUE.test(ctx.text.slice(s.start, s.end))) return undefined;
  const tokens = tokensIn(ctx.tokens, ctx.text, s.start, s.end);
  const according = accordingTo(ctx, s, tokens);
  if (according !== undefined) return according;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const verb = t && reportingVerb(t.text);
    if (t === undefined || verb === undefined || !verb.indirect || isNounUse(ctx.text, t.start)) continue;
    if (ctx.quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
    if (ctx.cues.some((c) => c.start === t.start)) continue; // the tag of a direct quote
    const tagged = trailingTag(ctx, s, tokens, i);
    if (tagged !== undefined) return tagged;
    const forward = speakerThenContent(ctx, s, tokens, i);
    if (forward !== undefined) return forward;
  }
  return undefined;
}

/** "X said (that) CONTENT" / "X told reporters (that) CONTENT". */
function speakerThenContent(ctx: IndirectContext, s: TextRange, tokens: readonly Token[], i: number): RawAttribution | undefined {
  const verbToken = tokens[i];
  if (verbToken === undefined) return undefined;
  // "Clinton was officially declared the winner and that Sanders conceded", "he was told that …": the subject of a
  // passive reporting verb is what was declared or who was told, never the speaker.
  if (passive(tokens, i)) return undefined;
  // "Now you can think more clearly and face the facts" (USA Today 2016-11-07, PolNeAR test: the speaker was "Now"),
  // "one might argue", "he could say": a modal of ability or chance before the verb tells what may be said, not what
  // was ("would" and "will" do report: "he would not say whether"). Lower case only: "Theresa May said".
  if (/^(?:can|could|may|might|must|should)$/.test(tokens[i - 1]?.text ?? '')) return undefined;
  // "Sherman remarked on ..., saying they ...": a participle's speaker is the subject of the sentence.
  const speaker = /ing$/.test(verbToken.text)
    ? subjectOfSentence(ctx.text, { start: s.start, end: verbToken.start }, ctx.names, ctx.quoted)
    : subjectBefore(ctx, s, verbToken.start);
  if (speaker === undefined) return undefined;
  let c = i + 1;
  // After "told" a quoted title names the hearer (“Morning Joe”); after "said" a quoted phrase is said words.
  const found = findThat(tokens, c, HEARER_VERB.test(verbToken.text));
  // "vowed not to repeat that mistake and established a policy", "tested that message and found it effective"
  // (PolNeAR dev): "that" after other words than the reporting verb, then one common noun and "and", is a
  // demonstrative before its noun, and the content runs on from the verb. A clause's subject is followed by its verb:
  // "said that taxes and spending would rise" has "that" right by the verb, "said that he and his wife" a pronoun.
  const that = found !== undefined && found > c && demonstrative(tokens, found) ? undefined : found;
  const verb = reportingVerb(verbToken.text);
  if (verb?.needsThat === true && that === undefined) return undefined;
  if (that !== undefined) c = that;
  else if (verb?.takesObject === true) c = skipObject(ctx, tokens, c);
  else if (/^[,:;.]$/.test(tokens[c]?.text ?? '') || /^(?:in|on|at|to|about|of|with|for|by|during)$/i.test(tokens[c]?.text ?? '')) {
    // "said, ..." / "said in ..." without a "that" later: not reported speech we can bound.
    return undefined;
  }
  // "which the US insisted would deal only with ...": content opening with a verb belongs to a relative clause.
  if (that === undefined && CONTENT_CANNOT_OPEN.has(tokens[c]?.text.toLowerCase() ?? '')) return undefined;
  // "Sherman repeated that warning on Monday": a "that" whose words hold no verb is a demonstrative, not a clause.
  if (that !== undefined && !tokens.slice(that + 1).some((t) => FINITE_VERB.test(t.text))) return undefined;
  const content = contentRange(ctx.text, tokens, c, subordinateClauseEnd(tokens, i) ?? tokens.length);
  if (content === undefined) return undefined;
  return { ...content, direct: false, speaker, cue: verbToken, rule: that !== undefined ? 'quotes/said-that' : 'quotes/said-clause' };
}

// Forms of "be" that make the participle after them passive ("was declared", "were told", "has been announced").
const BE_FORMS: ReadonlySet<string> = new Set('be is are was were been being'.split(' '));

/**
 * The verb at `i` is a passive participle: a form of "be" before it, with only "-ly" adverbs between. ("was
 * explaining why", "have been insisting that" are progressive: their subject speaks.)
 */
function passive(tokens: readonly Token[], i: number): boolean {
  if (/ing$/i.test(tokens[i]?.text ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && /^\p{L}+ly$/u.test(tokens[k]?.text ?? '')) k--;
  return BE_FORMS.has(tokens[k]?.text.toLowerCase() ?? '');
}

/** "CONTENT, X said." / "CONTENT, said X." at the end of a sentence. */
function trailingTag(ctx: IndirectContext, s: TextRange, tokens: readonly Token[], i: number): RawAttribution | undefined {
  const verbToken = tokens[i];
  if (verbToken === undefined) return undefined;
  // "..., said Victor Cha, who served as ...": the tag ends at the comma after the speaker.
  const tailEnd = tokens.findIndex((t, k) => k > i + 1 && t.text === ',');
  const tail = tokens.slice(i + 1, tailEnd < 0 ? undefined : tailEnd).filter((t) => /\p{L}/u.test(t.text));
  if (tail.length > MAX_TAIL_WORDS) return undefined;
  // "In an interview with Samantha Bee on Monday, Obama said that positive attributes …" (USA Today, PolNeAR test):
  // a verb with its own "that" clause is no tag ending the sentence; the fronted phrase before it is no content.
  if (/^that$/i.test(tokens[i + 1]?.text ?? '')) return undefined;
  const commaIndex = findLastIndex(tokens, (t, k) => k < i && t.text === ',');
  if (commaIndex < 0) return undefined;
  // "…, a grand jury began hearing evidence to determine whether Wilson should be charged": a passive verb has no
  // speaker (the quote had gone to Wilson); "…, the only Democrat who has officially declared his candidacy": a verb
  // of a relative clause ("who" and only auxiliaries before it) tags nothing.
  if (passive(tokens, i) || relativeClauseVerb(tokens, commaIndex, i)) return undefined;
  const between = { start: (tokens[commaIndex]?.end ?? s.start), end: verbToken.start };
  let speaker: SpeakerPhrase | undefined;
  // "..., are “not meeting the demand,” says Paul Rieckhoff": only quote marks between the comma and the verb.
  if (/^[\s"“”]*$/.test(ctx.text.slice(between.start, between.end))) {
    // "..., told HuffPost": after "told" stands the hearer, never the speaker.
    if (HEARER_VERB.test(verbToken.text)) return undefined;
    // "The video, posted to YouTube last Friday, shows the man": a verb that reports only with "that" (shows, found)
    // is never inverted before its speaker as "said Smith" is; what follows it is its object.
    if (reportingVerb(verbToken.text)?.needsThat === true) return undefined;
    // "…, said the nation faces bigger problems, such as …": after the verb stands a clause (its subject, a verb and
    // what follows), the verb's content without "that", not an inverted speaker ("said a spokesman for the group").
    if (CLAUSE_AFTER_VERB.test(ctx.text.slice(verbToken.end, s.end))) return undefined;
    const after = phraseAfter(ctx.text, verbToken.end, s.end);
    speaker = after && pickSpeaker(ctx.text, after, ctx.names, 'after-verb');
  } else {
    speaker = pickSpeaker(ctx.text, between, ctx.names, 'before-verb');
  }
  if (speaker === undefined) return undefined;
  const content = contentRange(ctx.text, tokens, 0, commaIndex);
  if (content === undefined) return undefined;
  return { ...content, direct: false, speaker, cue: verbToken, rule: 'quotes/trailing-tag' };
}

/** "According to X, CONTENT." / "CONTENT, according to X." */
function accordingTo(ctx: IndirectContext, s: TextRange, tokens: readonly Token[]): RawAttribution | undefined {
  const k = tokens.findIndex((t, j) => t.text.toLowerCase() === 'according' && tokens[j + 1]?.text.toLowerCase() === 'to');
  const cueStart = tokens[k];
  const to = tokens[k + 1];
  if (k < 0 || cueStart === undefined || to === undefined) return undefined;
  const after = phraseAfter(ctx.text, to.end, s.end);
  const speaker = after && pickSpeaker(ctx.text, after, ctx.names, 'after-verb');
  if (speaker === undefined || after === undefined) return undefined;
  const cue = { start: cueStart.start, end: to.end };
  if (k === 0 || (k === 1 && /^\W$/.test(tokens[0]?.text ?? ''))) {
    const comma = tokens.findIndex((t) => t.start >= after.end && t.text === ',');
    const content = comma < 0 ? undefined : contentRange(ctx.text, tokens, comma + 1, tokens.length);
    return content && { ...content, direct: false, speaker, cue, rule: 'quotes/according-to' };
  }
  const content = contentRange(ctx.text, tokens, 0, tokens[k - 1]?.text === ',' ? k - 1 : k);
  return content && { ...content, direct: false, speaker, cue, rule: 'quotes/according-to' };
}

// A determiner, a noun, a verb in -s/-ed and a lower-case word that is no preposition or relative: "the nation faces
// bigger". Plural speakers ("said the campaign officials") end there or go on with a preposition or "who".
const CLAUSE_AFTER_VERB = /^\s+(?:the|a|an|this|his|her|its|their)\s+\p{Ll}+\s+\p{Ll}+(?:s|ed)\s+(?!(?:who|which|that|in|at|on|for|of|with|from|to|by|and|or)\b)\p{Ll}/u;

// Words that may stand between a relative pronoun and its verb: "who has officially declared".
const RELATIVE_TO_VERB = /^(?:has|have|had|is|was|are|were|will|would|also|just|already|recently|since|now|then|\p{L}+ly)$/iu;

/** The verb at `i` is the verb of a relative clause opened after the comma at `comma` ("…, X who has declared"). */
function relativeClauseVerb(tokens: readonly Token[], comma: number, i: number): boolean {
  let k = i - 1;
  while (k > comma && RELATIVE_TO_VERB.test(tokens[k]?.text ?? '')) k--;
  return k > comma && /^(?:who|which|that)$/i.test(tokens[k]?.text ?? '');
}

// Verbs whose object is the one spoken to: the words after them never name the speaker.
const HEARER_VERB = /^(?:told|tells|tell|telling)$/i;

function subjectBefore(ctx: IndirectContext, s: TextRange, verbStart: number): SpeakerPhrase | undefined {
  const subject = phraseBefore(ctx.text, s.start, verbStart);
  return subject && pickSpeaker(ctx.text, subject, ctx.names, 'before-verb');
}

/** Headline style "Ryabkov: Russia will not back down" — a name, a colon, and what the name said. */
function nameColon(ctx: IndirectContext, s: TextRange): RawAttribution | undefined {
  const name = ctx.names.find((n) => n.start === s.start && n.type !== 'place');
  if (name === undefined || ctx.text[name.end] !== ':') return undefined;
  const tokens = tokensIn(ctx.tokens, ctx.text, name.end + 1, s.end);
  const content = contentRange(ctx.text, tokens, 0, tokens.length);
  if (content === undefined) return undefined;
  const speaker: SpeakerPhrase = { start: name.start, end: name.end, text: name.name, kind: 'name' };
  return { ...content, direct: false, speaker, cue: { start: name.end, end: name.end + 1 }, rule: 'quotes/name-colon' };
}

// Words that open a subordinate clause at the start of a sentence: "While Ryabkov said Russia had no intention of
// attacking, he claimed ...": what was said ends with that clause, at its comma; the main clause follows.
const SUBORDINATORS: ReadonlySet<string> = new Set('while although though whereas because since when after before if as once'.split(' '));

/**
 * Where reported content ends when the reporting verb sits in a sentence-opening subordinate clause: at the first
 * comma after the verb (outside quotation marks). Undefined when the sentence does not open that way or the verb
 * comes after the clause's comma (then the verb belongs to the main clause).
 */
function subordinateClauseEnd(tokens: readonly Token[], verb: number): number | undefined {
  if (!SUBORDINATORS.has(tokens[0]?.text.toLowerCase() ?? '')) return undefined;
  let open = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]?.text ?? '';
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
    else if (t === ',' && !open) return k > verb ? k : undefined;
  }
  return undefined;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('he she it they we i you this these those'.split(' '));

function demonstrative(tokens: readonly Token[], that: number): boolean {
  const noun = tokens[that + 1]?.text ?? '';
  const next = tokens[that + 2]?.text ?? '';
  return /^\p{Ll}+$/u.test(noun) && !SUBJECT_PRONOUNS.has(noun) && /^(?:and|or)$/.test(next);
}

// A quoted title ("Morning Joe", "Face the Nation", "Fox News Sunday") is a few words; more is a quotation.
const MAX_TITLE_TOKENS = 5;

/** Index of the mark closing a short quoted stretch opened at `open`, or undefined. */
function closingMark(tokens: readonly Token[], open: number): number | undefined {
  const want = tokens[open]?.text === '“' ? '”' : '"';
  for (let k = open + 1; k <= open + MAX_TITLE_TOKENS + 1 && k < tokens.length; k++) {
    const t = tokens[k]?.text ?? '';
    if (t === want) return k > open + 1 ? k : undefined;
    if (/^[.;:!?“”"]$/.test(t)) return undefined;
  }
  return undefined;
}

const AFTER_PREPOSITION: ReadonlySet<string> = new Set('to on in at about of with for by from over after before under into against upon'.split(' '));

function findThat(tokens: readonly Token[], from: number, passTitles = false): number | undefined {
  let words = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    // "Sanders told MSNBC's “Morning Joe” that …": a short quoted title inside the hearer is passed over.
    const close = passTitles && t !== undefined && /^["“]$/.test(t.text) ? closingMark(tokens, j) : undefined;
    if (close !== undefined) {
      j = close;
      continue;
    }
    if (t === undefined || /^[.;:!?"“”]$/.test(t.text)) return undefined;
    // "responded to that turmoil by sending troops": after a preposition "that" points at a noun; it opens no clause.
    if (t.text.toLowerCase() === 'that' && !AFTER_PREPOSITION.has(tokens[j - 1]?.text.toLowerCase() ?? '')) return j;
    if (/\p{L}/u.test(t.text)) words++;
    if (words > MAX_WORDS_BEFORE_THAT) return undefined;
  }
  return undefined;
}

// "told reporters ...", "told The New York Times ...", "told him ...": skip the hearer.
function skipObject(ctx: IndirectContext, tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  if (t === undefined) return from;
  const head = /^(?:the|a|an)$/i.test(t.text) ? from + 1 : from;
  const h = tokens[head];
  if (h === undefined) return head;
  const name = ctx.names.find((n) => n.start === h.start);
  if (name !== undefined) {
    const after = tokens.findIndex((x) => x.start >= name.end);
    return after < 0 ? tokens.length : after;
  }
  // "told The Denver Post he spoke": a name the tagger missed is the run of capitalized words after the article.
  let end = head;
  while (head > from && end < tokens.length && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[end]?.text ?? '')) end++;
  return Math.max(end, head + 1);
}

function contentRange(text: string, tokens: readonly Token[], from: number, to: number): TextRange | undefined {
  let a = from;
  let b = to;
  while (a < b && /^[,;:—–-]$/.test(tokens[a]?.text ?? '')) a++;
  // The sentence's full stop is not part of what was said (a stop inside a closing quote stays).
  while (b > a && /^[.,;:!?]$/.test(tokens[b - 1]?.text ?? '')) b--;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (first === undefined || last === undefined) return undefined;
  const words = tokens.slice(a, b).filter((t) => /\p{L}/u.test(t.text)).length;
  if (words < MIN_CONTENT_WORDS) return undefined;
  return { start: first.start, end: last.end };
}

function mostlyDirect(direct: readonly TextRange[], r: TextRange): boolean {
  // Over half quoted verbatim: the direct quote already carries it.
  return shareInside(r, direct) > 0.5;
}

function findLastIndex<T>(xs: readonly T[], pred: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) {
    const x = xs[i];
    if (x !== undefined && pred(x, i)) return i;
  }
  return -1;
}
