import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/http/app.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { article, brief } from '../store/fixtures.ts';

const NOW = '2022-01-11T00:00:00.000Z';
const EVIL = 'Evil <script>alert(1)</script> and <img src=x onerror=alert(1)> see javascript:alert(1)';

async function seed(store: Store): Promise<void> {
  await store.putArticle(article('a1', { title: 'Geneva talks end', outlet: 'Reuters', published: '2022-01-10', url: 'https://example.com/a1', text: 'Sergei Ryabkov said the talks were difficult.' }), { contentHash: 'h1', ingestedAt: NOW });
  await store.putArticle(article('a2', { title: EVIL, outlet: 'Evil News', published: '2022-01-10', url: 'javascript:alert(1)', text: EVIL }), { contentHash: 'h2', ingestedAt: NOW });
  await store.putArticle(article('a3', { title: EVIL, outlet: 'Evil News', published: '2022-01-09', text: 'Another evil story.' }), { contentHash: 'h3', ingestedAt: NOW });
  await store.replaceStories({
    remove: [],
    put: [
      {
        brief: brief('s1', ['a1', 'a2'], {
          title: 'Geneva talks end',
          summary: [{ text: 'Ryabkov said the talks were difficult.', sources: ['a1'], spans: [{ articleId: 'a1', start: 0, end: 44 }] }],
          timeline: [{ date: '2022-01-12', text: `NATO meeting ${EVIL}`, upcoming: true, certainty: 'stated', sources: ['a2'], spans: [] }],
          quotes: [{ speaker: 'Ryabkov', text: EVIL, direct: true, speakerCertainty: 'stated', sources: ['a2'], spans: [] }],
        }),
        latestPublished: '2022-01-10',
        updatedAt: NOW,
      },
      { brief: brief('s2', ['a3'], { title: EVIL, independentSources: 1 }), latestPublished: '2022-01-09', updatedAt: NOW },
    ],
  });
}

describe('HTTP API (in-process)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = openSqliteStore(':memory:');
    await seed(store);
    app = createApp(store, { now: () => new Date(NOW), staticFiles: new Map([['/index.html', { body: new TextEncoder().encode('<!doctype html><p>ui</p>'), type: 'text/html; charset=utf-8' }]]) });
  });
  after(() => store.close());

  const json = async (path: string, status = 200) => {
    const res = await app.request(path);
    assert.equal(res.status, status, `${path}: ${res.status}`);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    return res.json() as Promise<any>;
  };

  it('lists stories ranked by independent sources, with paging', async () => {
    const page = await json('/api/stories');
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((s: { id: string }) => s.id), ['s1', 's2']);
    assert.deepEqual(page.items[0].outlets, ['Evil News', 'Reuters']);
    const second = await json('/api/stories?limit=1&offset=1');
    assert.deepEqual(second.items.map((s: { id: string }) => s.id), ['s2']);
  });

  it('rejects bad paging with a typed JSON error', async () => {
    const body = await json('/api/stories?limit=0', 400);
    assert.equal(body.error.code, 'bad-parameter');
    assert.match(body.error.message, /limit/);
  });

  it('returns a brief, its articles and single articles; 404 as JSON', async () => {
    assert.equal((await json('/api/stories/s1')).title, 'Geneva talks end');
    assert.deepEqual((await json('/api/stories/s1/articles')).items.map((a: { id: string }) => a.id), ['a1', 'a2']);
    const a1 = await json('/api/articles/a1');
    assert.equal(a1.storyId, 's1');
    assert.equal(a1.source, undefined, 'server file paths are not exposed');
    assert.equal((await json('/api/stories/nope', 404)).error.code, 'not-found');
    assert.equal((await json('/api/articles/nope', 404)).error.code, 'not-found');
    assert.equal((await json('/api/no-such-endpoint', 404)).error.code, 'not-found');
  });

  it('searches', async () => {
    const hits = await json('/api/search?q=Ryabkov');
    assert.equal(hits.total, 1);
    assert.equal(hits.items[0].storyId, 's1');
    const { snippet, highlights } = hits.items[0];
    assert.doesNotMatch(snippet, /[\u0002\u0003]/, 'no control marks in the JSON');
    assert.deepEqual(highlights.map((h: { start: number; end: number }) => snippet.slice(h.start, h.end)), ['Ryabkov'], 'highlight ranges as data');
    assert.equal((await json('/api/search?q=', 400)).error.code, 'bad-parameter');
    assert.equal((await json(`/api/search?q=${'x'.repeat(500)}`, 400)).error.code, 'bad-parameter');
  });

  it('lists outlets', async () => {
    const outlets = await json('/api/outlets');
    assert.deepEqual(outlets.items.map((o: { name: string }) => o.name).sort(), ['Evil News', 'Reuters']);
  });

  it('describes itself in OpenAPI 3.1', async () => {
    const doc = await json('/api/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories/{id}/articles', '/api/articles/{id}', '/api/search', '/api/outlets']) assert.ok(doc.paths[p], p);
  });

  it('exports a story as Markdown and JSON', async () => {
    const md = await app.request('/api/stories/s1.md');
    assert.equal(md.status, 200);
    assert.match(md.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(await md.text(), /^# Geneva talks end/);
    const js = await app.request('/api/stories/s1.json');
    const doc = (await js.json()) as { stories: { id: string }[]; articles: unknown[] };
    assert.equal(doc.stories[0]?.id, 's1');
    assert.equal(doc.articles.length, 2);
  });

  it('serves RSS and iCalendar', async () => {
    const rss = await app.request('http://localhost/feed.xml');
    assert.match(rss.headers.get('content-type') ?? '', /application\/rss\+xml/);
    const text = await rss.text();
    assert.match(text, /<rss version="2.0">/);
    assert.match(text, /<link>http:\/\/localhost\/#\/story\/s1<\/link>/);
    const ics = await (await app.request('/calendar.ics')).text();
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /DTSTART;VALUE=DATE:20220112/);
  });

  it('sets security headers on every response, and refuses large bodies', async () => {
    for (const path of ['/', '/api/stories', '/api/nope', '/feed.xml']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
    const big = await app.request('/api/stories', { method: 'POST', body: 'x'.repeat(100_000) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { error: { code: string } }).error.code, 'body-too-large');
  });

  it('serves the UI at /', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /ui/);
  });
});

describe('exports keep hostile article text inert', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = openSqliteStore(':memory:');
    await seed(store);
    app = createApp(store, { now: () => new Date(NOW) });
  });
  after(() => store.close());

  it('Markdown escapes tags and angle brackets', async () => {
    const md = await (await app.request('/api/stories/s1.md')).text();
    assert.ok(md.includes('alert(1)'), 'the words are kept');
    assert.doesNotMatch(md, /(^|[^\\])<(script|img)/im, 'every < before a tag name is backslash-escaped (Markdown shows it as text)');
  });

  it('RSS escapes every tag; no javascript: link is emitted', async () => {
    const rss = await (await app.request('/feed.xml')).text();
    assert.doesNotMatch(rss, /<script|<img /i);
    assert.ok(rss.includes('&lt;script&gt;'));
    assert.doesNotMatch(rss, /<link>javascript:/i);
  });

  it('iCalendar carries the text as escaped text lines', async () => {
    const ics = await (await app.request('/calendar.ics')).text();
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(unfolded.includes('SUMMARY:NATO meeting Evil <script>alert(1)</script>'), 'iCalendar is plain text; calendar apps do not run it');
    assert.doesNotMatch(unfolded, /^(URL|ATTACH)/m, 'no link properties carry article URLs');
  });
});
