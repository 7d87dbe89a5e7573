import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PARSERS, findTimes, relationToReference } from '../../src/nlp/time/index.ts';

const REF = { date: '2022-01-10' }; // a Monday

interface Expect {
  readonly text: string;
  readonly span: string;
  readonly value: string;
  readonly kind?: string;
  readonly certainty?: 'stated' | 'inferred';
}

const POSITIVE: readonly Expect[] = [
  { text: 'Russian officials will hold talks with Nato in Brussels on Wednesday', span: 'Wednesday', value: '2022-01-12', certainty: 'inferred' },
  { text: 'Russian officials will hold talks with the OSCE on Thursday in Vienna', span: 'Thursday', value: '2022-01-13', certainty: 'inferred' },
  { text: 'Blinken said bluntly Sunday that the demands were non-starters', span: 'Sunday', value: '2022-01-09', certainty: 'inferred' },
  { text: 'Talks opened in Geneva on Monday.', span: 'Monday', value: '2022-01-10', certainty: 'inferred' },
  { text: 'Tensions rose sharply last month.', span: 'last month', value: '2021-12', certainty: 'inferred' },
  { text: 'The talks collapsed in 2019.', span: '2019', value: '2019', certainty: 'stated' },
  { text: 'Nato has expanded since 1997.', span: '1997', value: '1997', certainty: 'stated' },
  { text: 'They met in Geneva on June 16, 2021.', span: 'June 16, 2021', value: '2021-06-16', certainty: 'stated' },
  { text: 'A decision is expected later this week.', span: 'later this week', value: '2022-W02', certainty: 'inferred' },
  { text: 'Sanctions followed the 2014 annexation of Crimea.', span: '2014', value: '2014', certainty: 'stated' },
  { text: 'after roughly 5-1/2 hours of talks', span: '5-1/2 hours', value: 'PT5.5H', kind: 'duration' },
  { text: 'They talked for eight hours.', span: 'eight hours', value: 'PT8H', kind: 'duration' },
  { text: 'He served three years in prison.', span: 'three years', value: 'P3Y', kind: 'duration' },
  { text: 'an eight-year-old war in the east', span: 'eight-year-old', value: 'P8Y', kind: 'duration' },
  { text: 'Tanks massed earlier this month.', span: 'earlier this month', value: '2022-01' },
  { text: 'Troops arrived late last year.', span: 'late last year', value: '2021' },
  { text: 'Talks had failed three days ago.', span: 'three days ago', value: '2022-01-07' },
  { text: 'Two weeks ago the envoy left.', span: 'Two weeks ago', value: '2021-W52' },
  { text: 'He arrived yesterday.', span: 'yesterday', value: '2022-01-09' },
  { text: 'She will travel tomorrow.', span: 'tomorrow', value: '2022-01-11' },
  { text: 'The talks start today.', span: 'today', value: '2022-01-10' },
  { text: 'This week the talks begin.', span: 'This week', value: '2022-W02' },
  { text: 'They will meet again next week.', span: 'next week', value: '2022-W03' },
  { text: 'Inflation will ease next year.', span: 'next year', value: '2023' },
  { text: 'Music of the 1990s returned.', span: 'the 1990s', value: '199' },
  { text: 'The offensive began last summer.', span: 'last summer', value: '2021-SU' },
  { text: 'Profits fell in the fourth quarter.', span: 'the fourth quarter', value: '2021-Q4' },
  { text: 'Talks resumed Monday morning.', span: 'Monday morning', value: '2022-01-10TMO', kind: 'time' },
  { text: 'The vote closed at 10 a.m.', span: '10 a.m.', value: '2022-01-10T10:00', kind: 'time' },
  { text: 'Inspectors visit every week.', span: 'every week', value: 'P1W', kind: 'set' },
  { text: 'The report is published annually.', span: 'annually', value: 'P1Y', kind: 'set' },
  { text: 'Russia is now ready to talk.', span: 'now', value: 'PRESENT_REF' },
  { text: 'He recently resigned.', span: 'recently', value: 'PAST_REF' },
  { text: 'More talks may follow in the future.', span: 'the future', value: 'FUTURE_REF' },
  { text: 'The deal was signed in May 2010.', span: 'May 2010', value: '2010-05', certainty: 'stated' },
  { text: 'Police arrested both men in early August.', span: 'early August', value: '2021-08' },
  { text: 'The book is due to be published in May.', span: 'May', value: '2022-05' },
  { text: 'Monday, Jan. 10, 2022 was cold.', span: 'Monday, Jan. 10, 2022', value: '2022-01-10', certainty: 'stated' },
  { text: 'Filed 2021-12-31 by the clerk.', span: '2021-12-31', value: '2021-12-31' },
  { text: 'the 1957-58 expedition', span: '58', value: '1958' },
  // Counted from a day the text does not give: unknown, not the day after the report.
  { text: 'The flight left a day later.', span: 'a day later', value: 'XXXX-XX-XX' },
  { text: 'It began in 1999. The next night, crowds returned.', span: 'The next night', value: 'XXXX-XX-XX' },
  { text: 'Officials said talks would resume over the weekend.', span: 'the weekend', value: '2022-W02-WE' },
  { text: 'Fighting flared over the weekend.', span: 'the weekend', value: '2022-W01-WE' },
  { text: 'Talks are postponed until the end of the year.', span: 'the end of the year', value: '2022' },
  { text: 'Police clashed with protesters late Monday.', span: 'late Monday', value: '2022-01-10' },
  { text: 'They met on Jan. 3. The next day, troops withdrew.', span: 'The next day', value: '2022-01-04' },
  { text: 'Over the past decade, prices doubled.', span: 'the past decade', value: 'P10Y', kind: 'duration' },
  { text: 'Shops closed on Christmas Day.', span: 'Christmas Day', value: '2021-12-25' },
  { text: 'The figure for 2021 was higher.', span: '2021', value: '2021' },
  { text: 'In the 90 years since, little changed.', span: 'the 90 years', value: 'P90Y', kind: 'duration' },
  { text: 'He was a hero of the 20th century.', span: '20th century', value: '19' },
  { text: 'The coach tweaked his backline for Saturday’s match.', span: 'Saturday', value: '2022-01-15' },
  { text: 'Negotiations now shift to Brussels on Wednesday, followed by talks in Vienna.', span: 'Wednesday', value: '2022-01-12' },
  { text: 'The Nato meeting on Wednesday will be followed by talks.', span: 'Wednesday', value: '2022-01-12' },
  { text: 'She earns $50,000 a year.', span: 'a year', value: 'P1Y', kind: 'set' },
  { text: 'They meet every other week.', span: 'every other week', value: 'P2W', kind: 'set' },
  { text: 'Buses run every 15 minutes.', span: 'every 15 minutes', value: 'PT15M', kind: 'set' },
  { text: 'Trading opens at 2 p.m. EDT (1800 GMT).', span: '1800 GMT', value: '2022-01-10T18:00', kind: 'time' },
  { text: 'A hit from the sixties.', span: 'the sixties', value: '196' },
  { text: 'Profits rose in H1 2021.', span: 'H1 2021', value: '2021-H1', certainty: 'stated' },
  { text: 'Rates will hold until mid-2023.', span: 'mid-2023', value: '2023' },
  { text: 'The trial is set to begin in the fall.', span: 'the fall', value: '2022-FA' },
  { text: 'He complained he could not attend the session on Jan. 25.', span: 'Jan. 25', value: '2022-01-25' },
  { text: 'The talks collapsed on Dec. 28.', span: 'Dec. 28', value: '2021-12-28' },
  { text: 'They planned a 1,000 hours program.', span: '1,000 hours', value: 'PT1000H', kind: 'duration' },
  { text: 'They set a deadline of midnight Wednesday.', span: 'midnight Wednesday', value: '2022-01-12T24:00', kind: 'time' },
  { text: 'All the prizes are presented on Feb. 24, as every year.', span: 'Feb. 24', value: '2022-02-24' },
  { text: "Saudi Arabia's announcement Sunday that it is withdrawing surprised many.", span: 'Sunday', value: '2022-01-09' },
  { text: 'It covered 105 miles in the first 7 1-2 hours.', span: 'the first 7 1-2 hours', value: 'PT7.5H', kind: 'duration' },
  { text: 'OPEC will cut 2.6 million barrels a day.', span: 'a day', value: 'P1D', kind: 'set' },
  { text: 'They renewed a 10-year-old trade agreement.', span: '10-year-old', value: 'P10Y', kind: 'duration' },
  { text: 'Indonesia invaded in 1975 and annexed the territory that year.', span: 'that year', value: '1975' },
  { text: 'The treaty was signed on June 16, 2021; sanctions followed the same day.', span: 'the same day', value: '2021-06-16' },
  { text: 'They deferred further debate to a meeting in Brussels on Wednesday.', span: 'Wednesday', value: '2022-01-12' },
  { text: 'The vote was postponed on Friday.', span: 'Friday', value: '2022-01-07' },
  { text: "Hamas claimed responsibility for Friday's bombing.", span: 'Friday', value: '2022-01-07' },
  { text: 'Most residents had left by Sunday.', span: 'Sunday', value: '2022-01-09' },
  { text: "The cabinet delayed action following Friday's bombing.", span: 'Friday', value: '2022-01-07' },
  { text: 'He would announce his plans, possibly as soon as Friday, after he had decided.', span: 'Friday', value: '2022-01-14' },
  { text: "Netanyahu's Cabinet, due to meet Tuesday, was balking.", span: 'Tuesday', value: '2022-01-11' },
  { text: 'The tours, originally scheduled to begin in December, have been delayed.', span: 'December', value: '2021-12' },
  { text: 'He is scheduled for release in April.', span: 'April', value: '2022-04' },
  { text: 'Money held abroad would be worthless unless repatriated by Dec. 30.', span: 'Dec. 30', value: '2021-12-30' },
  { text: 'Pinochet remained army chief until August, when he became a senator.', span: 'August', value: '2021-08' },
  { text: 'The match has been postponed until 15:00 GMT Saturday.', span: '15:00 GMT Saturday', value: '2022-01-15T15:00', kind: 'time' },
];

