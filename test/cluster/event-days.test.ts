// Days a report names by month and day place its event in time beside the reports published then (mentionedDays,
// eventDistance): a running story whose phases are weeks apart by publication (DUC 2004's euro launch) stays one.
// Real text: DUC 2004 (../shared/data; skipped with the reason when absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventDistance } from '../../src/cluster/agglomerate.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { mentionedDays } from '../../src/cluster/mentioned-days.ts';
import { parseDay } from '../../src/cluster/parse-day.ts';
import type { ClusterOptions } from '../../src/cluster/types.ts';
import { loadDuc } from '../../scripts/eval-cluster.ts';

const day = (iso: string): number => parseDay(iso) ?? Number.NaN;
const named = (text: string, published: string | undefined): string[] =>
  mentionedDays(text, published === undefined ? undefined : day(published)).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

test('mentionedDays: a month and day, placed in the year nearest the publication day; both ends of a range', () => {
  assert.deepEqual(named('The Asian Games, Dec. 6-20, open in Bangkok.', '1998-10-29'), ['1998-12-06', '1998-12-20']);
  assert.deepEqual(named('Eleven nations adopt the euro on Jan. 1.', '1998-11-27'), ['1999-01-01']);
  assert.deepEqual(named('the vote of June 3, 2009', '2008-06-01'), ['2009-06-03']);
  assert.deepEqual(named('The games, Dec. 6-20, are under way.', '1998-12-08'), ['1998-12-06', '1998-12-20'], 'a range still running counts whole');
});

test('mentionedDays: a day already past when the report was written is recalled, not its event', () => {
  assert.deepEqual(named('the attacks of September 11, 2001', '2008-06-01'), []);
  assert.deepEqual(named('Arafat signed the Wye River Memorandum Oct. 23.', '1998-12-13'), []);
  assert.deepEqual(named('The poll, conducted Dec. 18-22, was broadcast.', '1998-12-29'), []);
  assert.deepEqual(named('Published today, Dec. 13.', '1998-12-13'), [], 'its own publication day adds nothing');
});

test('mentionedDays: negative cases name no day', () => {
  // Lower-case "may" and "march" are words; a weekday or a month alone is no day; an undated report's month-days
  // could be any year; a day before the month, or past 31, is not read.
  assert.deepEqual(named('Officials may 4 times a year march 3 miles.', '1998-10-01'), []);
  assert.deepEqual(named('On Tuesday, and in December, the talks resume.', '1998-10-01'), []);
  assert.deepEqual(named('The games open Dec. 6.', undefined), []);
  assert.deepEqual(named('Nov. 32 and Oct. 20-3', '1998-10-01'), []);
});

test('eventDistance: a named day counts, with its penalty, against the other side publication days only', () => {
  const oct = { days: [day('1998-10-29')], mentionedDays: [day('1998-12-06')] };
  const dec = { days: [day('1998-12-06')], mentionedDays: [] };
  const time = { weight: 0.7, scaleDays: 6, windowDays: 60, mentionedDayPenalty: 2 };
  assert.equal(eventDistance(oct, dec, time), 2, 'the day named in October is the day December reports were published');
  assert.equal(eventDistance(dec, oct, time), 2, 'either side may name it');
  assert.equal(eventDistance(oct, dec, { ...time, mentionedDayPenalty: undefined }), 38, 'without the penalty set, publication days only');
  // Two sides that only name one day (a recalled bombing) are as far apart as their publication days.
  const recalledA = { days: [day('1998-10-23')], mentionedDays: [day('1998-08-07')] };
  const recalledB = { days: [day('1998-11-20')], mentionedDays: [day('1998-08-07')] };
  assert.equal(eventDistance(recalledA, recalledB, time), 28);
  assert.equal(eventDistance({ days: [], mentionedDays: [] }, dec, time), undefined, 'undated: no distance');
});

const REPO = join(import.meta.dirname, '..', '..');
const DATA = process.env['CROSSCHECK_DATA'] ?? join(REPO, '..', 'shared', 'data');
const noDuc = existsSync(join(DATA, 'duc2004', 'duc2004_task2.jsonl')) ? false : `DUC 2004 not found under ${DATA} (set CROSSCHECK_DATA)`;

test('DUC 2004: the euro launch is one story from the reports that name its first day to that day', { skip: noDuc }, () => {
  // Late November and early December 1998 reports say the currency starts on Jan. 1; the launch's own reports come
  // four weeks later. By publication days alone the two phases are weeks apart.
  const articles = loadDuc().filter((a) => a.gold === 'd30033t' && a.text.trim() !== '');
  const stories = (options: Partial<ClusterOptions>): string[][] => clusterArticles(articles, options).stories.map((s) => [...s.articleIds]);
  const storyOf = (groups: string[][], day: string): string[] | undefined => groups.find((g) => g.some((id) => articles.find((a) => a.id === id)?.published === day));
  // Nearest time linkage: the whole cluster is one story only with named days.
  assert.ok(stories({ storyTimeLinkage: 'nearest', storyMentionedDayPenalty: 1e6 }).length > 1, 'by publication days alone the launch splits off (the case named days are for)');
  assert.equal(stories({ storyTimeLinkage: 'nearest' }).length, 1, 'with named days it is one story');
  // Average time linkage (the default): the early-December reports that name Jan. 1 and the launch's own reports of
  // Dec. 28-31 are one story with named days, two without (the lone Nov. 19 and Dec. 23 reports stay apart either way).
  const withDays = stories({});
  assert.equal(storyOf(withDays, '1998-12-03'), storyOf(withDays, '1998-12-30'), 'with named days (the default) the phases are one story');
  const withoutDays = stories({ storyMentionedDayPenalty: 1e6 });
  assert.notEqual(storyOf(withoutDays, '1998-12-03'), storyOf(withoutDays, '1998-12-30'), 'by publication days alone they are two');
});
