// CoNLL-2003 NER evaluation: conlleval exact-span exact-type micro P/R/F1 on eng.testb (report) and eng.testa (dev),
// per type, tagging speed; and the `compromise` library measured on PER/LOC/ORG of the same testb text as a peer.
// Usage: node --import tsx scripts/eval-ner.ts [--model DIR] [--no-peer]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import nlp from 'compromise';
import { dataDir, printMetrics } from './lib/data.ts';
import { parseConll, type ConllDocument } from '../src/nlp/ner/conll.ts';
import { goldSpans, predictConll, toScored } from '../src/nlp/ner/evaluate.ts';
import { scoreSpans, type ConllScore, type ScoredSpan } from '../src/nlp/ner/conlleval.ts';
import { loadNerModel, NER_MODEL_DIR } from '../src/nlp/ner/load-ner-model.ts';
import type { NerModel } from '../src/nlp/ner/model.ts';
import { NER_TYPES } from '../src/nlp/ner/labels.ts';
import { correctEntityTypes, type TypedSpan } from '../src/nlp/entities/correct-entity-types.ts';
import { isListedFirstName } from '../src/nlp/ner/first-names.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const PEER_TYPES = ['PER', 'ORG', 'LOC'];

interface Evaluation {
  readonly score: ConllScore;
  readonly peerTypes: ConllScore;
  /** Wall clock; on a shared machine this includes time other processes held the core. */
  readonly tokensPerSecond: number;
  /** Process CPU time: the tagger's own cost on one core. */
  readonly tokensPerCpuSecond: number;
}

function evaluate(model: NerModel, docs: readonly ConllDocument[]): Evaluation {
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const predicted = predictConll(model, docs).map(toScored);
  const cpu = process.cpuUsage(c0);
  const seconds = (performance.now() - t0) / 1000;
  const gold = goldSpans(docs);
  return {
    score: scoreSpans(gold, predicted),
    peerTypes: scoreSpans(gold, predicted, PEER_TYPES),
    tokensPerSecond: tokens / seconds,
    tokensPerCpuSecond: tokens / ((cpu.user + cpu.system) / 1e6),
  };
}

