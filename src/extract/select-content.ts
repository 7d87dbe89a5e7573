// Finds the article container: readability-style scoring of candidate containers from the paragraphs they hold,
// then the best candidate plus qualifying siblings.
import type { Block } from './blocks.ts';
import type { BoilerplateMarks } from './mark-boilerplate.ts';
import type { ElementNode, PageTree } from './parse-html.ts';
import { linkDensity, MIN_PARAGRAPH_CHARS, type PageStats } from './page-stats.ts';
import { HEADING_TAGS, NEGATIVE_CLASS, PARAGRAPH_TAGS, POSITIVE_CLASS } from './patterns.ts';

export interface ContentSelection {
  /** Element indices whose subtrees form the article, in document order. */
  readonly containers: readonly number[];
  readonly topCandidate: number;
  readonly topScore: number;
  readonly rule: string;
}

// How far up a paragraph's score propagates: parent gets it all, grandparent half, then score / (level * 3)
// (readability's schedule; five levels reach past the wrapper divs of most CMS templates).
const MAX_ANCESTOR_LEVELS = 5;
// Per-100-characters credit is capped so one giant block cannot outweigh many real paragraphs.
const MAX_LENGTH_CREDIT = 3;
// A class/id saying "article"/"content" is worth about five good paragraphs; "comment"/"sidebar" costs the same.
const CLASS_WEIGHT = 25;
// Semantic article markers: <article>, itemprop=articleBody. Stronger than a class name because they are standard.
const ARTICLE_TAG_BONUS = 15;
const ARTICLE_BODY_PROP_BONUS = 40;
// Readability's alternative-ancestor rule: when 3 of the top candidates scoring ≥75% of the best share an ancestor,
// the article is split across them and the ancestor is the real container.
const ALT_CANDIDATE_RATIO = 0.75;
const MIN_SHARED_CANDIDATES = 3;
const TOP_CANDIDATES = 5;
// Readability's floor for the upward walk: ancestors scoring under a third of the winner are page wrappers.
const CLIMB_FLOOR_DIVISOR = 3;
// The climb must bring a fifth more readable prose: on both dev halves the ancestors that helped added 24-41%
// (an intro, a first half), the ones that hurt 0-9% (an author bio, a dek, a teaser line).
const CLIMB_MIN_PROSE_GAIN = 1.2;
// "Several times the prose": a runner-up this much fuller is a different kind of element, not a near-tie.
const PROSE_MARGIN = 4;
// Siblings join when they score at least 20% of the winner, and never below 10 (about two short paragraphs).
const SIBLING_SCORE_RATIO = 0.2;
const MIN_SIBLING_SCORE = 10;
// A bare sibling paragraph joins if long (>80 chars) with few links, or short but link-free and sentence-like.
const SIBLING_P_MIN_CHARS = 80;
const SIBLING_P_MAX_LINK_DENSITY = 0.25;

function tagBase(tag: string): number {
  // Readability's priors: <div> usually wraps prose, lists and headings rarely are the article.
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

/** Class/id weight: +25 for article-like names, -25 for furniture-like names (both can apply). */
export function classWeight(el: ElementNode): number {
  if (el.className === '' && el.id === '') return 0;
  let w = 0;
  const c = el.className.toLowerCase();
  const id = el.id.toLowerCase();
  if (c) {
    if (NEGATIVE_CLASS.test(c)) w -= CLASS_WEIGHT;
    if (POSITIVE_CLASS.test(c)) w += CLASS_WEIGHT;
  }
  if (id) {
    if (NEGATIVE_CLASS.test(id)) w -= CLASS_WEIGHT;
    if (POSITIVE_CLASS.test(id)) w += CLASS_WEIGHT;
  }
  return w;
}

function semanticBonus(el: ElementNode): number {
  let b = 0;
  if (el.tag === 'article') b += ARTICLE_TAG_BONUS;
  const prop = el.attrs['itemprop'];
  if (prop && /articlebody|reviewbody|text/i.test(prop)) b += ARTICLE_BODY_PROP_BONUS;
  return b;
}

/** Counts commas in any script (Latin, CJK, Arabic): readability's proxy for sentence complexity. */
function commaCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

export function scoreCandidates(tree: PageTree, blocks: readonly Block[], stats: PageStats, marks: BoilerplateMarks): Float64Array {
  const { nodes } = tree;
  const scores = new Float64Array(nodes.length).fill(Number.NaN);
  const init = (i: number): void => {
    if (!Number.isNaN(scores[i] as number)) return;
    const el = nodes[i] as ElementNode;
    scores[i] = tagBase(el.tag) + classWeight(el) + semanticBonus(el);
  };
  for (const b of blocks) {
    if (b.owner < 0 || (marks.markedBy[b.owner] as number) >= 0) continue;
    const len = b.text.length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const owner = nodes[b.owner] as ElementNode;
    if (HEADING_TAGS.has(owner.tag)) continue;
    const score = 1 + commaCount(b.text) + Math.min(Math.floor(len / 100), MAX_LENGTH_CREDIT);
    let at = PARAGRAPH_TAGS.has(owner.tag) ? owner.parent : b.owner;
    for (let level = 0; level < MAX_ANCESTOR_LEVELS && at >= 0; level++) {
      init(at);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores[at] = (scores[at] as number) + score / divider;
      at = (nodes[at] as ElementNode).parent;
    }
  }
  // Scale by the share of text outside links: a menu full of long link titles is not an article.
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isNaN(scores[i] as number)) scores[i] = (scores[i] as number) * (1 - linkDensity(stats, i));
  }
  return scores;
}

