import { splitSentences } from '../../text/sentences.ts';

/** A plain-text file's headline and its blocks (paragraphs or lines), in order. */
export interface TextBlocks {
  readonly title: string;
  readonly blocks: readonly string[];
  /** Lines before the headline that look like page chrome (a date widget), removed with their reason. */
  readonly preamble: readonly string[];
}

const DATE_ONLY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/i;

export function isDateOnlyLine(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

/**
 * Where the headline is when no title is given: `first-line` (a .txt file: the first non-empty line) or `first-sentence`
 * (a JSON record's text, all body: a headline is derived from the first sentence, which stays in the body).
 */
export type HeadlineSource = 'first-line' | 'first-sentence';

/**
 * First non-empty line is the headline (a leading date-only line is page chrome, not the headline). Scraped text puts one
 * paragraph per line, so every non-empty line is a block; hard-wrapped text (many lines of similar width inside a blank-
 * line-separated chunk, none ending a sentence mid-chunk) is joined back into paragraphs.
 */
export function splitTextBlocks(text: string, givenTitle?: string, headline: HeadlineSource = 'first-line'): TextBlocks {
  const normalized = withoutMarkupTags(typewriterQuotes(text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ')));
  const chunks = normalized.split(/\n[ \t]*\n/);
  const blocks: string[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    if (looksHardWrapped(lines)) blocks.push(lines.join(' '));
    else blocks.push(...lines);
  }
  const preamble: string[] = [];
  while (blocks.length > 1 && isDateOnlyLine(blocks[0] ?? '')) preamble.push(blocks.shift() ?? '');
  if (givenTitle?.trim()) {
    const title = givenTitle.trim();
    if (blocks[0]?.trim() === title) blocks.shift();
    return { title, blocks, preamble };
  }
  if (headline === 'first-sentence') return { title: headlineFromSentence(blocks[0] ?? ''), blocks, preamble };
  const title = blocks.shift() ?? '';
  return { title, blocks, preamble };
}

// Headlines run 40-100 characters; a first sentence past 140 is cut at a word so story lists stay one line or two.
const MAX_DERIVED_HEADLINE = 140;

/** A headline for a body that has none: its first sentence, cut at a word boundary when long. */
export function headlineFromSentence(paragraph: string): string {
  const first = splitSentences(paragraph)[0];
  const sentence = first ? paragraph.slice(first.start, first.end).trim() : paragraph.trim();
  if (sentence.length <= MAX_DERIVED_HEADLINE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_HEADLINE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DERIVED_HEADLINE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Newswire archives (AP, NYT, the Penn Treebank) spell quotation marks TeX-style, ``like this'': read them as “ ” so
 * sentences, quotes and tokens see real quotation marks. '' is only a closing mark in a text that opens with `` (elsewhere
 * it may be inches or an empty quoted string).
 */
function typewriterQuotes(text: string): string {
  if (!text.includes('``')) return text;
  return text.replace(/``/g, '“').replace(/(?<=\S)''/g, '”');
}

// An element tag left in exported text: a closing tag, an empty one ("<tweet/>"), or an opening one with quoted
// attributes (PolNeAR's `<tweet id="..." author="...">text</tweet>`, a stray `<a href="...">`). A bare "<b>" or
// "a < b > c" is left alone.
const MARKUP_TAG = /[ \t]*<(?:\/[A-Za-z][\w-]*|[A-Za-z][\w-]*(?:\s+[A-Za-z_:][\w:.-]*="[^"\n]*")+\s*\/?|[A-Za-z][\w-]*\/)>[ \t]*/g;

/**
 * Element tags out of plain text, their content kept (an embedded tweet is quoted material): a tag between two words
 * becomes one space, any other (at a line's edge, before a full stop) nothing. Text without a tag is returned as it is.
 */
export function withoutMarkupTags(text: string): string {
  if (!text.includes('<')) return text;
  const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return text.replace(MARKUP_TAG, (tag, at: number, all: string) => (wordChar(all[at - 1]) && wordChar(all[at + tag.length]) ? ' ' : ''));
}

function looksHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  // Wrapped text fills lines to a fixed width (typically 60-80 columns) and rarely ends a line with a sentence.
  const wide = body.filter((l) => l.length >= 50 && l.length <= 100).length;
  const ended = body.filter((l) => /[.!?]["”’)]?$/.test(l)).length;
  return wide >= body.length * 0.8 && ended <= body.length * 0.3;
}
