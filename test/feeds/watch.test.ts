import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { loadResources } from '../../src/pipeline/resources.ts';
import { Fetcher, LocalHostSchedule, type Timing } from '../../src/service/fetch.ts';
import { parseFeed, parseFeedList } from '../../src/service/feeds.ts';
import { idForUrl } from '../../src/service/load-sources.ts';
import { pollFeed, watchFeeds, type WatchDeps } from '../../src/service/watch.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { failingStore } from '../helpers/failing-store.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const samples = readdirSync('samples').sort().map((f) => readFileSync(`samples/${f}`, 'utf8'));

/** A sample report as a news page: headline in <h1>, paragraphs in <p>, text escaped. */
function page(n: number): string {
  const [title = '', ...rest] = (samples[(n - 1) % samples.length] ?? '').split(/\n\s*\n/);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${rest.map((p) => `<p>${esc(p.trim())}</p>`).join('')}</article></body></html>`;
}

interface ServerState {
  changingVersion: number;
  notModified: number;
  hits: Map<string, number>;
}

function startServer(state: ServerState): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/rss.xml') {
      if (req.headers['if-none-match'] === '"rss-v1"') {
        state.notModified++;
        res.writeHead(304, { etag: '"rss-v1"' });
        return res.end();
      }
      return send(200, 'application/rss+xml', fixture('rss.xml'), { etag: '"rss-v1"' });
    }
    if (path === '/atom.xml') return send(200, 'application/atom+xml', fixture('atom.xml'), { 'last-modified': 'Tue, 11 Jan 2022 08:00:00 GMT' });
    if (path === '/feed.json') return send(200, 'application/feed+json', fixture('feed.json'));
    if (path === '/changing.xml') {
      const items = Array.from({ length: state.changingVersion }, (_, i) => `<item><title>Update ${i + 1}</title><link>/articles/${i + 1}.html</link><guid>chg-${i + 1}</guid></item>`);
      return send(200, 'application/rss+xml', `<rss version="2.0"><channel><title>Changing</title>${items.join('')}</channel></rss>`);
    }
    if (path === '/slow.xml') {
      const timer = setTimeout(() => send(200, 'application/rss+xml', fixture('rss.xml')), 5_000);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/loop-a') return send(302, 'text/plain', '', { location: '/loop-b' });
    if (path === '/loop-b') return send(302, 'text/plain', '', { location: '/loop-a' });
    if (path === '/bomb.xml') return send(200, 'application/xml', fixture('bomb.xml'));
    if (path === '/dead.xml') return send(200, 'application/rss+xml', '<rss version="2.0"><channel><title>Dead</title><item><title>Gone</title><link>/missing.html</link><guid>dead-1</guid></item></channel></rss>');
    if (path === '/unavailable') return send(503, 'text/plain', 'try later');
    if (path === '/not-a-feed') return send(200, 'text/html', '<html><body>hello</body></html>');
    if (path === '/sites.xml') {
      const items = ['og', 'ld', 'plain'].map((k, i) => `<item><title>Site ${k}</title><link>/site/${k}.html</link><guid>site-${k}</guid><pubDate>Mon, 10 Jan 2022 1${i}:00:00 GMT</pubDate></item>`);
      return send(200, 'application/rss+xml', `<rss version="2.0"><channel><title>Local test feed</title>${items.join('')}</channel></rss>`);
    }
    const site = /^\/site\/(og|ld|plain)\.html$/.exec(path)?.[1];
    if (site) {
      // The same report on three pages: one names its site in og:site_name, one in JSON-LD, one not at all.
      const head = site === 'og'
        ? '<meta property="og:site_name" content="Harbour Gazette">'
        : site === 'ld'
          ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Valley Courier"}}</script>'
          : '';
      return send(200, 'text/html; charset=utf-8', page(site === 'og' ? 1 : site === 'ld' ? 2 : 3).replace('<head>', `<head>${head}`));
    }
    const article = /^\/articles\/(\d+)\.html$/.exec(path);
    if (article?.[1]) return send(200, 'text/html; charset=utf-8', page(Number(article[1])));
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const resources = loadResources().resources;

describe('feed parsing', () => {
  it('reads RSS 2.0, Atom and JSON Feed entries', () => {
    const rss = parseFeed(fixture('rss.xml'), 'http://h/rss.xml');
    assert.equal(rss.kind, 'rss');
    assert.equal(rss.title, 'Test Wire');
    assert.deepEqual(rss.entries.map((e) => [e.key, e.url, e.published]), [
      ['wire-1', 'http://h/articles/1.html', '2022-01-10'],
      ['wire-2', 'http://h/articles/2.html', '2022-01-10'],
    ]);
    assert.equal(rss.entries[1]?.title, 'Ryabkov: talks were "difficult" & long');
    const atom = parseFeed(fixture('atom.xml'), 'http://h/atom.xml');
    assert.deepEqual(atom.entries.map((e) => [e.key, e.url, e.published]), [['urn:test:atom:3', 'http://h/articles/3.html', '2022-01-11']]);
    const json = parseFeed(fixture('feed.json'), 'http://h/feed.json');
    assert.deepEqual(json.entries.map((e) => [e.key, e.url, e.title]), [['json-4', 'http://h/articles/4.html', 'OSCE to meet in Vienna on Thursday']]);
  });

  it('refuses billion-laughs XML with a clear error', () => {
    assert.throws(() => parseFeed(fixture('bomb.xml'), 'http://h/'), /entities.*refused.*billion-laughs/);
  });

  it('reads OPML and plain feed lists', () => {
    assert.deepEqual(parseFeedList(fixture('feeds.opml')), ['http://127.0.0.1:PORT/rss.xml', 'http://127.0.0.1:PORT/atom.xml', 'http://127.0.0.1:PORT/feed.json']);
    assert.deepEqual(parseFeedList('# my feeds\nhttps://a/feed\n\nhttps://b/rss\nhttps://a/feed\n'), ['https://a/feed', 'https://b/rss']);
  });

  it('says what is wrong with a non-feed', () => {
    assert.throws(() => parseFeed('<html><body/></html>', 'http://h/'), /not a feed: root element <html>/);
    assert.throws(() => parseFeed('{"items": []}', 'http://h/'), /not a JSON Feed/);
  });
});

describe('watching feeds on a local server', () => {
  const state: ServerState = { changingVersion: 1, notModified: 0, hits: new Map() };
  let server: Server;
  let base: string;
  let store: Store;
  let deps: WatchDeps;
  before(async () => {
    server = await startServer(state);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = openSqliteStore(':memory:');
    // Politeness and backoff shortened: the schedule itself is tested with a fake clock below.
    const fetcher = new Fetcher({ allowPrivate: true, timeoutMs: 300, retries: 1, backoffMs: 10, politenessMs: 5 });
    deps = { store, fetcher, resources, now: () => new Date('2022-01-11T12:00:00Z'), ingest: { summaryBytes: 665, windowDays: 7 } };
  });
  after(async () => {
    await store.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('ingests new RSS entries, then gets 304 Not Modified with the stored ETag', async () => {
    const first = await pollFeed(`${base}/rss.xml`, deps);
    assert.equal(first.status, 'ok', first.error);
    assert.equal(first.newEntries, 2);
    assert.equal(first.ingested, 2);
    assert.equal((await store.getFeedState(`${base}/rss.xml`))?.etag, '"rss-v1"');
    const hits = await store.search('Geneva', { limit: 10, offset: 0 });
    assert.ok(hits.total >= 1);
    assert.ok((await store.listStories({ limit: 10, offset: 0 })).total >= 1, 'stories built');

    const second = await pollFeed(`${base}/rss.xml`, deps);
    assert.equal(second.status, 'not-modified');
    assert.equal(state.notModified, 1);
  });

  it('reads Atom and JSON Feed from an OPML list', async () => {
    const feeds = parseFeedList(fixture('feeds.opml').replaceAll('http://127.0.0.1:PORT', base));
    const results: string[] = [];
    await watchFeeds(feeds, deps, { intervalMs: 0, once: true, onPoll: (r) => results.push(`${r.feed.slice(base.length)} ${r.status} ${r.ingested}`) });
    assert.deepEqual(results, ['/rss.xml not-modified 0', '/atom.xml ok 1', '/feed.json ok 1']);
    assert.equal((await store.getFeedState(`${base}/atom.xml`))?.lastModified, 'Tue, 11 Jan 2022 08:00:00 GMT');
  });

  it('fetches only the new entry when a feed changes between polls', async () => {
    const url = `${base}/changing.xml`;
    assert.equal((await pollFeed(url, deps)).newEntries, 1);
    state.changingVersion = 2;
    const before = state.hits.get('/articles/1.html') ?? 0;
    const second = await pollFeed(url, deps);
    assert.equal(second.newEntries, 1);
    assert.equal(state.hits.get('/articles/1.html') ?? 0, before, 'the old entry is not fetched again');
    assert.equal((await pollFeed(url, deps)).newEntries, 0);
  });

  it("takes the outlet from the page's own site name (og:site_name, JSON-LD publisher), the feed title only as a fallback", async () => {
    const result = await pollFeed(`${base}/sites.xml`, deps);
    assert.equal(result.status, 'ok', result.error);
    const outlet = async (k: string) => (await store.getArticle(idForUrl(`${base}/site/${k}.html`)))?.outlet;
    assert.deepEqual([await outlet('og'), await outlet('ld'), await outlet('plain')], ['Harbour Gazette', 'Valley Courier', 'Local test feed']);
    // The id is a hash of the URL, but the stored article carries the URL and the entry's title to show.
    const stored = await store.getArticle(idForUrl(`${base}/site/og.html`));
    assert.deepEqual([stored?.url, stored?.title], [`${base}/site/og.html`, 'Site og']);
  });

  it('names an entry whose page is gone, and does not fetch it again on the next poll', async () => {
    const first = await pollFeed(`${base}/dead.xml`, deps);
    assert.equal(first.status, 'ok');
    assert.equal(first.ingested, 0);
    assert.ok(first.diagnostics.some((d) => d.item === `${base}/missing.html` && d.reason === 'HTTP 404'));
    assert.equal((await pollFeed(`${base}/dead.xml`, deps)).newEntries, 0);
    assert.equal(state.hits.get('/missing.html'), 1);
  });

  it('an entry whose article the store refused (a full disk) is read again on the next poll, not marked seen', async () => {
    const own = openSqliteStore(':memory:');
    try {
      const full = failingStore(own, 'putArticle', 'database or disk is full');
      const refused = await pollFeed(`${base}/atom.xml`, { ...deps, store: full });
      assert.equal(refused.ingested, 0);
      assert.ok(refused.diagnostics.some((d) => d.stage === 'store' && /disk is full/.test(d.reason)), JSON.stringify(refused.diagnostics));
      // The feed's Last-Modified was not kept, so the next poll reads the feed and the entry again.
      const again = await pollFeed(`${base}/atom.xml`, { ...deps, store: own });
      assert.equal(again.status, 'ok');
      assert.equal(again.ingested, 1);
    } finally {
      await own.close();
    }
  });

  it('reports a slow server as a timeout and goes on', async () => {
    const r = await pollFeed(`${base}/slow.xml`, deps);
    assert.equal(r.status, 'error');
    assert.match(r.error ?? '', /^watch: http:\/\/127\.0\.0\.1:\d+\/slow\.xml: timed out after 0\.3 s \(2 attempts\)$/);
    assert.match((await store.getFeedState(`${base}/slow.xml`))?.error ?? '', /timed out/);
  });

  it('stops a redirect loop after 5 redirects', async () => {
    const r = await pollFeed(`${base}/loop-a`, deps);
    assert.equal(r.status, 'error');
    assert.match(r.error ?? '', /too many redirects \(more than 5/);
  });

  it('refuses billion-laughs XML served over HTTP with a clear error', async () => {
    const r = await pollFeed(`${base}/bomb.xml`, deps);
    assert.equal(r.status, 'error');
    assert.match(r.error ?? '', /bomb\.xml: XML declares entities.*refused/);
  });

  it('names a page that is not a feed', async () => {
    const r = await pollFeed(`${base}/not-a-feed`, deps);
    assert.match(r.error ?? '', /not-a-feed: not a feed: root element <html>/);
  });

  it('refuses loopback without --allow-private, and file:// always', async () => {
    const strict = new Fetcher({ retries: 0, politenessMs: 0 });
    await assert.rejects(strict.fetch(`${base}/rss.xml`), /refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
    await assert.rejects(strict.fetch('http://localhost:1/'), /refused: localhost resolves to .*(127\.0\.0\.1|::1)/);
    await assert.rejects(strict.fetch('file:///etc/passwd'), /file:\/\/ URLs are refused/);
    await assert.rejects(strict.fetch('http://169.254.169.254/latest/meta-data/'), /refused/);
    await assert.rejects(strict.fetch('http://[::1]/'), /refused/);
  });

  it('retries a 503 with exponential backoff, then names the failure', async () => {
    const sleeps: number[] = [];
    const timing: Timing = { now: () => 0, sleep: async (ms) => void sleeps.push(ms) };
    const f = new Fetcher({ allowPrivate: true, retries: 2, backoffMs: 1000, politenessMs: 0 }, timing);
    await assert.rejects(f.fetch(`${base}/unavailable`), /unavailable: HTTP 503 \(3 attempts\)/);
    assert.deepEqual(sleeps, [1000, 2000]);
  });

  it('caps the body size', async () => {
    const tiny = new Fetcher({ allowPrivate: true, maxBytes: 100, retries: 0, politenessMs: 0 });
    await assert.rejects(tiny.fetch(`${base}/rss.xml`), /body too large/);
  });
});

describe('fetch scheduling', () => {
  it('waits the politeness interval between requests to one host', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const timing: Timing = { now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } };
    const f = new Fetcher({ retries: 2, backoffMs: 1000, politenessMs: 1000 }, timing);
    // Unroutable scheme-valid URLs fail fast before connecting: we only look at the sleeps.
    await assert.rejects(f.fetch('http://10.0.0.1/feed'), /refused/);
    await assert.rejects(f.fetch('http://10.0.0.1/feed'), /refused/);
    assert.deepEqual(sleeps, [1000], 'second request to the host waited 1 s; refusals are not retried');
  });

  it('two fetchers that share a schedule space their requests to one host as one would (workers on one database)', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const timing: Timing = { now: () => clock, sleep: async (ms) => { sleeps.push(ms); } };
    const shared = new LocalHostSchedule(() => clock);
    const a = new Fetcher({ retries: 0, politenessMs: 1000 }, timing, shared);
    const b = new Fetcher({ retries: 0, politenessMs: 1000 }, timing, shared);
    await assert.rejects(a.fetch('http://10.0.0.1/a'), /refused/);
    await assert.rejects(b.fetch('http://10.0.0.1/b'), /refused/);
    await assert.rejects(b.fetch('http://10.0.0.2/c'), /refused/);
    assert.deepEqual(sleeps, [1000], 'b waited for the slot a took; another host did not wait');
  });
});
