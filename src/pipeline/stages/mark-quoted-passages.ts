import type { QuoteMention } from '../../model/analyzed-article.ts';
import type { SourceSpan } from '../../model/span.ts';
import type { BriefQuote, BriefQuoted } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { shownSpans, type ShownPassage } from './shown-spans.ts';

const OPENING_MARK = /^\s*["“‘']/;
const CLOSING_MARK = /["”’']\s*$/;
// A quotation mark (and the space a sloppy page leaves) may stand between a passage's edge and the quoted words.
const MARK_SLACK = 2;

/**
 * Story stage: each shown passage that lies inside one direct quotation (a sentence of a longer quote shown on its
 * own: "I trust in God, but God wants to see us help ourselves by putting people back to work.”") gets `quoted`: the
 * speaker "Who said what" gives that quote (the story's one name for it, so the two sections agree), and whether the
 * quotation opens before the passage or goes on after it. Only the passage whose words are shown counts (the span
 * whose text is `text`); a passage with its own speech tag ("…,” he said") gets only the mark it lacks.
 */
export function markQuotedPassages(story: Story, quotes: readonly BriefQuote[]): <T extends ShownPassage>(items: readonly T[]) => (T & { readonly quoted?: BriefQuoted })[] {
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const speakerAt = (span: SourceSpan, start: number, end: number): string | undefined => {
    const entry = quotes.find((q) => q.direct && !q.speakerUndetermined && q.spans.some((s) => s.articleId === span.articleId && s.start < end && start < s.end));
    return entry === undefined || isDescription(entry.speaker) ? undefined : entry.speaker;
  };
  return (items) =>
    items.map((item) => {
      const shown = shownSpans(articles, item).next();
      if (shown.done === true) return item;
      const { article, span } = shown.value;
      const q = article.quotes.find((x) => x.direct && x.start - MARK_SLACK <= span.start && span.end <= x.end + MARK_SLACK);
      if (q === undefined) return withMarksOnly(item, article.quotes, span);
      // Marks the passage's text does not hold stand outside it ("I am not pro-gay marriage" is a clause that starts
      // where the quoted words do, but without the opening mark).
      const opensBefore = !OPENING_MARK.test(item.text);
      const continuesAfter = !CLOSING_MARK.test(item.text);
      const speaker = speakerAt(span, q.start, q.end);
      // A whole quotation with its marks and a speaker we cannot name: nothing to add.
      if (!opensBefore && !continuesAfter && speaker === undefined) return item;
      return { ...item, quoted: { ...(speaker !== undefined ? { speaker } : {}), opensBefore, continuesAfter } };
    });
}

/**
 * A passage that starts inside a quotation and runs on past its end ("I accept the fact that the president is a
 * Christian," Santorum said.) or starts before one and stops inside it: the mark it lacks, and no speaker (the passage
 * has its own speech tag, or narration of its own).
 */
function withMarksOnly<T extends ShownPassage>(item: T, quotes: readonly QuoteMention[], span: SourceSpan): T | (T & { readonly quoted: BriefQuoted }) {
  const direct = quotes.filter((x) => x.direct);
  const opensBefore = direct.some((x) => x.start <= span.start && span.start < x.end) && !OPENING_MARK.test(item.text);
  const continuesAfter = direct.some((x) => x.start < span.end && span.end <= x.end) && !CLOSING_MARK.test(item.text);
  return opensBefore || continuesAfter ? { ...item, quoted: { opensBefore, continuesAfter } } : item;
}

/** "the governor", "a spokesman": a description, not a name to put before someone's words. */
function isDescription(speaker: string): boolean {
  return !/^\p{Lu}/u.test(speaker) || /^(?:A|An|The|One|Some|Several|His|Her|Their|Its)\s/.test(speaker);
}
