import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { StoryBrief } from '../../src/model/story-brief.ts';
import { otherFigures } from '../../src/render/other-figures.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

const golden = JSON.parse(readFileSync(new URL('../golden/seeds-brief.json', import.meta.url), 'utf8')) as StoryBrief;
const story = golden.stories[0]!;
const hours = story.agreed.find((a) => a.unit === 'hour')!;
const troops = story.agreed.find((a) => a.unit === 'troops')!;

test('otherFigures: an agreed figure that another source contradicts gets that source\'s figure; an undisputed one gets none', () => {
  assert.ok(hours && troops, 'the seeds agree on hours and troops');
  assert.deepEqual(otherFigures(hours, story.discrepancies), [{ value: 5.5, sources: ['001_5c485ae68bb6cf05'] }]);
  assert.deepEqual(otherFigures(troops, story.discrepancies), []);
});

test('otherFigures: a dispute about another thing, or over a value none of the same sources give, is not this figure\'s', () => {
  const other = story.discrepancies.map((d) => ({ ...d, about: 'minute of talks' }));
  assert.deepEqual(otherFigures(hours, other), []);
  const elsewhere = { ...hours, value: 3, sources: ['x'] };
  assert.deepEqual(otherFigures(elsewhere, story.discrepancies), []);
});

test('markdown: "Numbers sources agree on" says when not all sources agree (it listed the disputed 8 hours as settled)', () => {
  const md = renderMarkdown(golden);
  const section = md.split('## Numbers sources agree on')[1]?.split('\n## ')[0] ?? '';
  const hourLine = section.split('\n').find((l) => l.startsWith('- hour of talks: 8')) ?? '';
  assert.match(hourLine, / — not all sources: \[001_5c485ae68bb6cf05\] gives 5\.5 \(see Where sources differ\)$/, hourLine);
  const troopLine = section.split('\n').find((l) => l.startsWith('- troops:')) ?? '';
  assert.doesNotMatch(troopLine, /not all sources/);
});
