// Evaluates findTimes on TempEval-3 platinum (the test set) against chrono-node in the same run.
// Usage: node --import tsx scripts/eval-time.ts [--errors dev|test|all] [--basil-errors]
//
// Scoring (documented, mirrors the TempEval-3 scorer's definitions):
// - Gold: every TIMEX3 inside <TEXT> of te3-platinum/*.tml (the DCT is excluded), offsets in the tag-free text.
// - System: findTimes(text, { date: DCT }). chrono-node: chrono.parse(text, DCT at 12:00 local), values from the
//   components it marks certain (day → YYYY-MM-DD, month → YYYY-MM, year → YYYY, an hour adds THH:MM).
// - Alignment: one-to-one; each gold takes the unused system timex overlapping it most (relaxed match).
// - strict F1: aligned pairs with identical start and end. relaxed F1: aligned pairs.
// - value F1: aligned pairs with identical value string; P = correct / system timexes, R = correct / gold timexes.
// - type: aligned pairs with identical TIMEX3 type (findTimes kind upper-cased); accuracy over aligned pairs.
// - Split: files sorted by name; even positions are "dev" (used while writing rules), odd positions "test".
//   No TempEval-3 training data (TBAQ) is under ../shared/data/tempeval3, hence the split. te3-platinum-normalized
//   differs from te3-platinum only in tid numbering (same text, extents and values), so only te3-platinum is read.
// - Also printed: a per-rule breakdown (mentions found / aligned with gold / value correct) over all documents.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findTimes } from '../src/nlp/time/index.ts';
import { parseTimeMl, type TimeMlDocument } from '../src/nlp/time/timeml.ts';
import {
  ZERO_COUNTS, addCounts, alignTimexes, countTimexes, scoreCounts, type ScoredTimex, type TimexCounts,
} from '../src/nlp/time/timex-score.ts';
import { dataDir, printMetrics } from './lib/data.ts';
import { loadLabelledDates } from './lib/basil.ts';
import { analyzeArticles, inSplit, rate, scoreDates, tally, type DateResult } from './lib/basil-eval.ts';
import { loadResources } from '../src/pipeline/resources.ts';

type Split = 'dev' | 'test';
type System = (doc: TimeMlDocument) => ScoredTimex[];

function loadPlatinum(): { doc: TimeMlDocument; split: Split }[] {
  const dir = dataDir('tempeval3', 'te3-platinum');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f, i) => ({ doc: parseTimeMl(readFileSync(join(dir, f), 'utf8')), split: i % 2 === 0 ? 'dev' : 'test' }));
}

const crosscheck: System = (doc) =>
  findTimes(doc.text, { date: doc.dct }).map((t) => ({ start: t.start, end: t.end, type: t.kind.toUpperCase(), value: t.value }));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const chronoSystem: System = (doc) => {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const reference = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12);
  return chrono.parse(doc.text, reference).map((r) => {
    const c = r.start;
    const year = c.get('year') ?? 0;
    const month = c.get('month') ?? 1;
    const day = c.get('day') ?? 1;
    let value = String(year);
    if (c.isCertain('day') || c.isCertain('weekday')) value = `${year}-${pad(month)}-${pad(day)}`;
    else if (c.isCertain('month')) value = `${year}-${pad(month)}`;
    else if (!c.isCertain('year')) value = `${year}-${pad(month)}-${pad(day)}`;
    const timed = c.isCertain('hour');
    if (timed) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, type: timed ? 'TIME' : 'DATE', value };
  });
};

function evaluate(docs: { doc: TimeMlDocument; split: Split }[], system: System): Record<Split | 'all', TimexCounts> {
  const out: Record<Split | 'all', TimexCounts> = { dev: ZERO_COUNTS, test: ZERO_COUNTS, all: ZERO_COUNTS };
  for (const { doc, split } of docs) {
    const c = countTimexes(doc.timexes, system(doc));
    out[split] = addCounts(out[split], c);
    out.all = addCounts(out.all, c);
  }
  return out;
}

const f = (x: number): string => x.toFixed(3);

function report(name: string, counts: Record<Split | 'all', TimexCounts>): void {
  console.log(`\n${name}`);
  console.log('  split  gold  sys  strictF1  relaxedF1  valueP  valueR  valueF1  typeAcc');
  for (const split of ['dev', 'test', 'all'] as const) {
    const c = counts[split];
    const s = scoreCounts(c);
    console.log(
      `  ${split.padEnd(5)} ${String(c.gold).padStart(5)} ${String(c.system).padStart(4)}  ${f(s.strictF1)}     ${f(s.relaxedF1)}` +
        `      ${f(s.valueP)}   ${f(s.valueR)}   ${f(s.valueF1)}    ${f(s.typeAccuracy)}`,
    );
  }
}

