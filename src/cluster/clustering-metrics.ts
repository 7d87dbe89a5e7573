export interface ClusteringScores {
  readonly b3Precision: number;
  readonly b3Recall: number;
  readonly b3F1: number;
  readonly pairPrecision: number;
  readonly pairRecall: number;
  readonly pairF1: number;
  readonly items: number;
  readonly predictedClusters: number;
  readonly goldClusters: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * B³ (per item: share of its predicted cluster that is gold-correct, and of its gold cluster that was found) and
 * pairwise precision/recall over the items present in both labelings. `predicted` and `gold` map item → cluster.
 */
export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScores {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  const group = (labels: ReadonlyMap<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const id of items) {
      const c = labels.get(id) ?? '';
      const list = out.get(c);
      if (list) list.push(id);
      else out.set(c, [id]);
    }
    return out;
  };
  const pred = group(predicted);
  const gld = group(gold);
  // Overlap counts between predicted cluster p and gold cluster g.
  const joint = new Map<string, number>();
  for (const id of items) {
    const key = `${predicted.get(id)}\u0000${gold.get(id)}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const id of items) {
    const pc = predicted.get(id) ?? '';
    const gc = gold.get(id) ?? '';
    const both = joint.get(`${pc}\u0000${gc}`) ?? 0;
    p += both / (pred.get(pc)?.length ?? 1);
    r += both / (gld.get(gc)?.length ?? 1);
  }
  const n = items.length;
  const pairs = (sizes: Iterable<number>): number => [...sizes].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const truePairs = pairs(joint.values());
  const predPairs = pairs([...pred.values()].map((l) => l.length));
  const goldPairs = pairs([...gld.values()].map((l) => l.length));
  const b3Precision = n === 0 ? 0 : p / n;
  const b3Recall = n === 0 ? 0 : r / n;
  const pairPrecision = predPairs === 0 ? 1 : truePairs / predPairs;
  const pairRecall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return {
    b3Precision,
    b3Recall,
    b3F1: f1(b3Precision, b3Recall),
    pairPrecision,
    pairRecall,
    pairF1: f1(pairPrecision, pairRecall),
    items: n,
    predictedClusters: pred.size,
    goldClusters: gld.size,
  };
}
