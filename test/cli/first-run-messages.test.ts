// What a newcomer meets on a first run with the real CLI (child processes): a folder with nothing to read, a folder
// given to extract, a mistyped --db for serve, and the help text. Each mistake gets a message naming the item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
// A hang guard, not a timing: a CLI start is well under a second on an idle machine.
const HANG_GUARD_MS = 120_000;

const SAMPLE = fileURLToPath(new URL('../../samples/000_e517b0fe5d6f7777.txt', import.meta.url));

function run(args: readonly string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: HANG_GUARD_MS, ...(input !== undefined ? { input } : {}) });
}

test('analyze, cluster and summarize on a folder with no articles say so on stderr and exit 1', () => {
  const dir = tempDir('cc-first-empty-');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.7');
  for (const args of [['analyze', dir, '--format', 'md'], ['cluster', dir], ['summarize', dir, '--words', '60']]) {
    const r = run(args);
    assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`);
    assert.ok(r.stderr.includes(`load: ${dir}: no articles: the directory has no .txt`), `${args[0]} stderr: ${r.stderr}`);
    assert.ok(r.stderr.includes('skipped: notes.pdf'), `${args[0]} names the skipped file: ${r.stderr}`);
  }
});

test('ingest with nothing read creates no database and says so; an existing one is left as it was', () => {
  const dir = tempDir('cc-first-ingest-');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.7');
  const db = join(dir, 'stories.db');
  const r = run(['ingest', dir, '--db', db]);
  assert.equal(r.status, 1, r.stderr);
  assert.ok(r.stderr.includes(`load: ${dir}: no articles`), r.stderr);
  // Before: "ingest: …: 0 new, 0 updated, 0 unchanged articles; …" and an empty stories.db left behind.
  assert.ok(r.stderr.includes(`ingest: nothing read, nothing stored; ${db} not created`), r.stderr);
  assert.equal(existsSync(db), false, 'no database file');
  writeFileSync(db, '');
  const again = run(['ingest', join(dir, 'missing.txt'), '--db', db]);
  assert.equal(again.status, 1);
  assert.ok(again.stderr.includes(`${db} left as it was`), again.stderr);
  assert.equal(readFileSync(db, 'utf8'), '', 'the file was not opened as a database');
});

test('extract on a folder says it takes files and shows how to pass the folder’s pages; a missing file reads as such', () => {
  const dir = tempDir('cc-first-extract-');
  const r = run(['extract', dir, join(dir, 'missing.html')]);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`${dir}: cannot read (a directory: extract reads files and URLs (for a folder of pages: extract ${dir}/*.html))`), r.stderr);
  assert.ok(r.stderr.includes('missing.html: cannot read (no such file or directory)'), r.stderr);
  assert.doesNotMatch(r.stderr, /EISDIR|ENOENT/);
});

test('analyze --help gives --jobs one default (the idle cores), not two', () => {
  const r = run(['analyze', '--help']);
  assert.equal(r.status, 0);
  const jobs = r.stdout.slice(r.stdout.indexOf('--jobs'), r.stdout.indexOf('-h, --help'));
  assert.equal((jobs.match(/default/g) ?? []).length, 1, jobs);
});

test('serve on a database file that does not exist warns that it serves an empty new one', async () => {
  const db = join(tempDir('cc-first-serve-'), 'typo.db');
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
  // Listening is announced on stdout; the warning comes before it.
  await new Promise<void>((resolve) => child.stdout.setEncoding('utf8').on('data', (s: string) => s.includes('http://') && resolve()));
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(guard);
  assert.ok(stderr.includes(`serve: ${db} did not exist; serving a new, empty database`), stderr);
  assert.ok(existsSync(db));
});

test('summarize reads - (stdin) as analyze and cluster do (it said "loadInputs: `-` given but no readStdin option")', () => {
  const r = run(['summarize', '-', '--words', '40'], readFileSync(SAMPLE, 'utf8'));
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.trim().length > 0);
  assert.doesNotMatch(r.stderr, /readStdin/);
});

test('extract on a .json record file says it reads pages and which commands read records', () => {
  const dir = tempDir('cc-first-json-');
  const file = join(dir, 'record.json');
  writeFileSync(file, JSON.stringify({ title: 'T', text: 'Body text.' }));
  const r = run(['extract', file]);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`extract: ${file}: a JSON record file: extract reads HTML pages, .txt files and URLs`), r.stderr);
});

test('a one-article story in Markdown reads "1 article, 1 independent source"', () => {
  const r = run(['analyze', SAMPLE, '--format', 'md', '--jobs', '1']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^1 article, 1 independent source\. Why one story: /m);
});

test('watch with a --feeds file that does not exist says what --feeds takes, without Node’s error code', () => {
  const dir = tempDir('cc-first-watch-');
  const r = run(['watch', '--feeds', join(dir, 'feeds.txt'), '--once', '--db', join(dir, 'w.db')]);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`watch: ${join(dir, 'feeds.txt')}: no such file (--feeds takes a feed URL, a file of feed URLs, one a line, or an OPML export)`), r.stderr);
  assert.doesNotMatch(r.stderr, /ENOENT/);
});

test('analyze --out into a directory that does not exist is refused at once, naming the flag and the directory', () => {
  const dir = join(tempDir('cc-first-out-'), 'missing');
  const r = run(['analyze', SAMPLE, '--out', join(dir, 'brief.md'), '--format', 'md']);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`analyze: --out ${join(dir, 'brief.md')}: the directory ${dir} does not exist`), r.stderr);
  assert.doesNotMatch(r.stderr, /ENOENT/);
});

test('extract marks an input it could not read with its error (it looked like a page with no text), and --format text prints no blank entry for it', () => {
  const dir = tempDir('cc-first-extract-error-');
  const pdf = join(dir, 'paper.html');
  writeFileSync(pdf, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n');
  const json = run(['extract', pdf, SAMPLE]);
  assert.equal(json.status, 3);
  const records = JSON.parse(json.stdout) as { file: string; title: string; error: string | null }[];
  assert.match(records[0]?.error ?? '', /not HTML \(starts with %PDF\)/);
  assert.equal(records[1]?.error, null);
  const text = run(['extract', pdf, SAMPLE, '--format', 'text']);
  assert.ok(text.stdout.startsWith('US and Russia agree to extend talks over Ukraine crisis\n'), JSON.stringify(text.stdout.slice(0, 80)));
  // A path through a file (a.txt/x.html) reads in words, not Node's "ENOTDIR: not a directory, open …".
  const through = run(['extract', join(SAMPLE, 'x.html')]);
  assert.ok(through.stderr.includes('cannot read (a part of the path is a file, not a directory)'), through.stderr);
  assert.doesNotMatch(through.stderr, /ENOTDIR/);
});

test('crosscheck --version prints the package version (it was "unknown option")', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const r = run(['--version']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), pkg.version);
});

test('analyze - with nothing piped in says standard input was empty and how to pipe, not "-: empty file"', () => {
  const r = run(['analyze', '-', '--format', 'md'], '');
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes('load: -: nothing on standard input (- reads stdin: pipe articles in'), r.stderr);
  assert.doesNotMatch(r.stderr, /empty file/);
});

test('analyze --published with a day that does not exist is refused (it ran as if undated and exited 0)', () => {
  const r = run(['analyze', SAMPLE, '--published', '2022-13-45', '--format', 'md']);
  assert.notEqual(r.status, 0);
  assert.ok(r.stderr.includes('analyze: --published must be a real calendar day, got "2022-13-45" (no month 13)'), r.stderr);
  assert.equal(r.stdout, '');
});

test('summarize --help says a budget is required (a first run without one met only a usage error)', () => {
  const r = run(['summarize', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout.replace(/\s+/g, ' '), /--bytes, --words or both are required/);
});

test('analyze --help gives --max-file-bytes its unit and its default in MB (it was a bare "20971520")', () => {
  const r = run(['analyze', '--help']);
  const help = r.stdout.replace(/\s+/g, ' ');
  assert.match(help, /--max-file-bytes <n> refuse input files larger than this many bytes \(default: 20971520 = 20 MB\)/);
});

test('a folder with articles and a PDF says the PDF was not read (it was left out without a word), and still exits 0', () => {
  const dir = tempDir('cc-first-skipped-');
  writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE));
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7');
  const r = run(['analyze', dir, '--jobs', '1']);
  assert.equal(r.status, 0, 'a skipped file of another type is no failed input');
  assert.ok(r.stderr.includes(`load: ${dir}: 1 file of other types not read (report.pdf): only .txt`), r.stderr);
  const brief = JSON.parse(r.stdout) as { diagnostics: { item: string; severity: string }[] };
  assert.deepEqual(brief.diagnostics.map((d) => [d.item, d.severity]), [[dir, 'warning']]);
});

test('negative: a folder of articles only has no skipped-files warning', () => {
  const dir = tempDir('cc-first-not-skipped-');
  writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE));
  const r = run(['cluster', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /not read/);
});

test('analyze --out brief.md without --format writes Markdown (it wrote JSON into brief.md); an explicit --format wins', () => {
  const dir = tempDir('cc-first-out-ext-');
  const md = join(dir, 'brief.md');
  assert.equal(run(['analyze', SAMPLE, '--out', md, '--jobs', '1']).status, 0);
  assert.match(readFileSync(md, 'utf8'), /^# US and Russia agree to extend talks over Ukraine crisis\n/);
  const ics = join(dir, 'next.ics');
  assert.equal(run(['analyze', SAMPLE, '--out', ics, '--jobs', '1']).status, 0);
  assert.match(readFileSync(ics, 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  assert.equal(run(['analyze', SAMPLE, '--out', md, '--format', 'json', '--jobs', '1']).status, 0);
  assert.ok(Array.isArray((JSON.parse(readFileSync(md, 'utf8')) as { articles: unknown }).articles));
  // The format's full name is taken too (it was an unknown format).
  assert.match(run(['analyze', SAMPLE, '--format', 'markdown', '--jobs', '1']).stdout, /^# US and Russia agree/);
  const other = join(dir, 'brief.txt');
  assert.equal(run(['analyze', SAMPLE, '--out', other, '--jobs', '1']).status, 0);
  assert.ok(readFileSync(other, 'utf8').startsWith('{'), 'another extension keeps the default, JSON');
});

test('crosscheck --help ends with examples that tie the commands together, each a command that exists, within 100 columns', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
  assert.ok(examples.length > 'Examples:'.length, r.stdout);
  const commands = [...examples.matchAll(/^ {2}crosscheck (\w+)/gm)].map((m) => m[1]!);
  assert.deepEqual(commands, ['analyze', 'analyze', 'ingest', 'watch', 'serve', 'export']);
  for (const command of new Set(commands)) assert.equal(run([command, '--help']).status, 0, command);
  for (const line of r.stdout.split('\n')) assert.ok(line.length <= 100, line);
});
