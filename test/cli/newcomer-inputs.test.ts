// A newcomer's own inputs through the real CLI (child processes): a folder of pages saved with a browser's "Save Page
// As… (complete)", a JSON record in another data set's shape, a PDF. Each gets read, or an error that says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
// A hang guard, not a timing: one analyze of two short articles takes a few seconds on a loaded machine.
const HANG_GUARD_MS = 120_000;
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: HANG_GUARD_MS });
}

/** A sample's text as a saved page: its headline in <title> and <h1>, its lines as paragraphs. */
function savedPage(sample: string): string {
  const [title = '', ...lines] = readFileSync(join(SAMPLES, sample), 'utf8').split('\n');
  const body = lines.filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

test('analyze of a folder of browser-saved pages reads the pages, not the "<page>_files" folders beside them', () => {
  const dir = tempDir('cc-newcomer-saved-');
  writeFileSync(join(dir, 'Talks in Geneva.html'), savedPage('000_e517b0fe5d6f7777.txt'));
  writeFileSync(join(dir, 'Russia notes no progress.htm'), savedPage('001_5c485ae68bb6cf05.txt'));
  for (const folder of ['Talks in Geneva_files', 'Russia notes no progress-Dateien']) {
    mkdirSync(join(dir, folder));
    // What such folders hold: an ad frame saved as HTML, a web manifest, scripts.
    writeFileSync(join(dir, folder, 'saved_resource.html'), '<html><body><div>Click here for the best deals</div></body></html>');
    writeFileSync(join(dir, folder, 'manifest.json'), '{"name":"News","icons":[]}');
    writeFileSync(join(dir, folder, 'app.js'), 'var x = 1;');
  }
  // A folder of the user's own beside a page of the same name, with no browser suffix, is still read.
  mkdirSync(join(dir, 'Talks in Geneva-2022'));
  copyFileSync(join(SAMPLES, '002_e2bdca9cb19be554.txt'), join(dir, 'Talks in Geneva-2022', 'afp.txt'));
  const r = run(['analyze', dir, '--published', '2022-01-10']);
  // Before: exit 3 (manifest.json "has neither text nor html") and a story headlined "" of the ad frame.
  assert.equal(r.status, 0, r.stderr);
  const brief = JSON.parse(r.stdout) as { articles: { id: string; title: string }[] };
  assert.deepEqual(brief.articles.map((a) => a.id).sort(), ['Russia notes no progress', 'Talks in Geneva', 'afp']);
  assert.doesNotMatch(r.stderr, /saved_resource|manifest/);
});

test('a JSON record without a body names its own fields and the names a body is read from', () => {
  const dir = tempDir('cc-newcomer-record-');
  const file = join(dir, 'duc.jsonl');
  writeFileSync(file, JSON.stringify({ cluster: 'd30001t', docs: [{ doc_id: 'APW1', text: 'Cambodia’s opposition asked the bank to stop loans.' }] }) + '\n');
  const r = run(['analyze', file]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /duc\.jsonl:1: record has neither "text" nor "html" \(its fields: cluster, docs; "docs" holds records: give one article a record; the body is read from text, body, maintext, content, article, body-paragraphs, paragraphs, html\)/);
});

test('a PDF given or found in a folder says how to make it readable', () => {
  const dir = tempDir('cc-newcomer-pdf-');
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7\n%binary');
  const given = run(['analyze', join(dir, 'report.pdf')]);
  assert.equal(given.status, 1);
  assert.match(given.stderr, /report\.pdf: not text: PDF \(starts with %PDF; convert it to text first, e.g\. pdftotext FILE\.pdf/);
  writeFileSync(join(dir, 'page.html.gz'), Buffer.from([0x1f, 0x8b, 8, 0]));
  const found = run(['analyze', dir]);
  assert.equal(found.status, 1);
  assert.match(found.stderr, /skipped: page\.html\.gz, report\.pdf\); unpack \.html\.gz pages first \(gunzip -k DIR\/\*\.gz\); convert PDFs to text first \(pdftotext FILE\.pdf\)/);
});

test('a Markdown brief with a copied report says beside its count which section names the copy', () => {
  const dir = tempDir('cc-newcomer-copy-');
  for (const name of ['000_e517b0fe5d6f7777.txt', '001_5c485ae68bb6cf05.txt']) copyFileSync(join(SAMPLES, name), join(dir, name));
  copyFileSync(join(SAMPLES, '000_e517b0fe5d6f7777.txt'), join(dir, 'reposted.txt'));
  const r = run(['analyze', dir, '--published', '2022-01-10', '--format', 'md', '--jobs', '1']);
  assert.equal(r.status, 0, r.stderr);
  // Before: "3 articles, 2 independent sources." and the copy named only in the story's last section.
  assert.match(r.stdout, /^3 articles, 2 independent sources \(1 article copies or rewrites another: see Copies\)\. Why one story/m);
  assert.match(r.stdout, /## Copies\n\n- \[reposted\] duplicates \[000_e517b0fe5d6f7777\]/);
  // The count stands once: the reason read "3 articles, 2 independent sources. Why one story: shared: …; 3 articles; …".
  const why = /^3 articles, .*Why one story: (.*)$/m.exec(r.stdout)?.[1] ?? '';
  assert.match(why, /^shared: .*; mean similarity \d/);
  assert.doesNotMatch(why, /\d+ articles/);
});

// util-linux's script(1) gives the CLI a terminal; without it the terminal test skips.
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('analyze printing JSON to a terminal ends by naming the flag for a readable brief; a pipe or --format json gets none', { skip: HAS_SCRIPT ? false : 'script(1) not found' }, () => {
  const sample = join(SAMPLES, '000_e517b0fe5d6f7777.txt');
  const onTerminal = (args: readonly string[]) => spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  const hint = 'that was the JSON brief, for programs; to read it: --format md (or --out brief.md)';
  const plain = onTerminal(['analyze', sample, '--jobs', '1']);
  assert.equal(plain.status, 0, plain.stdout);
  assert.ok(plain.stdout.trimEnd().endsWith(hint), plain.stdout.slice(-300));
  assert.ok(!onTerminal(['analyze', sample, '--jobs', '1', '--format', 'json']).stdout.includes(hint), 'asked for JSON: no hint');
  const piped = run(['analyze', sample, '--jobs', '1']);
  assert.equal(piped.status, 0);
  assert.ok(!piped.stderr.includes(hint), piped.stderr);
});

test('a saved feed file given to analyze or to watch --feeds says where a feed is read instead', () => {
  const dir = tempDir('cc-newcomer-feedfile-');
  const feed = join(dir, 'feed.xml');
  writeFileSync(feed, '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Local Wire</title><link>http://news.example/</link><item><title>Talks</title><link>http://news.example/talks.html</link></item></channel></rss>\n');
  const analyzed = run(['analyze', feed]);
  assert.equal(analyzed.status, 1);
  // Before: 'no body text, only a headline ("<?xml version="1.0"?><channel>…")'.
  assert.match(analyzed.stderr, /feed\.xml: a feed \(RSS\) file, not an article: `crosscheck watch --feeds URL --once` stores its entries' articles/);
  const watched = run(['watch', '--feeds', feed, '--once', '--db', join(dir, 'w.db')]);
  assert.equal(watched.status, 1);
  // Before: 'no feed URLs found'.
  assert.match(watched.stderr, /watch: .*feed\.xml: a feed \(RSS\) itself, not a list of feeds: give the address it comes from/);
});

test('analyze and export --help say which --format is for reading', () => {
  for (const command of ['analyze', 'export']) {
    const r = run([command, '--help']);
    assert.equal(r.status, 0);
    // Before: "output format: json, md, ics".
    assert.match(r.stdout.replace(/\s+/g, ' '), /--format <format> md \(the brief to read\), json \(everything, for programs\) or ics \(upcoming events as a calendar\)/, command);
  }
});

test('a page with no <title> nor <h1> is headed "(no headline)" in the Markdown brief, not "# "', () => {
  const dir = tempDir('cc-newcomer-notitle-');
  writeFileSync(join(dir, 'page.html'), '<html><body><div><p>The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers, the mayor said.</p><p>Repairs are expected to take six months.</p></div></body></html>');
  const r = run(['analyze', dir, '--format', 'md', '--jobs', '1']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^# \(no headline\)\n/);
  assert.match(r.stdout, /^- \[page\] \(no headline\) — /m);
});
