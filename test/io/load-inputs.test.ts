import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs, parseInput } from '../../src/io/load-inputs.ts';
import { extractArticle } from '../../src/pipeline/stages/extract-article.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('txt, html, json and jsonl inputs become raw articles with ids from the file or the record', () => {
  const dir = tempDir('cc-load-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Headline\n\nBody text.');
  writeFileSync(join(dir, 'sub', 'b.html'), '<html><body><p>Hi</p></body></html>');
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ id: 'cid', text: 'Body', title: 'T', published: '2022-01-10' }));
  writeFileSync(join(dir, 'd.jsonl'), '{"id":"d1","text":"one"}\n\n{"id":"d2","html":"<p>two</p>"}\n');
  return loadInputs([dir], { maxFileBytes: 1e6 }).then((r) => {
    assert.deepEqual(r.articles.map((a) => [a.id, a.format]), [['a', 'text'], ['cid', 'text'], ['d1', 'text'], ['d2', 'html'], ['b', 'html']]);
    assert.deepEqual(r.diagnostics, []);
  });
});

test('bad items get a specific error naming the item while the rest of the batch goes on', async () => {
  const dir = tempDir('cc-bad-');
  writeFileSync(join(dir, 'good.txt'), 'Headline\n\nBody text that is fine.');
  writeFileSync(join(dir, 'empty.txt'), '   \n\n');
  writeFileSync(join(dir, 'fake.html'), Buffer.from('%PDF-1.7\n%âãÏÓ binary'));
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
  writeFileSync(join(dir, 'broken.json'), '{"id": "x", "text": ');
  writeFileSync(join(dir, 'types.json'), '{"id": "y", "text": 42}');
  writeFileSync(join(dir, 'lines.jsonl'), '{"id":"ok","text":"fine"}\nnot json\n{"title":"no body"}\n');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
  writeFileSync(join(dir, 'name; rm -rf $(x) `y`.txt'), 'Headline\n\nShell metacharacters in the name are just characters.');
  const r = await loadInputs([dir, join(dir, 'missing.txt')], { maxFileBytes: 1000 });
  assert.deepEqual(r.articles.map((a) => a.id).sort(), ['good', 'name; rm -rf $(x) `y`', 'ok']);
  const reasons = r.diagnostics.map((d) => `${d.item.replace(dir + '/', '')}: ${d.reason}`);
  const expectations: readonly RegExp[] = [
    /^big\.txt: too large/,
    /^broken\.json: invalid JSON/,
    /^empty\.txt: empty file/,
    /^fake\.html: not text: PDF \(starts with %PDF; convert it to text first/,
    /^image\.txt: not text: PNG image/,
    /^lines\.jsonl:2: invalid JSON line/,
    /^lines\.jsonl:3: record has neither "text" nor "html"/,
    /^types\.json: field "text" must be a string, got number/,
    /missing\.txt: no such file or directory/,
  ];
  for (const re of expectations) assert.ok(reasons.some((x) => re.test(x)), `no diagnostic matching ${re}: ${reasons.join(' | ')}`);
  for (const d of r.diagnostics) assert.equal(d.stage, 'load');
});

test('encodings: UTF-16 with BOM, invalid UTF-8 read as windows-1252 with a warning, NUL bytes refused', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel\n\nCafé crème.', 'utf16le')]);
  assert.equal(parseInput('a.txt', new Uint8Array(utf16)).articles[0]?.text, 'Titel\n\nCafé crème.');
  const cp1252 = parseInput('b.txt', new Uint8Array(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])));
  assert.equal(cp1252.articles[0]?.text, 'Café “q”');
  assert.match(cp1252.diagnostics[0]?.reason ?? '', /not valid UTF-8/);
  const nul = parseInput('c.txt', new Uint8Array(Buffer.from('a\0b\0c\0d\0e\0f\0'.repeat(10))));
  assert.equal(nul.articles.length, 0);
  assert.match(nul.diagnostics[0]?.reason ?? '', /NUL bytes/);
});

