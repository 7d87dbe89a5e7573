// Marks page furniture (navigation, footers, share bars, cookie banners, comments...) by tag, ARIA role, visibility
// and class/id patterns. Marks are inherited: every block under a marked element is boilerplate with that reason.
import type { ElementNode, PageTree } from './parse-html.ts';
import type { PageStats } from './page-stats.ts';
import { BOILERPLATE_CLASS_PATTERNS, BOILERPLATE_ROLES, BOILERPLATE_TAGS, EMBED_CLASS } from './patterns.ts';

export interface MarkReason {
  readonly reason: string;
  readonly rule: string;
}

export interface BoilerplateMarks {
  /** For each node, the index of the nearest marked ancestor-or-self, or -1. */
  readonly markedBy: Int32Array;
  /** Reason per marked element (sparse: only marked elements). */
  readonly reasons: ReadonlyMap<number, MarkReason>;
}

// An element that holds this share of all the page's paragraph text is where the article lives, whatever its class
// says ("content-with-sidebar", an ASP.NET page-wide <form>): marking it would throw the article away.
const ARTICLE_SHARE_GUARD = 0.4;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function ownMark(el: ElementNode): MarkReason | undefined {
  const a = el.attrs;
  if (a['hidden'] !== undefined || (a['style'] !== undefined && HIDDEN_STYLE.test(a['style']))) {
    return { reason: 'hidden element', rule: 'boilerplate/hidden' };
  }
  if (a['aria-hidden'] === 'true') return { reason: 'hidden element', rule: 'boilerplate/hidden' };
  const byTag = BOILERPLATE_TAGS.get(el.tag);
  if (byTag) return { reason: byTag, rule: `boilerplate/tag-${el.tag}` };
  const role = a['role'];
  if (role) {
    const byRole = BOILERPLATE_ROLES.get(role.toLowerCase());
    if (byRole) return { reason: byRole, rule: `boilerplate/role-${role.toLowerCase()}` };
  }
  if (el.className === '' && el.id === '') return undefined;
  const key = `${el.className} ${el.id}`.toLowerCase();
  if (EMBED_CLASS.test(key)) return undefined;
  for (const p of BOILERPLATE_CLASS_PATTERNS) if (p.re.test(key)) return { reason: p.reason, rule: p.rule };
  return undefined;
}

/** Pure: computes marks without touching the tree. */
export function markBoilerplate(tree: PageTree, stats: PageStats): BoilerplateMarks {
  const { nodes } = tree;
  const markedBy = new Int32Array(nodes.length).fill(-1);
  const reasons = new Map<number, MarkReason>();
  const guard = stats.totalParagraphChars * ARTICLE_SHARE_GUARD;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as (typeof nodes)[number];
    const inherited = node.parent >= 0 ? (markedBy[node.parent] as number) : -1;
    if (inherited >= 0 || node.kind !== 'element') {
      markedBy[i] = inherited;
      continue;
    }
    const mark = ownMark(node);
    if (mark && !(stats.paragraphChars[i]! > 0 && stats.paragraphChars[i]! >= guard)) {
      markedBy[i] = i;
      reasons.set(i, mark);
    }
  }
  return { markedBy, reasons };
}
