// Topics (related stories) that share participants take another event of the same kind only if it shares one of them
// (participantsConflict). Real text: two ECB+ dev topics of one kind (two church fires in Alaska, two fires at stores of
// one supermarket chain; ../shared/data, skipped with the reason when absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { participantsConflict, recurringNames } from '../../src/cluster/agglomerate.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { loadEcb } from '../../scripts/eval-cluster.ts';

const REPO = join(import.meta.dirname, '..', '..');
const DATA = process.env['CROSSCHECK_DATA'] ?? join(REPO, '..', 'shared', 'data');
const noEcb = existsSync(join(DATA, 'ecbplus', 'ECBplus_xml.tar.gz')) ? false : `ECB+ not found under ${DATA} (set CROSSCHECK_DATA)`;

const counts = (entries: Record<number, number>): Map<number, number> => new Map(Object.entries(entries).map(([k, n]) => [Number(k), n]));

test('recurringNames: in half of the articles and in two', () => {
  assert.deepEqual([...recurringNames(counts({ 1: 4, 2: 2, 3: 1 }), 4)].sort(), [1, 2]);
  assert.deepEqual([...recurringNames(counts({ 1: 1 }), 1)], [], 'one article has no recurring names');
  assert.deepEqual([...recurringNames(counts({ 1: 2, 2: 1 }), 5)], [], 'two of five is not half');
});

test('participantsConflict: only a group whose stories share participants holds others off', () => {
  // Participant key → in how many of the group's stories it recurs.
  const topic = { participants: counts({ 1: 2, 2: 1 }) }; // two stories sharing participant 1
  assert.equal(participantsConflict(topic, { participants: counts({ 5: 1 }) }), true, 'another event with none of its participants');
  assert.equal(participantsConflict({ participants: counts({ 5: 1 }) }, topic), true, 'symmetric');
  assert.equal(participantsConflict(topic, { participants: counts({ 1: 1, 6: 1 }) }), false, 'an event of the same participant');
  assert.equal(participantsConflict(topic, { participants: counts({ 2: 1 }) }), true, 'a name only one of its stories has does not count');
  // Two single stories (or groups that share no recurring names) are judged on content alone.
  assert.equal(participantsConflict({ participants: counts({ 1: 1 }) }, { participants: counts({ 5: 1 }) }), false);
  assert.equal(participantsConflict({ participants: new Map() }, { participants: new Map() }), false);
});

test('ECB+: a topic of two fires at one supermarket chain does not take a church fire', { skip: noEcb }, () => {
  // Gold topics 13 (the Wasilla Bible Church fire, a historic church burnt in Palmer, Alaska) and 14 (two fires at
  // Waitrose stores). On words alone (fire, blaze, roof, firefighters) the Palmer church fire reads like the stores'.
  const articles = loadEcb().filter((a) => ['13', '14'].includes(a.topic));
  const topicOf = new Map(articles.map((a) => [a.id, a.topic]));
  const mixed = (options: { topicParticipantsWeight?: number }): number => {
    const result = clusterArticles(articles, options);
    const storyArticles = new Map(result.stories.map((s) => [s.id, s.articleIds]));
    return (result.topics ?? []).filter((t) => new Set(t.storyIds.flatMap((s) => storyArticles.get(s) ?? []).map((id) => topicOf.get(id))).size > 1).length;
  };
  assert.ok(mixed({ topicParticipantsWeight: 0 }) > 0, 'on shared words the kinds merge (the case this rule is for)');
  assert.equal(mixed({}), 0, 'with participants (the default) no topic mixes two gold topics');
});
