// p95 latency of GET /api/stories/:id with 10,000 stored stories, against a raw SQLite SELECT of the same row, and of
// the story list page. To compare two versions (the Store before and after it became async), run this file in both
// checkouts alternately: it uses only openSqliteStore, replaceStories and createApp, which both have.
// Usage: node --import tsx bench/api.ts     (part of `npm run bench`)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createApp } from '../src/http/app.ts';
import type { StoryBriefStory } from '../src/model/story-brief.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { workDir } from './lib/work-dir.ts';

// 10k stories: a few months of a busy news desk; the bar the API is held to.
const STORIES = 10_000;
// 2,000 timed requests: enough samples that the 95th percentile rests on 100 of them.
const REQUESTS = 2_000;
const WARMUP = 200;

/** A brief shaped like a real five-source story (~25 KB of JSON: summary, claims, quotes, timeline, exclusives). */
function syntheticBrief(i: number): StoryBriefStory {
  const ids = Array.from({ length: 5 }, (_, k) => `a${i}-${k}`);
  const cite = (k: number) => ({ sources: [ids[k % 5] ?? ''], spans: [{ articleId: ids[k % 5] ?? '', start: k * 40, end: k * 40 + 120 }] });
  const sentence = (k: number) => `Story ${i} sentence ${k}: officials met for nearly eight hours in Geneva and agreed to keep talking next week.`;
  return {
    id: `s${i.toString(16).padStart(8, '0')}`,
    title: `Synthetic story ${i}`,
    articleIds: ids,
    independentSources: 1 + (i % 5),
    origins: ids,
    why: 'shared: Geneva, Russia, Nato; similarity 0.41',
    duplicates: [],
    rewrites: [],
    summary: Array.from({ length: 4 }, (_, k) => ({ text: sentence(k), ...cite(k) })),
    entities: Array.from({ length: 30 }, (_, k) => ({ name: `Entity ${k}`, type: 'person' as const, aliases: [], titles: [], mentions: k + 1, ...cite(k) })),
    quotes: Array.from({ length: 40 }, (_, k) => ({ speaker: `Speaker ${k % 7}`, text: sentence(k), direct: true, speakerCertainty: 'stated' as const, ...cite(k) })),
    timeline: Array.from({ length: 12 }, (_, k) => ({ date: `2022-01-${String(1 + k).padStart(2, '0')}`, text: sentence(k), upcoming: k > 9, certainty: 'stated' as const, ...cite(k) })),
    claims: Array.from({ length: 12 }, (_, k) => ({ text: sentence(k), independentSources: 2, ...cite(k) })),
    agreed: [],
    discrepancies: [],
    exclusives: Array.from({ length: 60 }, (_, k) => ({ text: sentence(k), source: ids[k % 5] ?? '', spans: cite(k).spans })),
  };
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * q)] ?? NaN;
}
const p95 = (s: number[]) => percentile(s, 0.95);
const p50 = (s: number[]) => percentile(s, 0.5);

export async function run(): Promise<{ stories: number; apiP95Ms: number; sqliteP95Ms: number; ratio: number; apiP50Ms: number; sqliteP50Ms: number; listP95Ms: number; listP50Ms: number; briefBytes: number }> {
  const scratch = workDir('cc-bench-api-');
  const dir = scratch.path;
  try {
    const file = join(dir, 'bench.db');
    const store = openSqliteStore(file);
    const updatedAt = new Date().toISOString();
    const ids: string[] = [];
    for (let start = 0; start < STORIES; start += 1000) {
      const put = Array.from({ length: Math.min(1000, STORIES - start) }, (_, k) => {
        const brief = syntheticBrief(start + k);
        ids.push(brief.id);
        return { brief, latestPublished: '2022-01-10', updatedAt };
      });
      await store.replaceStories({ remove: [], put });
    }
    const briefBytes = JSON.stringify(syntheticBrief(0)).length;
    const app = createApp(store);
    const raw = new Database(file, { readonly: true });
    const select = raw.prepare('SELECT brief_json FROM stories WHERE id = ?').pluck();

    // The same pseudo-random sequence of ids for both sides (LCG: no Math.random, reproducible).
    let seed = 12345;
    const order = Array.from({ length: WARMUP + REQUESTS }, () => ids[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % ids.length] ?? '');

    const api: number[] = [];
    for (const [n, id] of order.entries()) {
      const t = performance.now();
      const res = await app.request(`/api/stories/${id}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`bench/api: GET /api/stories/${id}: HTTP ${res.status}`);
      if (n >= WARMUP) api.push(performance.now() - t);
    }
    // The story list (the UI's front page): 20 stories a page at pseudo-random offsets, the same for both trees.
    const list: number[] = [];
    for (const [n, id] of order.slice(0, WARMUP + REQUESTS / 4).entries()) {
      const offset = (parseInt(id.slice(1), 16) % (STORIES / 20)) * 20;
      const t = performance.now();
      const res = await app.request(`/api/stories?limit=20&offset=${offset}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`bench/api: GET /api/stories?offset=${offset}: HTTP ${res.status}`);
      if (n >= WARMUP) list.push(performance.now() - t);
    }
    const sql: number[] = [];
    for (const [n, id] of order.entries()) {
      const t = performance.now();
      const json = select.get(id) as string | undefined;
      if (!json) throw new Error(`bench/api: ${id} missing`);
      if (n >= WARMUP) sql.push(performance.now() - t);
    }
    raw.close();
    await store.close();
    const result = {
      stories: STORIES,
      apiP95Ms: round(p95(api)),
      sqliteP95Ms: round(p95(sql)),
      ratio: round(p95(api) / p95(sql)),
      // Medians too: on a shared machine the p95 of sub-millisecond work mostly measures the neighbours' bursts.
      apiP50Ms: round(p50(api)),
      sqliteP50Ms: round(p50(sql)),
      listP95Ms: round(p95(list)),
      listP50Ms: round(p50(list)),
      briefBytes,
    };
    console.log(
      `api: ${STORIES} stories (${briefBytes} B brief JSON); GET /api/stories/:id (in-process app.request) p95 ${result.apiP95Ms} ms, p50 ${result.apiP50Ms} ms; ` +
        `raw SQLite SELECT p95 ${result.sqliteP95Ms} ms, p50 ${result.sqliteP50Ms} ms; p95 ratio ${result.ratio}x; ` +
        `GET /api/stories?limit=20 p95 ${result.listP95Ms} ms, p50 ${result.listP50Ms} ms`,
    );
    return result;
  } finally {
    scratch.dispose();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await run();
  process.stdout.write(JSON.stringify(r) + '\n');
}
