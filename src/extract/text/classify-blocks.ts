import type { ParagraphKind, RemovedParagraph } from '../../model/clean-article.ts';
import { BOILERPLATE_RULES, RELATED_HEADER, isBodyParagraph, type BlockContext } from './boilerplate-rules.ts';
import { captionKey, firstCopyLength, isCaption, isCreditOnly } from './captions.ts';
import { guessLanguage, joinedLanguageCounts, languageCounts } from './detect-language.ts';
import { countWords } from '../../text/whitespace.ts';

export interface KeptBlock {
  readonly text: string;
  readonly kind: ParagraphKind;
}

export interface Classified {
  readonly kept: readonly KeptBlock[];
  readonly removed: readonly RemovedParagraph[];
  readonly language: string;
}

export interface ClassifyOptions {
  /** Normalized texts known to recur across one outlet's articles (learned from the batch). */
  readonly recurring?: ReadonlySet<string>;
  /** Blocks from bare text lines (default) or from an HTML page's structure. */
  readonly origin?: 'text' | 'html';
}

/** Sorts an article's blocks into body, captions and headings, and boilerplate with a reason for each removal. */
export function classifyBlocks(blocks: readonly string[], options: ClassifyOptions = {}): Classified {
  // Each block is scanned once: its counts give its own language and, summed, the article's (the blocks as one text).
  const counts = blocks.map(languageCounts);
  const language = guessLanguage(joinedLanguageCounts(counts)).language;
  const info = blocks.map((text, i): BlockInfo => {
    const words = countWords(text);
    const blockLanguage = words >= 8 ? guessLanguage(counts[i] as (typeof counts)[number]).language : 'und';
    const body = isBodyParagraph(text, words) && (blockLanguage === language || blockLanguage === 'und');
    // What the two passes ask of the text alone, asked once.
    return { text, words, blockLanguage, body, key: lineKey(text), creditOnly: isCreditOnly(text), caption: isCaption(text) };
  });
  // Position rules ("after the last body paragraph") need to know which paragraphs are body, which depends on what
  // the rules remove: a second pass with the first pass's boilerplate no longer counted as body settles it.
  const first = classifyPass(info, language, options);
  const removedIndex = new Set(first.removedIndex);
  const settled = info.map((b, i) => ({ ...b, body: b.body && !removedIndex.has(i) }));
  const second = classifyPass(settled, language, options);
  return { kept: second.kept, removed: second.removed, language };
}

interface BlockInfo {
  readonly text: string;
  readonly words: number;
  readonly blockLanguage: string;
  readonly body: boolean;
  /** `lineKey(text)`, `isCreditOnly(text)`, `isCaption(text)`. */
  readonly key: string;
  readonly creditOnly: boolean;
  readonly caption: boolean;
}

interface Pass {
  readonly kept: readonly KeptBlock[];
  readonly removed: readonly RemovedParagraph[];
  readonly removedIndex: readonly number[];
}

function classifyPass(info: readonly BlockInfo[], language: string, options: ClassifyOptions): Pass {
  const bodyTotal = info.filter((b) => b.body).length;
  const removedIndex: number[] = [];

  const kept: KeptBlock[] = [];
  const removed: RemovedParagraph[] = [];
  const seenCaptions = new Set<string>();
  const seenLines = new Set<string>();
  let bodyBefore = 0;
  let inRelatedSection = false;

  info.forEach((b, index) => {
    const ctx: BlockContext = {
      text: b.text,
      index,
      count: info.length,
      words: b.words,
      bodyBefore,
      bodyAfter: bodyTotal - bodyBefore - (b.body ? 1 : 0),
      inRelatedSection,
      blockLanguage: b.blockLanguage,
      articleLanguage: language,
      origin: options.origin ?? 'text',
    };
    if (b.body) bodyBefore++;
    if (inRelatedSection && b.body && b.blockLanguage === language) inRelatedSection = false;

    const before = removed.length;
    classifyOne(b, ctx);
    if (removed.length > before) removedIndex.push(index);
  });
  return { kept, removed, removedIndex };

  function classifyOne(b: BlockInfo, ctx: BlockContext): void {
    const key = b.key;
    if (options.recurring?.has(key)) {
      removed.push({ text: b.text, reason: 'recurs across this outlet’s articles', rule: 'boilerplate/outlet-recurring' });
      return;
    }
    if (b.creditOnly) {
      removed.push({ text: b.text, reason: 'photo credit', rule: 'boilerplate/photo-credit' });
      return;
    }
    if (b.caption) {
      classifyCaption(b.text, seenCaptions, kept, removed);
      return;
    }
    const rule = BOILERPLATE_RULES.find((r) => r.match(ctx));
    if (rule) {
      if (RELATED_HEADER.test(b.text) && bodyBefore >= 2) inRelatedSection = true;
      removed.push({ text: b.text, reason: rule.reason, rule: rule.id });
      return;
    }
    // A line printed twice in scraped text is a widget printed twice; in HTML the extractor has judged repeats already.
    // A prose sentence said twice is the writer's, not a widget's ("Slightly more has been requested for fiscal
    // 2013." closes two paragraphs of one Fox report): widgets repeat labels and calls to action, not statements.
    if (options.origin !== 'html' && seenLines.has(key) && b.words < 40 && !isProseSentence(b.text, b.words)) {
      removed.push({ text: b.text, reason: 'repeated line', rule: 'boilerplate/repeated-line' });
      return;
    }
    seenLines.add(key);
    kept.push({ text: b.text, kind: b.body || (bodyBefore > 0 && /[.!?"”]$/.test(b.text)) ? 'body' : headingOrBody(b.text, b.words) });
  }
}

function classifyCaption(text: string, seen: Set<string>, kept: KeptBlock[], removed: RemovedParagraph[]): void {
  const firstEnd = firstCopyLength(text);
  const first = text.slice(0, firstEnd);
  const key = captionKey(first);
  if (seen.has(key)) {
    removed.push({ text, reason: 'repeated photo caption', rule: 'boilerplate/repeated-caption' });
    return;
  }
  seen.add(key);
  kept.push({ text: first, kind: 'caption' });
  if (firstEnd < text.length) {
    removed.push({ text: text.slice(firstEnd).trim(), reason: 'repeated photo caption', rule: 'boilerplate/repeated-caption' });
  }
}

// A statement rather than a label: six or more words (widget lines are "UPDATE:", "Read more", "Share this
// article"), opening with a capital, ending a sentence, and without a call to action's second person or link words.
const MIN_PROSE_WORDS = 6;
function isProseSentence(text: string, words: number): boolean {
  return (
    words >= MIN_PROSE_WORDS &&
    /^["“']?\p{Lu}/u.test(text) &&
    /[.!?]["”']?$/.test(text) &&
    !/\b(?:you|your|click|subscribe|sign up|follow us|newsletter|share|read more|comments?)\b/i.test(text)
  );
}

// Lines without a sentence end and under 17 words read as headings (standfirsts, sub-heads); the rest is body.
function headingOrBody(text: string, words: number): ParagraphKind {
  return words <= 16 && !/[.!?"”]$/.test(text) ? 'heading' : 'body';
}

/** Normalized form of a block for spotting repeats: case, quotes and spacing do not matter. */
export function lineKey(text: string): string {
  // Runs of white space become one space; a lone space, the common case, is left alone, so a line without any other
  // white space is not copied again (the same key as replacing every run /\s+/ by a space).
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
