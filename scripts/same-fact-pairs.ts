/**
 * The labelled basil-dev same-fact pairs (test/fixtures/same-fact-pairs.json) and how crosscheck's claims do on them.
 * A pair counts as joined by claims when one alignment group (a sentence or clause group of `alignStatements` over the
 * event's three articles, the groups claims are made of) has a member inside each of its two sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameFactProbability, viewOf, type StatementAligner, type StatementView } from '../src/align/index.ts';
import { alignStatements, documentFromText } from '../src/summary/index.ts';
import { CLAIM_THRESHOLD } from '../src/summary/sentence-alignment.ts';
import { basilArticlesDir, readBasilArticle, type BasilArticle } from './lib/basil-articles.ts';
import { REPO_ROOT } from './lib/data.ts';

export interface PairEnd {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  /** The first 40 characters at `start`, so a test can tell that the offsets still point at the sentence. */
  readonly snippet: string;
}

export interface SameFactPair {
  readonly event: string;
  readonly split: 'dev' | 'heldout';
  readonly a: PairEnd;
  readonly b: PairEnd;
  readonly sameFact: boolean;
}

export const SAME_FACT_PAIRS = join(REPO_ROOT, 'test', 'fixtures', 'same-fact-pairs.json');

export function readSameFactPairs(): SameFactPair[] {
  return (JSON.parse(readFileSync(SAME_FACT_PAIRS, 'utf8')) as { pairs: SameFactPair[] }).pairs;
}

export interface PairSplitScores {
  readonly pairs: number;
  readonly same: number;
  /** Of pairs joined in one claim, the share that state the same fact. */
  readonly precision: number;
  /** Of pairs that state the same fact, the share joined in one claim. */
  readonly recall: number;
  /** The aligner asked about the pair directly at the claim threshold. */
  readonly alignerPrecision: number;
  readonly alignerRecall: number;
}

/** Scores per split (dev, heldout), or the reason they cannot be computed. */
export function sameFactPairScores(aligner: StatementAligner, threshold: number = CLAIM_THRESHOLD): Record<string, PairSplitScores> | string {
  const dir = basilArticlesDir();
  if (!dir) return 'basil-dev not found under ../shared/data (set CROSSCHECK_DATA)';
  const pairs = readSameFactPairs();
  const articles = new Map<string, BasilArticle>();
  const article = (id: string): BasilArticle => {
    let a = articles.get(id);
    if (!a) articles.set(id, (a = readBasilArticle(dir, id)));
    return a;
  };
  // One alignment per event, over its three articles, as a story brief makes it.
  const joinedByEvent = new Map<string, (p: SameFactPair) => boolean>();
  const joined = (p: SameFactPair): boolean => {
    let f = joinedByEvent.get(p.event);
    if (!f) {
      const ids = [...new Set(pairs.filter((q) => q.event === p.event).flatMap((q) => [q.a.article, q.b.article]))].sort();
      const docs = ids.map((id) => documentFromText(id, article(id).text, article(id).published));
      const aligned = alignStatements(docs, { aligner, sameFact: threshold });
      const groups = [...aligned.sentences, ...aligned.clauses];
      const inside = (m: { docId: string; start: number; end: number }, e: PairEnd): boolean =>
        m.docId === e.article && m.start < e.end && e.start < m.end;
      joinedByEvent.set(p.event, (f = (q) => groups.some((g) => g.members.some((m) => inside(m, q.a)) && g.members.some((m) => inside(m, q.b)))));
    }
    return f(p);
  };
  const out: Record<string, PairSplitScores> = {};
  for (const split of ['dev', 'heldout'] as const) {
    const these = pairs.filter((p) => p.split === split);
    const claimed = these.map(joined);
    const direct = these.map((p) => {
      const view = (e: PairEnd): StatementView => viewOf(aligner, article(e.article).text.slice(e.start, e.end));
      return sameFactProbability(aligner, view(p.a), view(p.b)) >= threshold;
    });
    const gold = these.map((p) => p.sameFact);
    out[split] = {
      pairs: these.length,
      same: gold.filter(Boolean).length,
      ...pr(claimed, gold),
      ...Object.fromEntries(Object.entries(pr(direct, gold)).map(([k, v]) => [`aligner${k[0]?.toUpperCase()}${k.slice(1)}`, v])),
    } as PairSplitScores;
  }
  return out;
}

function pr(predicted: readonly boolean[], gold: readonly boolean[]): { precision: number; recall: number } {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}