function report(name: string, s: ConllScore): void {
  const o = s.overall;
  console.log(`${name}: P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)} (gold ${o.gold}, predicted ${o.predicted}, correct ${o.tp})`);
  for (const [type, p] of Object.entries(s.byType)) {
    console.log(`  ${type.padEnd(5)} P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)} (gold ${p.gold})`);
  }
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

const COMPROMISE_TYPES: readonly { readonly method: 'people' | 'places' | 'organizations'; readonly type: string }[] = [
  { method: 'people', type: 'PER' },
  { method: 'places', type: 'LOC' },
  { method: 'organizations', type: 'ORG' },
];

/**
 * compromise works on raw text: each sentence is rebuilt by joining its tokens with spaces, its matches are mapped
 * back to token spans through character offsets (a match must start and end on token boundaries to count).
 */
function compromiseSpans(docs: readonly ConllDocument[]): { spans: ScoredSpan[][]; tokensPerSecond: number } {
  const sentences = docs.flatMap((d) => d.sentences);
  const out: ScoredSpan[][] = [];
  let tokens = 0;
  const t0 = performance.now();
  for (const s of sentences) {
    tokens += s.tokens.length;
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    let text = '';
    s.tokens.forEach((t, i) => {
      if (i > 0) text += ' ';
      starts.set(text.length, i);
      text += t;
      ends.set(text.length, i + 1);
    });
    const doc = nlp(text);
    const spans: ScoredSpan[] = [];
    for (const { method, type } of COMPROMISE_TYPES) {
      const found = doc[method]().json({ offset: true }) as { offset?: { start: number; length: number }; terms?: unknown[] }[];
      for (const m of found) {
        if (m.offset === undefined) continue;
        let a = m.offset.start;
        let b = m.offset.start + m.offset.length;
        while (b > a && /[\s.,;:!?'"]/.test(text[b - 1] ?? '') && !ends.has(b)) b--;
        while (a < b && /\s/.test(text[a] ?? '')) a++;
        const start = starts.get(a);
        const end = ends.get(b);
        if (start !== undefined && end !== undefined && end > start) spans.push({ start, end, type });
      }
    }
    out.push(spans);
  }
  return { spans: out, tokensPerSecond: tokens / ((performance.now() - t0) / 1000) };
}

const CORRECTED_TYPES: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

/**
 * The tagger's spans after the pipeline's type corrections (src/nlp/entities/correct-entity-types.ts), scored on the
 * same gold: each document's tokens are joined by spaces, its sentences by line breaks; a corrected span that no
 * longer starts and ends on token boundaries counts as a wrong prediction. The corrections must not cost F1 here.
 */
function correctedSpans(model: NerModel, docs: readonly ConllDocument[]): ScoredSpan[][] {
  const predicted = predictConll(model, docs);
  const out: ScoredSpan[][] = [];
  let k = 0;
  for (const d of docs) {
    let text = '';
    const starts = new Map<number, [number, number]>();
    const ends = new Map<number, [number, number]>();
    const offsets: number[][] = [];
    d.sentences.forEach((s, si) => {
      if (si > 0) text += '\n';
      offsets.push(s.tokens.map((t, ti) => {
        if (ti > 0) text += ' ';
        starts.set(text.length, [si, ti]);
        const at = text.length;
        text += t;
        ends.set(text.length, [si, ti + 1]);
        return at;
      }));
    });
    const spans: TypedSpan[] = [];
    d.sentences.forEach((s, si) => {
      for (const p of predicted[k + si] ?? []) {
        const start = offsets[si]?.[p.start] ?? 0;
        const end = (offsets[si]?.[p.end - 1] ?? 0) + (s.tokens[p.end - 1]?.length ?? 0);
        const type = ({ PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' } as const)[NER_TYPES[p.typeIndex] ?? 'MISC'];
        spans.push({ start, end, text: text.slice(start, end), type, rule: 'ner' });
      }
    });
    const perSentence: ScoredSpan[][] = d.sentences.map(() => []);
    // The same first-name list the pipeline's stage gives the corrections (src/pipeline/stages/tag-entities.ts).
    for (const c of correctEntityTypes(text, spans, { isFirstName: (word) => isListedFirstName(model, word) })) {
      const a = starts.get(c.start);
      const b = ends.get(c.end);
      const type = CORRECTED_TYPES[c.type] ?? 'MISC';
      // Off token boundaries: scored as a span that matches no gold span.
      if (a === undefined || b === undefined || a[0] !== b[0]) perSentence[a?.[0] ?? b?.[0] ?? 0]?.push({ start: -1, end: -1, type });
      else perSentence[a[0]]?.push({ start: a[1], end: b[1], type });
    }
    out.push(...perSentence);
    k += d.sentences.length;
  }
  return out;
}

const loadStart = performance.now();
const model = loadNerModel({ dir: arg('model') ?? NER_MODEL_DIR });
const loadMs = performance.now() - loadStart;
const twoPass = loadNerModel({ dir: arg('model') ?? NER_MODEL_DIR, secondPass: true });
const testa = parseConll(readFileSync(dataDir('conll2003', 'eng.testa'), 'utf8'));
const testb = parseConll(readFileSync(dataDir('conll2003', 'eng.testb'), 'utf8'));
console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
const dev = evaluate(model, testa);
report('eng.testa (dev)', dev.score);
const test = evaluate(model, testb);
report('eng.testb (test)', test.score);
report('eng.testb PER/LOC/ORG only', test.peerTypes);
const slow = twoPass.pass2 === null ? test : evaluate(twoPass, testb);
const slowDev = twoPass.pass2 === null ? dev : evaluate(twoPass, testa);
if (twoPass.pass2 === null) console.log('the model has no stacked second pass (scripts/train-ner.ts --stacked): two-pass figures equal the first pass');
else report('eng.testb with the stacked second pass (loadNerModel({ secondPass: true }))', slow.score);
console.log(
  `with second pass: testa F1 ${pct(slowDev.score.overall.f1)}; ${Math.round(slow.tokensPerSecond)} tokens/s wall clock, ` +
    `${Math.round(slow.tokensPerCpuSecond)} tokens per CPU second`,
);
console.log(
  `tagging speed (testb, one thread): ${Math.round(test.tokensPerSecond)} tokens/s wall clock, ` +
    `${Math.round(test.tokensPerCpuSecond)} tokens per CPU second (load average ${loadavg()[0]?.toFixed(1)})`,
);

const correctedTest = scoreSpans(goldSpans(testb), correctedSpans(model, testb));
const correctedDev = scoreSpans(goldSpans(testa), correctedSpans(model, testa));
report('eng.testb after the pipeline\'s type corrections', correctedTest);
console.log(`after corrections: testa F1 ${pct(correctedDev.overall.f1)}`);

let compromiseF1 = 0;
let compromiseTokensPerSecond = 0;
if (!process.argv.includes('--no-peer')) {
  const peer = compromiseSpans(testb);
  const peerScore = scoreSpans(goldSpans(testb), peer.spans, PEER_TYPES);
  report('compromise on eng.testb PER/LOC/ORG', peerScore);
  compromiseF1 = peerScore.overall.f1;
  compromiseTokensPerSecond = peer.tokensPerSecond;
  console.log(`compromise speed: ${Math.round(peer.tokensPerSecond)} tokens/s`);
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
printMetrics({
  f1: r4(test.score.overall.f1),
  precision: r4(test.score.overall.precision),
  recall: r4(test.score.overall.recall),
  f1Testa: r4(dev.score.overall.f1),
  f1Per: r4(test.score.byType['PER']?.f1 ?? 0),
  f1Org: r4(test.score.byType['ORG']?.f1 ?? 0),
  f1Loc: r4(test.score.byType['LOC']?.f1 ?? 0),
  f1Misc: r4(test.score.byType['MISC']?.f1 ?? 0),
  f1PerLocOrg: r4(test.peerTypes.overall.f1),
  compromiseF1: r4(compromiseF1),
  tokensPerSecond: Math.round(test.tokensPerSecond),
  tokensPerCpuSecond: Math.round(test.tokensPerCpuSecond),
  f1TwoPass: r4(slow.score.overall.f1),
  f1TestaTwoPass: r4(slowDev.score.overall.f1),
  tokensPerCpuSecondTwoPass: Math.round(slow.tokensPerCpuSecond),
  compromiseTokensPerSecond: Math.round(compromiseTokensPerSecond),
  modelLoadMs: Math.round(loadMs),
  f1Corrected: r4(correctedTest.overall.f1),
  f1TestaCorrected: r4(correctedDev.overall.f1),
});
