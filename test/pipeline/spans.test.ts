import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceSpan } from '../../src/model/span.ts';
import { seedsResult } from '../helpers/seeds.ts';

// Every citation must point at real text: a span names an article and offsets into its cleaned text.

function resolver() {
  const { brief } = seedsResult();
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  return (span: SourceSpan): string => {
    const text = texts.get(span.articleId);
    assert.ok(text !== undefined, `span cites unknown article ${span.articleId}`);
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `bad offsets ${JSON.stringify(span)}`);
    return text.slice(span.start, span.end);
  };
}

test('every span in the brief resolves to text of the article it names', () => {
  const resolve = resolver();
  let count = 0;
  for (const story of seedsResult().brief.stories) {
    const lists = [story.summary, story.entities, story.quotes, story.timeline, story.claims, story.agreed, story.exclusives, ...story.discrepancies.map((d) => d.values)];
    for (const list of lists) for (const item of list) for (const span of item.spans) {
      resolve(span);
      count++;
    }
  }
  assert.ok(count > 100, `only ${count} spans`);
});

test('the passage behind each item is the item: summary, claims, quotes, entities, numbers', () => {
  const resolve = resolver();
  for (const story of seedsResult().brief.stories) {
    for (const s of story.summary) assert.ok(resolve(s.spans[0]!).includes(s.text) || s.text.includes(resolve(s.spans[0]!)), s.text);
    for (const c of story.claims) assert.ok(c.spans.some((sp) => resolve(sp) === c.text), c.text);
    for (const q of story.quotes) assert.ok(q.spans.some((sp) => resolve(sp) === q.text), q.text);
    for (const e of story.entities) for (const sp of e.spans) assert.ok([e.name, ...e.aliases].some((n) => resolve(sp).replace(/[’']s$/, '').replace(/’/g, "'") === n || resolve(sp) === n), `${e.name}: ${resolve(sp)}`);
    for (const a of story.agreed) for (const sp of a.spans) assert.ok(a.texts.includes(resolve(sp)), resolve(sp));
    for (const x of story.exclusives) assert.equal(resolve(x.spans[0]!), x.text);
  }
});

test('sources of every item are exactly the articles its spans cite', () => {
  for (const story of seedsResult().brief.stories) {
    const members = new Set(story.articleIds);
    for (const list of [story.summary, story.entities, story.quotes, story.timeline, story.claims, story.agreed]) {
      for (const item of list) {
        assert.deepEqual([...new Set(item.spans.map((s) => s.articleId))].sort(), [...item.sources].sort());
        for (const id of item.sources) assert.ok(members.has(id), `${id} is not in story ${story.id}`);
      }
    }
  }
});
