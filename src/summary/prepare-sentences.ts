import type { SummaryDocument } from './types.ts';
import { DATELINE_SENTENCES, trimDateline } from './trim-dateline.ts';
import { isSentence } from './sanitize-documents.ts';
import { sentenceTerms, type SentenceTerms, type StemCache } from './sentence-terms.ts';

/** One input sentence ready for selection: cleaned text, terms, and why it may not be shown. */
export interface PreparedSentence {
  readonly docIndex: number;
  readonly docId: string;
  readonly sentenceIndex: number;
  /** Position among the document's sentences, 0-based (same as sentenceIndex; named for the position prior). */
  readonly position: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
  readonly words: number;
  readonly terms: SentenceTerms;
  /** Rule id when the sentence is junk for a summary (still used for concept counts and support). */
  readonly junk?: string;
  /** A piece of a quotation of several sentences that reads wrong alone (see quotePiece); `summarize` may skip it. */
  readonly quotePiece?: true;
}

export interface PrepareOptions {
  /** Sentences with fewer words are not shown: fragments and captions rarely carry a whole fact. */
  readonly minWords?: number;
  /** Share of characters inside quotation marks above which a sentence is a quote, not a report of facts. */
  readonly maxQuoteShare?: number;
  /** Also drop sentences that open or close with a quotation mark (a quote with attribution tacked on). */
  readonly dropQuoteEdges?: boolean;
  /** Drop sentences opening with a pronoun or a connective ("He said", "But", "However"): out of context they dangle. */
  readonly dropDanglingStarts?: boolean;
}

// 8 words: below that DUC sentences are mostly fragments ("He declined."), tuned on the odd clusters.
const DEFAULT_MIN_WORDS = 8;
// A sentence mostly made of a quotation reads badly out of context; half is the usual cut in DUC systems.
const DEFAULT_MAX_QUOTE_SHARE = 0.5;

// Openers that point back to an earlier sentence.
const DANGLING_START =
  /^(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|Still|Yet|Meanwhile|Instead|Then|So|Moreover|Nonetheless|Nevertheless|Furthermore|Likewise|Similarly|Otherwise|Thus|Hence|Therefore|As a result|In addition|In response|In turn|Even so|By contrast|In contrast|On the other hand|At the same time)\b/;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function wordCount(text: string): number {
  const t = text.trim();
  // Runs of spaces between words plus one (the same count as splitting at them, without the pieces).
  return t.length === 0 ? 0 : (t.match(/\s+/g)?.length ?? 0) + 1;
}

/** `stems`: a stem cache to read and fill (default: one for this call). */
export function prepareSentences(docs: readonly SummaryDocument[], options: PrepareOptions = {}, stems: StemCache = new Map()): PreparedSentence[] {
  const rules: JunkRules = {
    minWords: options.minWords ?? DEFAULT_MIN_WORDS,
    maxQuote: options.maxQuoteShare ?? DEFAULT_MAX_QUOTE_SHARE,
    quoteEdges: options.dropQuoteEdges ?? true,
    // On by default for readability: on the odd DUC clusters it costs 0.3 ROUGE-1 / 0.2 ROUGE-2, a price worth paying
    // to not open a summary with "He said" whose "he" is in no picked sentence.
    dangling: options.dropDanglingStarts ?? true,
  };
  const out: PreparedSentence[] = [];
  docs.forEach((doc, docIndex) => {
    // Whether a quotation opened in an earlier sentence is still open: a quotation of several sentences is split by
    // the sentence splitter, and a piece of it read alone has a mark without its pair, or none, and no speaker.
    let quoteOpen = false;
    doc.sentences.forEach((s, sentenceIndex) => {
      if (!isSentence(s)) return; // reported by sanitizeDocuments; the others keep their indices
      const quote = quoteMarks(s.text, quoteOpen);
      quoteOpen = quote.endsOpen;
      const lead = s.text.trim();
      const leadStart = s.start + (s.text.length - s.text.trimStart().length);
      const trimmed = sentenceIndex < DATELINE_SENTENCES ? trimDateline(lead, leadStart) : { text: lead, start: leadStart, end: leadStart + lead.length };
      const text = trimmed.text;
      const words = wordCount(text);
      out.push({
        docIndex,
        docId: doc.id,
        sentenceIndex,
        position: sentenceIndex,
        text,
        start: trimmed.start,
        end: trimmed.end,
        bytes: byteLength(text),
        words,
        terms: sentenceTerms(text, stems),
        ...junkRule(text, words, rules),
        ...(quotePiece(text, quote) ? { quotePiece: true } : {}),
      });
    });
  });
  return out;
}

interface JunkRules {
  readonly minWords: number;
  readonly maxQuote: number;
  readonly quoteEdges: boolean;
  readonly dangling: boolean;
}

