import { round4, thresholds, type AlignOptions, type AlignmentSpace } from './sentence-alignment.ts';
import { candidatePairs, type Edge } from './candidate-pairs.ts';

export interface AlignedMember {
  readonly docId: string;
  readonly sentenceIndex: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Mean similarity of this member to the other members it is aligned with. */
  readonly similarity: number;
  /**
   * `sentence` when the member stands for its whole sentence (also the only clause of a sentence, its frame aside);
   * `clause` when it is one clause of a longer sentence, in a group of either level.
   */
  readonly level: 'sentence' | 'clause';
}

export interface AlignmentGroup {
  /** One sentence per document, in input document order. */
  readonly members: readonly AlignedMember[];
  /** Mean similarity over the aligned pairs inside the group. */
  readonly similarity: number;
  /** `align/same-fact` for whole sentences, `align/clause-same-fact` for clauses (the statement aligner's decision). */
  readonly rule: string;
  /** What the members are: whole sentences, or clauses of them. */
  readonly level: 'sentence' | 'clause';
}

/**
 * Groups sentences of different documents that state the same content. Pairs are linked best first; two groups
 * merge only if they share no document and the average similarity over all their cross pairs stays at the anchored
 * threshold or above (average linkage: a chain of weak links cannot glue unrelated statements together).
 */
export function groupAligned(space: AlignmentSpace, options: AlignOptions = {}): AlignmentGroup[] {
  const t = thresholds(options);
  return groupSentences(space, candidatePairs(space, t).edges, t.sameFact);
}

/** Sentence groups from aligned pairs (best first), as `groupAligned` makes them. */
export function groupSentences(space: AlignmentSpace, edges: readonly Edge[], minAverage: number): AlignmentGroup[] {
  const items = space.sentences.map(
    (s): AlignableItem => ({ docIndex: s.docIndex, docId: s.docId, sentenceIndex: s.sentenceIndex, text: s.text, start: s.start, end: s.end, level: 'sentence' }),
  );
  return groupItems(items, edges, minAverage, { rule: 'align/same-fact', level: 'sentence' });
}

/** What a group is made of: a sentence or a clause, with its place in its document. */
export interface AlignableItem {
  readonly docIndex: number;
  readonly docId: string;
  readonly sentenceIndex: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly level: AlignedMember['level'];
}

/**
 * Links items (indices into `items`) along edges best first; two groups merge only if they share no document and the
 * average similarity over all their cross pairs stays at `minAverage` or above (average linkage: a chain of weak
 * links cannot glue unrelated statements together). Groups of one are left out.
 */
export function groupItems(
  items: readonly AlignableItem[],
  edges: readonly Edge[],
  minAverage: number,
  kind: { readonly rule: string; readonly level: AlignmentGroup['level'] },
  missing?: (i: number, j: number) => number,
): AlignmentGroup[] {
  const groupOf = new Map<number, number>();
  const members = new Map<number, number[]>();
  const find = (x: number): number => groupOf.get(x) ?? x;
  const listOf = (g: number): number[] => members.get(g) ?? [g];
  const linkSim = new Map<string, number>();
  for (const e of edges) linkSim.set(`${e.i}:${e.j}`, e.sim);
  const simOf = (i: number, j: number): number => linkSim.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 0;

  for (const e of edges) {
    const ga = find(e.i);
    const gb = find(e.j);
    if (ga === gb) continue;
    const A = listOf(ga);
    const B = listOf(gb);
    const docsA = new Set(A.map((x) => items[x]?.docIndex));
    if (B.some((x) => docsA.has(items[x]?.docIndex))) continue;
    if (!linkageHolds(A, B, simOf, minAverage, missing)) continue;
    members.set(ga, [...A, ...B]);
    members.delete(gb);
    for (const x of B) groupOf.set(x, ga);
  }

  const groups: AlignmentGroup[] = [];
  for (const list of members.values()) {
    const sorted = [...list].sort((x, y) => x - y);
    let pairTotal = 0;
    let pairCount = 0;
    const memberOut: AlignedMember[] = sorted.map((x) => {
      let sum = 0;
      let n = 0;
      for (const y of sorted) {
        if (y === x) continue;
        const s = simOf(x, y);
        if (s > 0) {
          sum += s;
          n++;
        }
      }
      pairTotal += sum;
      pairCount += n;
      const it = items[x];
      return {
        docId: it?.docId ?? '',
        sentenceIndex: it?.sentenceIndex ?? 0,
        text: it?.text ?? '',
        start: it?.start ?? 0,
        end: it?.end ?? 0,
        similarity: round4(n > 0 ? sum / n : 0),
        level: it?.level ?? kind.level,
      };
    });
    groups.push({ members: memberOut, similarity: round4(pairCount > 0 ? pairTotal / pairCount : 0), ...kind });
  }
  return groups.sort(compareGroups);
}

/**
 * Average linkage: the mean similarity over all cross pairs of A and B reaches `minAverage`. Pairs without an edge
 * count 0, or what `missing` gives them (asked only while the pairs left could still lift the mean to the bar, and each
 * pair once).
 */
function linkageHolds(A: readonly number[], B: readonly number[], simOf: (i: number, j: number) => number, minAverage: number, missing?: (i: number, j: number) => number): boolean {
  const need = minAverage * A.length * B.length;
  let total = 0;
  const unlinked: [number, number][] = [];
  for (const x of A) {
    for (const y of B) {
      const s = simOf(x, y);
      if (s > 0) total += s;
      else unlinked.push([x, y]);
    }
  }
  if (total >= need || !missing) return total >= need;
  // A probability is at most 1: stop asking once even all the rest at 1 could not reach the bar.
  for (let k = 0; k < unlinked.length && total < need && total + (unlinked.length - k) >= need; k++) {
    const [x, y] = unlinked[k] ?? [0, 0];
    total += missing(x, y);
  }
  return total >= need;
}

/** Most widely reported first, then strongest agreement; position of the first member keeps it deterministic. */
export function compareGroups(a: AlignmentGroup, b: AlignmentGroup): number {
  return b.members.length - a.members.length || b.similarity - a.similarity || firstKey(a).localeCompare(firstKey(b));
}

function firstKey(g: AlignmentGroup): string {
  const m = g.members[0];
  return m ? `${m.docId}\u0000${String(m.sentenceIndex).padStart(6, '0')}` : '';
}
