// The real CLI (child processes) on a directory of hostile files plus good articles: the process ends normally with
// no stack trace, every bad item gets a message naming its stage and file, the good articles are in the output, and
// odd file names are only names (nothing is executed). Big files are generated here into a temp dir, never committed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBadInputs, type BadFile } from './bad-inputs.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
// A hang guard, not a performance assertion: the 5 MB line and 100k-deep nesting take ~30 s on an idle 2-core
// machine and several times that when the cores are shared.
const HANG_GUARD_MS = 400_000;
const CAP = 6_000_000;
// Files that are slow by design (size, depth): run through `analyze` only, to keep the suite's time modest.
const HEAVY = new Set(['long-line.txt', 'deep-nesting.html', 'over-cap.txt']);

let dir = '';
let files: BadFile[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-hostile-cli-'));
  files = writeBadInputs(join(dir, 'in'), CAP);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: readonly string[]): SpawnSyncReturns<string> {
  // No shell: arguments go to the program as they are. cwd is the temp dir, so an injected `touch` would show there.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.error, undefined, `could not run or timed out: ${r.error?.message}`);
  assert.equal(r.signal, null, `killed by ${r.signal}`);
  return r;
}

function assertNoCrash(r: SpawnSyncReturns<string>): void {
  assert.doesNotMatch(r.stderr, /^\s+at .+[:(]\d+:\d+\)?$/m, `stack trace on stderr:\n${r.stderr.slice(0, 3000)}`);
  assert.doesNotMatch(r.stderr, /internal error/i, `a stage crashed:\n${r.stderr.slice(0, 3000)}`);
  // 3: analyze's "some inputs failed, the rest written" (src/cli/commands/analyze.ts EXIT_PARTIAL).
  assert.ok([0, 1, 3].includes(r.status ?? -1), `exit ${r.status}:\n${r.stderr.slice(0, 3000)}`);
}

function assertNothingExecuted(): void {
  const stray = readdirSync(dir).filter((n) => n.includes('pwned'));
  assert.deepEqual(stray, [], 'a file name was executed by a shell');
}

test('analyze: every bad file named with its stage, good and odd-named articles analyzed, encodings read', () => {
  const r = run(['analyze', join(dir, 'in'), '--max-file-bytes', String(CAP), '--format', 'json']);
  assertNoCrash(r);
  // Some inputs failed and the rest were analyzed: exit 3, not 0 (a script could not see the failures).
  assert.equal(r.status, 3);
  const brief = JSON.parse(r.stdout) as { articles: { id: string; title: string; text: string }[]; stories: { articleIds: string[] }[]; diagnostics: { stage: string; item: string; reason: string }[] };
  for (const f of files) {
    if (f.expect) {
      const { stage, reason } = f.expect;
      const hit = brief.diagnostics.find((d) => d.stage === stage && d.item.includes(f.name) && reason.test(d.reason));
      assert.ok(hit, `${f.name}: no ${stage} diagnostic matching ${reason}; got ${JSON.stringify(brief.diagnostics.filter((d) => d.item.includes(f.name)))}`);
      assert.ok(r.stderr.includes(`${stage}: ${join(dir, 'in', f.name)}`), `${f.name}: not named on stderr`);
    }
    if (f.mustContain) {
      const found = brief.articles.some((a) => a.text.includes(f.mustContain as string) || a.title.includes(f.mustContain as string));
      assert.ok(found, `${f.name}: "${f.mustContain}" not in the output`);
    }
  }
  const inStories = new Set(brief.stories.flatMap((s) => s.articleIds));
  for (const id of ['good-talks', 'good-nato', 'jl-good', '-leading-dash', '$(touch pwned-subshell)', '`touch pwned-backtick`']) {
    assert.ok(inStories.has(id), `${id} is in no story`);
  }
  const text = (id: string): string => brief.articles.find((a) => a.id === id)?.text ?? '';
  assert.match(text('deep-nesting'), /Deep inside a hundred thousand divs/);
  assert.match(text('unclosed-tags'), /Officials in Vienna/);
  assert.ok(text('long-line').length > 5_000_000, 'the 5 MB line was not kept');
  assert.equal(brief.articles.find((a) => a.id === 'binary'), undefined, 'random bytes became an article');
  assertNothingExecuted();
});

