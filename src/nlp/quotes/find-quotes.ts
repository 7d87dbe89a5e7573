import type { TextRange } from '../../model/span.ts';
import type { QuoteMention } from '../../model/analyzed-article.ts';
import { attachUntaggedQuotes } from './attach-untagged-quotes.ts';
import { findCapitalizedNames } from './find-capitalized-names.ts';
import { findDirectQuotes } from './find-direct-quotes.ts';
import { findIndirectQuotes } from './find-indirect-quotes.ts';
import { findQuotedSpans } from './find-quoted-spans.ts';
import { personSubject } from './pick-speaker.ts';
import { resolveSpeakers } from './resolve-speakers.ts';
import type { FindQuotesInput, FindQuotesOptions, NameSpan } from './types.ts';

const DEFAULT_MAX_SCARE_QUOTE_WORDS = 3;

/**
 * Rule ids on the results (`QuoteMention.rule`), so a reader can see why each quote was attributed:
 * - direct: `quotes/x-said-after` (“...,” Ryabkov said), `quotes/said-x-after` (“...,” said Ryabkov),
 *   `quotes/said-before` (Ryabkov said, “...”), `quotes/colon-introduction` (Ryabkov said: “...”),
 *   `quotes/colon-paragraph` ("Caddell continued:" alone before the quote), `quotes/colon-subject` (She then
 *   addressed them: “...”), `quotes/according-to`, `quotes/dash-signature` (“...” ― Pamela Padilla),
 *   `quotes/split-quote` (second half after the tag, same paragraph), `quotes/follow-up-paragraph` (next paragraph),
 *   `quotes/introduced-by-sentence` (untagged, after a sentence of its paragraph whose subject is another person).
 * - indirect: `quotes/said-that`, `quotes/said-clause` (X said CONTENT), `quotes/trailing-tag` (CONTENT, X said),
 *   `quotes/according-to`, `quotes/name-colon` (headline style "Ryabkov: Russia will not back down").
 *
 * Who said what: direct quotes (content without the marks) and, unless turned off, indirect speech, each with the
 * speaker as written and resolved. Pure; bad content gives an empty list, a malformed input object a TypeError.
 */
export function findQuotes(input: FindQuotesInput, options: FindQuotesOptions = {}): QuoteMention[] {
  checkInput(input);
  const { text } = input;
  const paragraphs = validRanges(input.paragraphs, text.length);
  const sentences = validRanges(input.sentences, text.length);
  const names = (input.names === undefined ? findCapitalizedNames(text, sentences) : validNames(input.names, text.length)).sort(
    (a, b) => a.start - b.start,
  );
  const quoted = findQuotedSpans(text, paragraphs);
  const maxScareQuoteWords = options.maxScareQuoteWords ?? DEFAULT_MAX_SCARE_QUOTE_WORDS;
  const { tokens } = input;
  const direct = findDirectQuotes(quoted, { text, paragraphs, sentences, names, maxScareQuoteWords, quoted, tokens });
  const indirect = options.indirect === false ? [] : findIndirectQuotes({ text, sentences, names, direct, quoted, cues: direct.flatMap((d) => (d.cue ? [d.cue] : [])), tokens });
  // The subject name of the last whole sentence before an untagged quote, from `from` on (outside quotation marks).
  const introducedBy = (from: number, quote: TextRange) => {
    const sentence = sentences.findLast((s) => s.start >= from && s.end <= quote.start && /\p{L}/u.test(text.slice(s.start, s.end)));
    return sentence && personSubject(text, sentence, names, quoted);
  };
  return resolveSpeakers(text, attachUntaggedQuotes([...direct, ...indirect], paragraphs, introducedBy), names, { sentences, paragraphs, quoted, tokens });
}

function checkInput(input: FindQuotesInput): void {
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new TypeError('findQuotes: expected { text: string, paragraphs: TextRange[], sentences: TextRange[] }');
  }
  if (!Array.isArray(input.paragraphs) || !Array.isArray(input.sentences) || (input.names !== undefined && !Array.isArray(input.names))) {
    throw new TypeError('findQuotes: paragraphs, sentences (and names, if given) must be arrays of { start, end } offsets into text');
  }
}

// Ranges outside the text or inverted are dropped, never trusted: bad content yields fewer quotes, not a crash.
function validRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  return ranges
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= length && r.start < r.end)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start);
}

// Names from a NER are trusted only inside the text and with a name string.
function validNames(names: readonly NameSpan[], length: number): NameSpan[] {
  return names.filter(
    (n) => Number.isInteger(n.start) && Number.isInteger(n.end) && n.start >= 0 && n.end <= length && n.start < n.end && typeof n.name === 'string',
  );
}
