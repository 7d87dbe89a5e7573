import { hashStr } from './hash.ts';
import { KeyTableBuilder, wordHash1, wordHash2, type KeyTable } from './key-table.ts';

// Cluster path prefix lengths used as features: coarse to fine, as in Miller et al. (2004) / Ratinov & Roth.
export const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;

/**
 * What the training text says about single words, as one hashed table (key-table.ts) so a model loads it by reading:
 * how each word key is usually cased mid-sentence, and its distributional cluster, whose path prefixes are stored
 * already hashed (the features use nothing else of a path).
 */
export interface WordLexicon {
  /**
   * Word key → value: bits 0-23 cluster index + 1 (0 = no cluster), bits 24-31 case bucket + 1 (0 = never seen
   * mid-sentence). See `clusterOf` and `caseBucketOf`.
   */
  readonly table: KeyTable;
  /** Per cluster, `CLUSTER_PREFIXES.length` hashes of its path cut at each prefix length. */
  readonly clusterPrefixes: Uint32Array;
  readonly clusterCount: number;
}

/**
 * From the training-time Maps: case buckets (see `caseLexiconFrom`) and cluster paths by word key. Clusters are
 * numbered by sorted path, so the same inputs give the same bytes.
 */
export function buildWordLexicon(caseLexicon: ReadonlyMap<string, number>, clusters: ReadonlyMap<string, string>): WordLexicon {
  const paths = [...new Set(clusters.values())].filter((p) => p !== '').sort();
  if (paths.length >= 1 << CASE_SHIFT) throw new RangeError(`word lexicon: ${paths.length} clusters, at most ${(1 << CASE_SHIFT) - 1}`);
  const pathIndex = new Map(paths.map((p, i) => [p, i]));
  const b = new KeyTableBuilder();
  for (const [word, path] of clusters) {
    const i = pathIndex.get(path);
    if (i !== undefined) b.put(word, [wordHash1(word), wordHash2(word)], i + 1);
  }
  for (const [word, bucket] of caseLexicon) b.put(word, [wordHash1(word), wordHash2(word)], (bucket + 1) << CASE_SHIFT);
  const clusterPrefixes = new Uint32Array(paths.length * CLUSTER_PREFIXES.length);
  paths.forEach((p, i) => clusterPrefixes.set(prefixHashes(p), i * CLUSTER_PREFIXES.length));
  return { table: b.build(), clusterPrefixes, clusterCount: paths.length };
}

const CASE_SHIFT = 24;

/** Cluster index + 1 of a word's table value (0 = none). */
export function clusterOf(value: number): number {
  return value & ((1 << CASE_SHIFT) - 1);
}

/** Case bucket + 1 of a word's table value (0 = never seen mid-sentence). */
export function caseBucketOf(value: number): number {
  return value >>> CASE_SHIFT;
}

/** Hashes of a cluster path cut at `CLUSTER_PREFIXES`. */
function prefixHashes(path: string): number[] {
  return CLUSTER_PREFIXES.map((k) => hashStr(0, path.slice(0, k)));
}
