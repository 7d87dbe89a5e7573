// Per-element subtree statistics, computed in one bottom-up pass (reverse pre-order: children before parents).
import type { Block } from './blocks.ts';
import type { ElementNode, PageTree } from './parse-html.ts';
import { HEADING_TAGS, PARAGRAPH_TAGS } from './patterns.ts';

export interface PageStats {
  /** Characters of block text anywhere in the element's subtree. */
  readonly textChars: Float64Array;
  /** Of those, characters inside links. */
  readonly linkChars: Float64Array;
  /** Characters of "real paragraphs" (blocks of at least MIN_PARAGRAPH_CHARS) in the subtree. */
  readonly paragraphChars: Float64Array;
  readonly pCount: Int32Array;
  readonly liCount: Int32Array;
  readonly imgCount: Int32Array;
  readonly inputCount: Int32Array;
  readonly headingCount: Int32Array;
  /** Sum of paragraphChars over the whole page. */
  readonly totalParagraphChars: number;
}

/** Shorter blocks are labels, buttons and teaser titles rather than prose (readability uses the same 25). */
export const MIN_PARAGRAPH_CHARS = 25;

export function computePageStats(tree: PageTree, blocks: readonly Block[]): PageStats {
  const n = tree.nodes.length;
  const textChars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  const paragraphChars = new Float64Array(n);
  const pCount = new Int32Array(n);
  const liCount = new Int32Array(n);
  const imgCount = new Int32Array(n);
  const inputCount = new Int32Array(n);
  const headingCount = new Int32Array(n);
  let totalParagraphChars = 0;
  for (const b of blocks) {
    if (b.owner < 0) continue;
    textChars[b.owner] = (textChars[b.owner] as number) + b.text.length;
    linkChars[b.owner] = (linkChars[b.owner] as number) + b.linkChars;
    if (b.text.length >= MIN_PARAGRAPH_CHARS && b.linkChars < b.text.length / 2) {
      paragraphChars[b.owner] = (paragraphChars[b.owner] as number) + b.text.length;
      totalParagraphChars += b.text.length;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const node = tree.nodes[i];
    if (!node || node.kind !== 'element') continue;
    const el: ElementNode = node;
    if (el.tag === 'p') pCount[i] = (pCount[i] as number) + 1;
    else if (el.tag === 'li') liCount[i] = (liCount[i] as number) + 1;
    else if (el.tag === 'img' || el.tag === 'picture') imgCount[i] = (imgCount[i] as number) + 1;
    else if (el.tag === 'input') inputCount[i] = (inputCount[i] as number) + 1;
    else if (HEADING_TAGS.has(el.tag)) headingCount[i] = (headingCount[i] as number) + 1;
    const p = el.parent;
    if (p < 0) continue;
    textChars[p] = (textChars[p] as number) + (textChars[i] as number);
    linkChars[p] = (linkChars[p] as number) + (linkChars[i] as number);
    paragraphChars[p] = (paragraphChars[p] as number) + (paragraphChars[i] as number);
    pCount[p] = (pCount[p] as number) + (pCount[i] as number);
    liCount[p] = (liCount[p] as number) + (liCount[i] as number);
    imgCount[p] = (imgCount[p] as number) + (imgCount[i] as number);
    inputCount[p] = (inputCount[p] as number) + (inputCount[i] as number);
    headingCount[p] = (headingCount[p] as number) + (headingCount[i] as number);
  }
  return { textChars, linkChars, paragraphChars, pCount, liCount, imgCount, inputCount, headingCount, totalParagraphChars };
}

export function linkDensity(stats: PageStats, i: number): number {
  const t = stats.textChars[i] ?? 0;
  return t > 0 ? (stats.linkChars[i] ?? 0) / t : 0;
}

export { PARAGRAPH_TAGS };
