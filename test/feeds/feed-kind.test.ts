// feedKindOf: is a fetched body a feed (so a page's reader refuses it with a pointer to watch)? Positive and negative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feedKindOf } from '../../src/service/feeds.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

test('feeds are told by their root element behind any prolog, or by their content type', () => {
  assert.equal(feedKindOf(fixture('rss.xml')), 'RSS');
  assert.equal(feedKindOf(fixture('atom.xml')), 'Atom');
  assert.equal(feedKindOf(fixture('feed.json')), 'JSON Feed');
  assert.equal(feedKindOf(bytes('\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- licence -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>')), 'RSS');
  assert.equal(feedKindOf(bytes('anything'), 'application/atom+xml; charset=utf-8'), 'Atom');
});

test('negative: pages, records and other XML are no feeds', () => {
  assert.equal(feedKindOf(bytes('<!doctype html><html><head><title>RSS feeds explained</title></head><body><rss>x</rss></body></html>')), undefined);
  assert.equal(feedKindOf(bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>feed</body></html>')), undefined);
  assert.equal(feedKindOf(bytes('{"title": "A record", "text": "version https://jsonfeed.org/version/1 in the body"}')), undefined);
  assert.equal(feedKindOf(bytes('<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="http://x/feed"/></body></opml>')), undefined);
  assert.equal(feedKindOf(bytes('Plain text about a news feed.'), 'text/plain'), undefined);
});
