import { isDateOnlyLine } from './split-text-blocks.ts';

/** What a rule sees of one block: its text, where it stands, and the article around it. */
export interface BlockContext {
  readonly text: string;
  readonly index: number;
  readonly count: number;
  readonly words: number;
  /** Body paragraphs (long, sentence-ending) seen before this block. */
  readonly bodyBefore: number;
  /** Body paragraphs after this block. */
  readonly bodyAfter: number;
  /** Inside a "Related posts"/"Latest news" section that an earlier header opened. */
  readonly inRelatedSection: boolean;
  readonly blockLanguage: string;
  readonly articleLanguage: string;
  /** html: blocks came from page structure, so position guesses made for bare text lines do not apply. */
  readonly origin: 'text' | 'html';
}

export interface BoilerplateRule {
  readonly id: string;
  readonly reason: string;
  readonly match: (b: BlockContext) => boolean;
}

const endsSentence = (t: string): boolean => /[.!?…]["”’)\]]?$|[”"]$/.test(t);

// Section headers that open a list of links to other articles; everything teaser-like after them goes with them.
export const RELATED_HEADER =
  /^(?:related(?:\s+(?:posts?|news|articles?|stories|content|coverage|reading|topics))?|read (?:more|next|also)|more (?:from|on|stories|news)\b.*|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed)|trending(?: now)?|latest(?: news| stories| posts)?|also read|see also|top stories|editor'?s picks|popular (?:posts|stories))\s*:?$/i;

/** Ordered: the first rule that matches names the reason. Every pattern is a kind of page furniture, not a site. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    id: 'boilerplate/scrape-date',
    reason: 'date-only line (page header, not the publication date)',
    match: (b) => isDateOnlyLine(b.text),
  },
  {
    id: 'boilerplate/related-header',
    reason: 'related-posts header',
    match: (b) => RELATED_HEADER.test(b.text) && b.words <= 6,
  },
  {
    id: 'boilerplate/comment-box',
    reason: 'comment box',
    match: (b) =>
      /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?|show comments|join the (?:conversation|discussion))\W*$/i.test(b.text) ||
      /your email address will not be published|required fields are marked|(?:signed|logged) in.{0,60}to (?:comment|post)/i.test(b.text),
  },
  {
    id: 'boilerplate/newsletter',
    reason: 'newsletter or subscription box',
    match: (b) =>
      b.words <= 25 &&
      (/^(?:subscribe\b|sign up\b|get (?:our|the) .{0,40}(?:newsletter|inbox)|\* ?indicates required|enter your e-?mail)/i.test(b.text) ||
        /\bnewsletters?\W*$/i.test(b.text) ||
        /\b(?:mailing list|in your inbox)\b/i.test(b.text)),
  },
  {
    id: 'boilerplate/share-widget',
    reason: 'share or follow widget',
    match: (b) =>
      b.words <= 4 &&
      /^(?:share(?: this(?: article| story)?)?|shares?|tweet|email|print|whatsapp|facebook|twitter|linkedin|follow us(?: on .*)?|total|\d{1,6})\W*$/i.test(b.text),
  },
  {
    id: 'boilerplate/site-widget',
    reason: 'site widget (search, portfolio, login)',
    match: (b) =>
      b.words <= 20 &&
      (/^(?:search(?: articles| this site)?|click a company|instrument details|sign in|log in|register|menu|skip to content|advertisement|ad)\W*$/i.test(b.text) ||
        /please (?:create|sign in|log in|register)\b.{0,30}\bhere\W*$/i.test(b.text)),
  },
  {
    id: 'boilerplate/disclaimer',
    reason: 'aggregator disclaimer or source link',
    match: (b) =>
      /^(?:source(?: link)?|click here|original source|via)\W*$/i.test(b.text) ||
      /(?:ha(?:s|ve) been indexed|do not claim (?:legitimacy|ownership|copyright)|at (?:the )?original source|all rights reserved|views expressed (?:here|in this)|for informational purposes only)/i.test(b.text),
  },
  {
    // "Editor’s note: Donald Trump regularly incites political violence and is a serial liar, …" closed every HuffPost
    // report on Trump in 2016 (PolNeAR): a note about the article or the outlet's stance, not what happened, which two
    // HuffPost reports in one story showed as their shared summary sentence.
    id: 'boilerplate/editors-note',
    reason: 'editor’s note (on the article or the outlet, not the story)',
    match: (b) => /^(?:editor['’]?s['’]? note|note to (?:readers|our readers))\s*:/i.test(b.text),
  },
  {
    id: 'boilerplate/copyright',
    reason: 'copyright footer',
    match: (b) => b.words <= 12 && /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\b)?/i.test(b.text),
  },
  {
    id: 'boilerplate/site-description',
    reason: 'site self-description footer',
    match: (b) => /\b(?:news (?:website|site|portal|platform|desk)|website covering|covering all the latest)\b/i.test(b.text) && b.bodyAfter === 0,
  },
  {
    id: 'boilerplate/contributors',
    reason: 'contributor credit line',
    match: (b) => b.words <= 40 && /\bcontributed(?: to this (?:report|story|article))?\.?$/i.test(b.text) && b.bodyAfter <= 1,
  },
  {
    id: 'boilerplate/byline-residue',
    reason: 'byline residue (author links stripped)',
    // "in Washington and in New York": the author names were links the scraper dropped; only the places remain.
    match: (b) => b.words <= 12 && /^(?:by\s+)?(?:and\s+)?in\s+\p{Lu}[\p{L}.\- ]*(?:,?\s*(?:and\s+)?(?:in\s+)?\p{Lu}[\p{L}.\- ]*)*$/u.test(b.text),
  },
  {
    id: 'boilerplate/other-language',
    reason: 'paragraph in another language than the article',
    match: (b) => b.words >= 8 && b.blockLanguage !== 'und' && b.articleLanguage !== 'und' && b.blockLanguage !== b.articleLanguage,
  },
  {
    id: 'boilerplate/related-teaser',
    reason: 'related-post teaser',
    // Teasers are cut with an ellipsis, carry an image alt ("… thumbnail") or a "Read More" link.
    match: (b) =>
      /\bthumbnail$/i.test(b.text) ||
      /^read more\W*$/i.test(b.text) ||
      (b.inRelatedSection && (/(?:…|\.\.\.)$/.test(b.text) || !endsSentence(b.text) || b.blockLanguage !== b.articleLanguage)),
  },
  {
    id: 'boilerplate/trailing-chrome',
    reason: 'short line after the article body (footer, widget or label)',
    // After the last body paragraph, a few words with no sentence end are labels of page furniture.
    match: (b) => b.origin === 'text' && b.bodyAfter === 0 && b.bodyBefore >= 3 && b.words <= 6 && !endsSentence(b.text),
  },
  {
    id: 'boilerplate/headline-link',
    reason: 'headline-like link line inside the body',
    // Inside the body, a headline-length line with no sentence end (or a question) links to another article;
    // shorter lines are kept as sub-headings.
    // HTML keeps its headings and lists as structure the extractor already judged, so this is for bare text only.
    match: (b) => b.origin === 'text' && b.bodyBefore >= 2 && b.bodyAfter >= 1 && b.words >= 5 && b.words <= 16 && (/\?$/.test(b.text) || !endsSentence(b.text)),
  },
];

/** Body paragraphs in news are sentences: 12+ words ending in sentence punctuation or a closing quote, not an ellipsis. */
export function isBodyParagraph(text: string, words: number): boolean {
  return words >= 12 && endsSentence(text) && !/(?:…|\.\.\.)$/.test(text);
}
