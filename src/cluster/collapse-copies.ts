import { independentSourceKey } from '../text/outlet-name.ts';

export interface CopyLink {
  readonly original: string;
  readonly copy: string;
}

function rootOf(copied: ReadonlyMap<string, string>, id: string): string {
  let cur = id;
  for (let next = copied.get(cur); next !== undefined; next = copied.get(cur)) cur = next;
  return cur;
}

/**
 * Origins of a story: its articles that copy no other article of the story; copies of copies collapse to the same
 * origin. A link that would close a cycle (possible when same-day ties are decided pair by pair) is ignored, and an
 * article copying two others keeps the first link, so every article has exactly one origin.
 */
export function collapseCopies(articleIds: readonly string[], links: readonly CopyLink[]): string[] {
  const members = new Set(articleIds);
  const copied = new Map<string, string>();
  for (const l of links) {
    if (!members.has(l.original) || !members.has(l.copy) || copied.has(l.copy)) continue;
    if (rootOf(copied, l.original) === l.copy) continue;
    copied.set(l.copy, l.original);
  }
  return articleIds.filter((id) => !copied.has(id));
}

/** Independent sources among a story's origins, counted as the brief counts them (independentSourceKey). */
export function countIndependentSources(origins: readonly string[], outletOf: ReadonlyMap<string, string>): number {
  return new Set(origins.map((id) => independentSourceKey(id, outletOf.get(id)))).size;
}
