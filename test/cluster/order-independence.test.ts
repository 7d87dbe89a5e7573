// Order and batch independence, as properties on real text: the same articles in any order, and arriving in any
// split into batches (through `ingest`, one file at a time or in random batches), give the same stories; articles of
// other events cannot change a story they never join. Real text: the bundled samples, basil-dev and DUC 2004 when
// ../shared/data is there (those tests skip with the reason otherwise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import type { ClusterInput, ClusterResult } from '../../src/cluster/types.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadResources } from '../../src/pipeline/resources.ts';
import { ingestArticles } from '../../src/service/ingest.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const REPO = join(import.meta.dirname, '..', '..');
const DATA = process.env['CROSSCHECK_DATA'] ?? join(REPO, '..', 'shared', 'data');
const BASIL = join(DATA, 'basil-dev', 'articles');
const DUC = join(DATA, 'duc2004', 'duc2004_task2.jsonl');
const noBasil = existsSync(BASIL) ? false : `basil-dev not found at ${BASIL} (set CROSSCHECK_DATA)`;
const noDuc = existsSync(DUC) ? false : `DUC 2004 not found at ${DUC} (set CROSSCHECK_DATA)`;

interface Labeled extends ClusterInput {
  readonly event: string;
}

function loadSamples(): Labeled[] {
  const dir = join(REPO, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      const first = lines.findIndex((l) => l.trim() !== '');
      return { id: f.replace(/\.txt$/, ''), published: '2022-01-10', title: lines[first] ?? '', text: lines.slice(first + 1).join('\n'), event: 'geneva' };
    });
}

function loadBasil(): Labeled[] {
  return readdirSync(BASIL)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const rec = JSON.parse(readFileSync(join(BASIL, f), 'utf8')) as { title?: string; date?: string; 'triplet-uuid': string; 'body-paragraphs'?: string[][] };
      const text = (rec['body-paragraphs'] ?? []).map((p) => p.join(' ')).join('\n\n');
      return { id: f.replace(/\.json$/, ''), title: rec.title ?? '', text, ...(rec.date ? { published: rec.date } : {}), event: rec['triplet-uuid'] };
    });
}

