import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { StoryBrief } from '../../src/model/story-brief.ts';
import { claimsByOrigin } from '../../src/render/claims-by-origin.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

const golden = JSON.parse(readFileSync(new URL('../golden/seeds-brief.json', import.meta.url), 'utf8')) as StoryBrief;
const story = golden.stories[0]!;
const [a0] = golden.articles.map((a) => a.id);
// One article and its word-for-word copy: two articles, one independent source.
const copied = { text: 'The copied sentence states a fact in 2022 about Geneva.', sources: [a0!, 'copy-of-a0'], spans: [{ articleId: a0!, start: 0, end: 10 }, { articleId: 'copy-of-a0', start: 0, end: 10 }], independentSources: 1, verbatimSources: [[a0!, 'copy-of-a0']], level: 'sentence' as const, rule: 'test' };

test('claimsByOrigin: agreement takes two independent sources; one source and its copies is one source', () => {
  const split = claimsByOrigin([...story.claims, copied]);
  assert.equal(split.agreed.length, story.claims.filter((c) => c.independentSources >= 2).length);
  assert.ok(split.agreed.every((c) => c.independentSources >= 2));
  assert.deepEqual(split.oneSource, [...story.claims.filter((c) => c.independentSources < 2), copied]);
});

test('markdown: a sentence run by one source and its copy is under "Only one source reports", not "agree on … 1 independent source"', () => {
  const md = renderMarkdown({ ...golden, stories: [{ ...story, claims: [copied, ...story.claims], exclusives: [] }] });
  const agree = md.split('## What sources agree on')[1]?.split('\n## ')[0] ?? '';
  const only = md.split('## Only one source reports')[1]?.split('\n## ')[0] ?? '';
  assert.doesNotMatch(agree, /1 independent source\b/);
  assert.ok(!agree.includes(copied.text));
  assert.ok(only.includes(`- ${copied.text} [${a0}][copy-of-a0] (one source: word for word in [${a0}][copy-of-a0])`), only);
});
