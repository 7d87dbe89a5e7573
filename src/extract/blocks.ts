// Node list → text blocks: each maximal run of inline content inside one block-level element becomes one block
// (`<div>a <b>b</b><p>c</p> d</div>` gives "a b", "c", "d"), tagged with the element that owns it.
import type { ElementNode, PageTree } from './parse-html.ts';
import { BLOCK_TAGS, BOILERPLATE_CLASS_PATTERNS } from './patterns.ts';

export interface Block {
  /** Whitespace-collapsed text (line breaks kept inside <pre>). */
  readonly text: string;
  /** Index of the block-level element whose direct inline content this is. */
  readonly owner: number;
  /** Characters of `text` that sit inside <a> elements. */
  readonly linkChars: number;
}

// Two <br> in a row are how many CMSs separate paragraphs inside one <div>; a single <br> is a line break in a paragraph.
const BR_PARAGRAPH_BREAK = 2;

interface Buffer {
  parts: string[];
  chars: number;
  linkChars: number;
  brRun: number;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

// Inline elements named like these are part of the sentence around them: a dateline ("CAIRO —") opens the lead,
// a glossary pop-up link is a phrase of the paragraph. Only their block-level namesakes are furniture.
const SENTENCE_PART_RULES: ReadonlySet<string> = new Set(['boilerplate/meta', 'boilerplate/popup']);

/**
 * An inline element whose class names furniture (`<span class="caption">` inside a paragraph) gets a block of its own,
 * so the boilerplate marks can drop it without dropping the paragraph around it. `memo` caches verdicts per class
 * string for one call (pages repeat the same few classes thousands of times).
 */
function isFurnitureInline(el: ElementNode, memo: Map<string, boolean>): boolean {
  if (el.className === '') return false;
  let v = memo.get(el.className);
  if (v === undefined) {
    const key = el.className.toLowerCase();
    v = BOILERPLATE_CLASS_PATTERNS.some((p) => !SENTENCE_PART_RULES.has(p.rule) && p.re.test(key));
    memo.set(el.className, v);
  }
  return v;
}

/** Collects the page's text blocks in document order. Pure; iterative (no recursion on nesting depth). */
export function collectBlocks(tree: PageTree): Block[] {
  const { nodes } = tree;
  const blocks: Block[] = [];
  const open: number[] = [];
  const owners: number[] = [];
  let linkDepth = 0;
  let preDepth = 0;
  let buf: Buffer = { parts: [], chars: 0, linkChars: 0, brRun: 0 };
  const memo = new Map<string, boolean>();
  // Elements acting as block boundaries: block tags plus furniture inlines (decided once, on entry).
  const breaks = new Set<number>();

  const flush = (owner: number): void => {
    if (buf.parts.length > 0) {
      const raw = buf.parts.join('');
      const text = preDepth > 0 ? raw.replace(/[ \t\f\r]+/g, ' ').replace(/ ?\n ?/g, '\n').trim() : collapse(raw).trim();
      if (text.length > 0) blocks.push({ text, owner, linkChars: Math.min(buf.linkChars, text.length) });
    }
    buf = { parts: [], chars: 0, linkChars: 0, brRun: 0 };
  };
  const currentOwner = (): number => (owners.length > 0 ? (owners[owners.length - 1] as number) : -1);

  const exit = (index: number): void => {
    const el = nodes[index] as ElementNode;
    if (el.tag === 'a') linkDepth--;
    if (breaks.has(index)) {
      flush(index);
      owners.pop();
    }
    if (el.tag === 'pre') preDepth--;
  };

  for (let i = 0; i < nodes.length; i++) {
    while (open.length > 0 && (nodes[open[open.length - 1] as number] as ElementNode).end <= i) exit(open.pop() as number);
    const node = nodes[i] as ElementNode | { kind: 'text'; text: string };
    if (node.kind === 'text') {
      const t = node.text;
      if (preDepth === 0 && !/\S/.test(t)) {
        if (buf.parts.length > 0) buf.parts.push(' ');
        continue;
      }
      buf.parts.push(t);
      buf.brRun = 0;
      if (linkDepth > 0) buf.linkChars += collapse(t).trim().length + 1;
      continue;
    }
    const tag = node.tag;
    if (tag === 'br') {
      buf.brRun++;
      if (buf.brRun >= BR_PARAGRAPH_BREAK && preDepth === 0) flush(currentOwner());
      else buf.parts.push(preDepth > 0 ? '\n' : ' ');
    } else if (tag === 'img' || tag === 'hr') {
      // Images and rules separate runs visually but carry no text: a rule ends the paragraph.
      if (tag === 'hr') flush(currentOwner());
    }
    if (BLOCK_TAGS.has(tag) || isFurnitureInline(node, memo)) {
      breaks.add(i);
      flush(currentOwner());
      owners.push(i);
    }
    if (tag === 'a') linkDepth++;
    if (tag === 'pre') preDepth++;
    open.push(i);
  }
  while (open.length > 0) exit(open.pop() as number);
  flush(-1);
  return blocks;
}
