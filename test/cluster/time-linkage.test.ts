// How days place two groups of reports (storyTimeLinkage): by their nearest members, or by all pairs of members. Reports
// that each share only a subject's names with the others, published a few days apart over weeks, chain into one story
// through whichever member is nearest (PolNeAR's 2016 campaign coverage: 486 articles over 327 days); measured over all
// pairs of members, a group spread over weeks is near a report only through the members it is near.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agglomerate, averageTimeFactor, type AgglomerateItem, type TimeOptions } from '../../src/cluster/agglomerate.ts';
import { resolveOptions } from '../../src/cluster/options.ts';

const time = (linkage: 'nearest' | 'average'): TimeOptions => ({ weight: 0.7, scaleDays: 6, windowDays: 60, linkage });

/** Reports every `step` days whose unit vectors share one term: every pair has cosine `shared`. */
function subjectChain(count: number, step: number, shared: number): AgglomerateItem[] {
  return Array.from({ length: count }, (_, i) => ({
    vector: new Map([
      [1, Math.sqrt(shared)],
      [100 + i, Math.sqrt(1 - shared)],
    ]),
    days: [i * step],
  }));
}

test('nearest members chain reports days apart into one story; all pairs of members stop the chain', () => {
  // Cosine 0.3 with a day-4 neighbour (time factor .75) reaches 0.2; with reports 8 days and more apart it does not.
  const items = subjectChain(8, 4, 0.3);
  const nearest = agglomerate(items, { threshold: 0.2, probeTerms: 5, linkage: 'average', time: time('nearest') });
  assert.equal(nearest.length, 1, 'nearest: one story over 28 days');
  const average = agglomerate(items, { threshold: 0.2, probeTerms: 5, linkage: 'average', time: time('average') });
  assert.ok(average.length >= 4, `average: no story spreads over the weeks (got ${JSON.stringify(average)})`);
  for (const g of average) assert.ok(g.length <= 2, `average: a story of at most two neighbours (got ${JSON.stringify(g)})`);
});

test('averageTimeFactor: a report beside a group spread over weeks is near only its near members', () => {
  const t = time('average');
  const spread = { days: [0, 30, 60], moments: [0, 30, 60].map((day) => ({ day, mentioned: [], count: 1 })) };
  const report = { days: [60], moments: [{ day: 60, mentioned: [], count: 1 }] };
  const f = averageTimeFactor(spread, report, t);
  // Same day: 1; 30 days (5 scales): 0.3; 60 days: 0.3 (at the window's edge): mean 0.53.
  assert.ok(Math.abs(f - (1 + 0.3 + 0.3) / 3) < 0.01, `got ${f}`);
  assert.equal(averageTimeFactor({ days: [], moments: [] }, report, t), 1, 'undated: time says nothing');
  // A day one report names ahead counts for that pair (two days further than a publication day).
  const naming = { days: [0], moments: [{ day: 0, mentioned: [30], count: 1 }] };
  const onThatDay = { days: [30], moments: [{ day: 30, mentioned: [], count: 1 }] };
  assert.ok(averageTimeFactor(naming, onThatDay, { ...t, mentionedDayPenalty: 2 }) > 0.9);
  assert.ok(averageTimeFactor(naming, onThatDay, t) < 0.31);
});

test('storyTimeLinkage: average by default; anything else is a TypeError', () => {
  assert.equal(resolveOptions().storyTimeLinkage, 'average');
  assert.throws(() => resolveOptions({ storyTimeLinkage: 'single' as never }), /storyTimeLinkage/);
});
