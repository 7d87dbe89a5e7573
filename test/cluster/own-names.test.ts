// Two undated events of one kind (and two dated ones over the same days) are told apart by the people and places each
// keeps naming (ownNamesConflict), and a report that adds one new name to a story is not held off by it. Real text:
// ECB+ topics whose two events share their main actor, two DUC 2004 clusters of October 1998 (../shared/data; skipped
// with the reason when absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ownNamesConflict } from '../../src/cluster/agglomerate.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { loadDuc, loadEcb } from '../../scripts/eval-cluster.ts';

const REPO = join(import.meta.dirname, '..', '..');
const DATA = process.env['CROSSCHECK_DATA'] ?? join(REPO, '..', 'shared', 'data');
const noEcb = existsSync(join(DATA, 'ecbplus', 'ECBplus_xml.tar.gz')) ? false : `ECB+ not found under ${DATA} (set CROSSCHECK_DATA)`;

const names = (entries: Record<number, number>): Map<number, number> => new Map(Object.entries(entries).map(([k, n]) => [Number(k), n]));

test('ownNamesConflict: both sides need recurring names of their own; one article has none', () => {
  // Side a: names 1, 2 in all 4 articles; side b: 1 and 3 in all 3. Each has one of its two recurring names alone.
  const a = { names: names({ 1: 4, 2: 4, 9: 1 }), size: 4 };
  const b = { names: names({ 1: 3, 3: 3 }), size: 3 };
  assert.equal(ownNamesConflict(a, b), 0.5);
  // b names everything a keeps naming (and a new witness of its own): a follow-up, no conflict.
  const followUp = { names: names({ 1: 2, 2: 2, 7: 2 }), size: 2 };
  assert.equal(ownNamesConflict(a, followUp), 0);
  // A single article has no recurring names: it is judged by content alone.
  assert.equal(ownNamesConflict(a, { names: names({ 5: 1, 6: 1 }), size: 1 }), 0);
});

test('ECB+: the Athens riots of December 2008 and the austerity protests of May 2010 are two stories', { skip: noEcb }, () => {
  // Both are Greek street protests against the government (Athens, Thessaloniki, police, parliament); each keeps naming
  // its own people (Alexandros Grigoropoulos, Costas Karamanlis / George Papandreou, the IMF). Undated, as ECB+ is.
  const articles = loadEcb().filter((a) => a.gold === '19/ecb' || a.gold === '8/ecbplus');
  const mixed = (options: { ownNamesWeight?: number; storyLinkShare?: number }): number =>
    clusterArticles(articles, options).stories.filter((s) => new Set(s.articleIds.map((id) => articles.find((a) => a.id === id)?.gold)).size > 1).length;
  assert.ok(mixed({ ownNamesWeight: 0, storyLinkShare: 0 }) > 0, 'on shared words alone the two protests merge (the case this rule is for)');
  assert.equal(mixed({}), 0, 'with own names (the default) they are told apart');
});

const noDuc = existsSync(join(DATA, 'duc2004', 'duc2004_task2.jsonl')) ? false : `DUC 2004 not found under ${DATA} (set CROSSCHECK_DATA)`;

test('DUC 2004: two dated stories over the same days are told apart by their own names', { skip: noDuc }, () => {
  // October 1998: the Turkey-Syria border crisis (Demirel, Assad, the Kurds) and Ariel Sharon's appointment as Israel's
  // foreign minister; both name Syria, Israel, Netanyahu and Lebanon, and their days overlap, so time does not help.
  const articles = loadDuc().filter((a) => (a.gold === 'd30028t' || a.gold === 'd30037t') && a.text.trim() !== '');
  const mixed = (options: { ownNamesDatedWeight?: number; storyDatedThreshold?: number; storyLinkShare?: number }): number =>
    clusterArticles(articles, options).stories.filter((s) => new Set(s.articleIds.map((id) => articles.find((a) => a.id === id)?.gold)).size > 1).length;
  // Scored by the whole vector (storyDatedThreshold 0), as undated groups are: own names are what separates them.
  // The member link check (storyLinkShare) is off here too: it also tells these two apart.
  assert.ok(mixed({ ownNamesDatedWeight: 0, storyDatedThreshold: 0, storyLinkShare: 0 }) > 0, 'on shared words and names alone the two merge (the case this rule is for)');
  assert.equal(mixed({ storyDatedThreshold: 0 }), 0, 'with own names for overlapping dated groups (the default) they are two stories');
  // Scored by words and names apart (the default for dated groups), they are two stories too.
  assert.equal(mixed({}), 0);
});
