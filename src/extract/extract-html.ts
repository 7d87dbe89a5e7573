// The extraction pipeline: decode → parse → blocks → stats → marks → container → per-block verdicts → article;
// when the visible page lacks the article, the body the page declares (<noscript>, templates, JSON-LD articleBody).
import type { Diagnostic } from '../model/diagnostic.ts';
import type { ExtractedArticle, RemovedParagraph } from '../model/clean-article.ts';
import { collectBlocks } from './blocks.ts';
import { decodeBytes, sniffDecodedText } from './decode.ts';
import { filterBlocks, type BlockVerdict } from './filter-blocks.ts';
import { markBoilerplate } from './mark-boilerplate.ts';
import { extractMetadata } from './metadata.ts';
import { computePageStats } from './page-stats.ts';
import { hasDeclaredMarkup, parseHtml, type PageTree } from './parse-html.ts';
import { readJsonLd } from './json-ld.ts';
import { selectContent } from './select-content.ts';

export interface ExtractInput {
  readonly html: string | Uint8Array;
  /** Where the page came from (file path, URL): named in every diagnostic. */
  readonly source: string;
  readonly id: string;
  /** The page's address, when known: resolves relative canonical links and feeds the URL-date rule. */
  readonly url?: string;
  /** HTTP Content-Type header, for its charset parameter. */
  readonly contentType?: string;
  /** The outlet when the page names none (og:site_name, JSON-LD publisher), before the host name: a feed's title. */
  readonly outletFallback?: string;
}

export interface ExtractOptions {
  /** Inputs larger than this are refused with a diagnostic (bytes, or UTF-16 units for strings). Default 20 MB. */
  readonly maxBytes?: number;
  /** At most this many removed blocks are listed (the rest are counted in a diagnostic). Default 500. */
  readonly maxRemoved?: number;
}

// Real article pages are under 2 MB; 20 MB leaves room for inlined images/scripts while bounding time and memory.
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
// A listing of removed blocks is for people reviewing a page; past a few hundred it is noise.
const DEFAULT_MAX_REMOVED = 500;
// Below this the "article" is a stub or an error page; the caller is told so (but still gets what was found).
const MIN_ARTICLE_CHARS = 200;
// Markup for readers without JavaScript is only read when the visible page yields less than a short article
// (about three paragraphs); above that <noscript> mostly holds pixels and notices. It replaces the visible reading
// only when it gives at least twice the text.
const DECLARED_MARKUP_BELOW_CHARS = 600;
const DECLARED_GAIN = 2;
// The JSON-LD articleBody replaces the visible reading when that holds less than half of it: a page that shows
// the body shows most of it (the declared text also counts captions and the odd teaser line).
const DECLARED_SHARE = 0.5;

const STAGE = 'extract';

function diag(source: string, rule: string, reason: string, severity: 'error' | 'warning'): Diagnostic {
  return { stage: STAGE, rule, item: source, reason, severity };
}

function emptyArticle(input: ExtractInput, diagnostics: Diagnostic[]): ExtractedArticle {
  return { id: input.id, source: input.source, title: '', blocks: [], removed: [], diagnostics, ...(input.url ? { url: input.url } : {}) };
}

function validate(input: ExtractInput): void {
  if (input === null || typeof input !== 'object') throw new TypeError('extractHtml: input must be an object');
  if (typeof input.html !== 'string' && !(input.html instanceof Uint8Array)) {
    throw new TypeError('extractHtml: input.html must be a string or Uint8Array');
  }
  if (typeof input.source !== 'string' || typeof input.id !== 'string') throw new TypeError('extractHtml: input.source and input.id must be strings');
}

interface Body {
  readonly verdicts: readonly BlockVerdict[];
  /** Characters of kept text. */
  readonly chars: number;
}

/** Blocks → stats → furniture marks → article containers → per-block verdicts, on one parsed page. */
function readBody(tree: PageTree, title: string): Body {
  const blocks = collectBlocks(tree);
  const stats = computePageStats(tree, blocks);
  const marks = markBoilerplate(tree, stats);
  const selection = selectContent(tree, blocks, stats, marks);
  const verdicts = filterBlocks(tree, blocks, stats, marks, selection, title);
  return { verdicts, chars: verdicts.reduce((n, v) => (v.keep ? n + v.block.text.length : n), 0) };
}