for (const c of POSITIVE) {
  test(`finds "${c.span}" in "${c.text}"`, () => {
    const found = findTimes(c.text, REF).find((t) => t.text === c.span);
    assert.ok(found, `no mention "${c.span}" among ${JSON.stringify(findTimes(c.text, REF).map((t) => t.text))}`);
    assert.equal(found.value, c.value);
    if (c.kind) assert.equal(found.kind, c.kind);
    if (c.certainty) assert.equal(found.certainty, c.certainty);
  });
}

test('5-1/2 hours is a duration and never a date', () => {
  const found = findTimes('after roughly 5-1/2 hours of talks', REF);
  assert.deepEqual(found.map((t) => t.kind), ['duration']);
});

// Texts that contain no date at all (durations and sets are allowed where noted).
const NO_DATE: readonly string[] = [
  "He appeared on ABC's This Week to defend the plan.",
  'Shares rose 12.53% to close at $1,194.09.',
  'It may well be the last chance.',
  'May I ask a question?',
  'Thousands joined a march on the capital.',
  'Call the office on 202-555-0199 or (212) 555-0147.',
  'Article 5 of the Nato treaty.',
  'A Boeing 737 landed safely.',
  'COVID-19 cases fell at the G20 summit.',
  'Some 5,000 troops guard a 2,000-kilometer border with 30 tanks.',
  'He was sentenced to 2000 hours of community service.',
  'The Sunday Times reported it first.',
  'Flights to Christmas Island resumed.',
  'Prices fall in winter markets.',
  'He wrote for the Laramie Daily Boomerang.',
  'The Turkish daily Milliyet said so.',
];

