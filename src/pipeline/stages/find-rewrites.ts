import type { RewritePair, Story } from '../../model/story.ts';
import { collapseCopies, type CopyLink } from '../../cluster/collapse-copies.ts';
import { orderPair } from '../../cluster/order-pair.ts';
import { parseDay } from '../../cluster/parse-day.ts';
import { MIN_CONTENT_WORDS, type AlignmentSpace } from '../../summary/sentence-alignment.ts';
import { distinctSorted } from '../../lib/sorted-arrays.ts';
import { shareInside } from '../../lib/share-inside.ts';
import { cosine } from '../../summary/sentence-vectors.ts';

// Two sentences are one sentence respun when the statement aligner is at least this sure they state the same fact: a
// spin keeps its source's skeleton, and on both spun test articles (a synonym-swapped AFP seed, a hand-spun NYT report)
// 88-96 % of the copy's narrative sentences pair at 0.7 and above; two outlets' own sentences about one fact seldom
// do (basil-dev, 150 reports: at most 28 % of a report's narrative sentences; at the claim threshold 0.3, up to 57 %).
// Tried 0.6 (2026-12-06): basil-dev still none (at most 38 %), DUC's AP write-thrus (one outlet's successive versions
// of a story) 23 pairs instead of 18 (the old Dice rule: 28, holding all but one of them); kept 0.7 for its wider margin.
const SAME_SENTENCE = 0.7;
// Half the copy's narrative sentences restated one-to-one: the old rule's share, and far from both sides (spins 0.88+,
// independent reports 0.28 at most on basil-dev, 0.04 on the samples).
const REWRITE_SHARE = 0.5;
// One restated sentence proves nothing: two reports may share one sentence of a press release.
const MIN_RESTATED = 2;
// A sentence more than half inside direct quotes is the speaker's, not the writer's: independent reports run the same
// statement or wire quote (Fox and HuffPost quoting Arpaio's and Perry's press statements), so quotes never count.
const MAX_QUOTED_SHARE = 0.5;
// Sentence alignment is only tried when this share of one side's narrative terms (stems) appears in the other: the
// hand-spun NYT copy shares 0.62, the synonym-swapped sample 0.94, and in a 200-article DUC story the 23 copies found
// at 0.4 all share 0.72 or more, while 0.5 instead of 0.4 leaves 75 of 191 report pairs to align (less than half the time).
const PREFILTER_COVERAGE = 0.5;
// Sentences sharing fewer content terms are not asked: on the samples with a spun copy, the hand-spun NYT report and
// its outlets, basil-dev and a 200-article DUC story, no pair the aligner puts at SAME_SENTENCE or above shares fewer
// (and the claims ask no pair sharing fewer either), while this halves the pairs asked.
const MIN_SHARED_TERMS = 2;
// Sentence pairs below this tf-idf cosine (the story's idf) are not asked: a spin swaps words for synonyms, so its
// restated pairs can share few, yet on the spun test copies only 3 of their 58 pairs at SAME_SENTENCE fall below it
// (the copies stay far above REWRITE_SHARE), none of the 670 in the brief bench's 200-article DUC story do, and it skips
// 57 % of the aligner's work there (10,055 pairs asked; 0.25 would lose 6 of the 58).
const MIN_SENTENCE_COSINE = 0.15;
// Each report is aligned with at most this many others, those sharing the most terms: a copy has one original, and it
// is among them; this bounds the aligner's work on a 200-article story.
const MAX_PARTNERS = 3;

const EMPTY: ReadonlyMap<string, number> = new Map();

interface Doc {
  readonly id: string;
  readonly index: number;
  readonly day: number | undefined;
  /** Space indices of the narrative sentences long enough to compare. */
  readonly narrative: readonly number[];
  /** Its narrative sentences' terms as ids, distinct and ascending (overlap is a merge of two arrays). */
  readonly terms: Uint32Array;
  readonly words: number;
  /**
   * Term → its narrative sentences having it (ascending), built on first use: a sentence's partners are looked up in
   * the other report's terms alone, not in the story's postings, where a common term lists thousands of sentences.
   */
  readonly postings: () => ReadonlyMap<string, readonly number[]>;
}