test('extract: bad HTML named, good pages and odd file names extracted, process ends normally', () => {
  const names = files.map((f) => f.name).filter((n) => !HEAVY.has(n) && /\.(html|txt)$/.test(n));
  // `--` ends the options, so "-leading-dash.txt" is a file, not a flag.
  const r = run(['extract', '--format', 'jsonl', '--', ...names.map((n) => join('in', n))]);
  assertNoCrash(r);
  const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; title: string; text: string });
  assert.equal(records.length, names.length, 'an input produced no record');
  for (const name of ['good-nato.html', 'good-talks.txt', '-leading-dash.txt', 'semi;colon.txt', `quote'"s.txt`, 'a b.txt', '$(touch pwned-subshell).txt', '`touch pwned-backtick`.txt']) {
    const rec = records.find((x) => x.file === join('in', name));
    assert.ok(rec && rec.text.length > 30, `${name}: no text extracted`);
  }
  for (const name of ['empty.html', 'report-pdf.html', 'photo-png.html']) {
    assert.match(r.stderr, new RegExp(`^extract: ${join('in', name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'm'), `${name}: not named on stderr`);
  }
  assertNothingExecuted();
});

test('cluster: loader errors named, text articles clustered', () => {
  const light = join(dir, 'light');
  const r0 = spawnSync('cp', ['-r', join(dir, 'in'), light]);
  assert.equal(r0.status, 0);
  for (const n of HEAVY) rmSync(join(light, n));
  const r = run(['cluster', '--format', 'json', light]);
  assertNoCrash(r);
  const out = JSON.parse(r.stdout) as { stories: { articleIds: string[] }[] };
  const ids = out.stories.flatMap((s) => s.articleIds);
  assert.equal(new Set(ids).size, ids.length, 'an article is in two stories');
  for (const id of ['good-talks', 'jl-good', 'utf16le-bom', 'utf16be-bom', 'windows-1252', '-leading-dash', 'semi;colon']) assert.ok(ids.includes(id), `${id} not clustered`);
  for (const f of files) {
    if (f.expect?.stage === 'load' && !HEAVY.has(f.name)) assert.ok(r.stderr.includes(`load: ${join(light, f.name)}`), `${f.name}: not named on stderr`);
  }
  assertNothingExecuted();
});

test('analyze: nothing usable at all ends with exit 1 and a message per input, not a crash', () => {
  const r = run(['analyze', join(dir, 'in', 'empty.txt'), join(dir, 'in', 'report-pdf.txt'), join(dir, 'missing.txt')]);
  assertNoCrash(r);
  assert.equal(r.status, 1);
  for (const name of ['empty.txt', 'report-pdf.txt', 'missing.txt']) assert.match(r.stderr, new RegExp(`load: .*${name.replace('.', '\\.')}: `));
});

test('analyze: bad flag values are usage errors with a message, not stack traces', () => {
  for (const args of [['--max-file-bytes', '-5'], ['--max-file-bytes', 'lots'], ['--summary-bytes', '0'], ['--published', '2022-1-1'], ['--format', 'pdf']]) {
    const r = run(['analyze', join(dir, 'in', 'good-talks.txt'), ...args]);
    assertNoCrash(r);
    assert.equal(r.status, 1, `${args.join(' ')} was accepted`);
    assert.match(r.stderr, /^crosscheck: analyze: /m);
  }
  assertNoCrash(run(['analyze']));
});

test('a FIFO, a self-referencing link and a link loop inside an input directory neither hang nor stop the run', (t) => {
  const odd = join(dir, 'odd');
  mkdirSync(odd);
  copyFileSync(join(dir, 'in', 'good-talks.txt'), join(odd, 'good-talks.txt'));
  if (spawnSync('mkfifo', [join(odd, 'pipe.txt')]).status !== 0) {
    t.skip('mkfifo is not available here');
    return;
  }
  symlinkSync(join(odd, 'loop.txt'), join(odd, 'loop.txt'));
  symlinkSync(odd, join(odd, 'self'));
  // Before the loader skipped non-regular files, reading pipe.txt waited forever for a writer: the guard is short.
  const r = spawnSync(process.execPath, [BIN, 'cluster', '--format', 'json', odd], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.signal, null, 'the run hung on a FIFO');
  assertNoCrash(r);
  assert.match(r.stderr, /load: .*pipe\.txt: not a regular file/);
  assert.match(r.stderr, /load: .*loop\.txt: ELOOP/);
  assert.ok((JSON.parse(r.stdout) as { stories: { articleIds: string[] }[] }).stories.some((s) => s.articleIds.includes('good-talks')));
});
