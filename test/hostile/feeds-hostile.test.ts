import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFeed } from '../../src/service/feeds.ts';
import { Fetcher } from '../../src/service/fetch.ts';
import { pollFeed, type WatchDeps } from '../../src/service/watch.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

test('an XML external entity (file:///etc/passwd) is refused, never read', () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
    '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>http://x/1</link></item></channel></rss>';
  assert.throws(() => parseFeed(xxe, 'http://h/'), (err: Error) => /entit|DTD|DOCTYPE/i.test(err.message) && !/root:/.test(err.message));
  const external = '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://evil.example/x.dtd"><rss version="2.0"><channel><title>t</title></channel></rss>';
  try {
    const feed = parseFeed(external, 'http://h/');
    assert.equal(feed.entries.length, 0); // an external DTD reference is never fetched; the feed reads as written
  } catch (err) {
    assert.match((err as Error).message, /DTD|DOCTYPE|entit/i);
  }
});

test('malformed feeds give a clear format error instead of a crash', () => {
  for (const bad of ['<rss><channel><item><title>unclosed', '<html><body>not a feed</body></html>', '{"version": 1, "items": "nope"}', 'plain text', '']) {
    try {
      const feed = parseFeed(bad, 'http://h/');
      assert.ok(Array.isArray(feed.entries), `parsed ${JSON.stringify(bad)} without entries`);
    } catch (err) {
      assert.ok(err instanceof Error && err.message.length > 5 && !/Cannot read|undefined/.test(err.message), `unclear error for ${JSON.stringify(bad)}: ${String(err)}`);
    }
  }
});

test('a feed URL serving an image (wrong content type) is a named error for that feed; nothing is stored', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(png);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const store = openSqliteStore(':memory:');
  try {
    const deps: WatchDeps = { store, fetcher: new Fetcher({ allowPrivate: true, retries: 0, politenessMs: 0 }), resources: {}, now: () => new Date('2022-01-11T12:00:00Z'), ingest: { summaryBytes: 665, windowDays: 7 } };
    const r = await pollFeed(url, deps);
    assert.equal(r.status, 'error');
    assert.ok(r.error?.startsWith(`watch: ${url}: `), r.error);
    assert.equal((await store.listStories({ limit: 10, offset: 0 })).total, 0);
  } finally {
    await store.close();
    server.close();
  }
});
