/** Reading MSRP (../shared/data/msrp, override with CROSSCHECK_DATA) for the paraphrase scripts. */
import { readFileSync } from 'node:fs';
import { dataDir } from './lib/data.ts';
import { pairFeatures } from '../src/align/pair-features.ts';
import { statementView, type StemMemo } from '../src/align/statement-view.ts';
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

export function msrpFeatures(pairs: readonly MsrpPair[], vectors: WordVectors): number[][] {
  const stems: StemMemo = new Map();
  return pairs.map((p) => pairFeatures(statementView(p.a, vectors, stems), statementView(p.b, vectors, stems), vectors));
}
