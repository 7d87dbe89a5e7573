import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDirect, normalize, parseBrat, speakerMatches } from '../../scripts/eval-quotes.ts';

const text = '“A is true,” Smith said. “B too.”\n\nJones said that C happened.';
// Offsets: “A is true,” = 0..12, Smith = 13..18, said = 19..23, “B too.” = 25..33, Jones = 35..40, said = 41..45
const ann = [
  'T1\tSource 13 18\tSmith',
  'T2\tCue 19 23\tsaid',
  'T3\tContent 0 12\t“A is true,”',
  'T4\tContent 25 33\t“B too.”',
  'T5\tAttribution 19 23\tsaid',
  'E1\tAttribution:T5 Cue:T2 Source:T1 Content:T3 Content2:T4',
  'T6\tSource 35 40\tJones',
  'T7\tContent 46 61\tthat C happened',
  'T8\tAttribution 41 45\tsaid',
  'E2\tAttribution:T8 Content:T7 Source:T6',
].join('\n');

test('brat attributions become one gold unit per content, direct when wholly inside quotation marks', () => {
  const units = parseBrat(text, ann);
  assert.deepEqual(
    units.map((u) => `${text.slice(u.start, u.end)}|${u.direct}|${u.source.map((s) => text.slice(s.start, s.end)).join()}`),
    ['“A is true,”|true|Smith', '“B too.”|true|Smith', 'that C happened|false|Jones'],
  );
});

test('the direct-quote definition and the normalization used for strict matching', () => {
  assert.equal(isDirect('“We will win.”'), true);
  assert.equal(isDirect('"We will win",'), true);
  // The New York Times texts of PolNeAR write a double quotation mark as two apostrophes.
  assert.equal(isDirect("''It's anti-reform,''"), true);
  assert.equal(isDirect("the candidate's 'plan'"), false);
  assert.equal(isDirect('the media called him a “fringe candidate”'), false);
  const s = '“We will win,” he said.';
  assert.deepEqual(normalize(s, { start: 0, end: 14 }), { start: 1, end: 12 });
});

test('a speaker matches by overlap with the gold source or by its last word', () => {
  const source = [{ start: 13, end: 18 }];
  const base = { start: 1, end: 11, text: '', direct: true, rule: 'x' };
  assert.equal(speakerMatches(text, source, { ...base, speaker: 'Smith', speakerRange: { start: 13, end: 18 } }), true);
  assert.equal(speakerMatches(text, source, { ...base, speaker: 'John Smith', speakerRange: { start: 35, end: 40 } }), true);
  assert.equal(speakerMatches(text, source, { ...base, speaker: 'Jones', speakerRange: { start: 35, end: 40 } }), false);
  assert.equal(speakerMatches(text, source, base), false);
});
