import type { Story } from '../../model/story.ts';
import type { SummaryDocument } from '../../summary/index.ts';

/** A story's articles as the summarizer and aligner read them: body sentences only (captions repeat the body). */
export function storyDocuments(story: Story): SummaryDocument[] {
  return story.articles.map((a) => ({
    id: a.id,
    ...(a.published ? { published: a.published } : {}),
    sentences: a.sentences
      .filter((s) => s.kind === 'body')
      .map((s) => ({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end) })),
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
