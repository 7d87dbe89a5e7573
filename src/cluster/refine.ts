import type { WeightedTerm } from './article-vector.ts';
import type { CopyLink } from './collapse-copies.ts';

/**
 * Batch refinement of a single-pass clustering, and the topic level above it. Both work on sparse sums of article
 * unit vectors (centroids) and find candidates through an inverted index over centroid terms, so the cost per item is
 * bounded by the candidate budget, not by the number of stories.
 */

type Sparse = Map<number, number>;

interface Group {
  /** Articles that are copies of one another move together (a copy belongs wherever its original is). */
  readonly articleIds: string[];
  readonly vector: Sparse;
  /** Publication days of the members that have one. */
  readonly days: number[];
  story: number;
}

interface Cluster {
  readonly sum: Sparse;
  norm: number;
  groups: Set<number>;
  /** Day → members published that day. */
  readonly days: Map<number, number>;
}

export interface RefineOptions {
  /** Cosine (group → leave-one-out centroid) below which a group leaves its story to start its own. */
  readonly joinThreshold: number;
  /** Centroid cosine at which two stories are merged after re-assignment. */
  readonly storyMergeThreshold: number;
  /** Re-assignment rounds. */
  readonly rounds: number;
  /** Candidate clusters scored per item, taken by weighted term overlap. */
  readonly maxCandidates: number;
  /** Share of a score that time distance may take off (as in the stream), and its scale in days. */
  readonly timeWeight: number;
  readonly timeScaleDays: number;
  /** A story whose nearest dated member is further away than this takes no article (the stream's time window). */
  readonly windowDays: number;
}

/** Days from `day` to the nearest member day of a story, not counting `without` (the group's own days). */
function nearestDay(days: ReadonlyMap<number, number>, day: number, without: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const [d, n] of days) {
    let left = n;
    for (const w of without) if (w === d) left--;
    if (left <= 0) continue;
    const dist = Math.abs(d - day);
    if (best === undefined || dist < best) best = dist;
  }
  return best;
}

// Postings walked per item when gathering candidates (rare terms first), as in the streaming pass.
const POSTING_BUDGET = 4000;

function addInto(target: Sparse, v: ReadonlyMap<number, number>, sign: number): void {
  for (const [k, w] of v) {
    const next = (target.get(k) ?? 0) + sign * w;
    if (Math.abs(next) < 1e-12) target.delete(k);
    else target.set(k, next);
  }
}

/** |c ± v| from |c| touching only v's terms, so a move costs the size of the group, not of the story. */
function shiftedNorm(c: { readonly sum: ReadonlyMap<number, number>; readonly norm: number }, v: ReadonlyMap<number, number>, sign: number): number {
  let sq = c.norm * c.norm;
  for (const [k, w] of v) {
    const old = c.sum.get(k) ?? 0;
    const next = old + sign * w;
    sq += next * next - old * old;
  }
  return Math.sqrt(Math.max(0, sq));
}

function normOf(v: ReadonlyMap<number, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

function dot(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const u = large.get(k);
    if (u !== undefined) s += w * u;
  }
  return s;
}

