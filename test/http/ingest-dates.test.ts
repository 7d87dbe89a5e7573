// `crosscheck ingest` with no --published dates articles as `analyze` does, never by the day of ingest: the bundled
// samples carry no reliable date of their own, yet their story's timeline must put Brussels and Vienna on the right days.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'cc-dates-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Brief {
  readonly articleIds: readonly string[];
  readonly timeline: readonly { date: string; text: string; upcoming: boolean }[];
}

async function serveJson<T>(db: string, path: string): Promise<T> {
  const child = spawn(process.execPath, ['bin/crosscheck.js', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${out}`)));
    });
    const list = (await (await fetch(`${url}api/stories`)).json()) as { items: { id: string }[] };
    const first = list.items[0];
    assert.ok(first, 'one story stored');
    return (await (await fetch(`${url}${path.replace(':id', encodeURIComponent(first.id))}`)).json()) as T;
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

test('ingest with no --published: Brussels on 2022-01-12, Vienna on 2022-01-13, nothing dated by the day of ingest', async () => {
  const db = join(dir, 'samples.db');
  const r = spawnSync(process.execPath, ['bin/crosscheck.js', 'ingest', 'samples', '--db', db], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const brief = await serveJson<Brief>(db, 'api/stories/:id');
  assert.equal(brief.articleIds.length, 5);
  const on = (date: string, place: RegExp): boolean => brief.timeline.some((e) => e.date === date && place.test(e.text) && e.upcoming);
  assert.ok(on('2022-01-12', /Brussels/), JSON.stringify(brief.timeline));
  assert.ok(on('2022-01-13', /Vienna/), JSON.stringify(brief.timeline));
  // The samples are reports of January 2022: no event may land on the day this test runs or after the talks' week.
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(brief.timeline.every((e) => e.date < '2022-01-14' && !e.date.startsWith(today.slice(0, 4))), JSON.stringify(brief.timeline.map((e) => e.date)));
});