function isInside(tree: PageTree, ancestor: number, i: number): boolean {
  return i > ancestor && i < (tree.nodes[ancestor] as ElementNode).end;
}

function childElements(tree: PageTree, parent: number): number[] {
  const out: number[] = [];
  const end = (tree.nodes[parent] as ElementNode).end;
  for (let i = parent + 1; i < end;) {
    const node = tree.nodes[i] as (typeof tree.nodes)[number];
    if (node.kind === 'element') {
      out.push(i);
      i = node.end;
    } else i++;
  }
  return out;
}

function pickTop(tree: PageTree, scores: Float64Array, marks: BoilerplateMarks): { top: number; score: number; rule: string } {
  const ranked: { i: number; s: number }[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (Number.isNaN(s) || (marks.markedBy[i] as number) >= 0) continue;
    ranked.push({ i, s });
  }
  ranked.sort((a, b) => b.s - a.s);
  let best = ranked[0];
  if (!best) return { top: -1, score: 0, rule: 'content/none' };
  let rule = 'content/top-candidate';
  // A close call is settled by content: a runner-up within ALT_CANDIDATE_RATIO of the winner that holds several
  // times its prose is the article, and the winner led on its name (a one-line <div class="storytop">).
  const prose = (i: number): number => marks.unmarkedProse[i] as number;
  const fuller = ranked.slice(1, TOP_CANDIDATES).find((c) => c.s >= best!.s * ALT_CANDIDATE_RATIO && prose(c.i) >= prose(best!.i) * PROSE_MARGIN);
  if (fuller) {
    best = fuller;
    rule = 'content/fuller-candidate';
  }
  let top = best.i;
  const alternatives = ranked.slice(1, TOP_CANDIDATES).filter((c) => c.s >= best.s * ALT_CANDIDATE_RATIO);
  if (alternatives.length >= MIN_SHARED_CANDIDATES) {
    for (let a = (tree.nodes[top] as ElementNode).parent; a >= 0; a = (tree.nodes[a] as ElementNode).parent) {
      const shared = alternatives.filter((c) => isInside(tree, a, c.i)).length;
      if (shared >= MIN_SHARED_CANDIDATES) {
        top = a;
        rule = 'content/shared-ancestor';
        break;
      }
    }
  }
  // Readability's climb: walking up from the winner, an ancestor that outscores the previous step holds the winner
  // plus more of the article (a "read more" half whose intro sits beside it). The walk stops where scores fall below a
  // third of the winner's (past that the ancestors are page wrappers) or when the ancestor adds little prose.
  if (rule === 'content/top-candidate' || rule === 'content/fuller-candidate') {
    const floor = best.s / CLIMB_FLOOR_DIVISOR;
    let last = best.s;
    for (let a = (tree.nodes[top] as ElementNode).parent; a >= 0; a = (tree.nodes[a] as ElementNode).parent) {
      const tag = (tree.nodes[a] as ElementNode).tag;
      if (tag === 'body' || tag === 'html' || (marks.markedBy[a] as number) >= 0) break;
      const s = scores[a] as number;
      if (Number.isNaN(s)) continue;
      if (s < floor) break;
      if (s > last) {
        // Only worth it when the ancestor adds a part of the article, not just an author box or a dek.
        if ((marks.unmarkedProse[a] as number) < (marks.unmarkedProse[top] as number) * CLIMB_MIN_PROSE_GAIN) break;
        top = a;
        rule = 'content/climbed';
        break;
      }
      last = s;
    }
  }
  // A lone child adds nothing: climb so that siblings of the real wrapper can be considered.
  for (let p = (tree.nodes[top] as ElementNode).parent; p >= 0; p = (tree.nodes[p] as ElementNode).parent) {
    const tag = (tree.nodes[p] as ElementNode).tag;
    if (tag === 'body' || tag === 'html' || childElements(tree, p).length !== 1 || (marks.markedBy[p] as number) >= 0) break;
    top = p;
  }
  return { top, score: best.s, rule };
}

