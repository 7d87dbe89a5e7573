// Corpus stages on hostile batches: clusters partition the input (every article in exactly one story) and a summary
// stays within its budget and cites sentences that exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterArticles, type ClusterInput } from '../../src/cluster/index.ts';
import { documentFromText, summarize, type SummaryBudget, type SummaryDocument } from '../../src/summary/index.ts';
import { anyString, newsText, runs } from './arbitraries.ts';

const published = fc.option(fc.constantFrom('2022-01-10', '2022-01-11', '2021-12-31', '1970-01-01', '2022-02-30', 'yesterday', '', '2022-01-10T25:99:00Z', '99999-01-01'), { nil: undefined });

// Bodies share pieces so that some articles cluster together, some are copies of others, and some are noise.
const body = fc.oneof(
  { weight: 3, arbitrary: newsText(80) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', 'The the the the the the the.', 'Sergei Ryabkov met Wendy Sherman in Geneva. '.repeat(30)) },
);

const batch: fc.Arbitrary<ClusterInput[]> = fc
  .array(fc.record({ title: fc.oneof(newsText(8), anyString), text: body, published, entities: fc.option(fc.array(newsText(3), { maxLength: 4 }), { nil: undefined }) }), { maxLength: 10 })
  .chain((items) =>
    // Some items repeat an earlier one's text exactly (copies) so the duplicate paths run.
    fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((picks) =>
      items.map((it, i) => {
        const copyOf = i > 0 && (picks[i] ?? 0) % 4 === 0 ? items[(picks[i] ?? 0) % i] : undefined;
        const a: ClusterInput = { id: `a${i}`, title: it.title, text: copyOf ? copyOf.text : it.text };
        return { ...a, ...(it.published !== undefined ? { published: it.published } : {}), ...(it.entities ? { entities: it.entities } : {}) };
      }),
    ),
  );

test('clusterArticles: every article lands in exactly one story; origins and copies name members', () => {
  fc.assert(
    fc.property(batch, fc.double({ min: 0, max: 1, noNaN: true }), (articles, joinThreshold) => {
      const result = clusterArticles(articles, { joinThreshold });
      const seen = new Map<string, string>();
      for (const story of result.stories) {
        assert.ok(story.articleIds.length > 0, `empty story ${story.id}`);
        for (const id of story.articleIds) {
          assert.ok(!seen.has(id), `${id} is in ${seen.get(id)} and ${story.id}`);
          seen.set(id, story.id);
        }
        for (const o of story.origins) assert.ok(story.articleIds.includes(o), `origin ${o} not a member of ${story.id}`);
      }
      assert.deepEqual([...seen.keys()].sort(), articles.map((a) => a.id).sort(), 'an article was lost or invented');
      for (const p of result.duplicates) assert.ok(seen.has(p.original) && seen.has(p.copy));
    }),
    runs(120),
  );
});

test('clusterArticles: 300 identical articles and 300 empty ones still partition', () => {
  const same = Array.from({ length: 300 }, (_, i): ClusterInput => ({ id: `s${i}`, title: 'Talks', text: 'Sergei Ryabkov met Wendy Sherman in Geneva. '.repeat(5) }));
  const empty = Array.from({ length: 300 }, (_, i): ClusterInput => ({ id: `e${i}`, title: '', text: '' }));
  const result = clusterArticles([...same, ...empty]);
  const ids = result.stories.flatMap((s) => s.articleIds);
  assert.equal(ids.length, 600);
  assert.equal(new Set(ids).size, 600);
});

const budget: fc.Arbitrary<SummaryBudget> = fc.oneof<fc.Arbitrary<SummaryBudget>[]>(
  fc.record({ bytes: fc.integer({ min: 0, max: 800 }) }),
  fc.record({ words: fc.integer({ min: 0, max: 120 }) }),
  fc.record({ bytes: fc.integer({ min: 0, max: 800 }), words: fc.integer({ min: 0, max: 120 }) }),
);

test('summarize: within the byte and word budget, every pick is a sentence of its document', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(body, published), { maxLength: 6 }), budget, (texts, b) => {
      const docs: SummaryDocument[] = texts.map(([t, p], i) => documentFromText(`d${i}`, t, p));
      const result = summarize(docs, b);
      const joined = result.sentences.map((s) => s.text).join(' ');
      if (b.bytes !== undefined) assert.ok(Buffer.byteLength(joined, 'utf8') <= b.bytes, `${Buffer.byteLength(joined)} bytes > ${b.bytes}`);
      if (b.words !== undefined) assert.ok(joined.split(/\s+/).filter(Boolean).length <= b.words, 'over the word budget');
      for (const pick of result.sentences) {
        const doc = docs.find((d) => d.id === pick.docId);
        const sentence = doc?.sentences[pick.sentenceIndex];
        assert.ok(sentence, `pick names a missing sentence ${pick.docId}#${pick.sentenceIndex}`);
        assert.ok(sentence.text.includes(pick.text), `pick text is not its sentence: ${JSON.stringify(pick.text)}`);
        for (const s of pick.support) assert.ok(docs.some((d) => d.id === s.docId && d.sentences[s.sentenceIndex] !== undefined), 'support names a missing sentence');
      }
    }),
    runs(150),
  );
});

test('summarize: malformed documents are skipped with a diagnostic, not a crash', () => {
  const bad = [null, 42, { id: 7 }, { id: 'x' }, { id: 'y', sentences: 'no' }, documentFromText('ok', 'Headline\n\nA real sentence about the talks in Geneva on Monday.')];
  const result = summarize(bad as unknown as SummaryDocument[], { bytes: 200 });
  assert.ok(result.diagnostics.some((d) => d.rule === 'summary/bad-document'));
});
