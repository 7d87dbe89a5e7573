// HTML string → a flat, pre-order array of element and text nodes. Not a DOM: no live tree, no selectors, just what
// the extractor needs (tag, a few attributes, parent, subtree end). Pre-order numbering lets every later pass run as
// a plain loop (children always have larger indices than their parent), so 100k nested <div>s cost no recursion.
import { Parser } from 'htmlparser2';
import { SKIP_CONTENT_TAGS } from './patterns.ts';

export interface ElementNode {
  readonly kind: 'element';
  readonly tag: string;
  readonly parent: number;
  /** One past the last descendant's index: descendants are exactly the indices in (self, end). */
  readonly end: number;
  readonly id: string;
  readonly className: string;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
  readonly parent: number;
}

export type PageNode = ElementNode | TextNode;

export interface MetaTag {
  /** Lower-cased `name`, `property`, `itemprop` or `http-equiv`, whichever the tag has. */
  readonly key: string;
  readonly content: string;
}

export interface LinkTag {
  readonly rel: string;
  readonly href: string;
}

export interface PageTree {
  readonly nodes: readonly PageNode[];
  readonly metas: readonly MetaTag[];
  readonly links: readonly LinkTag[];
  readonly jsonLd: readonly string[];
  readonly titleText: string;
  readonly htmlLang?: string;
  /** Set when markup nested deeper than MAX_DEPTH: the rest of the page was kept as plain text. */
  readonly depthLimited: boolean;
}

interface MutableElement {
  kind: 'element';
  tag: string;
  parent: number;
  end: number;
  id: string;
  className: string;
  attrs: Record<string, string>;
}

interface MutableText {
  kind: 'text';
  text: string;
  parent: number;
}

// Attributes later passes read; everything else (data-*, style bulk, srcset...) is dropped to keep nodes small.
const KEPT_ATTRS = new Set([
  'role', 'itemprop', 'itemtype', 'hidden', 'aria-hidden', 'style', 'href', 'datetime', 'rel', 'pubdate', 'type',
  'content', 'name', 'property', 'http-equiv', 'lang', 'charset', 'class', 'id', 'rel',
]);

// Scripts, styles, comments and inline SVG are ~60% of a typical news page's bytes and never article text. Cutting
// them with one native regex pass before tokenizing halves parse time. Leftmost match wins, as in a tokenizer:
// a <script> inside a comment goes with the comment; a script ends at its first </script>, as browsers do.
const NON_CONTENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[\s\S]*?<\/svg\s*>/gi;

// Image sources and data-* attributes are a quarter of the remaining markup and never read; dropping them natively
// is cheaper than tokenizing them. (href is kept: links measure link density, and <link rel=canonical> needs it.)
const BULKY_ATTRS = /\s(?:data-[\w-]+|srcset|sizes|src)\s*=\s*(?:"[^"]*"|'[^']*')/gi;

// htmlparser2 keeps its open-element stack with Array.unshift, which is O(depth) per tag: 100k nested elements would
// take minutes. Real pages nest under ~100 levels; past 3000 the remainder is read as plain text instead.
const MAX_DEPTH = 3000;

// The few entities worth decoding in the plain-text fallback (the parser decodes all of them in normal operation).
const BASIC_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function markupToText(html: string): string {
  return html.replace(/<[^>]*>?/g, ' ').replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => BASIC_ENTITIES[e] ?? '');
}

interface Stripped {
  readonly html: string;
  readonly jsonLd: readonly string[];
}

// Client-side templates: markup the page ships inside a script for its JavaScript to render. Without JavaScript it is
// the page's declared content, read only when the visible page lacks an article (see extract-html.ts).
const TEMPLATE_TYPE = String.raw`type\s*=\s*["']?text\/(?:template|x-template|html|x-handlebars-template|x-jsrender|ng-template)\b`;
const TEMPLATE_SCRIPT = new RegExp(TEMPLATE_TYPE, 'i');
const DECLARED_MARKUP = new RegExp(String.raw`<(?:noscript|template)\b|<script\b[^>]*` + TEMPLATE_TYPE, 'i');

/**
 * Removes non-content markup, keeping the JSON-LD scripts' text aside. With `unwrapTemplates`, the markup inside
 * template scripts is kept in place instead. Pure.
 */
export function stripNonContent(html: string, unwrapTemplates = false): Stripped {
  const jsonLd: string[] = [];
  const out = html.replace(NON_CONTENT, (whole: string, attrs: string | undefined, body: string | undefined) => {
    if (attrs !== undefined && body !== undefined && /ld\+json/i.test(attrs)) jsonLd.push(body);
    if (unwrapTemplates && attrs !== undefined && body !== undefined && TEMPLATE_SCRIPT.test(attrs)) return ` ${body} `;
    // A space keeps "word<script>..</script>word" from fusing into one word.
    return whole.length > 0 ? ' ' : '';
  });
  return { html: out.replace(BULKY_ATTRS, ''), jsonLd };
}