test('stdin is read when the path is -', async () => {
  const r = await loadInputs(['-'], { maxFileBytes: 1e6, readStdin: async () => enc('{"id":"s","text":"from stdin"}') });
  assert.deepEqual(r.articles.map((a) => a.id), ['s']);
});

test('two inputs with one id are both kept, the second renamed with a warning', async () => {
  const dir = tempDir('cc-dup-');
  writeFileSync(join(dir, 'x.jsonl'), '{"id":"same","text":"a"}\n{"id":"same","text":"b"}\n');
  const r = await loadInputs([dir], { maxFileBytes: 1e6 });
  assert.deepEqual(r.articles.map((a) => a.id), ['same', 'same~2']);
  assert.match(r.diagnostics[0]?.reason ?? '', /already used/);
});

test('a JSON record without a title: headline derived from its first sentence, which stays in the body', () => {
  const text = 'Talks in Geneva ended on Monday without a deal. Both sides will meet again in Brussels.';
  const [raw] = parseInput('r.jsonl', enc(JSON.stringify({ id: 'r1', text }) + '\n')).articles;
  assert.ok(raw);
  const article = extractArticle(raw);
  assert.equal(article.title, 'Talks in Geneva ended on Monday without a deal.');
  assert.deepEqual(article.blocks, [text]);
  assert.deepEqual(article.diagnostics, []);
  // With a title, the text is still all body; a .txt file keeps its first line as the headline.
  const titled = extractArticle(parseInput('t.json', enc(JSON.stringify({ title: 'Geneva talks', text }))).articles[0]!);
  assert.deepEqual([titled.title, titled.blocks], ['Geneva talks', [text]]);
  const txt = extractArticle(parseInput('a.txt', enc(`Geneva talks\n\n${text}`)).articles[0]!);
  assert.deepEqual([txt.title, txt.blocks], ['Geneva talks', [text]]);
});

test('a long first sentence is cut at a word for the derived headline; the body keeps it whole', () => {
  const sentence = `${'The delegations of the two countries met '.repeat(5)}in Geneva.`;
  const article = extractArticle(parseInput('r.json', enc(JSON.stringify({ text: sentence }))).articles[0]!);
  assert.ok(article.title.length <= 141 && article.title.endsWith('…'), article.title);
  assert.ok(sentence.startsWith(article.title.slice(0, -1)));
  assert.deepEqual(article.blocks, [sentence]);
});

test('an input that ends with no body text gets an error naming it', () => {
  const article = extractArticle(parseInput('only-title.txt', enc('Just a headline\n')).articles[0]!);
  assert.deepEqual(article.blocks, []);
  assert.deepEqual(article.diagnostics.map((d) => [d.item, d.rule, d.severity]), [['only-title.txt', 'extract/no-body', 'error']]);
});

test("TeX-style newswire quotes (``...'') in text are read as real quotation marks", () => {
  const article = extractArticle(parseInput('ap.txt', enc("Headline\n\n``We will not move,'' the minister said.")).articles[0]!);
  assert.deepEqual(article.blocks, ['“We will not move,” the minister said.']);
  // Without an opening ``, '' is left alone (inches, an empty quoted string).
  const plain = extractArticle(parseInput('b.txt', enc("Headline\n\nThe guard, 6'2'' tall, said ''.")).articles[0]!);
  assert.deepEqual(plain.blocks, ["The guard, 6'2'' tall, said ''."]);
});

