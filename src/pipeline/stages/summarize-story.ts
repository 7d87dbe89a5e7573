import type { AgreedQuantity, SummarySentence } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { summarize, type AlignedStatements, type AlignmentGroup, type AlignmentSpace } from '../../summary/index.ts';
import type { SourceSpan } from '../../model/span.ts';
import { storyDocuments } from './story-documents.ts';

/**
 * Story stage: the extractive summary. Each sentence cites its own article, the sentences the statement aligner finds
 * stating it, the members of its claim group (the same alignment the claims use, so both agree on who said what), and,
 * for a part of it, the sources stating one of its clauses or giving one of its quantities, each with its own span.
 */
export function summarizeStory(
  story: Story,
  budgetBytes: number,
  aligned: AlignedStatements,
  space?: AlignmentSpace,
  agreed: readonly AgreedQuantity[] = [],
): SummarySentence[] {
  const docs = storyDocuments(story);
  const groupOf = new Map<string, AlignmentGroup>();
  for (const g of aligned.sentences) for (const m of g.members) groupOf.set(`${m.docId}:${m.sentenceIndex}`, g);
  // Clause groups by sentence: a source that states one clause of a summary sentence is cited for that clause.
  const clauseGroupsOf = new Map<string, AlignmentGroup[]>();
  for (const g of aligned.clauses) {
    for (const m of g.members) clauseGroupsOf.set(`${m.docId}:${m.sentenceIndex}`, [...(clauseGroupsOf.get(`${m.docId}:${m.sentenceIndex}`) ?? []), g]);
  }
  const result = summarize(docs, { bytes: budgetBytes }, space ? { space } : {});
  return result.sentences.map((pick) => {
    const own: SourceSpan = { articleId: pick.docId, start: pick.start, end: pick.end };
    const supported = pick.support.map((s): SourceSpan => {
      const sentence = docs.find((d) => d.id === s.docId)?.sentences[s.sentenceIndex];
      return { articleId: s.docId, start: sentence?.start ?? 0, end: sentence?.end ?? 0 };
    });
    const groupMembers = (groupOf.get(`${pick.docId}:${pick.sentenceIndex}`)?.members ?? [])
      .filter((m) => m.docId !== pick.docId)
      .map((m): SourceSpan => ({ articleId: m.docId, start: m.start, end: m.end }));
    const key = `${pick.docId}:${pick.sentenceIndex}`;
    const clauses = (clauseGroupsOf.get(key) ?? []).flatMap((g) =>
      g.members.filter((m) => m.docId !== pick.docId).map((m): SourceSpan => ({ articleId: m.docId, start: m.start, end: m.end })),
    );
    // The same quantity of the same thing given by other sources (`agreed`): cited where each source gives it.
    const quantities = agreed
      .filter((q) => q.spans.some((sp) => sp.articleId === pick.docId && sp.start >= pick.start && sp.end <= pick.end))
      .flatMap((q) => q.spans.filter((sp) => sp.articleId !== pick.docId));
    const spans = dedupeSpans([own, ...supported, ...groupMembers, ...clauses, ...quantities]);
    return { text: pick.text, sources: [...new Set(spans.map((s) => s.articleId))].sort(), spans };
  });
}

function dedupeSpans(spans: readonly SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.articleId}:${s.start}:${s.end}`;
    if (seen.has(key) || s.end <= s.start) return false;
    seen.add(key);
    return true;
  });
}
