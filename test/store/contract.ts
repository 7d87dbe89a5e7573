import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { article, brief } from './fixtures.ts';

const NOW = '2022-01-11T00:00:00.000Z';
const meta = (hash: string) => ({ contentHash: hash, ingestedAt: NOW });

/** The behaviour every Store backend must have; call with a factory that returns a fresh, empty store. */
export function storeContract(name: string, makeStore: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    const withStore = (fn: (s: Store) => void) => () => {
      const s = makeStore();
      try {
        fn(s);
      } finally {
        s.close();
      }
    };

    it('stores an article once per content hash', withStore((s) => {
      assert.equal(s.putArticle(article('a1', { outlet: 'Reuters', published: '2022-01-10' }), meta('h1')), 'inserted');
      assert.equal(s.putArticle(article('a1', { outlet: 'Reuters', published: '2022-01-10' }), meta('h1')), 'unchanged');
      assert.equal(s.putArticle(article('other-name'), meta('h1')), 'unchanged', 'same content under another id is not stored twice');
      assert.equal(s.hasContent('h1'), true);
      assert.equal(s.hasContent('h2'), false);
      const got = s.getArticle('a1');
      assert.equal(got?.outlet, 'Reuters');
      assert.equal(got?.published, '2022-01-10');
      assert.equal(got?.contentHash, 'h1');
      assert.equal(s.getArticle('other-name'), undefined);
    }));

    it('updates an article whose content changed', withStore((s) => {
      s.putArticle(article('a1', { text: 'old words here' }), meta('h1'));
      assert.equal(s.putArticle(article('a1', { text: 'new words here' }), meta('h2')), 'updated');
      assert.equal(s.getArticle('a1')?.text, 'new words here');
      assert.equal(s.search('old', { limit: 10, offset: 0 }).total, 0);
      assert.equal(s.search('new', { limit: 10, offset: 0 }).total, 1);
    }));

    it('returns analyzed articles and the ids in a date window plus undated ones', withStore((s) => {
      s.putArticle(article('jan1', { published: '2022-01-01' }), meta('1'));
      s.putArticle(article('jan10', { published: '2022-01-10' }), meta('2'));
      s.putArticle(article('mar1', { published: '2022-03-01' }), meta('3'));
      s.putArticle(article('undated'), meta('4'));
      assert.deepEqual(s.articleIdsInWindow('2022-01-03', '2022-01-17'), ['jan10', 'undated']);
      assert.deepEqual(s.analyzedArticles(['jan10', 'missing']).map((a) => a.id), ['jan10']);
    }));

    it('runs a step under the write lock, nested steps included, and returns its value', withStore((s) => {
      const value = s.exclusive(() => {
        s.putArticle(article('x1'), meta('x1'));
        return s.exclusive(() => s.articleIdsWithoutStory());
      });
      assert.deepEqual(value, ['x1']);
      assert.throws(() => s.exclusive(() => {
        throw new Error('step failed');
      }), /step failed/, 'a failing step reaches the caller');
    }));

    it('writes, ranks, pages and replaces stories', withStore((s) => {
      for (const [id, outlet, day] of [['a', 'AP', '01'], ['b', 'BBC', '02'], ['c', 'CNN', '03'], ['d', 'AP', '04']] as const) {
        s.putArticle(article(id, { outlet, published: `2022-01-${day}` }), meta(id));
      }
      assert.deepEqual(s.articleIdsWithoutStory(), ['a', 'b', 'c', 'd'], 'stored but not yet clustered');
      s.replaceStories({
        remove: [],
        put: [
          { brief: brief('s-old', ['a', 'b']), latestPublished: '2022-01-02', updatedAt: NOW },
          { brief: brief('s-new', ['c', 'd']), latestPublished: '2022-01-04', updatedAt: NOW },
          { brief: brief('s-single', ['x-missing'], { independentSources: 1 }), updatedAt: NOW },
        ],
      });
      const page1 = s.listStories({ limit: 2, offset: 0 });
      assert.equal(page1.total, 3);
      assert.deepEqual(page1.items.map((i) => i.id), ['s-new', 's-old'], 'equal sources: most recent first');
      assert.deepEqual(page1.items[0]?.outlets, ['AP', 'CNN']);
      assert.deepEqual(s.listStories({ limit: 2, offset: 2 }).items.map((i) => i.id), ['s-single']);
      assert.equal(s.getStory('s-old')?.title, 'Story s-old');
      assert.deepEqual(JSON.parse(s.getStoryJson('s-old') ?? 'null'), s.getStory('s-old'));
      assert.equal(s.getStoryJson('nope'), undefined);
      assert.deepEqual(s.storyArticles('s-old').map((a) => a.id), ['a', 'b']);
      assert.deepEqual([...s.storiesOfArticles(['a', 'c', 'zz'])], [['a', 's-old'], ['c', 's-new']]);
      assert.equal(s.getArticle('a')?.storyId, 's-old');
      assert.deepEqual(s.articleIdsWithoutStory(), []);

      // Story s-old absorbs c and d; s-new disappears.
      s.replaceStories({ remove: ['s-new'], put: [{ brief: brief('s-old', ['a', 'b', 'c', 'd']), latestPublished: '2022-01-04', updatedAt: NOW }] });
      assert.equal(s.getStory('s-new'), undefined);
      assert.deepEqual(s.storyArticleIds('s-old'), ['a', 'b', 'c', 'd']);
      assert.equal(s.listStories({ limit: 10, offset: 0 }).total, 2);
    }));

    it('searches title and text, safe against FTS syntax in the query', withStore((s) => {
      s.putArticle(article('g1', { title: 'Geneva talks', text: 'Ryabkov said the talks were difficult.' }), meta('g1'));
      s.putArticle(article('g2', { title: 'Other', text: 'Nothing about it.' }), meta('g2'));
      s.replaceStories({ remove: [], put: [{ brief: brief('s1', ['g1']), updatedAt: NOW }] });
      const hits = s.search('ryabkov', { limit: 10, offset: 0 });
      assert.equal(hits.total, 1);
      assert.equal(hits.items[0]?.articleId, 'g1');
      assert.equal(hits.items[0]?.storyId, 's1');
      assert.match(hits.items[0]?.snippet ?? '', /\u0002Ryabkov\u0003/);
      assert.equal(s.search('Gene', { limit: 10, offset: 0 }).total, 1, 'last word matches as a prefix');
      for (const nasty of ['"', 'AND OR NOT', 'NEAR(', '*', '', 'title:x']) {
        assert.doesNotThrow(() => s.search(nasty, { limit: 10, offset: 0 }), nasty);
      }
    }));

    it('lists outlets with their counts', withStore((s) => {
      s.putArticle(article('a', { outlet: 'AP' }), meta('a'));
      s.putArticle(article('b', { outlet: 'AP' }), meta('b'));
      s.putArticle(article('c', { outlet: 'BBC' }), meta('c'));
      assert.deepEqual(s.outlets().map((o) => [o.name, o.articles]), [['AP', 2], ['BBC', 1]]);
    }));

    it('keeps feed state and seen entries', withStore((s) => {
      assert.equal(s.getFeedState('https://x/feed'), undefined);
      s.putFeedState({ url: 'https://x/feed', etag: '"v1"', checkedAt: NOW });
      assert.equal(s.getFeedState('https://x/feed')?.etag, '"v1"');
      s.putFeedState({ url: 'https://x/feed', lastModified: 'Mon, 10 Jan 2022 00:00:00 GMT', checkedAt: NOW, error: 'timed out' });
      const st = s.getFeedState('https://x/feed');
      assert.equal(st?.etag, undefined);
      assert.equal(st?.error, 'timed out');
      assert.equal(s.hasFeedEntry('https://x/feed', 'e1'), false);
      s.markFeedEntry('https://x/feed', 'e1', 'a1', NOW);
      s.markFeedEntry('https://x/feed', 'e1', 'a1', NOW);
      assert.equal(s.hasFeedEntry('https://x/feed', 'e1'), true);
    }));
  });
}