test('records in other data sets\' field names (BASIL, news-please, NewsAPI) are read; our own names win', () => {
  const basil = { uuid: 'u1', title: 'T', date: '2010-07-02', source: 'nyt', 'body-paragraphs': [['First sentence.', 'Second.'], [], ['Next paragraph.']] };
  const [b] = parseInput('basil.json', enc(JSON.stringify(basil))).articles;
  assert.equal(b?.id, 'u1');
  assert.equal(b?.text, 'First sentence. Second.\n\nNext paragraph.');
  assert.equal(b?.published, '2010-07-02');
  assert.equal(b?.outlet, 'nyt');
  const newsapi = { title: 'T', content: 'Body.', publishedAt: '2024-01-02T03:04:05Z', source: { id: null, name: 'Reuters' }, author: 'A. Writer' };
  const [n] = parseInput('n.json', enc(JSON.stringify(newsapi))).articles;
  assert.deepEqual([n?.text, n?.published, n?.outlet, n?.byline], ['Body.', '2024-01-02T03:04:05Z', 'Reuters', 'A. Writer']);
  const newsPlease = { maintext: 'Body.', date_publish: '2024-01-02 03:04:05', source_domain: 'example.com', authors: ['A', 'B'] };
  const [p] = parseInput('p.json', enc(JSON.stringify(newsPlease))).articles;
  assert.deepEqual([p?.text, p?.published, p?.outlet, p?.byline], ['Body.', '2024-01-02 03:04:05', 'example.com', 'A, B']);
  const both = { text: 'Ours.', body: 'Theirs.', published: '2022-01-10', date: '1999-01-01' };
  const [o] = parseInput('o.json', enc(JSON.stringify(both))).articles;
  assert.deepEqual([o?.text, o?.published], ['Ours.', '2022-01-10']);
  const wrong = parseInput('w.json', enc(JSON.stringify({ text: ['a list'] })));
  assert.match(wrong.diagnostics[0]?.reason ?? '', /field "text" must be a string, got an array/);
});

test('a directory that gives no article is named with why (empty, or only kinds that are not read), not passed over in silence', async () => {
  const empty = tempDir('cc-empty-');
  const other = tempDir('cc-other-');
  writeFileSync(join(other, 'report.pdf'), '%PDF-1.7');
  writeFileSync(join(other, '.hidden.txt'), 'Hidden\n\nDot files are not read.');
  const r = await loadInputs([empty, other], { maxFileBytes: 1e6 });
  assert.equal(r.articles.length, 0);
  assert.deepEqual(r.diagnostics.map((d) => [d.item, d.rule, d.severity]), [[empty, 'load/no-articles', 'error'], [other, 'load/no-articles', 'error']]);
  assert.match(r.diagnostics[0]?.reason ?? '', /^no articles: the directory has no \.txt, .* files$/);
  assert.match(r.diagnostics[1]?.reason ?? '', /\(1 other file skipped: report\.pdf\); convert PDFs to text first \(pdftotext FILE\.pdf\)$/);
  // A directory whose files are read, even if each is refused, gets the files' own errors and no extra one.
  writeFileSync(join(empty, 'blank.txt'), '  \n');
  const again = await loadInputs([empty], { maxFileBytes: 1e6 });
  assert.deepEqual(again.diagnostics.map((d) => d.rule), ['load/empty']);
});

test('a gzipped page is refused with how to read it (extract reads .html.gz; the loader does not)', () => {
  const r = parseInput('page.html.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]));
  assert.equal(r.articles.length, 0);
  assert.match(r.diagnostics[0]?.reason ?? '', /^not text: gzip archive \(unpack it first, e\.g\. gunzip -k FILE; only `extract` reads \.html\.gz\)$/);
});

test('a text file that is only a list of URLs is refused naming how to pass them (it was one article headlined with the first URL)', () => {
  const list = parseInput('urls.txt', new TextEncoder().encode('https://example.com/a.html\n\n  http://example.org/b?x=1  \n'));
  assert.deepEqual(list.articles, []);
  assert.equal(list.diagnostics[0]?.rule, 'load/url-list');
  assert.match(list.diagnostics[0]?.reason ?? '', /a list of URLs, not an article: give the URLs as arguments \(xargs crosscheck analyze < urls\.txt\)/);
});

test('negative: an article that quotes a URL on a line of its own is still an article', () => {
  const text = parseInput('story.txt', new TextEncoder().encode('Ministry publishes report\nhttps://example.gov/report.pdf\nThe report was published on Monday.\n'));
  assert.equal(text.articles.length, 1);
  assert.deepEqual(text.diagnostics, []);
  const one = parseInput('link.txt', new TextEncoder().encode('See https://example.com for details.\n'));
  assert.equal(one.articles.length, 1);
});
