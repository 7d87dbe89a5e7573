// Marks page furniture (navigation, footers, share bars, cookie banners, comments...) by tag, ARIA role, visibility
// and class/id patterns. Marks are inherited: every block under a marked element is boilerplate with that reason.
import type { ElementNode, PageTree } from './parse-html.ts';
import { linkDensity, type PageStats } from './page-stats.ts';
import { BOILERPLATE_CLASS_PATTERNS, BOILERPLATE_ROLES, BOILERPLATE_TAGS, COLLAPSED_CLASS, EMBED_CLASS } from './patterns.ts';

export interface MarkReason {
  readonly reason: string;
  readonly rule: string;
}

/** How a mark was found: the reader cannot see it (hidden), the markup says what it is (tag, role), or a name hints. */
type MarkKind = 'hidden' | 'collapsed' | 'semantic' | 'class' | 'small-box-class';

export interface BoilerplateMarks {
  /** For each node, the index of the nearest marked ancestor-or-self, or -1. */
  readonly markedBy: Int32Array;
  /** Reason per marked element (sparse: only marked elements). */
  readonly reasons: ReadonlyMap<number, MarkReason>;
  /** Paragraph characters in each element's subtree that no mark removes: the prose a reader would be left with. */
  readonly unmarkedProse: Float64Array;
  /** Form inputs in each element's subtree outside marked furniture (a marked sign-up form's fields are gone already). */
  readonly unmarkedInputs: Int32Array;
}

// An element that holds this share of all the page's paragraph text is where the article lives, whatever its class
// says ("content-with-sidebar", an ASP.NET page-wide <form>): marking it would throw the article away.
const ARTICLE_SHARE_GUARD = 0.4;

// "Holds prose": at least this much paragraph text in two or more paragraphs, mostly not links. Three ordinary
// sentences; a byline, a caption or a share bar never reaches it, a short article body does.
const PROSE_CHARS = 400;
const PROSE_PARAGRAPHS = 2;
const PROSE_MAX_LINK_DENSITY = 0.25;

