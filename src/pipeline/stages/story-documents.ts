import type { Story } from '../../model/story.ts';
import type { SummaryDocument } from '../../summary/index.ts';
import { compactString } from '../../text/one-byte.ts';
import { independentSourceKey } from '../../text/outlet-name.ts';

/** A story's articles as the summarizer and aligner read them: body sentences only (captions repeat the body). */
export function storyDocuments(story: Story): SummaryDocument[] {
  return story.articles.map((a) => ({
    id: a.id,
    ...(a.published ? { published: a.published } : {}),
    sentences: a.sentences
      .filter((s) => s.kind === 'body')
      // Compact copies: the aligner and the summary run their regular expressions over these sentences many times.
      .map((s) => ({ start: s.start, end: s.end, text: compactString(a.text.slice(s.start, s.end)) })),
  }));
}

/** Maps every article to the origin it copies (itself when it is an original). */
export function originOf(story: Story): (articleId: string) => string {
  const parent = new Map<string, string>();
  for (const d of story.duplicates) parent.set(d.copy, d.original);
  for (const r of story.rewrites) parent.set(r.copy, r.original);
  return (id) => {
    let cur = id;
    // Copies of copies resolve to the first original; the bound stops a cycle from hanging the run.
    for (let i = 0; i < 64 && parent.has(cur); i++) cur = parent.get(cur) ?? cur;
    return cur;
  };
}

/**
 * Maps every article to the independent source it counts as: its origin's outlet where the origin names one
 * ("reuters"), else the origin itself. Two Reuters reports in one story are one source to a reader checking what
 * independent outlets confirm (they were "2 independent sources [Reuters 1][Reuters 2]"); reports whose outlet is
 * unknown count one each, as before.
 */
export function independentSourceOf(story: Story): (articleId: string) => string {
  const origin = originOf(story);
  const outlet = new Map(story.articles.map((a) => [a.id, a.outlet]));
  return (id) => {
    const o = origin(id);
    return independentSourceKey(o, outlet.get(o));
  };
}
