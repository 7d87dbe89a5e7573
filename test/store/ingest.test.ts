import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadInputs } from '../../src/io/load-inputs.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadResources } from '../../src/pipeline/resources.ts';
import { assignStableIds, contentHash, ingestArticles } from '../../src/service/ingest.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Story } from '../../src/model/story.ts';
import { article } from './fixtures.ts';

const resources = loadResources().resources;
const options = (now: string) => ({ published: '2022-01-10', summaryBytes: 665, windowDays: 7, now: new Date(now) });

describe('ingest', () => {
  it('an input with the same content as an earlier one in the batch is reported as its copy, not as "unchanged" on a new database', async () => {
    const loaded = await loadInputs(['samples'], { maxFileBytes: 1e7 });
    const [first] = loaded.articles;
    assert.ok(first);
    const store = openSqliteStore(':memory:');
    const result = await ingestArticles(store, [...loaded.articles, { ...first, id: 'saved-twice', source: 'elsewhere/saved-twice.txt' }], options('2022-01-11T00:00:00Z'), resources);
    assert.deepEqual([result.inserted.length, result.unchanged.length], [5, 0]);
    assert.deepEqual(result.copies, [{ id: 'saved-twice', of: first.id }]);
  });

  it('stores samples, clusters them, and a second ingest changes nothing', async () => {
    const loaded = await loadInputs(['samples'], { maxFileBytes: 1e7 });
    const store = openSqliteStore(':memory:');
    const first = await ingestArticles(store, loaded.articles, options('2022-01-11T00:00:00Z'), resources);
    assert.equal(first.inserted.length, 5);
    const stories = await store.listStories({ limit: 10, offset: 0 });
    assert.ok(stories.total >= 1);
    const geneva = stories.items.find((s) => /talks/i.test(s.title));
    assert.ok(geneva, 'the Geneva talks story is there');
    assert.ok((await store.getStory(geneva.id))?.summary.length);

    const again = await ingestArticles(store, loaded.articles, options('2022-01-12T00:00:00Z'), resources);
    assert.deepEqual([again.inserted.length, again.updated.length, again.unchanged.length, again.storiesChanged.length], [0, 0, 5, 0]);
    assert.deepEqual(await store.listStories({ limit: 10, offset: 0 }), stories, 'stories untouched, same ids and timestamps');

    // A new report of the same event joins the story, which keeps its id.
    const extra: RawArticle = {
      id: 'late-report',
      source: 'late-report.txt',
      format: 'text',
      published: '2022-01-11',
      text: 'Russia and US end Geneva talks without breakthrough\n\nSergei Ryabkov and Wendy Sherman met in Geneva for nearly eight hours of talks on Ukraine and Nato. Ryabkov said the talks were difficult. Sherman said the US would not allow anyone to shut Nato’s open-door policy.',
    };
    const third = await ingestArticles(store, [extra], options('2022-01-12T00:00:00Z'), resources);
    assert.deepEqual(third.inserted, ['late-report']);
    const storyId = (await store.getArticle('late-report'))?.storyId;
    assert.ok(storyId);
    const before = new Set(stories.items.map((s) => s.id));
    if ((await store.storyArticleIds(storyId)).length > 1) assert.ok(before.has(storyId), `story id ${storyId} is one of the earlier ids`);
    await store.close();
  });

  it('a failing article becomes a diagnostic; the rest are stored', async () => {
    const store = openSqliteStore(':memory:');
    const good: RawArticle = { id: 'good', source: 'good.txt', format: 'text', text: 'Headline here\n\nSome body text about the talks in Geneva.' };
    const bad = { id: 'bad', source: 'bad.html', format: 'html', html: 42 } as unknown as RawArticle;
    const result = await ingestArticles(store, [bad, good], options('2022-01-11T00:00:00Z'), resources);
    assert.deepEqual(result.inserted, ['good']);
    assert.ok(result.diagnostics.some((d) => d.item === 'bad.html' && d.severity === 'error'));
    await store.close();
  });

  it('content hash covers text and metadata', () => {
    const a: RawArticle = { id: 'x', source: 'x.txt', format: 'text', text: 'A' };
    assert.equal(contentHash(a), contentHash({ ...a, id: 'y', source: 'other.txt' }), 'id and path do not matter');
    assert.notEqual(contentHash(a), contentHash({ ...a, text: 'B' }));
    assert.notEqual(contentHash(a), contentHash({ ...a, published: '2022-01-01' }));
  });

  it('new clusters keep the id of the old story they overlap most', () => {
    const story = (id: string, ids: string[]): Story => ({ id, articles: ids.map((i) => article(i)), duplicates: [], rewrites: [], origins: ids, why: '' });
    const old = new Map([['a', 'old1'], ['b', 'old1'], ['c', 'old2']]);
    const out = assignStableIds([story('n1', ['c', 'd']), story('n2', ['a', 'b', 'c']), story('n3', ['e'])], old);
    assert.deepEqual(out.map((s) => s.id), ['old2', 'old1', 'n3']);
    const split = assignStableIds([story('n1', ['a']), story('n2', ['b'])], old);
    assert.deepEqual(split.map((s) => s.id), ['old1', 'n2'], 'each old id is used once');
  });
});
