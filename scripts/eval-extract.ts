// Body extraction on two sets, Crosscheck vs Readability.js (+linkedom) in the same run:
//   1. scrapinghub/article-extraction-benchmark (181 news pages, human articleBody);
//   2. Mozilla Readability's 130 test pages (news, blogs, docs, wikis), scored against the text of expected.html
//      (Readability's own reviewed output: an imperfect reference that favours Readability; read failures by eye).
// Usage: node --import tsx scripts/eval-extract.ts [--worst N] [--set scrapinghub|readability]
//
// Metric, as the benchmark's evaluate.py computes it:
//   tokens   = every \w+ run of the text (Unicode letters, digits, underscore; case kept)
//   shingles = multiset (Counter) of 4-token tuples; a text with fewer than 4 tokens is one shingle of all of them
//   per page: tp = Σ min(true, pred) counts, fp = Σ excess pred, fn = Σ missing true, then normalized to sum 1
//   precision_page = 1 if fp = fn = 0; 0 if tp = fp = 0; else tp/(tp+fp)   (recall likewise with fn)
//   mean precision over pages with tp+fp > 0, mean recall over pages with tp+fn > 0 (an empty prediction costs
//   recall only), F1 = harmonic mean of the two means.
// Neither set has a split. Each page goes to "dev" or "held-out" by a hash of its id (FNV-1a, lowest bit): rules are
// decided on the dev halves and must also hold on the held-out halves; the headline numbers are on all pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
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

/** The pages of Mozilla Readability's test set, with the text of the expected HTML as the truth. */
export function loadReadabilityPages(): Page[] {
  const dir = dataDir('readability-test-pages', 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.source.html.gz'))
    .map((f) => f.slice(0, -'.source.html.gz'.length))
    .sort()
    .map((id) => ({
      id,
      // Readability's test harness serves every page from this address; relative links resolve against it.
      url: `http://fakehost/test/${id}.html`,
      truth: htmlToText(gunzipSync(readFileSync(join(dir, `${id}.expected.html.gz`))).toString('utf8')),
      bytes: new Uint8Array(gunzipSync(readFileSync(join(dir, `${id}.source.html.gz`)))),
    }));
}

// Elements whose boundaries separate words in a browser's rendering ("a</p><p>b" is two words, "a<b>b</b>" one).
const BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul', 'img', 'caption', 'summary',
]);

/** The reference text of an expected HTML file: its text nodes, with breaks at block boundaries. Independent of our parser. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        if (BREAKING.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skip === 0) parts.push(text);
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip--;
        if (BREAKING.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/[ \t\f\r]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** FNV-1a over the id's UTF-16 units: a stable, content-independent split into dev (0) and held-out (1). */
export function splitOf(id: string): 'dev' | 'heldOut' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 1) === 0 ? 'dev' : 'heldOut';
}

interface RunResult {
  readonly texts: string[];
  readonly seconds: number;
  /** CPU time of this process: on a shared, loaded machine wall time mostly measures the neighbours. */
  readonly cpuSeconds: number;
}

