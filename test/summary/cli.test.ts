import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { registerSummarize } from '../../src/cli/commands/summarize.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SAMPLES_DIR, seedsResult } from '../helpers/seeds.ts';

const bin = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const dir = fileURLToPath(new URL('./fixtures/cli', import.meta.url));

function run(args: readonly string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, 'summarize', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('crosscheck summarize <dir> --bytes N prints one sentence a line, within budget, no headline', () => {
  const r = run([dir, '--bytes', '300']);
  // c.jsonl:2 is a bad record, named on stderr; the rest is summarized: a partial run (3).
  assert.equal(r.code, 3, r.err);
  const lines = r.out.split('\n').filter((l) => l.length > 0);
  assert.ok(lines.length >= 1);
  assert.ok(Buffer.byteLength(lines.join(' ')) <= 300);
  assert.ok(!lines.some((l) => /^(Ceasefire agreed in Geneva|Border truce reached)$/.test(l)));
  assert.match(r.err, /c\.jsonl:2/);
});

test('crosscheck summarize without a budget is a usage error (exit code 1, as the help says; it was 2)', async () => {
  const program = new Command('crosscheck').exitOverride();
  registerSummarize(program);
  const write = process.stderr.write;
  const saved = process.exitCode;
  let err = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    await program.parseAsync(['summarize', dir], { from: 'user' });
    assert.equal(process.exitCode, 1, 'a usage error, as the help says (it was 2)');
    assert.match(err, /--bytes N/);
    // A bad value is named (it met the same "give --bytes N" as no budget at all).
    process.exitCode = undefined;
    err = '';
    await program.parseAsync(['summarize', dir, '--bytes', '1x'], { from: 'user' });
    assert.equal(process.exitCode, 1);
    assert.match(err, /--bytes must be a non-negative whole number, got "1x"/);
  } finally {
    process.stderr.write = write;
    process.exitCode = saved;
  }
});

test('crosscheck summarize on one-line {id, text} records: the body is summarized, not taken as headlines', () => {
  const records = tempDir('cc-records-');
  const docs = [
    'Rescuers pulled 40 survivors from the collapsed factory in Dhaka on Tuesday, the fire service said. The building had eight floors.',
    'The fire service said 40 survivors were pulled from the collapsed Dhaka factory on Tuesday. Officials blamed illegal extra floors.',
    'Forty survivors were rescued from the factory that collapsed in Dhaka on Tuesday, officials said. Families waited outside.',
  ];
  writeFileSync(join(records, 'docs.jsonl'), docs.map((text, i) => JSON.stringify({ id: `d${i + 1}`, text })).join('\n') + '\n');
  writeFileSync(join(records, 'title-only.txt'), 'Just a headline\n');
  const r = run([records, '--bytes', '200']);
  // title-only.txt has no body: named on stderr, the records summarized (a partial run, 3).
  assert.equal(r.code, 3, r.err);
  const lines = r.out.split('\n').filter((l) => l.length > 0);
  assert.ok(lines.length >= 1, 'records with no title still have a body to summarize');
  assert.ok(lines.every((l) => docs.some((d) => d.includes(l))), r.out);
  // A .txt file keeps the first-line-is-the-headline rule: a one-line file has no body, and the diagnostic names it.
  assert.match(r.err, /title-only\.txt: no body text, only a headline/);
});

test('crosscheck summarize cleans the samples as analyze does: every line is a body sentence, no caption or furniture', () => {
  const r = run([SAMPLES_DIR, '--words', '150']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n').filter((l) => l.length > 0);
  assert.ok(lines.length >= 3, r.out);
  const flat = (t: string): string => t.replace(/\s+/g, ' ').trim();
  // analyze's articles: a sentence is body, or a caption kept for dating; furniture is gone from the text.
  const body = new Set(seedsResult().articles.flatMap((a) => a.sentences.filter((s) => s.kind === 'body').map((s) => flat(a.text.slice(s.start, s.end)))));
  // Before, the photo captions ("… attend security talks … in Geneva, on Monday.", "… Getty Images") were picked.
  for (const line of lines) assert.ok(body.has(flat(line)), `not a body sentence of analyze: ${line}`);
});
