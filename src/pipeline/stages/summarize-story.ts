import type { AgreedQuantity, Discrepancy, SummaryFigure, SummarySentence } from '../../model/story-brief.ts';
import { givesOtherFigure } from './disputed-figures.ts';
import type { Story } from '../../model/story.ts';
import { summarize, supportOf, type AlignedStatements, type AlignmentGroup, type AlignmentSpace, type SummarySentencePick } from '../../summary/index.ts';
import type { SourceSpan } from '../../model/span.ts';
import { independentSourceOf, storyDocuments } from './story-documents.ts';

/**
 * Story stage: the extractive summary. Each sentence cites its own article, the sentences the statement aligner finds
 * stating it, the members of its claim group (the same alignment the claims use, so both agree on who said what), and,
 * for a part of it, the sources stating one of its clauses, each with its own span; a number in it that other sources
 * give is cited as a figure (see SummarySentence).
 */
export function summarizeStory(
  story: Story,
  budgetBytes: number,
  aligned: AlignedStatements,
  space?: AlignmentSpace,
  agreed: readonly AgreedQuantity[] = [],
  discrepancies: readonly Discrepancy[] = [],
): SummarySentence[] {
  const docs = storyDocuments(story);
  const groupOf = new Map<string, AlignmentGroup>();
  for (const g of aligned.sentences) for (const m of g.members) groupOf.set(`${m.docId}:${m.sentenceIndex}`, g);
  // Clause groups by sentence: a source that states one clause of a summary sentence is cited for that clause.
  const clauseGroupsOf = new Map<string, AlignmentGroup[]>();
  for (const g of aligned.clauses) {
    for (const m of g.members) clauseGroupsOf.set(`${m.docId}:${m.sentenceIndex}`, [...(clauseGroupsOf.get(`${m.docId}:${m.sentenceIndex}`) ?? []), g]);
  }
  const result = summarize(docs, { bytes: budgetBytes }, { ...(space ? { space } : {}), confirmed: confirmedSentences(story, aligned, space, discrepancies), dropQuotePieces: true });
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
    // A passage giving another value of a disputed quantity than the sentence does states another fact.
    const cited = dedupeSpans([own, ...supported, ...groupMembers, ...clauses]).map((sp) => ({ docId: sp.articleId, start: sp.start, end: sp.end, sp }));
    const other = givesOtherFigure(cited[0] as (typeof cited)[number], cited, discrepancies);
    const spans = cited.filter((c) => !other.has(c)).map((c) => c.sp);
    const figures = figuresIn(pick, agreed);
    return { text: pick.text, sources: sourcesOf(spans), spans, ...(figures.length ? { figures } : {}) };
  });
}

/**
 * Sentences another independent source states (a copy or rewrite of the same report, or the same outlet's other
 * report, confirms nothing), each with the sentences stating it or a clause of it: those a sentence or clause group
 * joins with another source's (a clause group too: the sentence is cited for it by the other source, so the reader
 * sees it confirmed in part), and those the aligner pairs with one outside the groups (the support the summary cites
 * them with). The facts the summary gives first, one sentence each.
 */
function confirmedSentences(
  story: Story,
  aligned: AlignedStatements,
  space: AlignmentSpace | undefined,
  discrepancies: readonly Discrepancy[],
): Map<string, Set<string>> {
  const source = independentSourceOf(story);
  const confirmed = new Map<string, Set<string>>();
  const partnersOf = (key: string): Set<string> => {
    let p = confirmed.get(key);
    if (!p) confirmed.set(key, (p = new Set()));
    return p;
  };
  for (const g of [...aligned.sentences, ...aligned.clauses]) {
    if (new Set(g.members.map((m) => source(m.docId))).size < 2) continue;
    for (const m of g.members) {
      // Members giving another value of a disputed quantity do not confirm this one.
      const other = givesOtherFigure(m, g.members, discrepancies);
      const partners = g.members.filter((o) => o !== m && !other.has(o));
      if (!partners.some((o) => source(o.docId) !== source(m.docId))) continue;
      const key = `${m.docId}:${m.sentenceIndex}`;
      for (const o of partners) partnersOf(key).add(`${o.docId}:${o.sentenceIndex}`);
    }
  }
  if (!space) return confirmed;
  const indexOf = new Map(space.sentences.map((s, i) => [`${s.docId}:${s.sentenceIndex}`, i]));
  for (const r of aligned.pairedOutsideGroups) {
    const key = `${r.docId}:${r.sentenceIndex}`;
    const i = indexOf.get(key);
    if (confirmed.has(key) || i === undefined) continue;
    const others = supportOf(space, i).filter((s) => source(s.docId) !== source(r.docId));
    if (others.length > 0) partnersOf(key);
    for (const s of others) partnersOf(key).add(`${s.docId}:${s.sentenceIndex}`);
  }
  return confirmed;
}

/**
 * The same quantity of the same thing (`agreed`) given by sources other than the sentence's own: cited where each of
 * them gives it, as a figure of the sentence, since they state the number, not the sentence.
 */
function figuresIn(pick: SummarySentencePick, agreed: readonly AgreedQuantity[]): SummaryFigure[] {
  const figures: SummaryFigure[] = [];
  for (const q of agreed) {
    const mine = q.spans.find((sp) => sp.articleId === pick.docId && sp.start >= pick.start && sp.end <= pick.end);
    if (!mine) continue;
    const spans = dedupeSpans(q.spans.filter((sp) => sp.articleId !== pick.docId));
    // The sentence's text is the article's passage [start, end), so the figure's own words are read off it.
    const text = pick.text.slice(mine.start - pick.start, mine.end - pick.start);
    if (spans.length) figures.push({ text, sources: sourcesOf(spans), spans });
  }
  return figures;
}

function sourcesOf(spans: readonly SourceSpan[]): string[] {
  return [...new Set(spans.map((s) => s.articleId))].sort();
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
