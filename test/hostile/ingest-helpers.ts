// Shared by the ingest fault tests: 40 small articles in 8 stories, and the store's invariants checked with plain SQL.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'crosscheck.js');
// Hang guard for one child process, not a performance assertion (the machine may be shared).
export const HANG_GUARD_MS = 300_000;

const PLACES = ['Geneva', 'Vienna', 'Oslo', 'Lisbon', 'Nairobi', 'Lima', 'Hanoi', 'Quito'];
const TOPICS = ['arms control talks', 'a port strike', 'a wildfire', 'a central bank decision', 'flooding', 'a rail merger', 'an election count', 'a vaccine trial'];
const OUTLETS = ['Wire', 'Daily', 'Herald', 'Courier', 'Gazette'];

/** 8 stories × 5 outlets = 40 distinct articles as .txt files; returns their ids (file names without .txt). */
export function writeArticles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  PLACES.forEach((place, s) => {
    OUTLETS.forEach((outlet, o) => {
      const id = `s${s}-${outlet.toLowerCase()}`;
      const text = `${place}: officials discuss ${TOPICS[s]}\n\n${place.toUpperCase()} — Officials in ${place} said on Monday that ${TOPICS[s]} would dominate the week, the ${outlet} reported. ` +
        `About ${(s + 2) * 100 + o} people were affected, according to ${outlet} sources.\n\n` +
        `“We are following ${TOPICS[s]} closely,” a spokesperson in ${place} told the ${outlet}. Talks in ${place} continue on Tuesday.\n`;
      writeFileSync(join(dir, `${id}.txt`), text);
      ids.push(id);
    });
  });
  return ids.sort();
}

/** Checks the store's invariants with plain SQL (read-only), so the check does not depend on the store's own code. */
export function assertConsistent(db: string, expected: readonly string[]): void {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const ids = conn.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
    assert.deepEqual(ids, [...expected].sort(), 'stored articles differ from the inputs (lost or extra)');
    const hashes = conn.prepare('SELECT COUNT(DISTINCT content_hash) FROM articles').pluck().get() as number;
    assert.equal(hashes, expected.length, 'duplicate content stored');
    const members = conn.prepare('SELECT article_id, story_id FROM story_articles ORDER BY article_id').all() as { article_id: string; story_id: string }[];
    const memberIds = members.map((m) => m.article_id);
    assert.equal(new Set(memberIds).size, memberIds.length, 'an article is in two stories');
    for (const id of memberIds) assert.ok(expected.includes(id), `story membership names unknown article ${id}`);
    assert.deepEqual(memberIds, [...expected].sort(), 'not every article is in a story');
    const stories = conn.prepare('SELECT id, article_count, brief_json FROM stories').all() as { id: string; article_count: number; brief_json: string }[];
    const byStory = new Map<string, string[]>();
    for (const m of members) byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), m.article_id]);
    for (const s of stories) {
      const list = byStory.get(s.id) ?? [];
      assert.ok(list.length > 0, `story ${s.id} has no articles`);
      assert.equal(s.article_count, list.length, `story ${s.id} article_count is stale`);
      const brief = JSON.parse(s.brief_json) as { articleIds: string[] };
      assert.deepEqual([...brief.articleIds].sort(), list.sort(), `story ${s.id} brief lists other articles than its members`);
    }
    for (const storyId of byStory.keys()) assert.ok(stories.some((s) => s.id === storyId), `membership names missing story ${storyId}`);
  } finally {
    conn.close();
  }
}