for (const text of NO_DATE) {
  test(`no date in "${text}"`, () => {
    const dates = findTimes(text, REF).filter((t) => t.kind === 'date' || t.kind === 'time');
    assert.deepEqual(dates.map((t) => t.text), []);
  });
}

test('no set or duration for ages, pronouns, titles or ordinals', () => {
  const texts = [
    'The 22-year-old son called police.',
    'The 30-year-old striker scored twice.',
    'The family expected 26-year-old Hickey home.',
    'The 17-year-old disc jockey died.',
    'All children ages 6 months and older should be vaccinated.',
    'Republicans tore into each other Wednesday.',
    'He wrote for the Laramie Daily Boomerang.',
    'The Turkish daily Milliyet said so.',
    'He complained for a second time.',
  ];
  for (const text of texts) {
    assert.deepEqual(findTimes(text, REF).filter((t) => t.kind === 'set' || t.kind === 'duration'), []);
  }
});

test('without a reference, relative expressions keep X placeholders and stated ones are unchanged', () => {
  const found = findTimes('On Wednesday, as on June 16, 2021, they met.', undefined);
  assert.deepEqual(found.map((t) => t.value), ['XXXX-WXX-3', '2021-06-16']);
});

test('an unparseable reference date behaves like no reference', () => {
  assert.equal(findTimes('They met on Wednesday.', { date: 'not a date' })[0]?.value, 'XXXX-WXX-3');
});

