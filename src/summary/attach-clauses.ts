import { compareGroups, type AlignedMember, type AlignmentGroup } from './group-aligned.ts';

export interface AttachedGroups {
  readonly sentences: readonly AlignmentGroup[];
  readonly clauses: readonly AlignmentGroup[];
}

/**
 * A clause group with a member that is a whole sentence of a sentence group states that group's fact: its other
 * members join the sentence group (with their own level and spans) instead of making a second, smaller claim of the
 * same fact, so the fact's source count is complete. A clause group that would bring a second passage of
 * a document already in the sentence group, or that touches two sentence groups, stays on its own.
 * `docOrder` (document id → input position) keeps members in document order.
 */
export function attachClauseGroups(
  sentences: readonly AlignmentGroup[],
  clauses: readonly AlignmentGroup[],
  docOrder: ReadonlyMap<string, number>,
): AttachedGroups {
  const out = [...sentences];
  const groupOf = new Map<string, number>();
  out.forEach((g, k) => {
    for (const m of g.members) groupOf.set(keyOf(m), k);
  });
  const kept: AlignmentGroup[] = [];
  for (const c of clauses) {
    const targets = new Set<number>();
    for (const m of c.members) {
      const k = groupOf.get(keyOf(m));
      if (m.level === 'sentence' && k !== undefined) targets.add(k);
    }
    const [target] = targets;
    const g = target === undefined ? undefined : out[target];
    if (targets.size !== 1 || target === undefined || !g) {
      kept.push(c);
      continue;
    }
    const inGroup = new Map(g.members.map((m) => [m.docId, keyOf(m)]));
    // Members from documents the group already has must be that very sentence; anything else is a second passage.
    if (c.members.some((m) => inGroup.has(m.docId) && inGroup.get(m.docId) !== keyOf(m))) {
      kept.push(c);
      continue;
    }
    const joining = c.members.filter((m) => !inGroup.has(m.docId));
    const members = [...g.members, ...joining].sort(
      (a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.start - b.start,
    );
    out[target] = { ...g, members };
    for (const m of joining) groupOf.set(keyOf(m), target);
  }
  return { sentences: out.sort(compareGroups), clauses: kept };
}

function keyOf(m: AlignedMember): string {
  return `${m.docId}:${m.sentenceIndex}`;
}