function printErrors(docs: { doc: TimeMlDocument; split: Split }[], which: string): void {
  for (const { doc, split } of docs) {
    if (which !== 'all' && which !== split) continue;
    const { pairs, missed, spurious } = alignTimexes(doc.timexes, crosscheck(doc));
    const ctx = (t: ScoredTimex): string => doc.text.slice(Math.max(0, t.start - 40), t.end + 20).replace(/\s+/g, ' ');
    for (const p of pairs) {
      const spanOk = p.gold.start === p.system.start && p.gold.end === p.system.end;
      if (p.gold.value !== p.system.value || !spanOk || p.gold.type !== p.system.type) {
        console.log(`  ~ ${doc.id} gold [${doc.text.slice(p.gold.start, p.gold.end)}] ${p.gold.type} ${p.gold.value} | sys [${doc.text.slice(p.system.start, p.system.end)}] ${p.system.type} ${p.system.value}  …${ctx(p.gold)}`);
      }
    }
    for (const g of missed) console.log(`  - ${doc.id} missed [${doc.text.slice(g.start, g.end)}] ${g.type} ${g.value}  …${ctx(g)}`);
    for (const s of spurious) console.log(`  + ${doc.id} spurious [${doc.text.slice(s.start, s.end)}] ${s.type} ${s.value}  …${ctx(s)}`);
  }
}

/** Per rule over all documents: mentions, how many align with a gold timex, and how many of those have its value. */
function ruleBreakdown(docs: { doc: TimeMlDocument; split: Split }[]): void {
  const rows = new Map<string, { found: number; matched: number; correct: number }>();
  for (const { doc } of docs) {
    const mentions = findTimes(doc.text, { date: doc.dct });
    const system = mentions.map((t) => ({ start: t.start, end: t.end, type: t.kind.toUpperCase(), value: t.value }));
    const { pairs } = alignTimexes(doc.timexes, system);
    mentions.forEach((t, i) => {
      const row = rows.get(t.rule) ?? { found: 0, matched: 0, correct: 0 };
      const pair = pairs.find((p) => p.system === system[i]);
      rows.set(t.rule, {
        found: row.found + 1,
        matched: row.matched + (pair ? 1 : 0),
        correct: row.correct + (pair && pair.gold.value === pair.system.value ? 1 : 0),
      });
    });
  }
  console.log('\nper rule (all documents): found / aligned with gold / value correct');
  for (const [rule, r] of [...rows].sort((a, b) => b[1].found - a[1].found)) {
    console.log(`  ${rule.padEnd(20)} ${String(r.found).padStart(4)} ${String(r.matched).padStart(4)} ${String(r.correct).padStart(4)}`);
  }
}

function main(): void {
  const docs = loadPlatinum();
  const errorsArg = process.argv.indexOf('--errors');
  if (errorsArg >= 0) printErrors(docs, process.argv[errorsArg + 1] ?? 'dev');
  console.log(`TempEval-3 platinum: ${docs.length} documents (dev = even files, test = odd files; no training data present)`);
  const ours = evaluate(docs, crosscheck);
  const peer = evaluate(docs, chronoSystem);
  report('crosscheck findTimes', ours);
  report('chrono-node (peer)', peer);
  ruleBreakdown(docs);
  const basil = basilDates(process.argv.includes('--basil-errors'));
  const all = scoreCounts(ours.all);
  const peerAll = scoreCounts(peer.all);
  printMetrics({
    valueF1: round(all.valueF1),
    strictF1: round(all.strictF1),
    relaxedF1: round(all.relaxedF1),
    typeAccuracy: round(all.typeAccuracy),
    valueF1Dev: round(scoreCounts(ours.dev).valueF1),
    valueF1Test: round(scoreCounts(ours.test).valueF1),
    chronoValueF1: round(peerAll.valueF1),
    chronoStrictF1: round(peerAll.strictF1),
    chronoRelaxedF1: round(peerAll.relaxedF1),
    gold: ours.all.gold,
    system: ours.all.system,
    ...basil,
  });
}

/**
 * Date value accuracy on the hand-labelled BASIL dates (test/fixtures/basil-dates.json), through the analysis
 * `crosscheck analyze` runs: the time mention overlapping a labelled date must carry its value (date part of the
 * TIMEX3 value, so "Tuesday night" = 2014-08-19TNI counts as 2014-08-19). A date nothing overlaps is wrong.
 */
function basilDates(showErrors: boolean): Record<string, number> {
  const labels = loadLabelledDates();
  const results = scoreDates(labels, analyzeArticles(labels.map((d) => d.article), loadResources().resources));
  const show = (name: string, keep: (r: DateResult) => boolean) => {
    const t = tally(results, keep);
    console.log(`  ${name.padEnd(16)} ${round(rate(t))} (${t.right}/${t.total})`);
    return round(rate(t));
  };
  console.log('\nBASIL labelled dates (value accuracy)');
  const metrics = {
    basilDateAccuracy: show('all', () => true),
    basilDateAccuracyDev: show('dev events', inSplit('dev')),
    basilDateAccuracyHeldout: show('held-out events', inSplit('heldout')),
    basilDates: results.length,
  };
  if (showErrors) {
    for (const r of results.filter((x) => !x.right)) {
      console.log(`  ${r.gold.split} ${r.gold.article} @${r.gold.start} [${r.gold.text}] gold=${r.gold.value} pred=${r.predicted ?? '-'} (${r.rule ?? 'no mention'}) published ${r.gold.published}`);
    }
  }
  return metrics;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
