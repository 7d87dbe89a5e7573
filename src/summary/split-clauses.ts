import type { TextRange } from '../model/span.ts';
import { MIN_CONTENT_WORDS } from './sentence-alignment.ts';
import { eachPiece, isStop } from './sentence-terms.ts';

/** A clause of a sentence: its wording as written (`text` is exactly the document's text between `start` and `end`). */
export interface Clause extends TextRange {
  readonly text: string;
}

// A clause needs as many content words as a sentence does to be compared at all: shorter pieces ("the US", "on Monday")
// are parts of a neighbouring clause, not facts of their own.
const MIN_CLAUSE_CONTENT_WORDS = MIN_CONTENT_WORDS;

// Words that open a new clause after a comma: coordinators, subordinators, relatives, and the participles and cue that
// attach reported speech (", saying ...", ", according to ...") or a claim (", asserting he could have been born in
// Kenya": another outlet states the main clause alone, "'birthers' have demanded additional proof"). A comma before
// anything else (lists, appositions, introductory phrases, ", including ...") stays inside the clause.
const COMMA_OPENER =
  /^["“”'‘’]?\s*(?:and|but|or|yet|nor|while|whereas|although|though|because|despite|after|before|as|when|where|if|unless|until|since|which|who|whom|whose|with|saying|adding|according|asserting|arguing|insisting|contending|even\s+(?:as|though|if|when|while|after|before)|(?:in|on|at|of|from|by|for|during|under|through)\s+(?:which|whom|whose))\b/i;
// Without a comma only words that cannot join two noun phrases open a clause ("and" mostly can: "the US and Nato");
// "and" does when a subject pronoun follows it. Bare "which"/"who" are left out: as often as not they open a question
// inside the clause ("to decide which countries ...", "who joined the alliance"); "in which" is a relative.
// "and" also opens a clause before a second verb phrase of the same subject ("said Thursday he has doubts … and has
// sent investigators to Hawaii"): an auxiliary right after "and" (never a noun phrase), or a past tense (-ed or a common
// irregular one) followed by what opens its object ("and found no", "and arrested a suspect"), not a noun ("and
// retired officers"). Another outlet may state only the second verb phrase; as one clause it could not join.
const AND_AUXILIARY = 'has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does';
const AND_PAST =
  '\\p{Ll}{2,}ed|made|took|gave|sent|found|told|said|met|led|left|won|lost|kept|brought|sought|struck|fought|began|became|called|spent|paid|' +
  // and the present of reporting verbs, which are never nouns before an object ("denies that it is planning to invade
  // Ukraine and says its deployment … is an exercise": another outlet states the denial alone)
  'says|insists|denies|warns|argues|adds|tells';
const OBJECT_START = 'a|an|the|that|this|these|those|no|his|her|their|its|our|him|them|it|to|on|in|at|for|with|up|out|about|into|\\d';
const BARE_OPENER = new RegExp(
  '\\s(?=(?:but|while|whereas|although|though|because|after)\\s|(?:in|on|at|of|from|by|for|during|under|through)\\s+which\\s|' +
    `and\\s+(?:he|she|it|they|we|i|there)\\s|and\\s+(?:${AND_AUXILIARY})\\s|and\\s+(?:${AND_PAST})\\s+(?:${OBJECT_START})\\b)`,
  'gu',
);
// ", and so — I would say — precarious that …", ", and therefore uncertain": a degree or result adverb after "and" and
// then no subject (a dash, or a word that is no determiner or pronoun) goes on with the predicate of the subject before
// the comma; no new clause starts (Ryabkov in the seeds: "so — I would say — precarious that we cannot afford any
// further delays" was shown as a claim of its own). "and so the talks ended" still opens one.
const CONTINUED_PREDICATE =
  /^(?:and|but|or)\s+(?:so|too|even|therefore|thus|increasingly)\s+(?:[—–-]|(?!(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|there|his|her|their|its|our|my|your)\b)\p{Ll})/u;

// Subordinators that open a sentence with a clause of their own, before its main clause.
const LEADING_SUBORDINATOR = /^["“]?\s*(?:While|Whereas|Although|Though|Even though|Because|Since|Unless|Until)\s/;
// After a pair of dashes, a verb that needs the subject before the first dash: the dashes set off an aside ("a segment
// of society -- labeled "birthers" in the vernacular -- have demanded additional proof"), not a clause.
const VERB_AFTER_ASIDE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\s/;
// Semicolons, colons before a space (not "10:30"), dashes set off by spaces or written as em/en dashes.
const PUNCT_BOUNDARY = /\s*;\s*|:\s+/g;
const DASH_BOUNDARY = /\s*[—–]\s*|\s+--?\s+/g;
// A comma before or after a quotation mark: quoted speech and its frame are separate clauses. The marks stay with
// the quotation so a clause never shows half a pair.
const QUOTE_BOUNDARY = /,\s*(?=["“])|(?<=,["”])\s+|(?<=[.!?]["”])\s+(?=\p{Ll})/gu;

// Only the neutral speech and attribution verbs make a frame: "warned", "insisted", "denied" carry a stance that is
// part of the fact ("The US warned Moscow of severe consequences"), so they stay inside the clause.
// "reports" is as often the plural noun ("Earlier reports of a troop buildup were false", "Media reports said …"): not a
// verb before a preposition or a verb of its own, else the frame took the clause's subject ("of a troop buildup … were
// false", "said the deal …").
const REPORTS_VERB = 'reports(?!\\s+(?:of|about|on|from|in|by|said|say|says|have|had|were|are|suggest|suggested|indicate|indicated|claim|claimed)\\b)';
const FRAME_VERB = `said|says|told|tells|added|adds|reported|${REPORTS_VERB}|quoted\\s+(?:\\S+\\s+){0,5}?as\\s+saying`;
// A participle frames only at the start of a piece (", saying ..."): "after telling the government that" is a clause.
const PARTICIPLE = '(?:as\\s+)?(?:saying|adding|telling)';
// After "told"/"telling", the hearer belongs to the frame ("told reporters", "told Biden"), a full name too ("told
// Meredith Vieira that"): left in the clause, the hearer's name reads as the clause's actor and keeps it from joining
// another outlet's clause of the same fact.
// The day of the saying belongs to the frame too ("NBC News and ABC News both reported Sunday that the FBI had
// obtained a warrant"): left in, the clause opened with "Sunday that …".
// Also a day said as a span ("Mr. Akin said over the weekend that women’s bodies will resist …", NYT, basil-dev: the
// clause opened with "over the weekend that"; "said last week that", "said earlier that").
const SAID_WHEN =
  '(?:\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\\s+(?:morning|afternoon|evening|night))?|' +
  // "earlier" only before "that": "said earlier reports … were false" is about earlier reports. Not "last week's".
  "over\\s+the\\s+weekend|last\\s+(?:week|month|night)(?!['’])|earlier(?:\\s+(?:this\\s+week|today|in\\s+the\\s+day))?(?=\\s+that\\b)))?";
// So does where it was said ("CEO Dan Cathy said in an interview that he is a firm backer of traditional marriage",
// "said in a statement Tuesday that", "said in an interview on Fox News that"): left in, the clause opened with "in an
// interview that he is …" and its words of the frame stood against another outlet's clause of the same words.
const SAID_WHERE =
  "(?:\\s+in\\s+(?:an?|the|his|her|their|its)\\s+(?:(?:written|telephone|televised|radio|phone)\\s+)?" +
  '(?:statement|interview|speech|letter|e-?mail|memo|announcement|post|tweet|op-ed|homily|press release|news conference)' +
  "(?:\\s+(?:with|on|to)\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3})?)?";
const HEARER = `(?:(?<=\\btold|\\btells|\\btelling)\\s+(?:reporters|journalists|the press|her|him|them|us|me|[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,2}))?${SAID_WHEN}${SAID_WHERE}${SAID_WHEN}(?:\\s+that\\b)?`;
// A reporting frame at the start of a piece: a subject of at most six words, the verb, the hearer, an optional "that".
// Six words cover "The Russian deputy foreign minister Sergei Ryabkov" without reaching into a clause of its own.
// Case-sensitive and without Unicode classes on purpose: it runs on many pieces, and the verbs are lower case.
const LEADING_FRAME = new RegExp(
  `^(?:[Aa]ccording to\\b[^,]*|((?:[^\\s,;:"“”—–]+\\s+){0,6}?)(${FRAME_VERB})\\b${HEARER}|(?:${PARTICIPLE})\\b${HEARER})`,
);

// A clause has a verb; without a tagger, these cues find one: auxiliaries, -ed and -ing forms, common irregular pasts,
// a present-tense -s word after a name ("Russia denies"), any word after a subject pronoun ("we need"). A piece without
// one is an apposition or a phrase ("Russia’s deputy foreign minister", "after the attack on Crimea in 2014") and stays
// with its clause. A present-tense -s word after "who" is its verb ("who represents a conservative district"): without
// the cue the relative clause joined the next piece and, through it, a clause of its own ("Mr. Etheridge, who represents
// …, faces a re-election challenge, but his race is not among the top Republican targets", NYT, basil-dev): one
// clause with a denial in it, which no outlet's clause about the race could restate. Only after "who": "which" and
// "that" are as often followed by a plural noun ("to decide which countries").
const VERB_CUE = new RegExp(
  '\\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|' +
    "won't|can't|don't|doesn't|didn't|isn't|wasn't|" +
    'made|took|gave|went|came|became|began|held|met|led|left|sent|won|lost|hit|cut|put|set|kept|thought|brought|' +
    'bought|built|fell|rose|spoke|wrote|withdrew|struck|fought|ran|saw|knew|found|felt|got|paid|meant|stood|broke|' +
    'chose|drew|flew|grew|threw|shot|sought|told|said|sold|won|spent|understood|seen|done|gone|taken|given|known|' +
    'shown|broken|chosen|drawn|grown|thrown|written|spoken|risen|fallen)\\b|' +
    '\\b\\p{Ll}{2,}(?:ed|ing)\\b|\\b[Ww]ho\\s+\\p{Ll}{2,}s\\b|^\\p{Lu}\\p{Ll}+(?:ed|ing)\\b|\\p{Lu}\\p{L}+\\s+\\p{Ll}{2,}s\\b|\\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Yy]ou)\\s+\\p{Ll}{2,}',
  'u',
);

interface Piece extends TextRange {
  readonly frame: boolean;
  readonly words: number;
  readonly verb: boolean;
  /** The piece is one whole quotation. */
  readonly quote?: boolean;
}

// A piece that is one whole quotation ("…'s message: “The world needs American strength, not apologies.”") is a
// statement of its own: quotations often have no verb the cues know ("needs" after a lower-case noun), and two outlets
// quoting the same words after different introductions must be able to share that clause.
const WHOLE_QUOTE = /^\s*["“][^"“”]+["”][.!?]?\s*$/;

/**
 * Splits one sentence into its clauses: at semicolons, colons and dashes, at commas before a conjunction, a relative
 * pronoun or a quotation mark, before "but", "while", "after", "in which"…; the reporting frame ("Sherman said",
 * ", she said", "according to officials") is cut off and dropped, so the clause is what was reported. Pieces with fewer
 * than three content words or without a verb join their neighbour. `offset` is where `text` starts in its document; every clause's
 * start/end index the document and `text` is that slice. A sentence with one clause gives it (minus any frame).
 */
export function splitClauses(text: string, offset = 0): Clause[] {
  if (typeof text !== 'string') throw new TypeError('splitClauses: text must be a string');
  const sentence = readSentence(text);
  const pieces = mergeShort(sentence, classify(sentence, cutRanges(sentence)));
  // A sentence that is one piece is a clause whatever the verb cues say ("Stoltenberg sought to ..." has no cue).
  const single = pieces.filter((p) => !p.frame).length === 1;
  const out: Clause[] = [];
  for (const p of pieces) {
    if (p.frame || !(standsAlone(p) || (single && p.words >= MIN_CLAUSE_CONTENT_WORDS))) continue;
    const r = trimClause(text, p);
    if (r.end > r.start) out.push({ text: text.slice(r.start, r.end), start: offset + r.start, end: offset + r.end });
  }
  return out;
}

// The same pieces as the aligner's terms (`rawTerms`, `eachPiece`) are counted as content words.
const FRAME_WORDS = /\b(?:said|says|told|tells|added|adds|reported|reports|quoted|saying|adding|telling|according)\b/gi;
// A frame's verb comes within its first six words: this many characters from the start of a piece.
const FRAME_REACH = 80;

/** One scan of the sentence: where its content words and its frame words are, so pieces are counted without rescanning. */
interface SentenceScan {
  readonly text: string;
  /** Start offsets of the content words (not stopwords, not news filler, longer than one character), ascending. */
  readonly content: readonly number[];
  /** Start offsets of reporting-frame words ("said", "according"), ascending. */
  readonly frames: readonly number[];
}

function readSentence(text: string): SentenceScan {
  const content: number[] = [];
  // Lower-casing the whole text once keeps offsets unless a character changes length ("İ"); then piece by piece.
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  eachPiece(source, (start, end) => {
    const w = source === lower ? source.slice(start, end) : source.slice(start, end).toLowerCase();
    if (w.length > 1 && !isStop(w)) content.push(start);
  });
  const frames: number[] = [];
  const fr = new RegExp(FRAME_WORDS);
  for (let m = fr.exec(text); m; m = fr.exec(text)) frames.push(m.index);
  return { text, content, frames };
}

// Content words starting in [start, end).
function countIn(offsets: readonly number[], start: number, end: number): number {
  let n = 0;
  for (const o of offsets) {
    if (o >= end) break;
    if (o >= start) n++;
  }
  return n;
}

function frameNear(s: SentenceScan, at: number, end: number): boolean {
  return s.frames.some((o) => o >= at && o < Math.min(end, at + FRAME_REACH));
}

// The pieces between separators, in order (separators themselves belong to no piece).
function cutRanges(sentence: SentenceScan): TextRange[] {
  const text = sentence.text;
  const seps: TextRange[] = [];
  const add = (re: RegExp): void => {
    for (const m of text.matchAll(re)) seps.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  };
  add(PUNCT_BOUNDARY);
  // A pair of dashes around an aside too short to be a clause ("so — I would say — precarious") is no boundary: the
  // aside stays inside the clause it interrupts.
  const dashes = [...text.matchAll(DASH_BOUNDARY)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (let k = 0; k < dashes.length; k++) {
    const a = dashes[k];
    const b = dashes[k + 1];
    if (a && b && (countIn(sentence.content, a.end, b.start) < MIN_CLAUSE_CONTENT_WORDS || VERB_AFTER_ASIDE.test(text.slice(b.end)))) k++;
    else if (a) seps.push(a);
  }
  if (/["“”]/.test(text)) add(QUOTE_BOUNDARY);
  add(BARE_OPENER);
  // A sentence opening with a subordinate clause ends it at its first comma ("While Mr Ryabkov said Russia had no
  // intention of attacking Ukraine, | he claimed …"); a comma inside it would be a list or an aside, too short to stand.
  let subordinate = LEADING_SUBORDINATOR.test(text);
  for (const m of text.matchAll(/,\s+/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = text.slice(at, at + 120); // a frame or an opener starts within the next few words
    const endsSubordinate = subordinate && countIn(sentence.content, 0, m.index ?? 0) >= MIN_CLAUSE_CONTENT_WORDS;
    if (endsSubordinate) subordinate = false;
    const opens = COMMA_OPENER.test(rest) && !CONTINUED_PREDICATE.test(rest);
    if (endsSubordinate || opens || (frameNear(sentence, at, text.length) && startsWithFrame(rest))) seps.push({ start: m.index ?? 0, end: at });
  }
  seps.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: TextRange[] = [];
  let from = 0;
  for (const s of seps) {
    if (s.end <= from) continue;
    if (s.start > from) ranges.push({ start: from, end: s.start });
    from = Math.max(from, s.end);
  }
  if (from < text.length) ranges.push({ start: from, end: text.length });
  return ranges;
}

function startsWithFrame(rest: string): boolean {
  const m = LEADING_FRAME.exec(rest);
  return m !== null && m[0].length > 0;
}

// Marks reporting frames and splits a leading frame from the content it introduces ("Sherman said | Russia had ...").
function classify(sentence: SentenceScan, ranges: readonly TextRange[]): Piece[] {
  const text = sentence.text;
  const out: Piece[] = [];
  for (const r of ranges) {
    const lead = afterSpaces(text, r.start, r.end);
    const m = frameNear(sentence, lead, r.end) ? LEADING_FRAME.exec(text.slice(lead, r.end)) : null;
    if (!m || m[0].length === 0) {
      const cues = clauseCues(sentence, r.start, r.end);
      out.push({ start: r.start, end: r.end, frame: false, words: cues.words, verb: cues.verb, quote: cues.quote });
      continue;
    }
    let cut = lead + m[0].length;
    // A frame inside the reported clause is a frame too ("Sherman said | Ryabkov had also told her that | Russia was not
    // planning to invade Ukraine"): another outlet reports what was said without either.
    for (let inner = innerFrame(sentence, cut, r.end); inner > 0; inner = innerFrame(sentence, cut, r.end)) cut += inner;
    const rest = clauseCues(sentence, cut, r.end);
    // "said Wendy Sherman, the US envoy": a finite verb with no subject and no clause after it is an inverted frame,
    // all of it attribution (", said she reiterated ..." does report a clause).
    const inverted = m[1] === '' && m[2] !== undefined && !rest.verb;
    if (inverted || rest.words < MIN_CLAUSE_CONTENT_WORDS) {
      out.push({ start: r.start, end: r.end, frame: true, words: 0, verb: false });
      continue;
    }
    out.push({ start: r.start, end: cut, frame: true, words: 0, verb: false });
    out.push({ start: cut, end: r.end, frame: false, words: rest.words, verb: rest.verb, quote: rest.quote });
  }
  return out;
}

// One character of what String.prototype.trimStart removes (\s is the same set: WhiteSpace and LineTerminator).
const SPACE = /\s/;

/**
 * Where text[start, end) starts after its leading spaces: the same place as trimming a slice of it, without cutting
 * two strings for each piece of each clause split (most of them before this code is optimized).
 */
function afterSpaces(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && SPACE.test(text[at] ?? '')) at++;
  return at;
}

/** Length of a reporting frame opening the text at `at` (after its spaces), when enough of a clause follows it; else 0. */
function innerFrame(sentence: SentenceScan, at: number, end: number): number {
  const text = sentence.text;
  const lead = afterSpaces(text, at, end);
  const m = frameNear(sentence, lead, end) ? LEADING_FRAME.exec(text.slice(lead, end)) : null;
  // Only a frame with a subject and a finite verb ("Ryabkov had also told her that"), and only when a clause is left.
  if (!m || m[0].length === 0 || !m[1] || m[2] === undefined) return 0;
  const cut = lead + m[0].length;
  return countIn(sentence.content, cut, end) >= MIN_CLAUSE_CONTENT_WORDS ? cut - at : 0;
}

// The verb is looked for only in pieces long enough to stand alone (shorter ones join a neighbour anyway).
function clauseCues(sentence: SentenceScan, start: number, end: number): { words: number; verb: boolean; quote: boolean } {
  const words = countIn(sentence.content, start, end);
  if (words < MIN_CLAUSE_CONTENT_WORDS) return { words, verb: false, quote: false };
  const piece = sentence.text.slice(start, end);
  const quote = WHOLE_QUOTE.test(piece);
  return { words, verb: quote || VERB_CUE.test(piece), quote };
}

function standsAlone(p: { readonly words: number; readonly verb: boolean }): boolean {
  return p.verb && p.words >= MIN_CLAUSE_CONTENT_WORDS;
}

// A piece that cannot stand alone (short, or without a verb) joins the clause before it ("..., with the outcome still in
// the balance"); a first piece joins the one after it ("The US | and Nato ruled out ..."). Never across a frame: the
// frame is dropped, its neighbours stay apart.
function mergeShort(sentence: SentenceScan, pieces: readonly Piece[]): Piece[] {
  const text = sentence.text;
  const join = (a: Piece, b: Piece): Piece => {
    const words = a.words + b.words;
    const verb = a.verb || b.verb || (words >= MIN_CLAUSE_CONTENT_WORDS && VERB_CUE.test(text.slice(a.start, b.end)));
    return { start: a.start, end: b.end, frame: false, words, verb };
  };
  const out: Piece[] = [];
  let carry: Piece | undefined; // a short piece with no clause before it, waiting for the next one
  for (const p of pieces) {
    if (p.frame) {
      if (carry) out.push(carry);
      carry = undefined;
      out.push(p);
      continue;
    }
    // A whole quotation does not take in the words before it (the introduction is not part of what was said).
    if (carry && p.quote && standsAlone(p)) {
      out.push(carry);
      carry = undefined;
    }
    const cur = carry ? join(carry, p) : p;
    carry = undefined;
    const prev = out[out.length - 1];
    if (standsAlone(cur)) out.push(cur);
    else if (prev && !prev.frame) out[out.length - 1] = join(prev, cur);
    else carry = cur;
  }
  if (carry) out.push(carry);
  return out;
}

// Edges of a clause: spaces, punctuation, a leading coordinator ("but agreed to ..." → "agreed to ..."), and quotation
// marks whose partner is outside the clause.
function trimClause(text: string, r: TextRange): TextRange {
  let start = r.start;
  let end = r.end;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const piece = text.slice(start, end);
    const lead = /^(?:[\s,;:.—–-]+|(?:and|but|or|yet|nor)[\s,]+|(?:however|meanwhile|moreover|still|instead),\s*)/i.exec(piece);
    if (lead) {
      start += lead[0].length;
      changed = true;
      continue;
    }
    const tail = trailing(text, start, end);
    if (tail > 0) {
      end -= tail;
      changed = true;
      continue;
    }
    const first = piece[0] ?? '';
    const last = piece[piece.length - 1] ?? '';
    // A clause that is one whole quotation is shown without its marks (and without the comma before the closing one).
    if (isQuote(first) && isQuote(last) && piece.length > 2 && !/["“”]/.test(piece.slice(1, -1))) {
      start += 1;
      end -= 1;
      changed = true;
    } else if (isQuote(first) && !hasPartnerAfter(piece, first)) {
      start += 1;
      changed = true;
    } else if (isQuote(last) && !hasPartnerBefore(piece, last)) {
      end -= 1;
      changed = true;
    }
  }
  return { start, end };
}

// Length of what a clause does not end with: spaces, punctuation, a dangling "and"/"but"/"or", a final "." (kept after
// an abbreviation: "the U.S.").
function trailing(text: string, start: number, end: number): number {
  const c = text[end - 1] ?? '';
  if (/[\s,;:!?—–-]/.test(c)) return 1;
  if (c === '.' && !(/\p{L}/u.test(text[end - 2] ?? '') && !/[\p{L}\p{N}]/u.test(text[end - 3] ?? ''))) return 1;
  const word = /\s(?:and|but|or)$/i.exec(text.slice(Math.max(start, end - 5), end));
  return word ? word[0].length : 0;
}

// Double quotation marks only: a single one is as often an apostrophe ("Nato’s", "the allies’").
function isQuote(c: string): boolean {
  return c === '"' || c === '“' || c === '”';
}

function hasPartnerAfter(piece: string, open: string): boolean {
  if (open === '"') return (piece.match(/"/g) ?? []).length % 2 === 0;
  return open === '“' && piece.includes('”'); // a closing mark opening a clause belongs to the clause before
}

function hasPartnerBefore(piece: string, close: string): boolean {
  if (close === '"') return (piece.match(/"/g) ?? []).length % 2 === 0;
  return close === '”' && piece.includes('“');
}
