// Inside the chosen containers, decides block by block what is article text and what is furniture that the
// container-level choice let through (related-link lists, "Advertisement" labels, share prompts).
import type { Block } from './blocks.ts';
import type { BoilerplateMarks } from './mark-boilerplate.ts';
import type { ElementNode, PageTree } from './parse-html.ts';
import { linkDensity, type PageStats } from './page-stats.ts';
import { BOILERPLATE_TEXT, EMBED_CLASS, HEADING_TAGS } from './patterns.ts';
import type { ContentSelection } from './select-content.ts';
import { classWeight } from './select-content.ts';

export interface BlockVerdict {
  readonly block: Block;
  readonly keep: boolean;
  readonly reason?: string;
  readonly rule?: string;
}

// A block mostly (>70%) link text is a link, not prose ("Read: Ten things...", a tag cloud line). Lower values
// (0.5) cut real lead paragraphs that link their key phrases.
const MAX_BLOCK_LINK_DENSITY = 0.7;
// Readability's conditional cleaning of boxes inside the article: a list/div/table that is mostly links and holds
// little prose is a link box. 0.33 tolerates a paragraph-rich box with several inline citations.
const MAX_BOX_LINK_DENSITY = 0.33;
// Boxes with this much paragraph prose are kept whatever their link density (long explainer lists with sources).
const BOX_PROSE_KEEP_CHARS = 600;
// More list items than paragraphs, with short items, is a link list or a gallery strip, not running text.
const SHORT_ITEM_CHARS = 60;
// A box holding at least half of its container's prose is the article itself (a wrapper with an odd class name),
// never a side box: conditional cleaning leaves it alone.
const ARTICLE_BOX_SHARE = 0.5;
const BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'figure', 'aside', 'form', 'center']);

// A box that is almost all paragraph text with a few inline links reads as article prose whatever its class says.
const PROSE_SHARE = 0.8;
const PROSE_MAX_LINK_DENSITY = 0.25;

function isProse(text: number, prose: number, ld: number): boolean {
  return prose >= text * PROSE_SHARE && ld <= PROSE_MAX_LINK_DENSITY;
}

/** Index of the selected container holding element `i`, or -1. Containers are disjoint, sorted. */
function containerOf(tree: PageTree, containers: readonly number[], i: number): number {
  for (const c of containers) {
    if (i >= c && i < (tree.nodes[c] as ElementNode).end) return c;
  }
  return -1;
}

// A non-list box with more list items than paragraphs plus this slack is a link strip; the slack keeps a box with a
// short bullet summary next to its paragraphs.
const LIST_ITEM_SLACK = 2;
// A list box is a strip when a fifth of its text is links (teaser titles, tag links) or it has a picture per two items.
const STRIP_MIN_LINK_DENSITY = 0.2;
// Readability's form rule: more than one input per three paragraphs is a form, not an article section.
const PARAGRAPHS_PER_INPUT = 3;

/** Readability-style conditional cleaning of one box: the reason it is furniture, or undefined to keep it. */
function boxVerdict(node: ElementNode, i: number, stats: PageStats, marks: BoilerplateMarks): string | undefined {
  const text = stats.textChars[i] as number;
  const prose = stats.paragraphChars[i] as number;
  const pCount = stats.pCount[i] as number;
  const liCount = stats.liCount[i] as number;
  const ld = linkDensity(stats, i);
  if (ld > MAX_BOX_LINK_DENSITY && prose < BOX_PROSE_KEEP_CHARS) return 'link list';
  if (classWeight(node) < 0 && prose < BOX_PROSE_KEEP_CHARS && pCount < 2 && !isProse(text, prose, ld)) return 'furniture box';
  const isList = node.tag === 'ul' || node.tag === 'ol';
  // A strip of links or pictures, not a list of things the article needs (ingredients, tools, specs: no links).
  const strip = ld >= STRIP_MIN_LINK_DENSITY || (stats.imgCount[i] as number) * 2 >= liCount;
  if (!isList && strip && liCount > pCount + LIST_ITEM_SLACK && text / Math.max(1, liCount) < SHORT_ITEM_CHARS && prose < BOX_PROSE_KEEP_CHARS) {
    return 'list box';
  }
  // A box with little prose around a sign-up form is the form's frame (its pitch); in an article section full of
  // prose, the inputs of a form already marked as furniture do not count against the section.
  const inputs = prose >= BOX_PROSE_KEEP_CHARS ? (marks.unmarkedInputs[i] as number) : (stats.inputCount[i] as number);
  if (inputs > Math.floor(pCount / PARAGRAPHS_PER_INPUT)) return 'form box';
  return undefined;
}