function junkRule(text: string, words: number, rules: JunkRules): { junk?: string } {
  if (words < rules.minWords) return { junk: 'summary/junk-short' };
  if (/\?["'”’)\]]*$/.test(text)) return { junk: 'summary/junk-question' };
  // A lead-in ends with a colon: what it announces follows apart ("The Latest on the presidential race between
  // Republican Donald Trump and Democrat Hillary Clinton (all times EDT):", AP's live page, PolNeAR dev), and alone it
  // reads cut off as a summary's sentence.
  if (/:\s*$/.test(text)) return { junk: 'summary/junk-lead-in' };
  if (/^by\s+[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3}\s*$/iu.test(text) || /\b(?:Associated Press|AP) Writer\b/.test(text))
    return { junk: 'summary/junk-byline' };
  if (/^[\p{Lu}\d\s\p{P}]+$/u.test(text)) return { junk: 'summary/junk-caps' };
  if (quoteShare(text) > rules.maxQuote) return { junk: 'summary/junk-quote' };
  if (rules.quoteEdges && (/^["“'‘`]/.test(text) || /["”]\s*$/.test(text))) return { junk: 'summary/junk-quote' };
  if (rules.dangling && DANGLING_START.test(text)) return { junk: 'summary/junk-dangling' };
  if (rules.dangling && namelessPronoun(text)) return { junk: 'summary/junk-dangling' };
  return {};
}

// "he", "his", "her": a person the sentence must name somewhere for a reader to know who.
const PERSONAL_PRONOUN = /\b(?:he|him|his|she|her|hers)\b/i;
// A capitalized word after the first: a name (or a title) the pronoun can stand for.
const LATER_CAPITAL = /\s["“‘(]?\p{Lu}/u;
// "Lenahan says he …": a first word followed by a reporting verb is the named subject.
const REPORTING_SECOND = /^\S+\s+(?:says|said|told|tells|added|adds|argued|noted|recalled|wrote|explained)\b/i;

/**
 * "Police searched his car, going through the trunk and looking under the seats." (a Ferguson summary line): a he or
 * his with no name in the sentence to stand for, out of its article, is about nobody the reader knows.
 */
function namelessPronoun(text: string): boolean {
  return PERSONAL_PRONOUN.test(text) && !LATER_CAPITAL.test(text) && !REPORTING_SECOND.test(text);
}

/**
 * Reads a sentence's double quotation marks (“ ” and straight ", `` and '') in order from `open`, the state the previous
 * sentence left: whether the sentence starts inside a quotation opened before it (and does not open a new one with its
 * first character: a paragraph of a long quotation opens with a mark again), and whether a quotation is still open at
 * its end.
 */
export function quoteMarks(text: string, open: boolean): { startsInside: boolean; endsOpen: boolean } {
  const t = text.trimStart();
  const opensAnew = /^(?:“|"|``)/.test(t);
  let inside = open && !opensAnew ? true : false;
  const startsInside = inside;
  for (const m of t.matchAll(/“|”|"|``|''/g)) {
    if (m[0] === '“' || m[0] === '``') inside = true;
    else if (m[0] === '”' || m[0] === "''") inside = false;
    else inside = !inside;
  }
  return { startsInside, endsOpen: inside };
}

/**
 * A piece of a quotation of several sentences that reads wrong alone: one that leaves a quotation open (“The letter
 * says Mr. Obama “should not back down.”), or starts inside one opened by an earlier sentence, unless a named speaker
 * follows its closing mark ("... even dying,'' said the Rev. Cecilio Escobar" still says who said what; "..., he
 * said." and a piece with no mark at all do not).
 */
function quotePiece(text: string, quote: { startsInside: boolean; endsOpen: boolean }): boolean {
  if (quote.endsOpen) return true;
  if (!quote.startsInside) return false;
  const close = Math.max(text.indexOf('”'), text.indexOf("''"), text.indexOf('"'));
  if (close < 0) return true;
  // The speaker right after the mark: a capitalized word that is no pronoun among the next three ("said the Rev.
  // Cecilio", "Santorum said"), not a name further on ("he told reporters following an event at the Oklahoma ...").
  const after = text.slice(close + 1).replace(/^['”"]/, '').trim().split(/\s+/).slice(0, 3).join(' ');
  return !/(?<![\p{L}'’])(?!(?:He|She|It|They|We|I|You)\b)\p{Lu}\p{L}/u.test(after);
}

// Characters between paired quotation marks (", “ ”, `` '') over all characters.
function quoteShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]|``(.*?)''/g)) inside += m[0].length;
  return text.length === 0 ? 0 : inside / text.length;
}
