import { scoreMemo, type FeatureLexicons, type ScoreMemo, type WordMemo } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import { buildWeightTable, type WeightTable } from './weight-table.ts';

/**
 * A loaded tagger: first-pass weights, optional second-pass (stacked, document-level) weights, and the lexicons the
 * features consult. Load once and pass around; only its word memo changes as it tags (speed, not labels).
 */
export interface NerModel {
  readonly kind: 'crosscheck-ner';
  readonly pass1: WeightTable;
  readonly pass2: WeightTable | null;
  readonly lexicons: FeatureLexicons;
  /** Word analyses memoized across documents for `documentFeatures` (second pass, tests): speed only. */
  readonly wordMemo: WordMemo;
  /** The first-pass inference memo (`documentScores`: word analyses, pre-summed weights, rows): speed only. */
  readonly scoreMemo: ScoreMemo;
}

/** Hashes and LABEL_COUNT weights per row: float as training produces them, int16 (one global unit) when loaded. */
export interface PassWeights {
  readonly hashes: Uint32Array;
  readonly weights: Float32Array | Int16Array;
}

export function makeModel(pass1: PassWeights, pass2: PassWeights | null, lexicons: FeatureLexicons): NerModel {
  const table1 = buildWeightTable(pass1.hashes, pass1.weights, LABEL_COUNT);
  return {
    kind: 'crosscheck-ner',
    pass1: table1,
    pass2: pass2 === null ? null : buildWeightTable(pass2.hashes, pass2.weights, LABEL_COUNT),
    lexicons,
    wordMemo: new Map(),
    scoreMemo: scoreMemo(table1),
  };
}

export function isNerModel(x: unknown): x is NerModel {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'crosscheck-ner';
}