// Captions are the article when they hold at least half of the visible paragraph text.
const CAPTION_CONTENT_SHARE = 0.5;
const CAPTION_RULES: ReadonlySet<string> = new Set(['boilerplate/tag-figcaption', 'boilerplate/caption']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The reader cannot see it: hidden attribute, display:none / visibility:hidden, aria-hidden, or a dialog. */
function hiddenMark(el: ElementNode): (MarkReason & { readonly kind: MarkKind }) | undefined {
  const a = el.attrs;
  if (a['hidden'] !== undefined || (a['style'] !== undefined && HIDDEN_STYLE.test(a['style']))) {
    return { reason: 'hidden element', rule: 'boilerplate/hidden', kind: 'hidden' };
  }
  if (a['aria-hidden'] === 'true') return { reason: 'hidden element', rule: 'boilerplate/hidden', kind: 'hidden' };
  const role = a['role'];
  // A dialog is a pop-up over the page, whatever it holds (a newsletter pitch, a cookie text, a login form).
  if (role && /^(?:alert)?dialog$/i.test(role)) return { reason: 'dialog', rule: `boilerplate/role-${role.toLowerCase()}`, kind: 'hidden' };
  // Only a class says this one is hidden (a stylesheet could say otherwise), so it stays under the article guard.
  if (el.className !== '' && COLLAPSED_CLASS.test(el.className.toLowerCase())) return { reason: 'collapsed element', rule: 'boilerplate/collapsed', kind: 'collapsed' };
  return undefined;
}

function ownMark(el: ElementNode): (MarkReason & { readonly kind: MarkKind }) | undefined {
  const hidden = hiddenMark(el);
  if (hidden) return hidden;
  const a = el.attrs;
  const role = a['role']?.toLowerCase();
  const byTag = BOILERPLATE_TAGS.get(el.tag);
  if (byTag) return { reason: byTag, rule: `boilerplate/tag-${el.tag}`, kind: 'semantic' };
  if (role) {
    const byRole = BOILERPLATE_ROLES.get(role);
    if (byRole) return { reason: byRole, rule: `boilerplate/role-${role}`, kind: 'semantic' };
  }
  if (el.className === '' && el.id === '') return undefined;
  const key = `${el.className} ${el.id}`.toLowerCase();
  if (EMBED_CLASS.test(key)) return undefined;
  for (const p of BOILERPLATE_CLASS_PATTERNS) {
    if (p.re.test(key)) return { reason: p.reason, rule: p.rule, kind: p.smallBox ? 'small-box-class' : 'class' };
  }
  return undefined;
}

function holdsProse(stats: PageStats, visible: Float64Array, i: number): boolean {
  return (visible[i] as number) >= PROSE_CHARS && (stats.pCount[i] as number) >= PROSE_PARAGRAPHS && linkDensity(stats, i) <= PROSE_MAX_LINK_DENSITY;
}

/** Pure: computes marks without touching the tree. */
export function markBoilerplate(tree: PageTree, stats: PageStats): BoilerplateMarks {
  const { nodes } = tree;
  const markedBy = new Int32Array(nodes.length).fill(-1);
  const reasons = new Map<number, MarkReason>();
  // The guard is a share of the text a reader can see: hidden copies (a collapsed page behind an open article
  // modal) must not make the visible article look small.
  // Prose is likewise counted where it can be seen: visible[i] is paragraphChars[i] less its hidden descendants'.
  const visible = Float64Array.from(stats.paragraphChars);
  let hiddenChars = 0;
  let captionChars = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as (typeof nodes)[number];
    if (node.kind !== 'element') continue;
    const chars = stats.paragraphChars[i] as number;
    if (hiddenMark(node)) {
      if (chars > 0) for (let a = node.parent; a >= 0; a = (nodes[a] as ElementNode).parent) visible[a] = (visible[a] as number) - chars;
      hiddenChars += chars;
      i = node.end - 1;
    } else if (node.tag === 'figcaption') {
      captionChars += chars;
      i = node.end - 1;
    }
  }
  const visibleTotal = stats.totalParagraphChars - hiddenChars;
  const guard = visibleTotal * ARTICLE_SHARE_GUARD;
  // A slideshow or photo essay tells its story in captions: when they hold most of the visible prose they are the
  // article, not furniture beside it.
  const captionsAreContent = captionChars > 0 && captionChars >= visibleTotal * CAPTION_CONTENT_SHARE;
  const unmarkedProse = Float64Array.from(stats.paragraphChars);
  const unmarkedInputs = Int32Array.from(stats.inputCount);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as (typeof nodes)[number];
    const inherited = node.parent >= 0 ? (markedBy[node.parent] as number) : -1;
    if (inherited >= 0 || node.kind !== 'element') {
      markedBy[i] = inherited;
      continue;
    }
    const mark = ownMark(node);
    if (!mark) continue;
    // What the reader cannot see is never the article, however much text it holds (a hidden pop-up, a collapsed
    // duplicate of the story); the guard below only protects against names and tags that guessed wrong.
    if (mark.kind !== 'hidden' && visible[i]! > 0 && visible[i]! >= guard) continue;
    if (mark.kind === 'small-box-class' && holdsProse(stats, visible, i)) continue;
    if (captionsAreContent && CAPTION_RULES.has(mark.rule)) continue;
    markedBy[i] = i;
    reasons.set(i, { reason: mark.reason, rule: mark.rule });
    const chars = stats.paragraphChars[i] as number;
    const inputs = stats.inputCount[i] as number;
    if (chars > 0 || inputs > 0) {
      for (let a = node.parent; a >= 0; a = (nodes[a] as ElementNode).parent) {
        unmarkedProse[a] = (unmarkedProse[a] as number) - chars;
        unmarkedInputs[a] = (unmarkedInputs[a] as number) - inputs;
      }
    }
  }
  return { markedBy, reasons, unmarkedProse, unmarkedInputs };
}
