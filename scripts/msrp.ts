/** Reading MSRP (../shared/data/msrp, override with CROSSCHECK_DATA) for the paraphrase scripts. */
import { readFileSync } from 'node:fs';
import { dataDir } from './lib/data.ts';
import { pairFeatures } from '../src/align/pair-features.ts';
import { statementView, type StatementView, type StemMemo } from '../src/align/statement-view.ts';
import type { TfKld } from '../src/align/tf-kld.ts';
import type { WordVectors } from '../src/align/word-vectors.ts';

export interface MsrpPair {
  readonly label: number;
  readonly a: string;
  readonly b: string;
}

export function readMsrp(split: 'train' | 'test'): MsrpPair[] {
  const file = dataDir('msrp', `msr_paraphrase_${split}.txt`);
  const out: MsrpPair[] = [];
  for (const line of readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)) {
    const f = line.split('\t');
    if (f.length < 5) continue;
    out.push({ label: f[0] === '1' ? 1 : 0, a: f[3] ?? '', b: f[4] ?? '' });
  }
  return out;
}

/** The aligner's views of each pair's two sentences. */
export function msrpViews(pairs: readonly MsrpPair[], vectors: WordVectors): [StatementView, StatementView][] {
  const stems: StemMemo = new Map();
  return pairs.map((p) => [statementView(p.a, vectors, stems), statementView(p.b, vectors, stems)]);
}

export function msrpFeatures(views: readonly (readonly [StatementView, StatementView])[], vectors: WordVectors, tfKld: TfKld): number[][] {
  return views.map(([a, b]) => pairFeatures(a, b, vectors, tfKld));
}
