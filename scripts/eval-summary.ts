/**
 * DUC 2004 task 2 (50 clusters × 10 news articles, 4 human summaries each): our extractive summary at 665 bytes vs.
 * the Lead baseline, scored with our ROUGE-1.5.5 port (-n 2 -m -b 665 -f A, and -2 4 -u for SU4).
 *
 * DUC 2004 has no dev split: parameters were tuned on the odd-indexed clusters only; the even-indexed clusters are
 * held out. Both halves and the total are printed so overfitting would show.
 *
 * The CLI path is measured too, as a user would run it: each cluster is written as `{id, text}` JSON records (the
 * corpus text as it is) to a temporary folder and `crosscheck summarize DIR --bytes 665` is run on it (cliRouge1/2).
 *
 * The brief's own summary (the whole analyze pipeline: clustering, confirmed facts) is scored too (briefRouge1/2).
 *
 * Usage: node --import tsx scripts/eval-summary.ts [--split odd|even|all] [--options '<SummarizeOptions JSON>'] [--no-cli] [--no-brief]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, dataDir, printMetrics } from './lib/data.ts';
import { ducRougeOptions, loadWordnetExceptions, scoreRouge, type RougeOptions } from '../src/eval/rouge/index.ts';
import { documentFromText, latestDocument, summarize, type SummarizeOptions, type SummaryDocument } from '../src/summary/index.ts';
import { EXIT_PARTIAL } from '../src/cli/exit-status.ts';
import { runPipeline } from '../src/pipeline/pipeline.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { loadResources } from '../src/pipeline/resources.ts';
import type { RawArticle } from '../src/model/raw-article.ts';

export interface DucDoc {
  readonly local_id: string;
  readonly doc_id: string | null;
  readonly text: string;
}
export interface DucCluster {
  readonly cluster: string;
  readonly docs: readonly DucDoc[];
  readonly models: Readonly<Record<string, { readonly file: string; readonly text: string }>>;
}

/** APW19981016.0240 → 1998-10-16; undefined when the id is missing or has no date. */
export function dateFromDocId(docId: string | null): string | undefined {
  const m = /^[A-Z]{3}(\d{4})(\d{2})(\d{2})/.exec(docId ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** What a reader would not see: editors' trim markers; `` and '' are the corpus's spelling of quotation marks. */
export function cleanDucText(text: string): string {
  return text
    .replace(/\(OPTIONAL TRIM[A-Z ]*\)/g, ' ')
    .replace(/``|''/g, '"')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export function ducDocuments(cluster: DucCluster): SummaryDocument[] {
  // local ids (C1..C10) are unique; doc_ids repeat or are missing in a few clusters.
  return cluster.docs.map((d) => documentFromText(d.local_id, cleanDucText(d.text), dateFromDocId(d.doc_id)));
}

/** Loader: the 50 DUC 2004 task 2 clusters from ../shared/data. */
export function loadDucClusters(): DucCluster[] {
  return readFileSync(dataDir('duc2004', 'duc2004_task2.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as DucCluster);
}

function modelsOf(cluster: DucCluster): string[][] {
  return Object.keys(cluster.models)
    .sort()
    .map((k) => (cluster.models[k]?.text ?? '').split('\n').filter((l) => l.length > 0));
}

interface Scores {
  readonly r1: number;
  readonly r2: number;
  readonly su4: number;
}

function score(peer: readonly string[], models: readonly (readonly string[])[], options: RougeOptions): Scores {
  const report = scoreRouge(peer, models, options);
  return { r1: report.ngrams[0]?.recall ?? 0, r2: report.ngrams[1]?.recall ?? 0, su4: report.skipBigram?.recall ?? 0 };
}

function mean(xs: readonly Scores[]): Scores {
  const n = Math.max(1, xs.length);
  const sum = (f: (s: Scores) => number): number => xs.reduce((a, s) => a + f(s), 0);
  return { r1: (100 * sum((s) => s.r1)) / n, r2: (100 * sum((s) => s.r2)) / n, su4: (100 * sum((s) => s.su4)) / n };
}

function fmt(s: Scores): string {
  return `R1 ${s.r1.toFixed(2)}  R2 ${s.r2.toFixed(2)}  SU4 ${s.su4.toFixed(2)}`;
}

/**
 * `crosscheck summarize DIR --bytes 665`'s output. Exit 3 (DUC's records without text refused by name, the rest
 * summarized) is a summary all the same; any other failure stops the evaluation.
 */
async function summarizeDir(run: (file: string, args: readonly string[], options: { maxBuffer: number }) => Promise<{ stdout: string }>, dir: string): Promise<string> {
  try {
    return (await run(process.execPath, [join(REPO_ROOT, 'bin', 'crosscheck.js'), 'summarize', dir, '--bytes', '665'], { maxBuffer: 1 << 24 })).stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    if (failed.code === EXIT_PARTIAL && typeof failed.stdout === 'string') return failed.stdout;
    throw error;
  }
}

/**
 * The summary a reader of the brief sees: each cluster through the whole pipeline `analyze` runs (clustering, claim
 * groups, confirmed facts weighing more, one sentence per fact) at 665 bytes; the story holding most of the
 * cluster's reports is the one scored. Also the first line alone (ROUGE-1 precision: how much of the lead is the
 * event's), since the brief gives its most central sentence first.
 */
function briefSummaries(clusters: readonly DucCluster[]): { lines: string[][]; multiSource: number } {
  const resources = loadResources().resources;
  let multi = 0;
  let total = 0;
  const lines = clusters.map((cluster) => {
    const raws = cluster.docs
      .filter((d) => d.text.trim().length > 0)
      .map((d): RawArticle => {
        const published = dateFromDocId(d.doc_id);
        return { id: d.local_id, source: d.local_id, format: 'text', title: d.local_id, text: cleanDucText(d.text), ...(published ? { published } : {}) };
      });
    const { brief } = runPipeline(raws, withDefaults({ summaryBytes: 665 }), resources);
    const story = [...brief.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
    const summary = story?.summary ?? [];
    multi += summary.filter((s) => s.sources.length > 1).length;
    total += summary.length;
    return summary.map((s) => s.text);
  });
  return { lines, multiSource: total > 0 ? multi / total : 0 };
}

/** Each cluster's documents as `{id, text}` JSONL records in a folder of its own; runs `crosscheck summarize` on each. */
async function cliSummaries(clusters: readonly DucCluster[]): Promise<string[][]> {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-duc-'));
  const run = promisify(execFile);
  try {
    const out: string[][] = new Array(clusters.length);
    let next = 0;
    // Two at a time: each run is a separate Node process (as a user's would be); more would only contend for cores.
    const worker = async (): Promise<void> => {
      for (let i = next++; i < clusters.length; i = next++) {
        const cluster = clusters[i] as DucCluster;
        const dir = join(root, cluster.cluster);
        mkdirSync(dir);
        writeFileSync(join(dir, 'docs.jsonl'), cluster.docs.map((d) => JSON.stringify({ id: d.local_id, text: d.text })).join('\n') + '\n');
        const stdout = await summarizeDir(run, dir);
        out[i] = stdout.split('\n').filter((l) => l.trim().length > 0);
      }
    };
    await Promise.all([worker(), worker()]);
    return out;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'all' }, options: { type: 'string' }, 'no-cli': { type: 'boolean', default: false }, 'no-brief': { type: 'boolean', default: false } } });
  const summarizeOptions = (values.options ? JSON.parse(values.options) : {}) as SummarizeOptions;
  const clusters = loadDucClusters();
  const rougeOptions = ducRougeOptions(loadWordnetExceptions(dataDir('rouge', 'wordnet-2.0-exceptions.tsv')));

  const ours: { odd: Scores[]; even: Scores[] } = { odd: [], even: [] };
  const lead: { odd: Scores[]; even: Scores[] } = { odd: [], even: [] };
  let maxBytes = 0;
  const started = performance.now();
  clusters.forEach((cluster, index) => {
    const half = index % 2 === 1 ? 'odd' : 'even';
    if (values.split !== 'all' && values.split !== half) return;
    const docs = ducDocuments(cluster);
    const models = modelsOf(cluster);
    const summary = summarize(docs, { bytes: 665 }, summarizeOptions);
    const lines = summary.sentences.map((s) => s.text);
    maxBytes = Math.max(maxBytes, Buffer.byteLength(lines.join(' ')));
    ours[half].push(score(lines, models, rougeOptions));
    // DUC's Lead baseline: the latest article from its start, cut by ROUGE at 665 bytes.
    const latest = latestDocument(docs);
    lead[half].push(score(latest ? latest.sentences.map((s) => s.text) : [], models, rougeOptions));
  });
  const seconds = (performance.now() - started) / 1000;

  let cli: Scores | undefined;
  if (!values['no-cli']) {
    const chosen = clusters.filter((_, index) => values.split === 'all' || values.split === (index % 2 === 1 ? 'odd' : 'even'));
    const peers = await cliSummaries(chosen);
    cli = mean(chosen.map((cluster, i) => score(peers[i] ?? [], modelsOf(cluster), rougeOptions)));
  }

  let brief: { all: Scores; odd: Scores; even: Scores; firstPrecision: number; multiSource: number } | undefined;
  if (!values['no-brief'] && values.split === 'all') {
    const got = briefSummaries(clusters);
    const scored = clusters.map((cluster, i) => score(got.lines[i] ?? [], modelsOf(cluster), rougeOptions));
    const firsts = clusters.map((cluster, i) => scoreRouge((got.lines[i] ?? []).slice(0, 1), modelsOf(cluster), rougeOptions).ngrams[0]?.precision ?? 0);
    brief = {
      all: mean(scored),
      odd: mean(scored.filter((_, i) => i % 2 === 1)),
      even: mean(scored.filter((_, i) => i % 2 === 0)),
      firstPrecision: (100 * firsts.reduce((a, b) => a + b, 0)) / Math.max(1, firsts.length),
      multiSource: got.multiSource,
    };
  }

  const all = { ours: [...ours.odd, ...ours.even], lead: [...lead.odd, ...lead.even] };
  console.log('DUC 2004 task 2, 665 bytes, ROUGE-1.5.5 port -n 2 -m -b 665 -f A (-2 4 -u); recall x100, macro-average over clusters');
  console.log('No dev split exists: tuned on odd-indexed clusters only; even-indexed clusters are held out.');
  console.log(`                        ours                              lead (latest article)`);
  console.log(`odd  (tune, n=${String(ours.odd.length).padStart(2)})  ${fmt(mean(ours.odd))}   ${fmt(mean(lead.odd))}`);
  console.log(`even (held, n=${String(ours.even.length).padStart(2)})  ${fmt(mean(ours.even))}   ${fmt(mean(lead.even))}`);
  console.log(`total      (n=${String(all.ours.length).padStart(2)})  ${fmt(mean(all.ours))}   ${fmt(mean(all.lead))}`);
  if (cli) console.log(`CLI on {id,text} JSONL records (n=${String(all.ours.length).padStart(2)})  ${fmt(cli)}`);
  if (brief) {
    console.log(`the brief's summary (analyze's pipeline, largest story)  ${fmt(brief.all)}  (odd ${brief.odd.r1.toFixed(2)} / even ${brief.even.r1.toFixed(2)})`);
    console.log(`  its first line: ROUGE-1 precision ${brief.firstPrecision.toFixed(2)}; sentences cited by several sources ${(100 * brief.multiSource).toFixed(0)} %`);
  }
  console.log(`largest summary: ${maxBytes} bytes (budget 665); ${seconds.toFixed(1)} s`);
  const t = mean(all.ours);
  const l = mean(all.lead);
  const odd = mean(ours.odd);
  const even = mean(ours.even);
  const r = (x: number): number => Math.round(x * 100) / 100;
  printMetrics({
    rouge1Recall: r(t.r1),
    rouge2Recall: r(t.r2),
    rougeSu4Recall: r(t.su4),
    leadRouge1Recall: r(l.r1),
    leadRouge2Recall: r(l.r2),
    leadRougeSu4Recall: r(l.su4),
    tuneRouge1Recall: r(odd.r1),
    tuneRouge2Recall: r(odd.r2),
    heldOutRouge1Recall: r(even.r1),
    heldOutRouge2Recall: r(even.r2),
    ...(cli ? { cliRouge1: r(cli.r1), cliRouge2: r(cli.r2) } : {}),
    ...(brief ? { briefRouge1: r(brief.all.r1), briefRouge2: r(brief.all.r2), briefFirstLinePrecision: r(brief.firstPrecision), briefMultiSourceShare: r(brief.multiSource) } : {}),
    clusters: all.ours.length,
    maxSummaryBytes: maxBytes,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
