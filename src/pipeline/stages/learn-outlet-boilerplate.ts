import type { ExtractedArticle } from '../../model/clean-article.ts';
import { lineKey } from '../../extract/text/classify-blocks.ts';

// A block is an outlet's furniture when it recurs in at least this many of its articles...
const MIN_ARTICLES = 3;
// ...and in at least half of them: a phrase two reporters happen to share does not recur that often.
const MIN_SHARE = 0.5;
// Long blocks are text, not furniture, even when an outlet syndicates one paragraph widely.
const MAX_WORDS = 60;

/** Corpus stage: per outlet, the blocks that recur across its articles in this batch (newsletter pitches, footers). */
export function learnOutletBoilerplate(articles: readonly ExtractedArticle[]): ReadonlyMap<string, ReadonlySet<string>> {
  return recurringBlockKeys(articles.map(outletBlockKeys));
}

/** What furniture learning needs of one article: its outlet and the keys of its short blocks (the queue stores these). */
export interface OutletBlocks {
  readonly outlet?: string;
  readonly keys: readonly string[];
}

export function outletBlockKeys(a: ExtractedArticle): OutletBlocks {
  const outlet = outletKey(a);
  return { ...(outlet ? { outlet } : {}), keys: [...new Set(a.blocks.filter((b) => b.split(/\s+/).length <= MAX_WORDS).map(lineKey))] };
}

/** learnOutletBoilerplate over articles already reduced to their block keys (a batch whose pages several workers fetched). */
export function recurringBlockKeys(articles: readonly OutletBlocks[]): ReadonlyMap<string, ReadonlySet<string>> {
  const byOutlet = new Map<string, OutletBlocks[]>();
  for (const a of articles) if (a.outlet) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  const out = new Map<string, Set<string>>();
  for (const [outlet, list] of byOutlet) {
    if (list.length < MIN_ARTICLES) continue;
    const counts = new Map<string, number>();
    for (const a of list) for (const key of new Set(a.keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const recurring = new Set([...counts].filter(([, c]) => c >= MIN_ARTICLES && c >= list.length * MIN_SHARE).map(([k]) => k));
    if (recurring.size > 0) out.set(outlet, recurring);
  }
  return out;
}

export function outletKey(a: ExtractedArticle): string | undefined {
  return a.outlet ?? hostOf(a.url);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
