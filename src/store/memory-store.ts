import type { AnalyzedArticle } from '../model/analyzed-article.ts';
import type { BriefArticle, StoryBriefStory } from '../model/story-brief.ts';
import { toBriefArticle } from '../pipeline/to-story-brief.ts';
import type { ArticleMeta, FeedState, OutletSummary, Page, PutResult, SearchHit, Store, StoredArticle, StoryChange, StorySummary } from './store.ts';
import { MATCH_END, MATCH_START } from './store.ts';
import { searchHit, withoutMarks } from './snippet.ts';

// Words either side of the first match in a search snippet (close to what FTS5's snippet() gives).
const SNIPPET_WORDS = 12;

/**
 * The Store contract in plain maps: for tests and throwaway runs, and the proof that nothing above the interface
 * depends on SQLite. Search is a simple word match (every query word, the last as a prefix), not FTS5 ranking.
 */
export function openMemoryStore(): Store {
  const articles = new Map<string, { article: AnalyzedArticle; meta: ArticleMeta }>();
  const hashes = new Map<string, string>();
  const outlets = new Map<string, string>();
  const stories = new Map<string, { brief: StoryBriefStory; json: string; latestPublished?: string; updatedAt: string }>();
  const membership = new Map<string, string>();
  const feeds = new Map<string, FeedState>();
  const entries = new Set<string>();

  let depth = 0;
  const all = [articles, hashes, outlets, stories, membership, feeds] as Map<string, unknown>[];
  const snapshot = () => ({ maps: all.map((m) => new Map(m)), entries: new Set(entries) });
  const restore = (saved: ReturnType<typeof snapshot>) => {
    all.forEach((m, i) => {
      m.clear();
      for (const [k, v] of saved.maps[i]!) m.set(k, v);
    });
    entries.clear();
    for (const e of saved.entries) entries.add(e);
  };

  const storyIdsInOrder = () =>
    [...stories.values()]
      .sort((a, b) => b.brief.independentSources - a.brief.independentSources || (b.latestPublished ?? '').localeCompare(a.latestPublished ?? '') || a.brief.id.localeCompare(b.brief.id))
      .map((s) => s.brief.id);

  return {
    async putArticle(article, meta): Promise<PutResult> {
      if (hashes.has(meta.contentHash)) return 'unchanged';
      const old = articles.get(article.id);
      if (old) hashes.delete(old.meta.contentHash);
      articles.set(article.id, { article: structuredClone(article), meta });
      hashes.set(meta.contentHash, article.id);
      if (article.outlet && !outlets.has(article.outlet)) outlets.set(article.outlet, meta.ingestedAt);
      return old ? 'updated' : 'inserted';
    },
    hasContent: async (hash) => hashes.has(hash),
    async getArticle(id): Promise<StoredArticle | undefined> {
      const a = articles.get(id);
      if (!a) return undefined;
      const storyId = membership.get(id);
      return { ...toBriefArticle(a.article), ...(storyId ? { storyId } : {}), contentHash: a.meta.contentHash, ingestedAt: a.meta.ingestedAt, source: a.article.source };
    },
    analyzedArticles: async (ids) => ids.flatMap((id) => { const a = articles.get(id); return a ? [structuredClone(a.article)] : []; }),
    articleIdsInWindow: async (from, to) =>
      [...articles.values()].filter(({ article: a }) => !a.published || (a.published >= from && a.published <= to)).map(({ article: a }) => a.id).sort(),
    async storiesOfArticles(ids) {
      const out = new Map<string, string>();
      for (const id of ids) { const s = membership.get(id); if (s) out.set(id, s); }
      return out;
    },
    articleIdsWithoutStory: async () => [...articles.keys()].filter((id) => !membership.has(id)).sort(),
    storyArticleIds: async (storyId) => (stories.get(storyId)?.brief.articleIds ?? []).filter((id) => membership.get(id) === storyId),
    async replaceStories(change: StoryChange) {
      const drop = (storyId: string) => {
        stories.delete(storyId);
        for (const [a, s] of membership) if (s === storyId) membership.delete(a);
      };
      for (const id of change.remove) drop(id);
      for (const { brief, latestPublished, updatedAt } of change.put) {
        drop(brief.id);
        stories.set(brief.id, { brief, json: JSON.stringify(brief), ...(latestPublished ? { latestPublished } : {}), updatedAt });
        for (const id of brief.articleIds) if (articles.has(id)) membership.set(id, brief.id);
      }
    },
    async listStories(page: Page) {
      const ids = storyIdsInOrder();
      const items = ids.slice(page.offset, page.offset + page.limit).map((id): StorySummary => {
        const s = stories.get(id)!;
        const members = s.brief.articleIds.filter((a) => membership.get(a) === id);
        const names = [...new Set(members.map((a) => articles.get(a)?.article.outlet).filter((o): o is string => Boolean(o)))].sort();
        return { id, title: s.brief.title, independentSources: s.brief.independentSources, articleCount: s.brief.articleIds.length, outlets: names, ...(s.latestPublished ? { latestPublished: s.latestPublished } : {}), updatedAt: s.updatedAt };
      });
      return { total: ids.length, items };
    },
    getStory: async (id) => { const s = stories.get(id); return s ? (JSON.parse(s.json) as StoryBriefStory) : undefined; },
    getStoryJson: async (id) => stories.get(id)?.json,
    storyArticles: async (id): Promise<BriefArticle[]> =>
      (stories.get(id)?.brief.articleIds ?? []).filter((a) => membership.get(a) === id).flatMap((a) => { const x = articles.get(a); return x ? [toBriefArticle(x.article)] : []; }),
    async search(query, page) {
      const terms = (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
      if (terms.length === 0) return { total: 0, items: [] };
      const matches = (word: string, i: number) => (i === terms.length - 1 ? word.startsWith(terms[i]!) : word === terms[i]);
      const hits = [...articles.values()]
        .map(({ article: a }) => {
          const words = `${a.title} ${a.text}`.match(/[\p{L}\p{N}]+/gu)?.map(fold) ?? [];
          const ok = terms.every((_, i) => words.some((w) => matches(w, i)));
          return ok ? { a, score: words.filter((w) => terms.some((_, i) => matches(w, i))).length } : undefined;
        })
        .filter((h): h is { a: AnalyzedArticle; score: number } => h !== undefined)
        .sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id));
      const items = hits.slice(page.offset, page.offset + page.limit).map(({ a }): SearchHit => {
        const storyId = membership.get(a.id);
        return searchHit({ articleId: a.id, title: a.title, outlet: a.outlet, published: a.published, storyId, marked: snippet(withoutMarks(a.text), (w) => terms.some((_, i) => matches(fold(w), i))) });
      });
      return { total: hits.length, items };
    },
    async outlets(): Promise<OutletSummary[]> {
      return [...outlets.keys()]
        .map((name) => {
          const mine = [...articles.values()].filter(({ article: a }) => a.outlet === name).map(({ article: a }) => a);
          const latest = mine.map((a) => a.published ?? '').sort().at(-1);
          return { name, articles: mine.length, stories: new Set(mine.map((a) => membership.get(a.id)).filter(Boolean)).size, ...(latest ? { latestPublished: latest } : {}) };
        })
        .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
    },
    getFeedState: async (url) => feeds.get(url),
    putFeedState: async (state) => void feeds.set(state.url, { ...state }),
    hasFeedEntry: async (feedUrl, key) => entries.has(`${feedUrl}\u0000${key}`),
    markFeedEntry: async (feedUrl, key) => void entries.add(`${feedUrl}\u0000${key}`),
    forgetFeedEntry: async (feedUrl, key) => void entries.delete(`${feedUrl}\u0000${key}`),
    // One process: nothing else writes in between unless the step awaits another writer of this same store (tests
    // do not). A failing step is undone by restoring a copy of every map, as a rolled-back transaction would be.
    async exclusive(step) {
      if (depth > 0) return step();
      const saved = snapshot();
      depth++;
      try {
        return await step();
      } catch (err) {
        restore(saved);
        throw err;
      } finally {
        depth--;
      }
    },
    close: async () => {},
  };
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A few words either side of the first matching word, matches wrapped in the MATCH markers. */
function snippet(text: string, isMatch: (word: string) => boolean): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.trim() !== '');
  const first = words.findIndex(({ t }) => isMatch(t.replace(/[^\p{L}\p{N}]+/gu, '')));
  const from = Math.max(0, first - SNIPPET_WORDS);
  const to = Math.min(words.length, Math.max(first, 0) + SNIPPET_WORDS + 1);
  const mark = (t: string) => t.replace(/[\p{L}\p{N}]+/gu, (w) => (isMatch(w) ? `${MATCH_START}${w}${MATCH_END}` : w));
  return (from > 0 ? '…' : '') + words.slice(from, to).map(({ t }) => mark(t)).join(' ') + (to < words.length ? '…' : '');
}
