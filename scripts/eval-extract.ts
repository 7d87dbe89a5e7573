// Article-extraction benchmark (scrapinghub/article-extraction-benchmark, 181 pages): Crosscheck vs Readability.js.
// Usage: node --import tsx scripts/eval-extract.ts [--split train|test|all] [--worst N]
//
// Metric, as the benchmark's evaluate.py computes it:
//   tokens   = every \w+ run of the text (Unicode letters, digits, underscore; case kept)
//   shingles = multiset (Counter) of 4-token tuples; a text with fewer than 4 tokens is one shingle of all of them
//   per page: tp = Σ min(true, pred) counts, fp = Σ excess pred, fn = Σ missing true, then normalized to sum 1
//   precision_page = 1 if fp = fn = 0; 0 if tp = fp = 0; else tp/(tp+fp)   (recall likewise with fn)
//   mean precision over pages with tp+fp > 0, mean recall over pages with tp+fn > 0 (an empty prediction costs
//   recall only), F1 = harmonic mean of the two means.
// The corpus has no train/test split: heuristics were tuned on "train" (ids sorted, even positions) and checked on
// "test" (odd positions); the headline numbers are on all 181 pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { extractHtml } from '../src/extract/index.ts';
import { removeBoilerplate } from '../src/pipeline/stages/remove-boilerplate.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { dataDir, printMetrics } from './lib/data.ts';

export interface Page {
  readonly id: string;
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly truth: string;
}

interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

const NGRAM = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const n = Math.max(1, tokens.length - NGRAM + 1);
  for (let i = 0; i < n; i++) {
    const sh = tokens.slice(i, i + NGRAM);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleCounts(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function precisionOf(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

function recallOf(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

export function aggregate(counts: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const ps = counts.filter((c) => c.tp + c.fp > 0).map(precisionOf);
  const rs = counts.filter((c) => c.tp + c.fn > 0).map(recallOf);
  const precision = ps.reduce((a, b) => a + b, 0) / Math.max(1, ps.length);
  const recall = rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function loadPages(): Page[] {
  const dir = dataDir('article-extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url ?? '',
      truth: truth[id]?.articleBody ?? '',
      bytes: new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    }));
}

export function crosscheckText(page: Page): string {
  return extractHtml({ html: page.bytes, source: page.id, id: page.id, url: page.url }).blocks.join('\n');
}

// Readability gets a decoded string (it cannot sniff bytes) and linkedom's DOM, as in the benchmark's readability_js.
/** The pipeline's full path for a page: extraction, then the text boilerplate cleaner (as `analyze` runs it). */
export function pipelineText(page: Page): string {
  const clean = removeBoilerplate(extractArticle({ id: page.id, source: page.id, format: 'html', html: page.bytes, url: page.url }));
  return clean.paragraphs.map((p) => clean.text.slice(p.start, p.end)).join('\n');
}

export function readabilityText(html: string, url: string): string {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = new Readability(doc, { charThreshold: 500 }).parse();
    return (article?.textContent ?? '').trim();
  } catch {
    void url;
    return '';
  }
}

interface RunResult {
  readonly texts: string[];
  readonly seconds: number;
  /** CPU time of this process: on a shared, loaded machine wall time mostly measures the neighbours. */
  readonly cpuSeconds: number;
}

// Timed on the second of two passes, for both extractors: the first pass lets V8 compile the hot code, as it
// would be in any batch of more than a few dozen pages. The texts are the same in both passes (pure functions).
function run(pages: readonly Page[], fn: (p: Page) => string): RunResult {
  pages.forEach(fn);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const texts = pages.map(fn);
  const cpu = process.cpuUsage(cpu0);
  return { texts, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function main(): void {
  const args = process.argv.slice(2);
  const worst = Number(args[args.indexOf('--worst') + 1] ?? 0) || 0;
  const pages = loadPages();
  const decoded = pages.map((p) => new TextDecoder('utf-8').decode(p.bytes));
  const ours = run(pages, crosscheckText);
  const theirs = run(pages, (p) => readabilityText(decoded[pages.indexOf(p)] ?? '', p.url));
  const oursCounts = pages.map((p, i) => shingleCounts(p.truth, ours.texts[i] ?? ''));
  const theirCounts = pages.map((p, i) => shingleCounts(p.truth, theirs.texts[i] ?? ''));
  const split = (parity: number) => (_: unknown, i: number) => i % 2 === parity;
  const report = (name: string, counts: readonly Counts[]) => {
    const all = aggregate(counts);
    const train = aggregate(counts.filter(split(0)));
    const test = aggregate(counts.filter(split(1)));
    console.log(
      `${name.padEnd(12)} all: P=${all.precision.toFixed(3)} R=${all.recall.toFixed(3)} F1=${all.f1.toFixed(3)}  ` +
        `train F1=${train.f1.toFixed(3)}  test F1=${test.f1.toFixed(3)}`,
    );
    return all;
  };
  console.log(`article-extraction benchmark: ${pages.length} pages (tuned on train = even positions of sorted ids; test = odd)`);
  const a = report('crosscheck', oursCounts);
  const b = report('readability', theirCounts);
  // The pipeline runs the plain-text cleaner after extraction; it must not eat what the extractor kept.
  const cleaned = pages.map((p) => pipelineText(p));
  const c = report('+text clean', pages.map((p, i) => shingleCounts(p.truth, cleaned[i] ?? '')));
  const pps = pages.length / ours.seconds;
  const rpps = pages.length / theirs.seconds;
  const cpps = pages.length / ours.cpuSeconds;
  const rcpps = pages.length / theirs.cpuSeconds;
  console.log(
    `speed (single process, extraction only, warm JIT): crosscheck ${pps.toFixed(1)} pages/s wall, ${cpps.toFixed(1)} pages/s CPU; ` +
      `readability ${rpps.toFixed(1)} pages/s wall, ${rcpps.toFixed(1)} pages/s CPU`,
  );
  if (worst > 0) {
    const rows = pages.map((p, i) => ({ id: p.id, i, url: p.url, p: precisionOf(oursCounts[i]!), r: recallOf(oursCounts[i]!) }));
    rows.sort((x, y) => x.p + x.r - (y.p + y.r));
    for (const r of rows.slice(0, worst)) console.log(`  ${r.i % 2 === 0 ? 'train' : 'test '} P=${r.p.toFixed(2)} R=${r.r.toFixed(2)} ${r.id.slice(0, 12)} ${r.url}`);
  }
  printMetrics({
    f1: round(a.f1), precision: round(a.precision), recall: round(a.recall), pagesPerSecond: round(pps, 1),
    readabilityF1: round(b.f1), readabilityPrecision: round(b.precision), readabilityRecall: round(b.recall),
    readabilityPagesPerSecond: round(rpps, 1), pipelineF1: round(c.f1), cpuPagesPerSecond: round(cpps, 1), readabilityCpuPagesPerSecond: round(rcpps, 1),
  });
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