// Chunks of one article body that a CMS splits around ads share the winner's tag and class; they join when mostly prose.
const MAX_CHUNK_LINK_DENSITY = 0.5;

/** Elements elsewhere on the page with the winner's exact tag and class: the article's other chunks. */
function sameClassChunks(tree: PageTree, stats: PageStats, marks: BoilerplateMarks, top: number, taken: readonly number[]): number[] {
  const topEl = tree.nodes[top] as ElementNode;
  if (topEl.className.trim() === '') return [];
  const out: number[] = [];
  for (let i = 0; i < tree.nodes.length; i++) {
    const n = tree.nodes[i] as (typeof tree.nodes)[number];
    if (n.kind !== 'element') continue;
    if (taken.some((c) => i >= c && i < (tree.nodes[c] as ElementNode).end)) {
      i = n.end - 1; // already inside a chosen container
      continue;
    }
    if (n.tag !== topEl.tag || n.className !== topEl.className || (marks.markedBy[i] as number) >= 0) continue;
    if ((stats.paragraphChars[i] as number) > 0 && linkDensity(stats, i) < MAX_CHUNK_LINK_DENSITY) {
      out.push(i);
      i = n.end - 1;
    }
  }
  return out;
}

/** Picks the article's containers. Pure. */
export function selectContent(tree: PageTree, blocks: readonly Block[], stats: PageStats, marks: BoilerplateMarks): ContentSelection {
  const scores = scoreCandidates(tree, blocks, stats, marks);
  const { top, score, rule } = pickTop(tree, scores, marks);
  if (top < 0) {
    // No paragraph scored anywhere (a stub, a fragment): the whole page is the candidate, furniture marks still apply.
    const body = tree.nodes.findIndex((n) => n.kind === 'element' && n.tag === 'body');
    const roots = tree.nodes.flatMap((n, i) => (n.kind === 'element' && n.parent < 0 ? [i] : []));
    return { containers: body >= 0 ? [body] : roots, topCandidate: -1, topScore: 0, rule: 'content/whole-page' };
  }
  const parent = (tree.nodes[top] as ElementNode).parent;
  if (parent < 0) return { containers: [top], topCandidate: top, topScore: score, rule };
  const topEl = tree.nodes[top] as ElementNode;
  const threshold = Math.max(MIN_SIBLING_SCORE, score * SIBLING_SCORE_RATIO);
  const containers: number[] = [];
  for (const s of childElements(tree, parent)) {
    if (s === top) {
      containers.push(s);
      continue;
    }
    if ((marks.markedBy[s] as number) >= 0) continue;
    const el = tree.nodes[s] as ElementNode;
    // Siblings sharing the winner's class are usually continuation blocks of the same article.
    const bonus = el.className !== '' && el.className === topEl.className ? score * SIBLING_SCORE_RATIO : 0;
    const ss = scores[s] as number;
    if (!Number.isNaN(ss) && ss + bonus >= threshold) {
      containers.push(s);
      continue;
    }
    if (el.tag === 'p') {
      const len = stats.textChars[s] as number;
      const ld = linkDensity(stats, s);
      if (len > SIBLING_P_MIN_CHARS && ld < SIBLING_P_MAX_LINK_DENSITY) containers.push(s);
      else if (len >= MIN_PARAGRAPH_CHARS && ld === 0 && (stats.paragraphChars[s] as number) > 0) containers.push(s);
    }
  }
  const chunks = sameClassChunks(tree, stats, marks, top, containers);
  const all = chunks.length > 0 ? [...containers, ...chunks].sort((a, b) => a - b) : containers;
  return { containers: all, topCandidate: top, topScore: score, rule: chunks.length > 0 ? `${rule}+chunks` : rule };
}