test('misuse of the API is a TypeError', () => {
  assert.throws(() => findTimes(42 as unknown as string, REF), TypeError);
  assert.throws(() => relationToReference(undefined as unknown as string, '2022-01-10'), TypeError);
});

test('does not mutate or depend on call order (no hidden state)', () => {
  const text = 'They met on Wednesday and will meet again next week.';
  const a = findTimes(text, REF);
  findTimes('Another text from 1999 entirely.', { date: '1999-05-05' });
  assert.deepEqual(findTimes(text, REF), a);
});

test('property: arbitrary strings never throw and every span is a slice of the text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      for (const t of findTimes(text, REF)) {
        assert.equal(t.text, text.slice(t.start, t.end));
        assert.ok(t.start < t.end);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: time-ish strings never throw and spans are slices', () => {
  const words = ['Monday', 'May', 'March', 'last', 'next', 'week', 'year', '2019', '5-1/2', 'hours', 'ago', 'a.m.',
    '10', ':', ',', ' ', 'the', 'in', 'since', '1990s', 'This Week', 'Jan.', '16', '$', '%', '-', '/', 'every', 'now'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      for (const t of findTimes(text, REF)) assert.equal(t.text, text.slice(t.start, t.end));
    }),
    { numRuns: 300 },
  );
});

const RELATIONS: readonly { value: string; expected: string }[] = [
  { value: '2022-01-09', expected: 'past' },
  { value: '2022-01-10', expected: 'present' },
  { value: '2022-01-12', expected: 'future' },
  { value: '2022-W02', expected: 'present' },
  { value: '2021-12', expected: 'past' },
  { value: '2022', expected: 'present' },
  { value: '2023-Q1', expected: 'future' },
  { value: '199', expected: 'past' },
  { value: '2022-01-10TMO', expected: 'present' },
  { value: 'PAST_REF', expected: 'past' },
  { value: 'FUTURE_REF', expected: 'future' },
  { value: 'PRESENT_REF', expected: 'present' },
  { value: 'P3Y', expected: 'unknown' },
];

for (const r of RELATIONS) {
  test(`relationToReference(${r.value}, 2022-01-10) = ${r.expected}`, () => {
    assert.equal(relationToReference(r.value, '2022-01-10'), r.expected);
  });
}

