import type { SummarySentence } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { summarize } from '../../summary/index.ts';
import { storyDocuments } from './story-documents.ts';

/** Story stage: the extractive summary; each sentence cites its own article and every article stating the same. */
export function summarizeStory(story: Story, budgetBytes: number): SummarySentence[] {
  const docs = storyDocuments(story);
  const result = summarize(docs, { bytes: budgetBytes });
  return result.sentences.map((pick) => {
    const spans = [
      { articleId: pick.docId, start: pick.start, end: pick.end },
      ...pick.support.map((s) => {
        const sentence = docs.find((d) => d.id === s.docId)?.sentences[s.sentenceIndex];
        return { articleId: s.docId, start: sentence?.start ?? 0, end: sentence?.end ?? 0 };
      }),
    ];
    return { text: pick.text, sources: [...new Set(spans.map((s) => s.articleId))].sort(), spans };
  });
}
