import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { article, brief } from './fixtures.ts';

const NOW = '2022-01-11T00:00:00.000Z';
const meta = (hash: string) => ({ contentHash: hash, ingestedAt: NOW });
const ALL = { limit: 10, offset: 0 };

/**
 * The behaviour every Store backend must have; call with a factory that returns a fresh, empty store.
 * `skip` (a reason) skips the whole suite visibly, e.g. when PostgreSQL is not installed.
 */
export function storeContract(name: string, makeStore: () => Promise<Store>, options: { skip?: string | false } = {}): void {
  describe(`Store contract: ${name}`, { skip: options.skip ?? false }, () => {
    const withStore = (fn: (s: Store) => Promise<void>) => async () => {
      const s = await makeStore();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    };

    it('stores an article once per content hash', withStore(async (s) => {
      assert.equal(await s.putArticle(article('a1', { outlet: 'Reuters', published: '2022-01-10' }), meta('h1')), 'inserted');
      assert.equal(await s.putArticle(article('a1', { outlet: 'Reuters', published: '2022-01-10' }), meta('h1')), 'unchanged');
      assert.equal(await s.putArticle(article('other-name'), meta('h1')), 'unchanged', 'same content under another id is not stored twice');
      assert.equal(await s.hasContent('h1'), true);
      assert.equal(await s.hasContent('h2'), false);
      const got = await s.getArticle('a1');
      assert.equal(got?.outlet, 'Reuters');
      assert.equal(got?.published, '2022-01-10');
      assert.equal(got?.contentHash, 'h1');
      assert.equal(await s.getArticle('other-name'), undefined);
    }));

    it('updates an article whose content changed', withStore(async (s) => {
      await s.putArticle(article('a1', { text: 'old words here' }), meta('h1'));
      assert.equal(await s.putArticle(article('a1', { text: 'new words here' }), meta('h2')), 'updated');
      assert.equal((await s.getArticle('a1'))?.text, 'new words here');
      assert.equal((await s.search('old', ALL)).total, 0);
      assert.equal((await s.search('new', ALL)).total, 1);
    }));

    it('returns analyzed articles and the ids in a date window plus undated ones', withStore(async (s) => {
      await s.putArticle(article('jan1', { published: '2022-01-01' }), meta('1'));
      await s.putArticle(article('jan10', { published: '2022-01-10' }), meta('2'));
      await s.putArticle(article('mar1', { published: '2022-03-01' }), meta('3'));
      await s.putArticle(article('undated'), meta('4'));
      assert.deepEqual(await s.articleIdsInWindow('2022-01-03', '2022-01-17'), ['jan10', 'undated']);
      assert.deepEqual((await s.analyzedArticles(['jan10', 'missing'])).map((a) => a.id), ['jan10']);
      assert.deepEqual(await s.analyzedArticles(['jan10']), [article('jan10', { published: '2022-01-10' })], 'round-trips unchanged');
    }));

    it('runs a step under the write lock, nested steps included, and returns its value', withStore(async (s) => {
      const value = await s.exclusive(async () => {
        await s.putArticle(article('x1'), meta('x1'));
        return s.exclusive(() => s.articleIdsWithoutStory());
      });
      assert.deepEqual(value, ['x1']);
      await assert.rejects(s.exclusive(async () => {
        await s.putArticle(article('x2'), meta('x2'));
        throw new Error('step failed');
      }), /step failed/, 'a failing step reaches the caller');
      assert.equal(await s.getArticle('x2'), undefined, 'and what it wrote is rolled back');
    }));

    it('writes, ranks, pages and replaces stories', withStore(async (s) => {
      for (const [id, outlet, day] of [['a', 'AP', '01'], ['b', 'BBC', '02'], ['c', 'CNN', '03'], ['d', 'AP', '04']] as const) {
        await s.putArticle(article(id, { outlet, published: `2022-01-${day}` }), meta(id));
      }
      assert.deepEqual(await s.articleIdsWithoutStory(), ['a', 'b', 'c', 'd'], 'stored but not yet clustered');
      await s.replaceStories({
        remove: [],
        put: [
          { brief: brief('s-old', ['a', 'b']), latestPublished: '2022-01-02', updatedAt: NOW },
          { brief: brief('s-new', ['c', 'd']), latestPublished: '2022-01-04', updatedAt: NOW },
          { brief: brief('s-single', ['x-missing'], { independentSources: 1 }), updatedAt: NOW },
        ],
      });
      const page1 = await s.listStories({ limit: 2, offset: 0 });
      assert.equal(page1.total, 3);
      assert.deepEqual(page1.items.map((i) => i.id), ['s-new', 's-old'], 'equal sources: most recent first');
      assert.deepEqual(page1.items[0]?.outlets, ['AP', 'CNN']);
      assert.deepEqual((await s.listStories({ limit: 2, offset: 2 })).items.map((i) => i.id), ['s-single']);
      assert.equal((await s.getStory('s-old'))?.title, 'Story s-old');
      assert.deepEqual(JSON.parse((await s.getStoryJson('s-old')) ?? 'null'), await s.getStory('s-old'));
      assert.equal(await s.getStoryJson('nope'), undefined);
      assert.deepEqual((await s.storyArticles('s-old')).map((a) => a.id), ['a', 'b']);
      assert.deepEqual([...(await s.storiesOfArticles(['a', 'c', 'zz']))], [['a', 's-old'], ['c', 's-new']]);
      assert.equal((await s.getArticle('a'))?.storyId, 's-old');
      assert.deepEqual(await s.articleIdsWithoutStory(), []);

      // Story s-old absorbs c and d; s-new disappears.
      await s.replaceStories({ remove: ['s-new'], put: [{ brief: brief('s-old', ['a', 'b', 'c', 'd']), latestPublished: '2022-01-04', updatedAt: NOW }] });
      assert.equal(await s.getStory('s-new'), undefined);
      assert.deepEqual(await s.storyArticleIds('s-old'), ['a', 'b', 'c', 'd']);
      assert.equal((await s.listStories(ALL)).total, 2);
    }));

    it('searches title and text, gives highlight ranges as data, and is safe against query syntax', withStore(async (s) => {
      await s.putArticle(article('g1', { title: 'Geneva talks', text: 'Ryabkov said the talks were difficult.' }), meta('g1'));
      await s.putArticle(article('g2', { title: 'Other', text: 'Nothing about it.' }), meta('g2'));
      await s.putArticle(article('g3', { title: 'Marks', text: 'A stray \u0002control\u0003 character is not a match.' }), meta('g3'));
      await s.replaceStories({ remove: [], put: [{ brief: brief('s1', ['g1']), updatedAt: NOW }] });
      const hits = await s.search('ryabkov', ALL);
      assert.equal(hits.total, 1);
      const hit = hits.items[0];
      assert.equal(hit?.articleId, 'g1');
      assert.equal(hit?.storyId, 's1');
      assert.doesNotMatch(hit?.snippet ?? '', /[\u0002\u0003]/, 'no mark characters reach a client');
      assert.deepEqual(hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end)), ['Ryabkov']);
      assert.equal((await s.search('Gene', ALL)).total, 1, 'last word matches as a prefix');
      const stray = (await s.search('stray', ALL)).items[0];
      assert.doesNotMatch(stray?.snippet ?? '', /[\u0002\u0003]/);
      assert.deepEqual(stray?.highlights.map((h) => stray.snippet.slice(h.start, h.end)), ['stray'], 'text that carried mark characters highlights only the match');
      for (const nasty of ['"', 'AND OR NOT', 'NEAR(', '*', '', 'title:x', "'", '!&|', ':*']) {
        await assert.doesNotReject(s.search(nasty, ALL), nasty);
      }
    }));

    it('lists outlets with their counts', withStore(async (s) => {
      await s.putArticle(article('a', { outlet: 'AP' }), meta('a'));
      await s.putArticle(article('b', { outlet: 'AP' }), meta('b'));
      await s.putArticle(article('c', { outlet: 'BBC' }), meta('c'));
      assert.deepEqual((await s.outlets()).map((o) => [o.name, o.articles]), [['AP', 2], ['BBC', 1]]);
    }));

    it('keeps feed state and seen entries', withStore(async (s) => {
      assert.equal(await s.getFeedState('https://x/feed'), undefined);
      await s.putFeedState({ url: 'https://x/feed', etag: '"v1"', checkedAt: NOW });
      assert.equal((await s.getFeedState('https://x/feed'))?.etag, '"v1"');
      await s.putFeedState({ url: 'https://x/feed', lastModified: 'Mon, 10 Jan 2022 00:00:00 GMT', checkedAt: NOW, error: 'timed out' });
      const st = await s.getFeedState('https://x/feed');
      assert.equal(st?.etag, undefined);
      assert.equal(st?.error, 'timed out');
      assert.equal(await s.hasFeedEntry('https://x/feed', 'e1'), false);
      await s.markFeedEntry('https://x/feed', 'e1', 'a1', NOW);
      await s.markFeedEntry('https://x/feed', 'e1', 'a1', NOW);
      assert.equal(await s.hasFeedEntry('https://x/feed', 'e1'), true);
      await s.markFeedEntry('https://x/feed', 'e2', undefined, NOW);
      await s.forgetFeedEntry('https://x/feed', 'e1');
      assert.equal(await s.hasFeedEntry('https://x/feed', 'e1'), false, 'forgotten: the next poll tries it again');
      assert.equal(await s.hasFeedEntry('https://x/feed', 'e2'), true, 'only that entry');
      await s.forgetFeedEntry('https://x/feed', 'never-seen');
    }));
  });
}