test('long blank, numeric and run-on inputs are handled (linear passes, bounded lookbehinds)', () => {
  assert.deepEqual(findTimes(' '.repeat(20_000), REF), []);
  assert.deepEqual(findTimes('1-'.repeat(10_000), REF), []);
  const runOn = 'in 2019 on Monday at 10 a.m. last week '.repeat(300);
  const found = findTimes(runOn, REF);
  assert.equal(found.length, 900);
  for (const t of found) assert.equal(t.text, runOn.slice(t.start, t.end));
});

test('a plural possessive keeps its apostrophe in the span', () => {
  const found = findTimes("90 days in jail and five years' probation", REF);
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['90 days', 'P90D'], ["five years'", 'P5Y']]);
});

test('parser gates are a pure speed-up: results are identical without them', () => {
  const ungated = PARSERS.map((p) => ({ id: p.id, pattern: p.pattern, extract: p.extract.bind(p) }));
  const texts = [...POSITIVE.map((c) => c.text), ...NO_DATE, "Monday, Jan. 10, 2022 at 10 a.m. GMT; 1800 GMT; the '90s; Q3 2021."];
  for (const text of texts) assert.deepEqual(findTimes(text, REF), findTimes(text, REF, { parsers: ungated }));
  const words = ['Monday', 'May', 'last', 'next', 'week', 'year', '2019', '5-1/2', 'hours', 'ago', 'a.m.', '10:30', 'GMT',
    'the', 'in', 'since', '1990s', "'90s", 'Jan.', '16', 'every', 'now', 'daily', 'Christmas', 'Q1', 'summer', 'a', 'day'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 25 }), (parts) => {
      const text = parts.join(' ');
      assert.deepEqual(findTimes(text, REF), findTimes(text, REF, { parsers: ungated }));
    }),
    { numRuns: 200 },
  );
});

test('property: a two-byte text scanned through its one-byte shadow gives what the text itself gives', () => {
  // A letter past Latin-1 in a paragraph of its own turns the shadow off and changes no mention before it.
  const piece = fc.constantFrom(
    '“On Monday,” she said', ' — ', ' – ', 'the ’90s', 'New Year’s Eve', ' last week', ' in the 1990s', ' three days ago',
    ' at 10 a.m.', ' 2020–2021', '. ', '\n', ' “now” ', ' every day', ' the next two years', ' April 7', '… ', ' €5 in 2019',
  );
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const plain = findTimes(`${text}\n\n\u0100`, REF).filter((t) => t.end <= text.length);
      assert.deepEqual(findTimes(text, REF), plain, text);
    }),
  );
});

test('"going" is a future cue only in "going to": "kept going until nearly 2 a.m. Friday" is the Friday gone by (PolNeAR dev, Washington Post 2016-09-25)', () => {
  const REF_SUNDAY = { date: '2016-09-25' };
  const found = findTimes('Protesters marching through the streets chanted "What curfew?" and kept going until nearly 2 a.m. Friday in defiance the curfew.', REF_SUNDAY);
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['2 a.m. Friday', '2016-09-23T02:00']]);
  // Negative: "going to" still looks ahead.
  assert.deepEqual(findTimes('He is going to speak in Charlotte on Friday.', REF_SUNDAY).map((t) => t.value), ['2016-09-30']);
});

test('two apostrophes quote as a double mark does: a speaker\'s "won\'t" inside \'\'…\'\' does not make the narrator\'s "in July" next July (PolNeAR dev and test, NYT)', () => {
  const ref = { date: '2016-09-19' };
  const simonyan = "As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is ''providing a perspective you won't get from the mainstream press.''";
  assert.deepEqual(findTimes(simonyan, ref).map((t) => t.value), ['2016-07']);
  const sloan = "In a brief interview on Wednesday, Mr. Sloan said, ''We are going to enact the changes that have already been announced,'' including ending the sales goals.";
  assert.deepEqual(findTimes(sloan, { date: '2016-10-14' }).map((t) => t.value), ['2016-10-12']);
  // Negative: a month inside the marks still has the speaker's tense.
  assert.deepEqual(findTimes("''We will meet in July,'' he said.", { date: '2016-10-05' }).map((t) => t.value), ['2017-07']);
});