/** The JSON-LD articleBody as paragraphs (markup inside it is read as HTML), or undefined. */
function declaredArticleBody(tree: PageTree): { blocks: string[]; chars: number } | undefined {
  // Parsing every JSON-LD script again costs time; most pages declare no articleBody at all.
  if (!tree.jsonLd.some((j) => j.includes('articleBody'))) return undefined;
  const raw = readJsonLd(tree.jsonLd)?.articleBody;
  if (!raw) return undefined;
  const blocks = /<[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(raw)
    ? collectBlocks(parseHtml(raw)).map((b) => b.text)
    : raw.split(/\n\s*/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  return chars >= MIN_ARTICLE_CHARS ? { blocks, chars } : undefined;
}

/** A visible block set aside because the declared body replaced the visible one. */
function demote(v: BlockVerdict): BlockVerdict {
  return v.keep ? { block: v.block, keep: false, reason: 'replaced by the declared article body', rule: 'extract/json-ld-article-body' } : v;
}

/**
 * Extracts the article from one HTML page. Pure and synchronous. Bad content (binary, empty, oversized, no text)
 * gives an empty article with a diagnostic naming `input.source`; only API misuse throws (TypeError).
 */
export function extractHtml(input: ExtractInput, options: ExtractOptions = {}): ExtractedArticle {
  validate(input);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const diagnostics: Diagnostic[] = [];
  const size = input.html.length;
  if (size === 0) return emptyArticle(input, [diag(input.source, 'extract/empty', 'empty input', 'error')]);
  if (size > maxBytes) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return emptyArticle(input, [diag(input.source, 'extract/too-large', `input too large (${mb(size)} > ${mb(maxBytes)} cap)`, 'error')]);
  }
  let html: string;
  if (typeof input.html === 'string') {
    const binary = sniffDecodedText(input.html);
    if (binary) return emptyArticle(input, [diag(input.source, 'extract/not-html', `not HTML (${binary})`, 'error')]);
    html = input.html.charCodeAt(0) === 0xfeff ? input.html.slice(1) : input.html;
  } else {
    const decoded = decodeBytes({ bytes: input.html, ...(input.contentType ? { contentType: input.contentType } : {}) });
    if (!decoded.ok) return emptyArticle(input, [diag(input.source, 'extract/not-html', decoded.reason, 'error')]);
    if (decoded.warning) diagnostics.push(diag(input.source, decoded.rule, decoded.warning, 'warning'));
    html = decoded.text;
  }
  if (!/<[a-zA-Z!]/.test(html.slice(0, 65536))) {
    return emptyArticle(input, [diag(input.source, 'extract/not-html', 'not HTML (no markup found)', 'error')]);
  }

  const tree = parseHtml(html);
  if (tree.depthLimited) diagnostics.push(diag(input.source, 'extract/too-deep', 'markup nested too deeply; the deepest part was read as plain text', 'warning'));
  const meta = extractMetadata(tree, input.url, input.outletFallback);
  let body = readBody(tree, meta.title);
  // The body the page declares, when the visible page lacks it. First what it shows readers without JavaScript
  // (<noscript>, <template>, template scripts), then the articleBody it declares to search engines (JSON-LD).
  if (body.chars < DECLARED_MARKUP_BELOW_CHARS && hasDeclaredMarkup(html)) {
    const alt = readBody(parseHtml(html, { unwrapDeclared: true }), meta.title);
    if (alt.chars >= body.chars * DECLARED_GAIN && alt.chars >= MIN_ARTICLE_CHARS) {
      diagnostics.push(diag(input.source, 'extract/declared-markup', `article read from markup shown without JavaScript (<noscript>/<template>): ${alt.chars} characters, the visible page had ${body.chars}`, 'warning'));
      body = alt;
    }
  }
  const declared = declaredArticleBody(tree);
  if (declared && declared.chars * DECLARED_SHARE > body.chars) {
    diagnostics.push(diag(input.source, 'extract/json-ld-article-body', `article read from the page's JSON-LD articleBody: ${declared.chars} characters, the visible page had ${body.chars}`, 'warning'));
    body = { verdicts: [...declared.blocks.map((text) => ({ block: { text, owner: -1, linkChars: 0 }, keep: true })), ...body.verdicts.map(demote)], chars: declared.chars };
  }

  const kept: string[] = [];
  const removed: RemovedParagraph[] = [];
  const maxRemoved = options.maxRemoved ?? DEFAULT_MAX_REMOVED;
  let dropped = 0;
  for (const v of body.verdicts) {
    if (v.keep) kept.push(v.block.text);
    else if (removed.length < maxRemoved) removed.push({ text: v.block.text, reason: v.reason ?? 'boilerplate', rule: v.rule ?? 'boilerplate/unknown' });
    else dropped++;
  }
  if (dropped > 0) diagnostics.push(diag(input.source, 'extract/removed-capped', `${dropped} more removed blocks not listed`, 'warning'));
  const chars = kept.reduce((n, b) => n + b.length, 0);
  if (kept.length === 0) diagnostics.push(diag(input.source, 'extract/no-text', 'no article text found', 'error'));
  else if (chars < MIN_ARTICLE_CHARS) diagnostics.push(diag(input.source, 'extract/short', `article text is short (${chars} characters)`, 'warning'));
  return {
    id: input.id,
    source: input.source,
    title: meta.title,
    blocks: kept,
    removed,
    diagnostics,
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.byline ? { byline: meta.byline } : {}),
    ...(meta.published ? { published: meta.published, publishedRule: meta.publishedRule } : {}),
    ...(meta.language ? { language: meta.language } : {}),
  };
}
