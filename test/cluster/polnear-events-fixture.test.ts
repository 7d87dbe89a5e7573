import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, REPO_ROOT } from '../../scripts/lib/data.ts';
import { needsData } from '../helpers/data.ts';

interface Fixture {
  readonly events: readonly { readonly id: string; readonly description: string; readonly rule: string; readonly articles: readonly string[] }[];
  readonly singletons: readonly { readonly article: string; readonly note: string }[];
}

const load = (name: string): Fixture => JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', name), 'utf8')) as Fixture;
const idsOf = (f: Fixture): string[] => [...f.events.flatMap((e) => e.articles), ...f.singletons.map((s) => s.article)];
// The held-out set and its dev twin, built the same way from articles the other does not name.
const fixtures = [{ name: 'polnear-events.json', fixture: load('polnear-events.json') }, { name: 'polnear-events-dev.json', fixture: load('polnear-events-dev.json') }];
// PolNeAR file names start with the publisher code (huff-post_2016-10-10_...).
const outletOf = (id: string): string => id.slice(0, id.indexOf('_'));

for (const { name, fixture } of fixtures) {
  const allIds = idsOf(fixture);
  test(`${name}: every event has two or more articles from two or more outlets, a description and a rule`, () => {
    assert.ok(fixture.events.length >= 20, `only ${fixture.events.length} events`);
    for (const e of fixture.events) {
      assert.ok(e.articles.length >= 2, `${e.id}: ${e.articles.length} article(s)`);
      assert.ok(new Set(e.articles.map(outletOf)).size >= 2, `${e.id}: one outlet only`);
      assert.ok(e.description.trim() !== '' && e.rule.trim() !== '', `${e.id}: description or rule missing`);
    }
  });

  test(`${name}: no article is labelled twice (an event or a singleton, not both)`, () => {
    const seen = new Set<string>();
    for (const id of allIds) {
      assert.ok(!seen.has(id), `${id} labelled twice`);
      seen.add(id);
    }
    assert.equal(new Set(fixture.events.map((e) => e.id)).size, fixture.events.length, 'event ids repeat');
  });

  test(`${name}: every id is an article of ../shared/data/polnear (text and metadata)`, { skip: needsData(['polnear', 'metadata.tsv']) }, () => {
    const root = dataDir('polnear');
    const inMetadata = new Set(readFileSync(join(root, 'metadata.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[1]));
    for (const id of allIds) {
      assert.ok(inMetadata.has(id), `${id}: not in polnear/metadata.tsv`);
      assert.ok(['test', 'dev', 'train'].some((c) => existsSync(join(root, c, 'text', `${id}.txt`))), `${id}: no text file in polnear/{test,dev,train}/text`);
    }
  });
}

test('the dev fixture names no article of the held-out one (tuning must not see held-out labels)', () => {
  const held = new Set(idsOf(load('polnear-events.json')));
  assert.deepEqual(idsOf(load('polnear-events-dev.json')).filter((id) => held.has(id)), []);
});
