import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basilDir, loadBasilArticle, toRawArticle } from '../../scripts/lib/basil.ts';
import { REPO_ROOT } from '../../scripts/lib/data.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadNerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline } from '../../src/pipeline/pipeline.ts';
import { seedsResult } from '../helpers/seeds.ts';

// Which passage a claim shows: the wording most of its sources share, from an original rather than a detected copy.

test('samples: a quote respun by one outlet is shown in the wording the other outlets share', () => {
  const claims = seedsResult().brief.stories.flatMap((s) => s.claims);
  // Ryabkov's "precarious ... cannot afford any further delays" (AP and another outlet) against the content farm's
  // "uncertain that we cannot delay any further delay" (004).
  const delays = claims.find((c) => /further delay/.test(c.text));
  assert.ok(delays, 'the claim on further delays');
  assert.match(delays.text, /afford any further delays/);
  // "open-door" (three outlets) rather than one outlet's "slam close Nato’s open door policy".
  const door = claims.find((c) => /allow anyone/.test(c.text));
  assert.ok(door, 'the open-door claim');
  assert.match(door.text, /open-door/);
  // Of two outlets' wordings of one quote, the one whose quotation closes: “Return the troops … purpose is,” Sherman
  // said; not the farm's passage that opens a quotation and stops mid-quote.
  const barracks = claims.find((c) => /barracks/.test(c.text));
  assert.ok(barracks, 'the barracks claim');
  assert.equal((barracks.text.match(/“/g) ?? []).length, (barracks.text.match(/”/g) ?? []).length, barracks.text);
});

// A basil-dev event (Mary Cheney's post, reported by the Times, Fox and HuffPost) with a rewrite of the Times report
// spun for the tests (test/fixtures/rewrites/cheney-spun.txt): the three outlets are independent, the spin is a rewrite.
const EVENT = '2013-11c9f251-35c8-4452-b052-df9be61464c6';
const SPUN = 'test/fixtures/rewrites/cheney-spun.txt';
const dir = basilDir();

test('basil-dev: a claim an original states is never shown in a detected rewrite’s words', { skip: dir ? false : '../shared/data/basil-dev not found' }, () => {
  const spun: RawArticle = { id: 'cheney-spun', source: SPUN, format: 'text', text: readFileSync(join(REPO_ROOT, SPUN), 'utf8'), published: '2013-09-02' };
  const raws = [...[1, 2, 3].map((k) => toRawArticle(loadBasilArticle(`${EVENT}_${k}`, dir))), spun];
  const { brief } = runPipeline(raws, withDefaults({}), { ner: loadNerModel() });
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  let checked = 0;
  for (const story of brief.stories) {
    const copies = new Set([...story.duplicates, ...story.rewrites].map((r) => r.copy));
    for (const c of story.claims) {
      if (!c.spans.some((s) => !copies.has(s.articleId))) continue;
      const shownFrom = c.spans.filter((s) => texts.get(s.articleId)?.slice(s.start, s.end) === c.text).map((s) => s.articleId);
      assert.ok(shownFrom.some((id) => !copies.has(id)), `${c.text} shown from ${shownFrom.join(', ')}`);
      if (c.spans.some((s) => copies.has(s.articleId))) checked++;
    }
  }
  // The events must still have rewrites stating claims, or this test checks nothing.
  assert.ok(checked >= 3, `claims with a rewrite among their sources: ${checked}`);
});
