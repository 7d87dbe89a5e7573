import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, QuoteMention } from '../../src/model/analyzed-article.ts';
import type { BriefQuote } from '../../src/model/story-brief.ts';
import type { Story } from '../../src/model/story.ts';
import { markQuotedPassages } from '../../src/pipeline/stages/mark-quoted-passages.ts';
import { named } from '../../src/render/named-referent.ts';
import { seedsResult } from '../helpers/seeds.ts';

// HuffPost 2011-11-02 (basil-dev), shortened: a three-sentence quote whose last sentence three outlets agree on.
const text =
  'Obama said: “You’ve been debating a commemorative coin for baseball. That’s not putting people back to work. I trust in God, but God wants to see us help ourselves by putting people back to work.”\n\n' +
  '“It makes no sense. It really does not,” Obama said.';
const open = text.indexOf('“') + 1;
const close = text.indexOf('”');
const quotes = [
  { start: open, end: close, text: text.slice(open, close), direct: true, rule: 'quotes/colon', speaker: 'Obama', speakerCertainty: 'stated' },
  { start: text.lastIndexOf('“') + 1, end: text.lastIndexOf(','), text: 'It makes no sense. It really does not', direct: true, rule: 'quotes/x-said-after', speaker: 'Obama', speakerCertainty: 'stated' },
] as QuoteMention[];
const article = {
  id: 'hpo', source: 'hpo', title: 'hpo', language: 'en', text, paragraphs: [], removed: [], diagnostics: [], sentences: [], entities: [], quotes, times: [], quantities: [],
} as unknown as AnalyzedArticle;
const story: Story = { id: 's', articles: [article], duplicates: [], rewrites: [], origins: ['hpo'], why: '' };
const entry: BriefQuote = { speaker: 'Barack Obama', text: quotes[0]?.text ?? '', direct: true, speakerCertainty: 'stated', sources: ['hpo'], spans: [{ articleId: 'hpo', start: open, end: close }] };
const passage = (from: string, to: string) => {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  return { text: text.slice(start, end), spans: [{ articleId: 'hpo', start, end }] };
};

test('a sentence inside a longer quotation is marked with the speaker "Who said what" gives and the marks it lacks', () => {
  const mark = markQuotedPassages(story, [entry]);
  const [last, first] = mark([passage('I trust in God', 'to work.”'), passage('“You’ve been', 'baseball.')]);
  assert.deepEqual(last?.quoted, { speaker: 'Barack Obama', opensBefore: true, continuesAfter: false });
  assert.equal(named(last ?? { text: '' }), 'Barack Obama: “I trust in God, but God wants to see us help ourselves by putting people back to work.”');
  assert.deepEqual(first?.quoted, { speaker: 'Barack Obama', opensBefore: false, continuesAfter: true });
  assert.equal(named(first ?? { text: '' }), 'Barack Obama: “You’ve been debating a commemorative coin for baseball.”');
});

test('negative: a passage with its own speech tag and both marks, or outside any quotation, gets nothing; an unnamed speaker gives marks only', () => {
  const mark = markQuotedPassages(story, [entry]);
  const [tagged, narration] = mark([passage('“It makes', 'said.'), passage('Obama said:', 'said:')]);
  assert.equal(tagged?.quoted, undefined);
  assert.equal(narration?.quoted, undefined);
  // A passage that starts inside a quotation and runs on to its tag gets the opening mark, and no speaker before it.
  const [tail] = mark([passage('It really', 'said.')]);
  assert.deepEqual(tail?.quoted, { opensBefore: true, continuesAfter: false });
  assert.equal(named(tail ?? { text: '' }), '“It really does not,” Obama said.');
  const [middle] = markQuotedPassages(story, [{ ...entry, speaker: 'he', speakerUndetermined: true }])([passage('That’s not', 'to work.')]);
  assert.deepEqual(middle?.quoted, { opensBefore: true, continuesAfter: true });
  assert.equal(named(middle ?? { text: '' }), '“That’s not putting people back to work.”');
});

test('samples: every passage marked as quoted overlaps a direct quote of its article; one with a speaker lies inside it, and the speaker is a "Who said what" speaker', () => {
  const { brief, articles } = seedsResult();
  let marked = 0;
  for (const s of brief.stories) {
    const speakers = new Set(s.quotes.map((q) => q.speaker));
    for (const item of [...s.summary, ...s.claims, ...s.exclusives, ...s.timeline]) {
      if (item.quoted === undefined) continue;
      marked++;
      const span = item.spans.find((x) => articles.find((a) => a.id === x.articleId)?.text.slice(x.start, x.end) === item.text);
      const article = articles.find((a) => a.id === span?.articleId);
      assert.ok(span && article?.quotes.some((q) => q.direct && q.start < span.end && span.start < q.end), item.text);
      // A speaker only before a passage wholly inside the quotation.
      if (item.quoted.speaker !== undefined) {
        assert.ok(speakers.has(item.quoted.speaker), item.quoted.speaker);
        assert.ok(article?.quotes.some((q) => q.direct && q.start - 2 <= span.start && span.end <= q.end + 2), item.text);
      }
    }
  }
  assert.ok(marked >= 3, `marked: ${marked}`);
});