/** Boxes (div/ul/table...) inside the containers that conditional cleaning removes, with their reason. */
function badBoxes(tree: PageTree, stats: PageStats, marks: BoilerplateMarks, containers: readonly number[]): Map<number, string> {
  const bad = new Map<number, string>();
  for (const c of containers) {
    const end = (tree.nodes[c] as ElementNode).end;
    const containerProse = stats.paragraphChars[c] as number;
    for (let i = c + 1; i < end; i++) {
      const node = tree.nodes[i] as (typeof tree.nodes)[number];
      if (node.kind !== 'element') continue;
      // Embedded posts (tweets) are link-heavy by nature but are quoted material of the article.
      if (node.className !== '' && EMBED_CLASS.test(node.className.toLowerCase())) {
        i = node.end - 1;
        continue;
      }
      if (!BOX_TAGS.has(node.tag)) continue;
      const text = stats.textChars[i] as number;
      if (text === 0) continue;
      const prose = stats.paragraphChars[i] as number;
      if (prose > 0 && prose >= containerProse * ARTICLE_BOX_SHARE) continue;
      const reason = boxVerdict(node, i, stats, marks);
      if (reason) {
        bad.set(i, reason);
        i = node.end - 1; // skip the subtree: its blocks inherit this verdict
      }
    }
  }
  return bad;
}

function innermostBad(tree: PageTree, bad: ReadonlyMap<number, string>, container: number, owner: number): number {
  for (let a = owner; a > container && a >= 0; a = (tree.nodes[a] as ElementNode).parent) if (bad.has(a)) return a;
  return -1;
}

/** Judges every block: kept article text, or removed with a reason and a rule id. Pure. */
export function filterBlocks(
  tree: PageTree,
  blocks: readonly Block[],
  stats: PageStats,
  marks: BoilerplateMarks,
  selection: ContentSelection,
  title: string,
): BlockVerdict[] {
  const bad = badBoxes(tree, stats, marks, selection.containers);
  const normTitle = title.trim().toLowerCase();
  const verdicts = blocks.map((block): BlockVerdict => {
    const owner = block.owner;
    // A furniture mark is the more telling reason, so it is reported even for blocks outside the article.
    const markedBy = owner >= 0 ? (marks.markedBy[owner] as number) : -1;
    if (markedBy >= 0) {
      const m = marks.reasons.get(markedBy);
      return { block, keep: false, reason: m?.reason ?? 'boilerplate', rule: m?.rule ?? 'boilerplate/marked' };
    }
    const container = owner >= 0 ? containerOf(tree, selection.containers, owner) : -1;
    if (container < 0) return { block, keep: false, reason: 'outside main content', rule: 'boilerplate/outside-content' };
    const box = innermostBad(tree, bad, container, owner);
    if (box >= 0) return { block, keep: false, reason: bad.get(box) as string, rule: 'boilerplate/conditional-clean' };
    if (block.linkChars > block.text.length * MAX_BLOCK_LINK_DENSITY) {
      return { block, keep: false, reason: 'link-dense block', rule: 'boilerplate/link-density' };
    }
    // The headline repeated above the body (in an <h1>, or a bold line in old table layouts) is the title, not text.
    if (normTitle && block.text.toLowerCase() === normTitle) {
      return { block, keep: false, reason: 'headline', rule: 'boilerplate/headline' };
    }
    for (const t of BOILERPLATE_TEXT) {
      if (t.re.test(block.text)) return { block, keep: false, reason: t.reason, rule: 'boilerplate/text-pattern' };
    }
    return { block, keep: true };
  });
  return keepSomething(dropOrphanHeadings(tree, verdicts));
}

// Rules that judge a block by its shape alone (mostly link text; a heading with nothing under it). On a page where
// they leave nothing at all, the shape is the page's whole content (a list of headings, a body wrapped in one link).
const SHAPE_RULES: ReadonlySet<string> = new Set(['boilerplate/link-density', 'boilerplate/orphan-heading']);

/** When every block in the article containers fell to a shape rule, those blocks are the article after all. */
function keepSomething(verdicts: readonly BlockVerdict[]): BlockVerdict[] {
  if (verdicts.some((v) => v.keep)) return [...verdicts];
  return verdicts.map((v) => (v.rule !== undefined && SHAPE_RULES.has(v.rule) ? { block: v.block, keep: true } : v));
}

/**
 * A heading is only article text when text follows it. A kept heading that ends the article, or whose next kept
 * block is a heading of the same or higher rank (h2 then h2), introduced something we removed ("More Great Stories"
 * over a link list). An h2 followed by an h3 is a section with a subsection, and stays.
 */
function dropOrphanHeadings(tree: PageTree, verdicts: readonly BlockVerdict[]): BlockVerdict[] {
  const out = [...verdicts];
  // Rank of the next kept heading (1–6), 0 when the next kept block is text, 7 past the end (nothing follows).
  const END = 7;
  let next = END;
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i] as BlockVerdict;
    if (!v.keep) continue;
    const tag = v.block.owner >= 0 ? (tree.nodes[v.block.owner] as ElementNode).tag : '';
    const rank = HEADING_TAGS.has(tag) ? Number(tag.slice(1)) : 0;
    if (rank > 0 && (next === END || (next > 0 && next <= rank))) {
      out[i] = { block: v.block, keep: false, reason: 'heading without text', rule: 'boilerplate/orphan-heading' };
      continue;
    }
    next = rank;
  }
  return out;
}
