import type { Claim, Exclusive } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import type { AlignmentGroup } from '../../summary/index.ts';
import { originOf, storyDocuments } from './story-documents.ts';

export interface ClaimsAndExclusives {
  readonly claims: readonly Claim[];
  readonly exclusives: readonly Exclusive[];
}

// An exclusive must carry a fact: at least this many words and a name or a number; shorter lines are transitions.
const MIN_EXCLUSIVE_WORDS = 8;

/**
 * Story stage: sentences of different articles that state the same content become one claim with every source behind
 * it; copies and rewrites count once in `independentSources`. Informative sentences nobody else states are exclusives.
 */
export function alignClaims(story: Story, groups: readonly AlignmentGroup[]): ClaimsAndExclusives {
  const docs = storyDocuments(story);
  const origin = originOf(story);
  const aligned = new Set<string>();
  const claims: Claim[] = [];
  for (const g of groups) {
    if (g.members.length < 2) continue;
    for (const m of g.members) aligned.add(`${m.docId}:${m.sentenceIndex}`);
    // The member closest to all others words the shared content best.
    const best = [...g.members].sort((a, b) => b.similarity - a.similarity || a.text.length - b.text.length)[0];
    if (!best) continue;
    const sources = [...new Set(g.members.map((m) => m.docId))].sort();
    claims.push({
      text: best.text,
      sources,
      spans: g.members.map((m) => ({ articleId: m.docId, start: m.start, end: m.end })),
      independentSources: new Set(sources.map(origin)).size,
    });
  }
  claims.sort((a, b) => b.independentSources - a.independentSources || b.sources.length - a.sources.length);
  const independent = new Set(story.articles.map((a) => origin(a.id))).size;
  const exclusives: Exclusive[] = [];
  if (independent >= 2) {
    for (const doc of docs) {
      const article = story.articles.find((a) => a.id === doc.id);
      doc.sentences.forEach((s, i) => {
        if (aligned.has(`${doc.id}:${i}`) || !article) return;
        const informative =
          s.text.split(/\s+/).length >= MIN_EXCLUSIVE_WORDS &&
          (article.entities.some((e) => e.start >= s.start && e.end <= s.end) || /\d/.test(s.text));
        if (informative) exclusives.push({ text: s.text, source: doc.id, spans: [{ articleId: doc.id, start: s.start, end: s.end }] });
      });
    }
  }
  return { claims, exclusives };
}
