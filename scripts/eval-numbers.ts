// Where sources differ, measured on real news: runs `crosscheck analyze` (the CLI, as a user runs it) over DUC 2004,
// basil-dev and PolNeAR's dev and test texts, and scores the briefs' discrepancies against pairs of figures read by
// hand (test/fixtures/quantity-disputes.json: dispute = both count one thing and their values cannot both be true).
// The labelled pairs are every pair some earlier version showed, so recall is over disputes found before, not over all
// the disputes in the data; pairs the briefs show now that nobody has read are counted and listed, to be read.
//
//   npm run eval:numbers [-- --list]   (--list: every labelled pair shown wrongly or missed, with its note)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, dataDir, printMetrics } from './lib/data.ts';
import { ducArticles } from '../bench/lib/duc.ts';
import { EXIT_PARTIAL } from '../src/cli/exit-status.ts';
import type { Discrepancy } from '../src/model/story-brief.ts';
import type { SourceSpan } from '../src/model/span.ts';

interface Pair {
  readonly corpus: string;
  readonly about: string;
  readonly a: SourceSpan & { readonly text: string };
  readonly b: SourceSpan & { readonly text: string };
  readonly dispute: boolean;
  readonly note?: string;
}

interface Brief {
  readonly articles: readonly { readonly id: string; readonly text: string }[];
  readonly stories: readonly { readonly discrepancies: readonly Discrepancy[] }[];
}

const fixture = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'quantity-disputes.json'), 'utf8')) as { pairs: Pair[] };

/** The inputs as a user would give them: folders of the data set's own files; DUC's records as one JSONL file. */
function corpusInput(corpus: string, temp: string): string {
  switch (corpus) {
    case 'duc': return ducRecords(temp);
    case 'basil': return dataDir('basil-dev', 'articles');
    case 'polnear-test': return dataDir('polnear', 'test', 'text');
    case 'polnear-dev': return dataDir('polnear', 'dev', 'text');
    default: throw new Error(`eval:numbers: unknown corpus ${corpus}`);
  }
}

/** DUC 2004 task 2 as `{id, title, text, published}` records (as the analyze bench reads it), those without text left out. */
function ducRecords(temp: string): string {
  const records = ducArticles()
    .filter((a) => a.text)
    .map((a) => JSON.stringify({ id: a.id, text: a.text, title: a.title, ...(a.published ? { published: a.published } : {}) }));
  const file = join(temp, 'duc2004.jsonl');
  writeFileSync(file, records.join('\n') + '\n');
  return file;
}

function analyze(input: string, temp: string, corpus: string): Brief {
  const out = join(temp, `${corpus}.json`);
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'crosscheck.js'), 'analyze', input, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== EXIT_PARTIAL) throw new Error(`eval:numbers: crosscheck analyze ${corpus} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Brief;
}

function overlaps(s: SourceSpan, t: SourceSpan): boolean {
  return s.articleId === t.articleId && s.start < t.end && t.start < s.end;
}

/** Whether one discrepancy puts the two figures in two different value groups. */
function shownAsDispute(brief: Brief, p: Pair): boolean {
  return brief.stories.some((s) => s.discrepancies.some((d) => {
    const ia = d.values.findIndex((v) => v.spans.some((sp) => overlaps(sp, p.a)));
    const ib = d.values.findIndex((v) => v.spans.some((sp) => overlaps(sp, p.b)));
    return ia >= 0 && ib >= 0 && ia !== ib;
  }));
}

function isLabelled(corpus: string, a: SourceSpan, b: SourceSpan): boolean {
  return fixture.pairs.some((p) => p.corpus === corpus && ((overlaps(p.a, a) && overlaps(p.b, b)) || (overlaps(p.a, b) && overlaps(p.b, a))));
}

const temp = mkdtempSync(join(tmpdir(), 'cc-eval-numbers-'));
let tp = 0;
let fp = 0;
let fn = 0;
let shown = 0;
const unread: string[] = [];
const list = process.argv.includes('--list');
/** A labelled pair the briefs get wrong, as one line to read: what it counts, both figures, the labeller's note. */
const describe = (verdict: string, p: Pair) => `  ${verdict} ${p.corpus} ${p.about}: "${p.a.text}" / "${p.b.text}"${p.note ? ` (${p.note})` : ''}`;
try {
  for (const corpus of [...new Set(fixture.pairs.map((p) => p.corpus))]) {
    const brief = analyze(corpusInput(corpus, temp), temp, corpus);
    const pairs = fixture.pairs.filter((p) => p.corpus === corpus);
    let cTp = 0;
    let cFp = 0;
    let cFn = 0;
    for (const p of pairs) {
      const predicted = shownAsDispute(brief, p);
      if (predicted && p.dispute) cTp++;
      else if (predicted) cFp++;
      else if (p.dispute) cFn++;
      if (list && predicted !== p.dispute) console.log(describe(predicted ? 'shown wrong' : 'missed', p));
    }
    const text = new Map(brief.articles.map((a) => [a.id, a.text]));
    const disputes = brief.stories.flatMap((s) => s.discrepancies);
    for (const d of disputes) {
      for (let i = 0; i < d.values.length; i++) {
        for (let k = i + 1; k < d.values.length; k++) {
          const a = d.values[i]?.spans[0];
          const b = d.values[k]?.spans[0];
          if (a && b && !isLabelled(corpus, a, b)) unread.push(`${corpus} ${d.about}: "${text.get(a.articleId)?.slice(a.start, a.end)}" (${a.articleId} ${a.start}) / "${text.get(b.articleId)?.slice(b.start, b.end)}" (${b.articleId} ${b.start})`);
        }
      }
    }
    console.log(`${corpus}: ${disputes.length} disputes shown; labelled pairs ${pairs.length} (${pairs.filter((p) => p.dispute).length} disputes): shown right ${cTp}, shown wrong ${cFp}, missed ${cFn}`);
    tp += cTp;
    fp += cFp;
    fn += cFn;
    shown += disputes.length;
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (unread.length) console.log(`dispute pairs shown that no one has labelled (${unread.length}; read them and add them to the fixture):\n  ${unread.join('\n  ')}`);
const precision = tp + fp ? tp / (tp + fp) : 0;
const recall = tp + fn ? tp / (tp + fn) : 0;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
printMetrics({
  disputePrecision: r3(precision),
  disputeRecall: r3(recall),
  disputeF1: r3(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
  disputesShown: shown,
  unlabelledDisputePairs: unread.length,
});