export interface ParseOptions {
  /**
   * Read what a page declares for readers without JavaScript as ordinary content: <noscript>, <template> and
   * template scripts. Off by default (they mostly hold tracking pixels and "enable JavaScript" notices).
   */
  readonly unwrapDeclared?: boolean;
}

/** True when the page has markup a browser with JavaScript does not show: <noscript>, <template>, template scripts. */
export function hasDeclaredMarkup(html: string): boolean {
  return DECLARED_MARKUP.test(html);
}

/** Parses HTML into a flat node list plus head metadata. Pure; never throws on malformed markup. */
export function parseHtml(rawHtml: string, options: ParseOptions = {}): PageTree {
  const unwrap = options.unwrapDeclared === true;
  const { html, jsonLd: strippedJsonLd } = stripNonContent(rawHtml, unwrap);
  // A synthetic root (index 0) owns text that sits outside any element in fragments like "text <b>x".
  const nodes: (MutableElement | MutableText)[] = [{ kind: 'element', tag: '#document', parent: -1, end: -1, id: '', className: '', attrs: {} }];
  const metas: MetaTag[] = [];
  const links: LinkTag[] = [];
  const jsonLd: string[] = [...strippedJsonLd];
  const stack: number[] = [0];
  let titleText = '';
  let htmlLang: string | undefined;
  // Inside <script>, <style>, <svg>...: their text is not page prose. Counted so nested <svg><g> closes correctly.
  let skipDepth = 0;
  let capture: 'title' | 'json-ld' | undefined;
  let captured = '';
  // Offset where parsing stopped because of MAX_DEPTH; -1 while parsing normally.
  let cutAt = -1;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (cutAt >= 0) return;
        if (stack.length + skipDepth >= MAX_DEPTH) {
          cutAt = parser.startIndex;
          parser.pause();
          return;
        }
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'] ?? '').toLowerCase();
          if (key && attribs['content'] !== undefined) metas.push({ key, content: attribs['content'] });
        } else if (name === 'link') {
          if (attribs['rel'] && attribs['href']) links.push({ rel: attribs['rel'].toLowerCase(), href: attribs['href'] });
        } else if (name === 'html' && attribs['lang'] && htmlLang === undefined) {
          htmlLang = attribs['lang'];
        }
        // <title> lives in <head>, whose other content is skipped: capture it before the skip check.
        if (name === 'title' && titleText === '' && capture === undefined) {
          capture = 'title';
          captured = '';
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIP_CONTENT_TAGS.has(name) && !(unwrap && (name === 'noscript' || name === 'template'))) {
          skipDepth = 1;
          if (name === 'script' && (attribs['type'] ?? '').toLowerCase().includes('ld+json')) {
            capture = 'json-ld';
            captured = '';
          }
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEPT_ATTRS.has(k)) attrs[k] = attribs[k] as string;
        nodes.push({
          kind: 'element',
          tag: name,
          parent: stack.length > 0 ? (stack[stack.length - 1] as number) : -1,
          end: -1,
          id: attribs['id'] ?? '',
          className: attribs['class'] ?? '',
          attrs,
        });
        stack.push(nodes.length - 1);
      },
      ontext(text) {
        if (cutAt >= 0) return;
        if (capture) {
          captured += text;
          return;
        }
        if (skipDepth > 0) return;
        const parent = stack[stack.length - 1] as number;
        const last = nodes[nodes.length - 1];
        // htmlparser2 may deliver one text run in several pieces; merge them so blocks see whole words.
        if (last && last.kind === 'text' && last.parent === parent) last.text += text;
        else nodes.push({ kind: 'text', text, parent });
      },
      onclosetag(name) {
        if (cutAt >= 0) return;
        if (capture === 'title' && name === 'title') {
          titleText = captured;
          capture = undefined;
        } else if (capture === 'json-ld' && name === 'script') {
          jsonLd.push(captured);
          capture = undefined;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        // Never pop the synthetic root: a stray close tag must not detach the rest of the page.
        if (stack.length > 1) (nodes[stack.pop() as number] as MutableElement).end = nodes.length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  if (cutAt >= 0) {
    const text = markupToText(html.slice(cutAt));
    if (skipDepth === 0 && /\S/.test(text)) nodes.push({ kind: 'text', text, parent: stack[stack.length - 1] as number });
  } else {
    parser.end();
  }
  // Parser.end() closes everything still open, but be safe against a truncated stream.
  while (stack.length > 0) (nodes[stack.pop() as number] as MutableElement).end = nodes.length;
  return { nodes, metas, links, jsonLd, titleText, depthLimited: cutAt >= 0, ...(htmlLang !== undefined ? { htmlLang } : {}) };
}
