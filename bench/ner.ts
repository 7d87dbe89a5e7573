// NER speed on one core: model load time and tagging tokens/s over CoNLL eng.testb (pre-tokenized, and raw text
// through tagText), against the `compromise` library's people/places/organizations on the same text, same run.
// Usage: node --import tsx bench/ner.ts
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { dataDir } from '../scripts/lib/data.ts';
import { parseConll } from '../src/nlp/ner/conll.ts';
import { predictConll } from '../src/nlp/ner/evaluate.ts';
import { loadNerModel } from '../src/nlp/ner/load-ner-model.ts';
import { tagText } from '../src/nlp/ner/tag-entities.ts';

export interface NerBenchResult {
  readonly loadMs: number;
  /** Wall clock: on a shared machine this includes time other processes held the core. */
  readonly tokensPerSecond: number;
  /** Per second of this process's CPU time: the tagger's own cost on one core. */
  readonly tokensPerCpuSecond: number;
  readonly textTokensPerSecond: number;
  /** With the stacked second pass (loadNerModel({ secondPass: true })), per CPU second. */
  readonly twoPassTokensPerCpuSecond: number;
  readonly compromiseTokensPerSecond: number;
  readonly ratio: number;
}

// Enough repetitions of testb (~46k tokens) that timer noise and JIT warm-up stay small against the total.
const ROUNDS = 3;

export async function run(): Promise<NerBenchResult> {
  const t0 = performance.now();
  const model = loadNerModel();
  const loadMs = performance.now() - t0;
  const docs = parseConll(readFileSync(dataDir('conll2003', 'eng.testb'), 'utf8'));
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
  predictConll(model, docs.slice(0, 20)); // warm-up
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) predictConll(model, docs);
  const cpu = process.cpuUsage(c1);
  const tokensPerSecond = (tokens * ROUNDS) / ((performance.now() - t1) / 1000);
  const tokensPerCpuSecond = (tokens * ROUNDS) / ((cpu.user + cpu.system) / 1e6);

  const slow = loadNerModel({ secondPass: true });
  predictConll(slow, docs.slice(0, 20));
  const c2 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) predictConll(slow, docs);
  const slowCpu = process.cpuUsage(c2);
  const twoPassTokensPerCpuSecond = (tokens * ROUNDS) / ((slowCpu.user + slowCpu.system) / 1e6);

  const texts = docs.map((d) => d.sentences.map((s) => s.tokens.join(' ')).join('\n'));
  const t2 = performance.now();
  for (const text of texts) tagText(model, text);
  const textTokensPerSecond = tokens / ((performance.now() - t2) / 1000);

  // compromise is far slower; one pass over a third of the documents is enough for a stable figure.
  const sample = texts.slice(0, Math.ceil(texts.length / 3));
  const sampleTokens = docs.slice(0, sample.length).reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
  const t3 = performance.now();
  for (const text of sample) {
    const doc = nlp(text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  }
  const compromiseTokensPerSecond = sampleTokens / ((performance.now() - t3) / 1000);
  return { loadMs, tokensPerSecond, tokensPerCpuSecond, textTokensPerSecond, twoPassTokensPerCpuSecond, compromiseTokensPerSecond, ratio: tokensPerSecond / compromiseTokensPerSecond };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await run();
  console.log(`model load: ${r.loadMs.toFixed(0)} ms`);
  console.log(`tagging (pre-tokenized CoNLL): ${Math.round(r.tokensPerSecond)} tokens/s wall, ${Math.round(r.tokensPerCpuSecond)} tokens per CPU second`);
  console.log(`with second pass: ${Math.round(r.twoPassTokensPerCpuSecond)} tokens per CPU second`);
  console.log(`tagText (tokenize + split + tag): ${Math.round(r.textTokensPerSecond)} tokens/s`);
  console.log(`compromise people/places/organizations: ${Math.round(r.compromiseTokensPerSecond)} tokens/s`);
  console.log(`ratio crosscheck/compromise: ${r.ratio.toFixed(1)}x`);
  console.log(JSON.stringify({ ...r, loadMs: Math.round(r.loadMs), tokensPerSecond: Math.round(r.tokensPerSecond) }));
}