// Timed on the second of two passes, for both extractors: the first pass lets V8 compile the hot code, as it
// would be in any batch of more than a few dozen pages. The texts are the same in both passes (pure functions).
function run(pages: readonly Page[], fn: (p: Page, i: number) => string): RunResult {
  pages.forEach(fn);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const texts = pages.map(fn);
  const cpu = process.cpuUsage(cpu0);
  return { texts, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

interface Scores {
  readonly all: { precision: number; recall: number; f1: number };
  readonly dev: number;
  readonly heldOut: number;
}

function score(pages: readonly Page[], texts: readonly string[]): { scores: Scores; counts: Counts[] } {
  const counts = pages.map((p, i) => shingleCounts(p.truth, texts[i] ?? ''));
  const half = (s: 'dev' | 'heldOut') => aggregate(counts.filter((_, i) => splitOf(pages[i]!.id) === s)).f1;
  return { scores: { all: aggregate(counts), dev: half('dev'), heldOut: half('heldOut') }, counts };
}

function line(name: string, s: Scores): void {
  console.log(
    `  ${name.padEnd(12)} P=${s.all.precision.toFixed(3)} R=${s.all.recall.toFixed(3)} F1=${s.all.f1.toFixed(3)}  ` +
      `dev F1=${s.dev.toFixed(3)}  held-out F1=${s.heldOut.toFixed(3)}`,
  );
}

function printWorst(pages: readonly Page[], counts: readonly Counts[], n: number): void {
  const rows = pages.map((p, i) => ({ p, c: counts[i]! }));
  rows.sort((x, y) => precisionOf(x.c) + recallOf(x.c) - (precisionOf(y.c) + recallOf(y.c)));
  for (const { p, c } of rows.slice(0, n)) {
    const split = splitOf(p.id) === 'dev' ? 'dev     ' : 'held-out';
    console.log(`    ${split} P=${precisionOf(c).toFixed(2)} R=${recallOf(c).toFixed(2)} ${p.id.slice(0, 40)} ${p.url}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const worst = Number(args[args.indexOf('--worst') + 1] ?? 0) || 0;
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const out: Record<string, number> = {};

  if (only !== 'readability') {
    const pages = loadPages();
    const decoded = pages.map((p) => new TextDecoder('utf-8').decode(p.bytes));
    const ours = run(pages, crosscheckText);
    const theirs = run(pages, (p, i) => readabilityText(decoded[i] ?? '', p.url));
    const a = score(pages, ours.texts);
    const b = score(pages, theirs.texts);
    // The pipeline runs the plain-text cleaner after extraction; it must not eat what the extractor kept.
    const c = score(pages, pages.map(pipelineText));
    console.log(`scrapinghub article-extraction: ${pages.length} pages (dev/held-out by id hash)`);
    line('crosscheck', a.scores);
    line('readability', b.scores);
    line('+text clean', c.scores);
    const pps = pages.length / ours.seconds;
    const rpps = pages.length / theirs.seconds;
    const cpps = pages.length / ours.cpuSeconds;
    const rcpps = pages.length / theirs.cpuSeconds;
    console.log(
      `  speed (single process, extraction only, warm JIT): crosscheck ${pps.toFixed(1)} pages/s wall, ${cpps.toFixed(1)} pages/s CPU; ` +
        `readability ${rpps.toFixed(1)} pages/s wall, ${rcpps.toFixed(1)} pages/s CPU`,
    );
    if (worst > 0) printWorst(pages, a.counts, worst);
    Object.assign(out, {
      f1: round(a.scores.all.f1), precision: round(a.scores.all.precision), recall: round(a.scores.all.recall), pagesPerSecond: round(pps, 1),
      readabilityF1: round(b.scores.all.f1), readabilityPrecision: round(b.scores.all.precision), readabilityRecall: round(b.scores.all.recall),
      readabilityPagesPerSecond: round(rpps, 1), pipelineF1: round(c.scores.all.f1), cpuPagesPerSecond: round(cpps, 1),
      readabilityCpuPagesPerSecond: round(rcpps, 1), devF1: round(a.scores.dev), heldOutF1: round(a.scores.heldOut),
      readabilityDevF1: round(b.scores.dev), readabilityHeldOutF1: round(b.scores.heldOut),
    });
  }

  if (only !== 'scrapinghub') {
    const pages = loadReadabilityPages();
    const decoded = pages.map((p) => new TextDecoder('utf-8').decode(p.bytes));
    const ours = run(pages, crosscheckText);
    const theirs = run(pages, (p, i) => readabilityText(decoded[i] ?? '', p.url));
    const a = score(pages, ours.texts);
    const b = score(pages, theirs.texts);
    console.log(`readability test pages: ${pages.length} pages, truth = text of expected.html (Readability's own output)`);
    line('crosscheck', a.scores);
    line('readability', b.scores);
    if (worst > 0) printWorst(pages, a.counts, worst);
    Object.assign(out, {
      rtpF1: round(a.scores.all.f1), rtpPrecision: round(a.scores.all.precision), rtpRecall: round(a.scores.all.recall),
      rtpDevF1: round(a.scores.dev), rtpHeldOutF1: round(a.scores.heldOut),
      rtpReadabilityF1: round(b.scores.all.f1), rtpReadabilityDevF1: round(b.scores.dev), rtpReadabilityHeldOutF1: round(b.scores.heldOut),
    });
  }
  printMetrics(out);
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
