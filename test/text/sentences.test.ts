import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/sentences.ts';

const split = (t: string): string[] => splitSentences(t).map((r) => t.slice(r.start, r.end));

test('sentence ends after closing quotes; abbreviations and initials do not end sentences', () => {
  assert.deepEqual(split('Mr. Ryabkov said: "No." Then U.S. officials left. He is No. 5 in line. J. Smith agreed!'), [
    'Mr. Ryabkov said: "No."',
    'Then U.S. officials left.',
    'He is No. 5 in line.',
    'J. Smith agreed!',
  ]);
});

test('a title abbreviation after a capitalized word ends a name, not a title ("Hun Sen.")', () => {
  assert.deepEqual(split('Talks stalled with strongman Hun Sen. Hun Sen complained Monday. Sen. Smith spoke.'), [
    'Talks stalled with strongman Hun Sen.',
    'Hun Sen complained Monday.',
    'Sen. Smith spoke.',
  ]);
});

test('a number with a letter suffix ends a sentence ("the 1970s.")', () => {
  assert.deepEqual(split('It began in the 1970s. Then it grew.'), ['It began in the 1970s.', 'Then it grew.']);
});

test('ranges are in order, non-overlapping and trimmed, for any text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (t) => {
    let last = 0;
    for (const r of splitSentences(t)) {
      if (r.start < last || r.end <= r.start || /^\s|\s$/.test(t.slice(r.start, r.end))) return false;
      last = r.end;
    }
    return true;
  }));
});

test('military, police and congressional titles before a name do not end a sentence ("former Cong. Rob Simmons")', () => {
  assert.deepEqual(split('He will face either former Cong. Rob Simmons or Det. Ann Lee. Both declined.'), [
    'He will face either former Cong. Rob Simmons or Det. Ann Lee.',
    'Both declined.',
  ]);
});

test('a title after a place is not a name\'s end ("former Alaska Gov. Sarah Palin", "New York Gov. Andrew Cuomo")', () => {
  // basil-dev, Fox 2011-04-07 (an NBC/WSJ poll).
  assert.deepEqual(split('In the poll, former House Speaker Newt Gingrich garnered 11 percent, while former Alaska Gov. Sarah Palin earned 10 percent support. Rick Santorum won 3 percent and Mississippi Gov. Haley Barbour got 2 percent.'), [
    'In the poll, former House Speaker Newt Gingrich garnered 11 percent, while former Alaska Gov. Sarah Palin earned 10 percent support.',
    'Rick Santorum won 3 percent and Mississippi Gov. Haley Barbour got 2 percent.',
  ]);
  assert.deepEqual(split('He met New York Gov. Andrew Cuomo on Monday.'), ['He met New York Gov. Andrew Cuomo on Monday.']);
  assert.deepEqual(split('Earlier this month a longtime Arpaio ally, Arizona State Sen. Russell Pearce, lost a recall.'), ['Earlier this month a longtime Arpaio ally, Arizona State Sen. Russell Pearce, lost a recall.']);
});

test('a capitalized word that only opens the sentence does not make the title after it a name\'s end ("Since Mr.")', () => {
  // PolNeAR, The New York Times 2016-11-01 and 2016-10-30: the summary showed "Comey's revelation, the F.B.I. has …".
  assert.deepEqual(split("Since Mr. Comey's revelation, the F.B.I. has hurried to analyze a cache of emails. It is increasingly unlikely."), [
    "Since Mr. Comey's revelation, the F.B.I. has hurried to analyze a cache of emails.",
    'It is increasingly unlikely.',
  ]);
  assert.deepEqual(split('When Mr. Weiner explored a campaign for mayor in 2009, aides highlighted it. And Mr. Weiner left.'), [
    'When Mr. Weiner explored a campaign for mayor in 2009, aides highlighted it.',
    'And Mr. Weiner left.',
  ]);
  // A name before the title still ends there.
  assert.deepEqual(split('Talks stalled with Hun Sen. Since Sen. Smith left, nothing moved.'), ['Talks stalled with Hun Sen.', 'Since Sen. Smith left, nothing moved.']);
});
