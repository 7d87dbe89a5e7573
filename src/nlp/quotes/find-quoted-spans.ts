import type { TextRange } from '../../model/span.ts';
import type { QuotedSpan } from './types.ts';
import { skipSpace, trimEnd } from '../../text/whitespace.ts';

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
// Two apostrophes stand for a double quotation mark in wire and archive text (''It's anti-reform,'' said Mr.
// Holtz-Eakin: the New York Times of PolNeAR, 116 of its 120 train articles); a lone apostrophe is left alone.
const DOUBLE_APOSTROPHE = "''";
const ANY_MARK = /''|["“”«»„]/g;

interface Mark {
  readonly at: number;
  readonly role: 'open' | 'close';
  /** Characters the mark takes: 2 for '' (the span's open/close point at its first/last character). */
  readonly width: number;
}

interface OpenQuote {
  readonly open: number;
  readonly paragraph: number;
  readonly continued: boolean;
  readonly width: number;
}

/**
 * Pairs double quotation marks (curly, straight, guillemets) paragraph by paragraph. Single quotes are left alone:
 * inside a double quote they are a nested quote (part of the content), outside they are mostly apostrophes.
 * A quote still open at the end of a paragraph continues when the next paragraph opens with a quote mark (the
 * newspaper convention for multi-paragraph quotes); otherwise it ends with its paragraph.
 */
export function findQuotedSpans(text: string, paragraphs: readonly TextRange[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pending: OpenQuote | undefined;
  paragraphs.forEach((para, index) => {
    const marks = classifyMarks(text, para);
    let open: OpenQuote | undefined;
    let first = true;
    for (const mark of marks) {
      const atStart = first && mark.at === skipSpace(text, para.start);
      first = false;
      if (mark.role === 'open') {
        if (open !== undefined) {
          // Two openers in a row: the first quote was never closed; end it before the new one.
          pushSpan(out, text, open, mark.at, index);
        } else if (pending !== undefined && !atStart) {
          pushSpan(out, text, pending, previousEnd(text, paragraphs, index), index - 1);
        }
        open = pending !== undefined && atStart ? { ...pending, continued: true } : { open: mark.at, paragraph: index, continued: false, width: mark.width };
        pending = undefined;
      } else if (open !== undefined) {
        pushClosed(out, open, mark, index);
        open = undefined;
      }
    }
    if (pending !== undefined) {
      // The previous paragraph's quote found no continuation here: it ended with its paragraph.
      pushSpan(out, text, pending, previousEnd(text, paragraphs, index), index - 1);
      pending = undefined;
    }
    pending = open;
  });
  if (pending !== undefined) {
    const last = paragraphs.length - 1;
    pushSpan(out, text, pending, previousEnd(text, paragraphs, last + 1), last);
  }
  return out.sort((a, b) => a.start - b.start);
}

function pushClosed(out: QuotedSpan[], q: OpenQuote, mark: Mark, paragraph: number): void {
  const start = q.open + q.width;
  if (mark.at <= start) return;
  // `close` is the mark's last character, so `close + 1` is the text after it whatever its width.
  const close = mark.at + mark.width - 1;
  out.push({ start, end: mark.at, open: q.open, close, continued: q.continued, paragraph: q.paragraph, lastParagraph: paragraph });
}

// An unclosed quote: content runs to `end` (trimmed), the "close" is where it stopped.
function pushSpan(
  out: QuotedSpan[],
  text: string,
  q: OpenQuote,
  end: number,
  paragraph: number,
): void {
  const trimmed = trimEnd(text, end);
  const start = q.open + q.width;
  if (trimmed <= start) return;
  out.push({ start, end: trimmed, open: q.open, close: trimmed, continued: q.continued, paragraph: q.paragraph, lastParagraph: paragraph });
}

function previousEnd(text: string, paragraphs: readonly TextRange[], index: number): number {
  return paragraphs[index - 1]?.end ?? text.length;
}

/** Decides for every double-quote mark in a paragraph whether it opens or closes. */
function classifyMarks(text: string, para: TextRange): Mark[] {
  const out: Mark[] = [];
  // Which kind of mark opened the current quote: a straight quote closes only a straight one, and curly marks inside
  // it are a nested quote (and the other way round for a straight mark inside a curly quote that is not its end).
  let open: 'curly' | 'straight' | 'apostrophes' | undefined;
  // Marks of the other kind opened inside the current quote and not yet closed: a nested quote.
  let nested = 0;
  const slice = text.slice(para.start, para.end);
  for (const m of slice.matchAll(ANY_MARK)) {
    const i = para.start + (m.index ?? 0);
    const ch = m[0];
    const width = ch.length;
    const nextIsBoundary = /[\s,.;:!?)\]—–-]|^$/.test(text[i + width] ?? '');
    const prevIsBoundary = /[\s(\[—–-]|^$/.test(text[i - 1] ?? '') || i === para.start;
    let role: Mark['role'] | undefined;
    let kind: 'curly' | 'straight' | 'apostrophes' = 'curly';
    if (ch === DOUBLE_APOSTROPHE) {
      // Only another '' closes a quote opened by one, and '' inside another quote is a nested quote's mark.
      // 5'10'' is a height: a mark right after a digit quotes nothing.
      if (/\d/.test(text[i - 1] ?? '')) continue;
      kind = 'apostrophes';
      if (open === 'apostrophes') role = 'close';
      else if (open === undefined && !nextIsBoundary) role = 'open';
    } else if (OPENERS.has(ch)) {
      // "“" followed by a space or punctuation while a curly quote is open is a typo for "”".
      if (open === 'curly') role = nextIsBoundary ? 'close' : 'open';
      else if (open === undefined) role = 'open';
      else nested++;
    } else if (CLOSERS.has(ch)) {
      if (open === 'curly') role = 'close';
      else if (open === 'straight' && nested > 0) nested--;
      // A straight quote ended by a curly mark: a typo, common in scraped text.
      else if (open === 'straight' && nextIsBoundary) role = 'close';
      // "”" right before a word and after a space, with nothing open, is a typo for "“".
      else if (open === undefined && /\s|^$/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) role = 'open';
    } else if (ch === STRAIGHT) {
      // A doubled mark (`""We have learned`, a scraping or typing slip) is one mark: paired with itself it would
      // open an empty quote and flip every later mark in the paragraph, quoting the narration between two quotes.
      if (text[i + 1] === STRAIGHT) continue;
      kind = 'straight';
      if (open === 'straight') role = 'close';
      else if (open === undefined) role = 'open';
      else if (prevIsBoundary && !nextIsBoundary) nested++;
      else if (nested > 0) nested--;
      // A straight mark ending a curly quote ("“We will win," he said) is a typo for "”".
      else if (nextIsBoundary) role = 'close';
    }
    if (role === undefined) continue;
    out.push({ at: i, role, width });
    open = role === 'open' ? kind : undefined;
    nested = 0;
  }
  return out;
}

