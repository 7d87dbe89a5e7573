// Independent sources count outlets: two reports of one outlet (neither a copy of the other) are one source to a
// reader checking what independent outlets confirm. They were "2 independent sources [Reuters 1][Reuters 2]".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
// A hang guard, not a timing: one analyze of three short articles takes a few seconds on a loaded machine.
const HANG_GUARD_MS = 120_000;

// Two Reuters reports a day apart and one AP report of the same floods, each in its own words and with facts of its own.
const RECORDS = [
  {"id": "r1", "outlet": "Reuters", "title": "Floods kill 12 in northern Italy", "published": "2024-05-03", "text": "Floods killed 12 people in the northern Italian region of Emilia-Romagna on Thursday, the regional government said.\n\nRescuers evacuated 5,000 residents from villages near Bologna after two rivers burst their banks overnight.\n\nThe regional president said the damage would run to billions of euros and asked Rome for emergency funds.\n\nTrain services between Bologna and Rimini were suspended after tracks were washed away."},
  {"id": "r2", "outlet": "Reuters", "title": "Italy counts cost of deadly Emilia-Romagna floods", "published": "2024-05-04", "text": "Italy began counting the cost on Friday of floods that killed 12 people in Emilia-Romagna.\n\nAbout 5,000 residents were evacuated from villages near Bologna after two rivers overflowed during the night.\n\nFarmers said whole harvests of peaches and apricots had been lost in the flooded plain.\n\nInsurers estimated that fewer than one in ten homes in the area were covered against floods.\n\nThe government in Rome promised a decree on emergency aid by next week."},
  {"id": "a1", "outlet": "The Associated Press", "title": "Deadly floods hit Italy's Emilia-Romagna", "published": "2024-05-03", "text": "Twelve people died in floods in the Emilia-Romagna region of northern Italy on Thursday, officials said.\n\nSome 5,000 people were evacuated from villages around Bologna when two rivers broke their banks overnight.\n\nThe army sent helicopters to lift stranded families from rooftops in the town of Faenza.\n\nSchools in the province will stay closed until Monday, the mayor of Ravenna announced.\n\nMeteorologists blamed a slow-moving storm that dumped half a year's rain in two days.\n\nThe Formula One race at Imola, due on Sunday, was called off for safety reasons."}
];

interface Brief {
  readonly stories: readonly { readonly articleIds: readonly string[]; readonly independentSources: number; readonly origins: readonly string[]; readonly claims: readonly { readonly sources: readonly string[]; readonly independentSources: number }[] }[];
}

/** `crosscheck <command> floods.jsonl --format json` on the three records: its parsed JSON output. */
function runOnRecords(command: 'analyze' | 'cluster'): unknown {
  const file = join(tempDir(`cc-same-outlet-${command}-`), 'floods.jsonl');
  writeFileSync(file, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [BIN, command, file, '--format', 'json'], { encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test('two reports of one outlet are one independent source: the story and its claims count outlets, not articles', () => {
  const brief = runOnRecords('analyze') as Brief;
  assert.equal(brief.stories.length, 1, 'one story');
  const story = brief.stories[0]!;
  assert.deepEqual([...story.origins].sort(), ['a1', 'r1', 'r2'], 'no report is a copy of another');
  assert.equal(story.independentSources, 2, 'Reuters and the AP');
  const shared = story.claims.filter((c) => c.sources.length === 3);
  assert.ok(shared.length > 0, 'a fact all three reports state');
  for (const c of shared) assert.equal(c.independentSources, 2, 'stated by Reuters twice and the AP once');
});

test('crosscheck cluster counts outlets too: its story names three origins and two independent sources', () => {
  const out = runOnRecords('cluster') as { stories: readonly { origins: readonly string[]; independentSources: number }[] };
  assert.equal(out.stories.length, 1, 'one story');
  assert.deepEqual([...out.stories[0]!.origins].sort(), ['a1', 'r1', 'r2']);
  assert.equal(out.stories[0]!.independentSources, 2, 'Reuters and the AP, as analyze counts them');
});