/**
 * Story stage: which reports are rewrites of another (a content farm's spin: synonyms swapped, sentences reordered or
 * dropped, quotes altered). A rewrite restates most of its original's narrative sentences one by one, each judged by
 * the statement aligner (src/align) as every other "same statement?" question of the brief; quotes are left out, since
 * independent reports share them. Cheap tests first: only pairs of reports sharing many terms are aligned, and only
 * sentence pairs sharing a term are asked. Returns the story with its rewrites and the origins they leave.
 */
export function findRewrites(story: Story, space: AlignmentSpace): Story {
  const docs = narrativeDocs(story, space);
  const copied = new Set(story.duplicates.map((d) => pairKey(d.original, d.copy)));
  const rewrites: RewritePair[] = [];
  for (const [a, b] of candidatePairs(docs)) {
    if (copied.has(pairKey(a.id, b.id))) continue;
    const found = rewriteOf(a, b, space);
    if (found) rewrites.push(found);
  }
  rewrites.sort((x, y) => x.copy.localeCompare(y.copy) || x.original.localeCompare(y.original));
  const links: CopyLink[] = [...story.duplicates, ...rewrites];
  return { ...story, rewrites, origins: collapseCopies(story.articles.map((a) => a.id), links) };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function narrativeDocs(story: Story, space: AlignmentSpace): Doc[] {
  const quotes = new Map(story.articles.map((a) => [a.id, a.quotes.filter((q) => q.direct)]));
  const byDoc = new Map<string, number[]>();
  space.sentences.forEach((s, i) => {
    if (s.terms.content.length < MIN_CONTENT_WORDS) return;
    if (shareInside(s, quotes.get(s.docId) ?? []) > MAX_QUOTED_SHARE) return;
    const list = byDoc.get(s.docId);
    if (list) list.push(i);
    else byDoc.set(s.docId, [i]);
  });
  const termIds = new Map<string, number>();
  return story.articles.map((a, index) => {
    const narrative = byDoc.get(a.id) ?? [];
    const terms: number[] = [];
    let words = 0;
    for (const i of narrative) {
      for (const t of space.vectors[i]?.keys() ?? []) {
        let id = termIds.get(t);
        if (id === undefined) termIds.set(t, (id = termIds.size));
        terms.push(id);
      }
      words += space.sentences[i]?.words ?? 0;
    }
    let postings: Map<string, number[]> | undefined;
    const postingsOf = (): ReadonlyMap<string, readonly number[]> => {
      if (postings) return postings;
      postings = new Map();
      for (const i of narrative) {
        for (const t of space.vectors[i]?.keys() ?? []) {
          const list = postings.get(t);
          if (list) list.push(i);
          else postings.set(t, [i]);
        }
      }
      return postings;
    };
    return { id: a.id, index, day: parseDay(a.published), narrative, terms: distinctSorted(Uint32Array.from(terms)), words, postings: postingsOf };
  });
}

/**
 * The larger of the two shares of one side's terms that the other has too; `marked` flags the terms of `a` (by id), so
 * the count is one lookup per term of `b` (every pair of a 200-article story's reports is asked: ~20,000 pairs).
 */
function coverage(a: Doc, b: Doc, marked: Uint8Array): number {
  const smaller = Math.min(a.terms.length, b.terms.length);
  if (smaller === 0) return 0;
  let shared = 0;
  for (let k = 0; k < b.terms.length; k++) shared += marked[b.terms[k] ?? 0] ?? 0;
  return shared / smaller;
}

/** Pairs of reports (in story order) passing the term pre-filter, each report with its MAX_PARTNERS best partners. */
function candidatePairs(docs: readonly Doc[]): [Doc, Doc][] {
  const partners = docs.map(() => [] as { other: number; shared: number }[]);
  let terms = 0;
  for (const d of docs) terms = Math.max(terms, (d.terms[d.terms.length - 1] ?? -1) + 1);
  const marked = new Uint8Array(terms);
  docs.forEach((a, i) => {
    for (const t of a.terms) marked[t] = 1;
    for (let j = i + 1; j < docs.length; j++) {
      const b = docs[j];
      // One id twice (a report given twice) is no pair; copies among different ids are duplicates, found by clustering.
      if (!b || a.id === b.id || a.narrative.length === 0 || b.narrative.length === 0) continue;
      const shared = coverage(a, b, marked);
      if (shared < PREFILTER_COVERAGE) continue;
      partners[i]?.push({ other: j, shared });
      partners[j]?.push({ other: i, shared });
    }
    for (const t of a.terms) marked[t] = 0;
  });
  const chosen = new Set<string>();
  partners.forEach((list, i) => {
    list.sort((x, y) => y.shared - x.shared || x.other - y.other);
    for (const p of list.slice(0, MAX_PARTNERS)) chosen.add(`${Math.min(i, p.other)},${Math.max(i, p.other)}`);
  });
  return [...chosen]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .flatMap(([i, j]) => {
      const a = docs[i];
      const b = docs[j];
      return a && b ? [[a, b] as [Doc, Doc]] : [];
    });
}

/**
 * Narrative sentences of `a` and `b` that restate each other, one-to-one (most sure first; order ignored, so reordered
 * sentences still pair), and the rewrite they make, if any: direction by date, then the more restated side is the copy.
 */
function rewriteOf(x: Doc, y: Doc, space: AlignmentSpace): RewritePair | undefined {
  // The shorter side's sentences are walked: fewer to ask, and the bound below stops sooner.
  const [a, b] = x.narrative.length <= y.narrative.length ? [x, y] : [y, x];
  const postings = b.postings();
  // Whichever side is the copy, it needs REWRITE_SHARE of its sentences restated, so at least this many pairs.
  const needed = Math.max(MIN_RESTATED, REWRITE_SHARE * a.narrative.length);
  const pairs: { i: number; j: number; p: number }[] = [];
  let withPartner = 0;
  a.narrative.forEach((i, k) => {
    // Once even every remaining sentence restated could not reach `needed`, the pair is no rewrite: stop asking.
    if (withPartner + (a.narrative.length - k) < needed) return;
    const shared = new Map<number, number>();
    for (const term of space.vectors[i]?.keys() ?? []) {
      for (const j of postings.get(term) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let found = false;
    // forEach, not for…of over entries: in the first brief of a process this runs before it is optimized, where each
    // entry was an array plus an iterator result (~4 MB of garbage in a 200-article brief).
    shared.forEach((n, j) => {
      if (n < MIN_SHARED_TERMS) return;
      if (cosine(space.vectors[i] ?? EMPTY, space.vectors[j] ?? EMPTY) < MIN_SENTENCE_COSINE) return;
      const p = space.compare(space.viewOf(i), space.viewOf(j)).probability;
      if (p < SAME_SENTENCE) return;
      pairs.push({ i, j, p });
      found = true;
    });
    if (found) withPartner++;
  });
  if (pairs.length < MIN_RESTATED) return undefined;
  pairs.sort((u, v) => v.p - u.p || u.i - v.i || u.j - v.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const { i, j } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
  }
  const restated = usedA.size;
  const side = (d: Doc) => ({
    id: d.id,
    ...(d.day !== undefined ? { day: d.day } : {}),
    coveredByOther: restated / d.narrative.length,
    wordCount: d.words,
    seq: d.index,
  });
  const order = orderPair(side(a), side(b));
  const copy = order.copy === a.id ? a : b;
  const score = restated / copy.narrative.length;
  if (restated < MIN_RESTATED || score < REWRITE_SHARE) return undefined;
  return { original: order.original, copy: order.copy, score: Math.round(score * 100) / 100 };
}