function loadDuc(): Labeled[] {
  const out: Labeled[] = [];
  for (const line of readFileSync(DUC, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { cluster: string; docs: { local_id: string; doc_id: string | null; text: string }[] };
    for (const d of rec.docs) {
      const m = /^[A-Z]+(\d{4})(\d{2})(\d{2})/.exec(d.doc_id ?? '');
      if (!d.text.trim()) continue;
      out.push({ id: `${rec.cluster}/${d.local_id}`, title: '', text: d.text, ...(m ? { published: `${m[1]}-${m[2]}-${m[3]}` } : {}), event: rec.cluster });
    }
  }
  return out;
}

/** Stories as a canonical partition: each story's sorted ids, stories sorted. */
function partition(stories: readonly (readonly string[])[]): string[][] {
  return stories.map((ids) => [...ids].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

function storiesOf(result: ClusterResult): string[][] {
  return partition(result.stories.map((s) => s.articleIds));
}

/** Events (gold groups) drawn from a corpus: fast-check picks which ones and how many. */
function eventsArbitrary(corpus: readonly Labeled[], min: number, max: number): fc.Arbitrary<Labeled[]> {
  const events = [...new Set(corpus.map((a) => a.event))];
  return fc.uniqueArray(fc.constantFrom(...events), { minLength: min, maxLength: max }).map((picked) => {
    const keep = new Set(picked);
    return corpus.filter((a) => keep.has(a.event));
  });
}

/** Any order of `articles` (a permutation drawn by fast-check). */
function permutation<T>(articles: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...articles], { minLength: articles.length, maxLength: articles.length });
}

function assertOrderFree(articles: readonly Labeled[], orders: readonly (readonly Labeled[])[]): void {
  const reference = clusterArticles(articles);
  for (const order of orders) {
    const result = clusterArticles(order);
    assert.deepEqual(storiesOf(result), storiesOf(reference));
    assert.deepEqual(result.stories.map((s) => s.id).sort(), reference.stories.map((s) => s.id).sort(), 'story ids follow the set, not the order');
    assert.deepEqual(
      partition((result.topics ?? []).map((t) => t.storyIds)),
      partition((reference.topics ?? []).map((t) => t.storyIds)),
    );
  }
}

test('samples: any order gives the same stories, ids and topics', () => {
  const samples = loadSamples();
  fc.assert(
    fc.property(permutation(samples), (order) => assertOrderFree(samples, [order])),
    { numRuns: 20 },
  );
});

test('basil-dev: any order of any few events gives the same stories', { skip: noBasil }, () => {
  const basil = loadBasil();
  const arb = eventsArbitrary(basil, 2, 8).chain((articles) => fc.tuple(fc.constant(articles), permutation(articles)));
  fc.assert(
    fc.property(arb, ([articles, order]) => assertOrderFree(articles, [order])),
    { numRuns: 25 },
  );
});

test('DUC 2004: any order of a few clusters (same-subject ones included) gives the same stories', { skip: noDuc }, () => {
  const duc = loadDuc();
  const arb = eventsArbitrary(duc, 2, 5).chain((articles) => fc.tuple(fc.constant(articles), permutation(articles)));
  fc.assert(
    fc.property(arb, ([articles, order]) => assertOrderFree(articles, [order])),
    { numRuns: 10 },
  );
});

/**
 * Adding other news cannot change a story it does not join: when no story of the union mixes the two sets, the
 * first set's stories are exactly those it has alone.
 */
function assertUnrelatedChangeNothing(mine: readonly Labeled[], others: readonly Labeled[]): void {
  const mineIds = new Set(mine.map((a) => a.id));
  const together = clusterArticles([...mine, ...others]);
  const mixed = together.stories.some((s) => s.articleIds.some((id) => mineIds.has(id)) && s.articleIds.some((id) => !mineIds.has(id)));
  fc.pre(!mixed);
  const alone = storiesOf(clusterArticles(mine));
  const inUnion = partition(together.stories.filter((s) => s.articleIds.some((id) => mineIds.has(id))).map((s) => s.articleIds));
  assert.deepEqual(inUnion, alone);
}

test('samples with basil-dev events added: the Geneva story does not change', { skip: noBasil }, () => {
  const samples = loadSamples();
  const basil = loadBasil();
  fc.assert(
    fc.property(eventsArbitrary(basil, 1, 12), (others) => assertUnrelatedChangeNothing(samples, others)),
    { numRuns: 15 },
  );
});

test('basil-dev: events added to other events do not change their stories', { skip: noBasil }, () => {
  const basil = loadBasil();
  const arb = eventsArbitrary(basil, 2, 12).chain((articles) => {
    const events = [...new Set(articles.map((a) => a.event))];
    return fc.subarray(events, { minLength: 1, maxLength: events.length - 1 }).map((mineEvents) => {
      const mine = new Set(mineEvents);
      return [articles.filter((a) => mine.has(a.event)), articles.filter((a) => !mine.has(a.event))] as const;
    });
  });
  fc.assert(
    fc.property(arb, ([mine, others]) => assertUnrelatedChangeNothing(mine, others)),
    { numRuns: 25 },
  );
});

// ---------- through ingest ----------

const resources = loadResources().resources;

function raw(a: Labeled): RawArticle {
  return { id: a.id, source: `${a.id}.json`, format: 'text', title: a.title, text: a.text, ...(a.published ? { published: a.published } : {}) };
}

/** Ingests the batches in turn into a fresh store and reads its stories back. */
async function ingestInBatches(batches: readonly (readonly Labeled[])[]): Promise<string[][]> {
  const store = openSqliteStore(':memory:');
  try {
    for (const [i, batch] of batches.entries()) {
      await ingestArticles(store, batch.map(raw), { published: '2022-01-10', summaryBytes: 665, windowDays: 7, now: new Date(Date.UTC(2022, 0, 11, 0, i)) }, resources);
    }
    const listed = await store.listStories({ limit: 10_000, offset: 0 });
    const stories: string[][] = [];
    for (const s of listed.items) stories.push(await store.storyArticleIds(s.id));
    return partition(stories);
  } finally {
    await store.close();
  }
}

/** A split of `articles` (in the given order) into consecutive batches at fast-check-chosen cut points. */
function batchesArbitrary(articles: readonly Labeled[]): fc.Arbitrary<Labeled[][]> {
  return permutation(articles).chain((order) =>
    fc.array(fc.boolean(), { minLength: order.length, maxLength: order.length }).map((cuts) => {
      const out: Labeled[][] = [];
      order.forEach((a, i) => {
        if (i === 0 || cuts[i]) out.push([]);
        out.at(-1)?.push(a);
      });
      return out;
    }),
  );
}

test('ingest: samples with two basil-dev events, one file at a time in any order or in any batches, give the stories of one ingest', { skip: noBasil }, async () => {
  const samples = loadSamples();
  const basil = loadBasil();
  const events = [...new Set(basil.map((a) => a.event))];
  const articles = [...samples, ...basil.filter((a) => a.event === events[0] || a.event === events[1])];
  const all = await ingestInBatches([articles]);
  assert.ok(all.length >= 3, 'the Geneva story and the two events are there');
  await fc.assert(
    fc.asyncProperty(permutation(articles), async (order) => {
      assert.deepEqual(await ingestInBatches(order.map((a) => [a])), all);
    }),
    { numRuns: 3 },
  );
  await fc.assert(
    fc.asyncProperty(batchesArbitrary(articles), async (batches) => {
      assert.deepEqual(await ingestInBatches(batches), all);
    }),
    { numRuns: 3 },
  );
});

test('ingest: samples one file at a time in any order give one story', async () => {
  const samples = loadSamples();
  await fc.assert(
    fc.asyncProperty(permutation(samples), async (order) => {
      assert.deepEqual(await ingestInBatches(order.map((a) => [a])), [samples.map((a) => a.id).sort()]);
    }),
    { numRuns: 3 },
  );
});