class Index {
  private readonly postings = new Map<number, Set<number>>();
  add(key: number, id: number): void {
    const p = this.postings.get(key);
    if (p) p.add(id);
    else this.postings.set(key, new Set([id]));
  }
  remove(key: number, id: number): void {
    const p = this.postings.get(key);
    p?.delete(id);
    if (p && p.size === 0) this.postings.delete(key);
  }
  /** Ids sharing the heaviest terms of `v`, by summed weight of shared terms, at most `k`. */
  candidates(v: ReadonlyMap<number, number>, k: number): number[] {
    const terms = [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const overlap = new Map<number, number>();
    let walked = 0;
    for (const [key, w] of terms) {
      const p = this.postings.get(key);
      if (!p || walked + p.size > POSTING_BUDGET) continue;
      walked += p.size;
      for (const id of p) overlap.set(id, (overlap.get(id) ?? 0) + w);
    }
    return [...overlap].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map((e) => e[0]);
  }
}

function toSparse(terms: readonly WeightedTerm[]): Sparse {
  const m: Sparse = new Map();
  for (const t of terms) m.set(t.key, (m.get(t.key) ?? 0) + t.weight);
  return m;
}

function unionFind(ids: readonly string[], links: readonly CopyLink[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const l of links) {
    if (!parent.has(l.original) || !parent.has(l.copy)) continue;
    const a = find(l.original);
    const b = find(l.copy);
    if (a !== b) parent.set(b, a);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

/**
 * Re-assigns each copy group to the story whose centroid (without the group itself) it is closest to, for a few
 * rounds, a group below `joinThreshold` everywhere starting a story of its own; then merges stories whose centroids
 * reach `storyMergeThreshold`. Input stories in order of their first article; output likewise, each story's articles
 * in input order.
 */
export function refineStories(
  stories: readonly (readonly string[])[],
  vectors: ReadonlyMap<string, readonly WeightedTerm[]>,
  links: readonly CopyLink[],
  order: ReadonlyMap<string, number>,
  options: RefineOptions,
  dayOf: ReadonlyMap<string, number> = new Map(),
): string[][] {
  const allIds = stories.flat();
  const root = unionFind(allIds, links);
  const groups: Group[] = [];
  const groupOf = new Map<string, number>();
  const clusters: Cluster[] = [];
  const index = new Index();
  stories.forEach((ids, s) => {
    clusters.push({ sum: new Map(), norm: 0, groups: new Set(), days: new Map() });
    for (const id of ids) {
      const r = root.get(id) ?? id;
      let g = groupOf.get(r);
      if (g === undefined) {
        g = groups.length;
        groups.push({ articleIds: [], vector: new Map(), days: [], story: s });
        groupOf.set(r, g);
      }
      const group = groups[g];
      if (!group) continue;
      group.articleIds.push(id);
      const day = dayOf.get(id);
      if (day !== undefined) group.days.push(day);
      addInto(group.vector, toSparse(vectors.get(id) ?? []), 1);
    }
  });
  for (const [g, group] of groups.entries()) {
    const c = clusters[group.story];
    if (!c) continue;
    c.groups.add(g);
    addInto(c.sum, group.vector, 1);
    for (const d of group.days) c.days.set(d, (c.days.get(d) ?? 0) + 1);
  }
  for (const [s, c] of clusters.entries()) {
    c.norm = normOf(c.sum);
    for (const k of c.sum.keys()) index.add(k, s);
  }
  const move = (g: number, to: number): void => {
    const group = groups[g];
    const from = group ? clusters[group.story] : undefined;
    const dest = clusters[to];
    if (!group || !from || !dest) return;
    const before = new Set(dest.sum.keys());
    for (const k of group.vector.keys()) if (!before.has(k)) index.add(k, to);
    dest.norm = shiftedNorm(dest, group.vector, 1);
    addInto(dest.sum, group.vector, 1);
    dest.groups.add(g);
    for (const d of group.days) dest.days.set(d, (dest.days.get(d) ?? 0) + 1);
    for (const d of group.days) {
      const n = (from.days.get(d) ?? 0) - 1;
      if (n > 0) from.days.set(d, n);
      else from.days.delete(d);
    }
    const fromId = group.story;
    from.norm = shiftedNorm(from, group.vector, -1);
    addInto(from.sum, group.vector, -1);
    for (const k of group.vector.keys()) if (!from.sum.has(k)) index.remove(k, fromId);
    from.groups.delete(g);
    group.story = to;
  };
  for (let round = 0; round < options.rounds; round++) {
    let moved = 0;
    for (const [g, group] of groups.entries()) {
      const own = clusters[group.story];
      if (!own) continue;
      const gNorm = normOf(group.vector);
      if (gNorm === 0) continue;
      const gDay = group.days.length > 0 ? Math.min(...group.days) : undefined;
      const timeFactor = (c: Cluster, own: boolean): number => {
        if (gDay === undefined) return 1;
        const dist = nearestDay(c.days, gDay, own ? group.days : []);
        if (dist === undefined) return 1;
        if (dist > options.windowDays) return 0;
        return 1 - options.timeWeight * (1 - Math.exp(-dist / options.timeScaleDays));
      };
      // Leave-one-out: a group is compared with its story as it would be without it.
      let best = group.story;
      let bestSim = 0;
      if (own.groups.size > 1) {
        // Without copying the story: g·(c−g) = g·c − |g|², |c−g|² = |c|² − 2 g·c + |g|².
        const gc = dot(group.vector, own.sum);
        const restSq = own.norm * own.norm - 2 * gc + gNorm * gNorm;
        const n = Math.sqrt(Math.max(0, restSq));
        bestSim = n < 1e-9 ? 0 : ((gc - gNorm * gNorm) / (gNorm * n)) * timeFactor(own, true);
      }
      for (const s of index.candidates(group.vector, options.maxCandidates)) {
        const c = clusters[s];
        if (s === group.story || !c || c.norm === 0) continue;
        const sim = (dot(group.vector, c.sum) / (gNorm * c.norm)) * timeFactor(c, false);
        if (sim > bestSim) {
          best = s;
          bestSim = sim;
        }
      }
      if (bestSim < options.joinThreshold) {
        if (own.groups.size === 1) continue;
        clusters.push({ sum: new Map(), norm: 0, groups: new Set(), days: new Map() });
        move(g, clusters.length - 1);
        moved++;
      } else if (best !== group.story) {
        move(g, best);
        moved++;
      }
    }
    if (moved === 0) break;
  }
  const live = clusters.map((c, i) => ({ c, i })).filter((x) => x.c.groups.size > 0);
  const merged = agglomerate(
    live.map((x) => x.c.sum),
    options.storyMergeThreshold,
    options.maxCandidates,
  );
  const out = merged.map((members) =>
    members
      .flatMap((m) => {
        const c = live[m]?.c;
        return c ? [...c.groups].flatMap((g) => groups[g]?.articleIds ?? []) : [];
      })
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  );
  return out.sort((a, b) => (order.get(a[0] ?? '') ?? 0) - (order.get(b[0] ?? '') ?? 0));
}

/**
 * Greedy centroid-linkage agglomeration: repeatedly joins the most alike pair of clusters (cosine of their summed
 * vectors) while it reaches `threshold`; candidates for each cluster come from the inverted index. Returns groups of
 * input indices.
 */
export function agglomerate(sums: readonly ReadonlyMap<number, number>[], threshold: number, maxCandidates: number): number[][] {
  const items = sums.map((s) => ({ sum: new Map(s), norm: normOf(s), members: [] as number[], alive: true }));
  items.forEach((it, i) => it.members.push(i));
  if (threshold >= 1) return items.map((it) => it.members);
  const index = new Index();
  items.forEach((it, i) => {
    for (const k of it.sum.keys()) index.add(k, i);
  });
  const cos = (a: number, b: number): number => {
    const x = items[a];
    const y = items[b];
    if (!x || !y || x.norm === 0 || y.norm === 0) return 0;
    return dot(x.sum, y.sum) / (x.norm * y.norm);
  };
  const bestOf = (i: number): { j: number; sim: number } | undefined => {
    const it = items[i];
    if (!it || !it.alive) return undefined;
    let best: { j: number; sim: number } | undefined;
    for (const j of index.candidates(it.sum, maxCandidates + 1)) {
      if (j === i || !items[j]?.alive) continue;
      const sim = cos(i, j);
      if (!best || sim > best.sim || (sim === best.sim && j < best.j)) best = { j, sim };
    }
    return best;
  };
  // A simple max-heap would be faster; the candidate sets are small, so a sorted array rebuilt lazily is enough.
  let queue: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const b = bestOf(i);
    if (b && b.sim >= threshold) queue.push({ i, j: b.j, sim: b.sim });
  }
  queue.sort((a, b) => b.sim - a.sim || a.i - b.i);
  while (queue.length > 0) {
    const top = queue.shift();
    if (!top) break;
    const a = items[top.i];
    const b = items[top.j];
    if (!a || !b || !a.alive || !b.alive) {
      const again = bestOf(top.i);
      if (again && again.sim >= threshold) insert(queue, { i: top.i, j: again.j, sim: again.sim });
      continue;
    }
    const sim = cos(top.i, top.j);
    if (Math.abs(sim - top.sim) > 1e-9) {
      if (sim >= threshold) insert(queue, { ...top, sim });
      continue;
    }
    const [keep, gone] = top.i < top.j ? [a, b] : [b, a];
    const keepIdx = top.i < top.j ? top.i : top.j;
    const goneIdx = top.i < top.j ? top.j : top.i;
    for (const k of gone.sum.keys()) index.remove(k, goneIdx);
    for (const k of gone.sum.keys()) if (!keep.sum.has(k)) index.add(k, keepIdx);
    addInto(keep.sum, gone.sum, 1);
    keep.norm = normOf(keep.sum);
    keep.members.push(...gone.members);
    gone.alive = false;
    const again = bestOf(keepIdx);
    if (again && again.sim >= threshold) insert(queue, { i: keepIdx, j: again.j, sim: again.sim });
  }
  return items.filter((it) => it.alive).map((it) => it.members.sort((x, y) => x - y));
}

function insert(queue: { i: number; j: number; sim: number }[], item: { i: number; j: number; sim: number }): void {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = queue[mid];
    if (q && (q.sim > item.sim || (q.sim === item.sim && q.i < item.i))) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, item);
}

