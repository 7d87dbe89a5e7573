// Golden tests: realistic fixture pages → checked-in expected JSON. Regenerate with UPDATE_GOLDEN=1 after an intended change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../../src/extract/index.ts';
import type { ExtractedArticle } from '../../src/model/clean-article.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

// Where each fixture page "came from": feeds canonical-link resolution and the URL-date rule.
const CASES: readonly { readonly name: string; readonly url?: string }[] = [
  { name: 'news-full', url: 'https://ledger.example/world/2022/01/10/geneva-talks?ref=home' },
  { name: 'windows-1252' },
  { name: 'dates', url: 'https://nordkurier.example/hafen-terminal' },
  { name: 'related-inside', url: 'https://gazette.example/news/cycling-lanes' },
  { name: 'br-paragraphs', url: 'http://farmnews.example/2021/09/14/harvest.html' },
];

function run(name: string, url: string | undefined): ExtractedArticle {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, `${name}.html`)));
  return extractHtml({ html: bytes, source: `${name}.html`, id: name, ...(url ? { url } : {}) });
}

for (const c of CASES) {
  test(`golden: ${c.name}`, () => {
    const actual = run(c.name, c.url);
    const path = join(FIXTURES, `${c.name}.expected.json`);
    if (UPDATE || !existsSync(path)) writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
  });
}

// Property checks on the same pages, so a wrong golden file cannot silently bless a regression.
test('news page: furniture removed, article kept, metadata read', () => {
  const a = run('news-full', 'https://ledger.example/world/2022/01/10/geneva-talks?ref=home');
  const text = a.blocks.join('\n');
  assert.match(text, /^GENEVA — Russian and American diplomats/);
  assert.match(text, /What comes next/);
  assert.match(text, /NATO-Russia Council meets/);
  for (const junk of ['cookies', 'Advertisement', 'Five things to know', 'Great reporting', 'Storm hits coast', 'All rights reserved', 'Share on Facebook', 'Business']) {
    assert.ok(!text.includes(junk), `should not contain "${junk}"`);
  }
  assert.equal(a.title, 'Talks in Geneva end without a deal');
  assert.equal(a.outlet, 'The Daily Ledger');
  assert.equal(a.byline, 'Anna Berg, Tom Reyes');
  assert.equal(a.published, '2022-01-10');
  assert.equal(a.publishedRule, 'published/meta');
  assert.equal(a.language, 'en');
  assert.equal(a.url, 'https://ledger.example/world/2022/01/10/geneva-talks');
  const reasons = new Set(a.removed.map((r) => r.reason));
  assert.ok(reasons.has('cookie banner') && reasons.has('comments'), [...reasons].join(', '));
});

test('windows-1252 page decodes accents and guillemets', () => {
  const a = run('windows-1252', undefined);
  assert.equal(a.title, 'Le café de la gare ferme ses portes');
  assert.ok(a.blocks.some((b) => b.includes('« C’est un crève-cœur')), a.blocks.join('\n'));
  assert.equal(a.outlet, 'Le Petit Écho');
  assert.equal(a.language, 'fr');
});

test('datePublished wins over dateModified and "updated" stamps', () => {
  const a = run('dates', 'https://nordkurier.example/hafen-terminal');
  assert.equal(a.published, '2023-02-27');
  assert.equal(a.publishedRule, 'published/json-ld');
  assert.equal(a.byline, 'Jana Weiss');
  assert.equal(a.blocks.length, 3);
});

test('related list inside the article container is removed', () => {
  const a = run('related-inside', undefined);
  const text = a.blocks.join('\n');
  assert.equal(a.blocks.length, 4, text);
  assert.ok(!/Council delays|Read more|Tags:|Related/.test(text), text);
  assert.equal(a.byline, 'Priya Nair');
});

test('double <br> paragraphs in a table layout; date from the URL', () => {
  const a = run('br-paragraphs', 'http://farmnews.example/2021/09/14/harvest.html');
  assert.ok(a.blocks.length >= 3, a.blocks.join('\n'));
  assert.ok(a.blocks.some((b) => b.startsWith('Wheat farmers across the region')));
  assert.ok(!a.blocks.some((b) => b.includes('Contact')));
  assert.equal(a.published, '2021-09-14');
  assert.equal(a.publishedRule, 'published/url');
});
