// The commands as a user runs them: `crosscheck ingest <seeds> --db X`, then `crosscheck serve --db X` shows the story.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const SEEDS = existsSync('../shared/seeds') ? '../shared/seeds' : 'samples';
const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck ingest + serve', () => {
  const db = join(dir, 'x.db');

  it('ingests the seeds, and a second run changes nothing', () => {
    const first = spawnSync(process.execPath, ['bin/crosscheck.js', 'ingest', SEEDS, '--db', db, '--published', '2022-01-10'], { encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /5 new, 0 updated, 0 unchanged articles; 1 story written/);
    // The database can also come from the environment.
    const second = spawnSync(process.execPath, ['bin/crosscheck.js', 'ingest', SEEDS], { encoding: 'utf8', env: { ...process.env, CROSSCHECK_DB: db } });
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /0 new, 0 updated, 5 unchanged articles; 0 stories written/);
  });

  it('names a missing input and exits non-zero', () => {
    const r = spawnSync(process.execPath, ['bin/crosscheck.js', 'ingest', join(dir, 'nope.txt'), '--db', db], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /load: .*nope\.txt: no such file or directory/);
  });

  it('serves the stored story at /api/stories', async () => {
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
      const page = (await (await fetch(`${url}api/stories`)).json()) as { items: { title: string; independentSources: number }[] };
      assert.ok(page.items.some((s) => /talks/i.test(s.title) && /Russia/.test(s.title)), JSON.stringify(page.items.map((s) => s.title)));
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
