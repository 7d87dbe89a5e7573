import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/model/analyzed-article.ts';
import type { ParagraphKind } from '../../src/model/clean-article.ts';
import type { Story } from '../../src/model/story.ts';
import { buildTimeline } from '../../src/pipeline/stages/build-timeline.ts';
import { resolveTimes } from '../../src/pipeline/stages/resolve-times.ts';
import { splitSentences } from '../../src/pipeline/stages/split-sentences.ts';
import { extractQuotes } from '../../src/pipeline/stages/extract-quotes.ts';
import { extractQuantities } from '../../src/pipeline/stages/extract-quantities.ts';
import { seedsResult } from '../helpers/seeds.ts';

/** An article of paragraphs (kind given per paragraph), dated, with its times resolved. */
function dated(id: string, paragraphs: readonly (readonly [string, ParagraphKind])[], published = '2019-03-01'): AnalyzedArticle {
  let text = '';
  const ranges = paragraphs.map(([p, kind]) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    return { start, end: text.length, kind };
  });
  const base = splitSentences({ id, source: id, title: id, language: 'en', text, published, paragraphs: ranges, removed: [], diagnostics: [] });
  return resolveTimes({ ...base, entities: [], quotes: [], quantities: [] });
}

const story = (articles: AnalyzedArticle[]): Story => ({ id: 's', articles, duplicates: [], rewrites: [], origins: articles.map((a) => a.id), why: '' });
const entries = (s: Story) => buildTimeline(s, '2019-03-01').map((e) => `${e.date} [${e.sources.join(',')}] ${e.text}`);

test('a sentence naming several dates is one entry, under its most precise date', () => {
  const a = dated('fox', [['In 2016, on July 22, the committee released emails that it had obtained in June, a year before the vote in 2017.', 'body']]);
  assert.deepEqual(entries(story([a])), ['2016-07-22 [fox] In 2016, on July 22, the committee released emails that it had obtained in June, a year before the vote in 2017.']);
});

test('captions, page notes and the dateline date no event', () => {
  const a = dated('nyt', [
    ['WASHINGTON, Feb. 27 — The senator spoke to reporters.', 'body'],
    ['The senator arrives at the Capitol on Feb. 26, 2019.', 'caption'],
    ['A version of this article appears in print on February 28, 2019, on page A16.', 'body'],
  ]);
  assert.deepEqual(entries(story([a])), []);
});

test('an entry cites only the outlets whose sentence states that event, not every outlet that names the year', () => {
  const fox = dated('fox', [['In 2016, Stone exchanged messages with the hacker Guccifer 2.0 about the stolen documents.', 'body']]);
  const nyt = dated('nyt', [['Stone has denied wrongdoing since 2016.', 'body']]);
  const hpo = dated('hpo', [['Stone exchanged private messages with Guccifer 2.0 in 2016 about the documents.', 'body']]);
  const out = entries(story([fox, nyt, hpo]));
  assert.equal(out.length, 2);
  assert.match(out[0] ?? '', /^2016 \[fox,hpo\] /);
  assert.match(out[1] ?? '', /^2016 \[nyt\] Stone has denied/);
});

test('a date after "since" starts a stretch of time: the sentence is dated by its other date when it has one', () => {
  const a = dated('fox', [['Ryan, in his first interview since being named Saturday as running mate, told Fox News on Tuesday that Medicare is a winning issue.', 'body']], '2012-08-15');
  const b = dated('nyt', [['Stone has denied wrongdoing since March 1.', 'body']], '2019-03-10');
  const s = (x: AnalyzedArticle) => buildTimeline(story([x]), undefined).map((e) => e.date);
  assert.deepEqual(s(a), ['2012-08-14']);
  assert.deepEqual(s(b), ['2019-03-01']);
});

test('"today" inside a speaker\'s words means "these days" and dates no event; in the narration it does', () => {
  const text = '“People with Medicare would be left with nothing but a voucher in place of the benefits they rely on today.”';
  const a = dated('fox', [[text, 'body'], ['The campaign released the ad today.', 'body']], '2012-08-15');
  const withQuote = { ...a, quotes: [{ start: 1, end: text.length - 1, text: text.slice(1, -1), direct: true, rule: 'test' }] };
  const out = buildTimeline(story([withQuote]), undefined).map((e) => `${e.date} ${e.text}`);
  assert.deepEqual(out, ['2012-08-15 The campaign released the ad today.']);
});

test('sentences of one day join an entry only when they state its fact: another happening that day keeps its own entry', () => {
  // Both tell of Monday's talks (the word test alone joined them), but only one says Kazakhstan was not discussed:
  // citing the other outlet for that entry would cite a passage that does not state it.
  const ap = dated('ap', [['Sherman called Monday’s talks between the two delegations a frank and forthright discussion.', 'body']], '2022-01-11');
  const farm = dated('farm', [['Ms Sherman said Kazakhstan was not discussed in Monday’s talks between the two delegations.', 'body']], '2022-01-11');
  // The same plan in other words is one entry citing both.
  const ft = dated('ft', [['Russian officials will hold talks with Nato in Brussels on Wednesday.', 'body']], '2022-01-11');
  const gu = dated('gu', [['Talks between Russia and Nato are planned in Brussels on Wednesday.', 'body']], '2022-01-11');
  const out = buildTimeline(story([ap, farm, ft, gu]), '2022-01-11').map((e) => `${e.date} [${e.sources.join(',')}]`);
  assert.deepEqual(out.sort(), ['2022-01-10 [ap]', '2022-01-10 [farm]', '2022-01-12 [ft,gu]']);
});

/** The article with the tagger's place mentions for the names given (as the NER stage would add them). */
function withPlaces(a: AnalyzedArticle, places: readonly string[]): AnalyzedArticle {
  const entities = places.flatMap((name) => [...a.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, type: 'place' as const, name, rule: 'test' })));
  return { ...a, entities };
}

test('the samples: the Brussels meeting told by five outlets in their own words is one entry, and the talks are not dated by it', () => {
  const story = seedsResult().brief.stories[0];
  assert.ok(story);
  const brussels = story.timeline.filter((e) => e.date === '2022-01-12');
  // It was three entries (and three .ics events): "will hold talks with Nato in Brussels on Wednesday", "a special
  // meeting of the NATO-Russia Council in Brussels on Wednesday", and Monday's talks "deferred … to a meeting in
  // Brussels on Wednesday"; below them, "looking to the upcoming Nato-Russia Council on Wednesday as a testing ground".
  assert.equal(brussels.length, 1, JSON.stringify(brussels.map((e) => e.text)));
  assert.match(brussels[0]?.text ?? '', /Brussels on Wednesday/);
  assert.equal(brussels[0]?.sources.length, 5);
  assert.ok(!story.timeline.some((e) => /largely spent the eight hours of talks/.test(e.text)), 'Monday’s talks were dated by the meeting they defer to');
  // The other day of the two-day sentence keeps its own place: Vienna on Thursday stays an entry of its own.
  assert.ok(story.timeline.some((e) => e.date === '2022-01-13' && /Vienna/.test(e.text)));
});

test('negative: a date inside a reference is still the sentence’s own when the sentence tells of the plan', () => {
  const a = dated('reuters', [['The committee adjourned until a hearing scheduled for Wednesday.', 'body'], ['Officials will travel to a summit in Vienna on Thursday.', 'body']], '2022-01-10');
  assert.deepEqual(entries(story([a])).map((e) => e.slice(0, 10)), ['2022-01-12', '2022-01-13']);
  // Told as done, the same kind of phrase dates only the event it refers to: beside a sentence that tells of that day it
  // is no entry of its own; alone it is the one word of the referenced event and stays (DUC 2004 d30008t: "Lee decided
  // to send Chiang Pin-kung to the informal leaders summit on Nov. 17-18").
  const b = dated('reuters', [['The envoys flew home and deferred the rest to a meeting of Nato ministers on Wednesday.', 'body']], '2022-01-10');
  const c = dated('afp', [['Nato ministers will meet on Wednesday to discuss the crisis.', 'body']], '2022-01-10');
  assert.deepEqual(entries(story([b, c])), ['2022-01-12 [afp] Nato ministers will meet on Wednesday to discuss the crisis.']);
  assert.equal(entries(story([b])).length, 1);
});

test('negative: upcoming entries of one day at two places, and past entries at one place, stay apart', () => {
  const plans = [
    withPlaces(dated('ft', [['Russian officials will hold talks with Nato in Brussels on Wednesday.', 'body']], '2019-03-01'), ['Brussels']),
    withPlaces(dated('ap', [['Protesters plan a rally in Kyiv on Wednesday against the troop build-up.', 'body']], '2019-03-01'), ['Kyiv']),
  ];
  assert.equal(buildTimeline(story(plans), '2019-03-01').length, 2);
  const past = [
    withPlaces(dated('ft', [['Police arrested three men in Brussels on Wednesday.', 'body']], '2019-03-08'), ['Brussels']),
    withPlaces(dated('ap', [['A new tram line opened in Brussels on Wednesday.', 'body']], '2019-03-08'), ['Brussels']),
  ];
  assert.equal(buildTimeline(story(past), '2019-03-08').length, 2);
  // A body that is no meeting ("the Senate") names no one event: its two votes of a day stay two entries.
  const senate = (id: string, text: string): AnalyzedArticle => {
    const a = dated(id, [[text, 'body']], '2019-03-01');
    const at = a.text.indexOf('Senate');
    return { ...a, entities: [{ start: at, end: at + 6, type: 'organization', name: 'Senate', rule: 'test' }] };
  };
  assert.equal(buildTimeline(story([senate('ft', 'The Senate on Wednesday will vote on the budget bill.'), senate('ap', 'The Senate on Wednesday will confirm the new judge.')]), '2019-03-01').length, 2);
});

test('negative: a meeting called off is not merged into the plan it undoes', () => {
  // A plan reported on Friday and its cancellation reported after the day (DUC 2004 d31043t: "Hariri had even
  // scheduled Friday a traditional meeting …, but that was canceled"): both name the same Wednesday and share their words.
  const plan = withPlaces(dated('ft', [['Russian officials will hold talks with Nato in Brussels on Wednesday.', 'body']], '2019-03-01'), ['Brussels']);
  const off = withPlaces(dated('ap', [['The talks of Russian officials with Nato in Brussels on Wednesday were called off.', 'body']], '2019-03-07'), ['Brussels']);
  const out = buildTimeline(story([plan, off]), undefined);
  assert.deepEqual(out.map((e) => e.date), ['2019-03-06', '2019-03-06'], JSON.stringify(out.map((e) => e.text)));
});

test('a dated sentence that opens a quotation running on is shown to where the quotation closes (PolNeAR dev, Breitbart 2016-09-15)', () => {
  const base = dated('brb', [[
    '“One of the things I am surprised about is apparently how much the health issue has affected this race, or seems to be affecting it,” said Caddell. “Yesterday, there were two polls. Morning Consult and Rasmussen had very similar numbers.”',
    'body',
  ]], '2016-09-15');
  const a = extractQuotes(base);
  assert.deepEqual(buildTimeline(story([a]), undefined).map((e) => `${e.date} ${e.text}`), [
    '2016-09-14 “Yesterday, there were two polls. Morning Consult and Rasmussen had very similar numbers.”',
  ]);
});

test('negative: a time standing alone (a live-updates heading) is no event; the paragraph after it keeps its own dates (PolNeAR dev, Breitbart 2016-10-03)', () => {
  const a = dated('brb', [
    ['2:45 p.m.', 'body'],
    ['Kevin Sullivan says he instructed staff Monday to check whether anyone illegally disclosed the information.', 'body'],
  ], '2016-10-03');
  assert.deepEqual(buildTimeline(story([a]), undefined).map((e) => `${e.date} ${e.text}`), [
    '2016-10-03 Kevin Sullivan says he instructed staff Monday to check whether anyone illegally disclosed the information.',
  ]);
});

test('negative: a clock time beside a recurring time tells a schedule and dates no event (PolNeAR train, Washington Post 2016-01-20)', () => {
  const a = dated('wpo', [[
    'And yet every Friday, from 8 a.m. to noon, the former HP executive told The Washington Post, Fiorina would lead a committee meeting in which she would decide on regional real estate holdings and even the titles for middle managers.',
    'body',
  ]], '2016-01-20');
  assert.deepEqual(buildTimeline(story([a]), undefined).map((e) => `${e.date} ${e.text.slice(0, 30)}`), []);
});

test('an entry is shown and cited without its dateline, as claims and the summary show a sentence', () => {
  // NYT, basil-dev (Ferguson, 2014-08-20): the timeline showed "FERGUSON, Mo. — Attorney General Eric H. Holder Jr.
  // arrived in St. Louis on Wednesday, …" while the same sentence as a claim had no dateline.
  const text = 'FERGUSON, Mo. — Attorney General Eric H. Holder Jr. arrived in St. Louis on Wednesday, meeting with community leaders.';
  const a = dated('nyt', [[text, 'body']], '2014-08-20');
  const [entry] = buildTimeline(story([a]), undefined);
  assert.equal(entry?.text, 'Attorney General Eric H. Holder Jr. arrived in St. Louis on Wednesday, meeting with community leaders.');
  const span = entry?.spans[0];
  assert.equal(span && a.text.slice(span.start, span.end), entry?.text, 'the span is the text shown');
});

test('negative: a clock time beside a plural day word ("weekdays", "on Sundays") tells a schedule (PolNeAR dev, Breitbart 2016-09-15)', () => {
  const a = dated('bb', [
    ['Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.', 'body'],
    ['The caucus meets on Sundays at 5 p.m. in the chapel.', 'body'],
  ], '2016-09-15');
  assert.deepEqual(buildTimeline(story([a]), undefined).map((e) => `${e.date} ${e.text.slice(0, 30)}`), []);
});

test('negative: a date in the clause that tells who a quote’s speaker is dates the speaker’s past, not the quote (PolNeAR dev and test)', () => {
  const a = extractQuotes(dated('pol', [
    ['“Now is the time for all good political leaders to come to the aid of their party,” said Don Fowler, who helmed the DNC from 1995 to 1997, during Bill Clinton’s presidency.', 'body'],
    ["''I don't see that happening unless they get rid of all the top corporate executives,'' said Julie Miller, who worked at Wells Fargo for eight years until being fired in 2013 for not meeting her sales goals.", 'body'],
    // The quote's own date stays: the clause after the speaker holds none.
    ['“On November 2nd, voters called for an end to reckless spending,” said Rep. Michele Bachmann, who has emerged a prominent voice of the Tea Party.', 'body'],
  ], '2016-09-12'));
  assert.deepEqual(buildTimeline(story([a]), undefined).map((e) => `${e.date} ${e.text.slice(0, 20)}`), ['2015-11-02 “On November 2nd, vo']);
});

test('a year ahead that a sentence forecasts a figure by is no upcoming event; a plan or a scheduled day ahead stays (basil-dev)', () => {
  // HPO and Fox, 2011-06-17 (Social Security): the timeline listed "2085 (upcoming): By 2085, it will be able to pay 74
  // percent of promised benefits" beside the votes and hearings a reader looks to.
  const hpo = extractQuantities(dated('hpo', [
    ['After 2036, the program will only be able to pay 77 percent of promised benefits.', 'body'],
    ['By 2085, it will be able to pay 74 percent of promised benefits.', 'body'],
    ['The plant is expected to reach 40 percent of its capacity by 2030.', 'body'],
    // A target's year (HuffPost 2016-09-27, PolNeAR dev).
    ['The Clean Power Plan was designed to lower carbon emissions from U.S. power plants by 2030 to 32 percent below 2005 levels.', 'body'],
  ], '2011-06-17'));
  assert.deepEqual(buildTimeline(story([hpo]), undefined), []);
  const plans = extractQuantities(dated('nyt', [
    ['Mr. Grassley plans to seek a seventh term in 2016.', 'body'],
    ['Taxes for 98 percent of families will rise on Jan. 1 unless Congress acts.', 'body'],
    ['Two Democratic congressmen are likely to face off in a primary in April.', 'body'],
  ], '2012-12-10'));
  assert.deepEqual(buildTimeline(story([plans]), undefined).map((e) => `${e.date} ${e.upcoming}`), ['2013-01-01 true', '2013-04 true', '2016 true']);
});

test('a date inside a relative clause dates what that clause tells, not the sentence: the sentence’s own date wins, and with another entry that day it is none (basil-dev)', () => {
  // NYT 2011-01-06, shortened (published Thursday 6 January 2011): Boehner read the preamble Thursday; Pelosi handed
  // him the gavel Wednesday.
  const nyt = dated('nyt', [
    ['Republicans took the majority of the House on Wednesday, and John Boehner was sworn in as speaker that afternoon.', 'body'],
    ['Just after 11 a.m., John Boehner read the preamble, before yielding to the woman who handed him the gavel on Wednesday, Nancy Pelosi.', 'body'],
  ], '2011-01-06');
  const shown = buildTimeline(story([nyt]), '2011-01-06').map((e) => `${e.date} ${e.text.slice(0, 40)}`);
  assert.ok(!shown.some((e) => e.startsWith('2011-01-05 Just after 11')), JSON.stringify(shown));
  // The sentence's own date wins over one in its relative clause ("who on Thursday unveiled …, said Friday").
  const fox = dated('fox', [['Sen. Kay Bailey Hutchison, who on Thursday unveiled her own reform package, said Friday that the group had lost its way.', 'body']], '2011-06-17');
  assert.deepEqual(buildTimeline(story([fox]), '2011-06-17').map((e) => e.date), ['2011-06-17']);
});

test('a date naming an event the reader knows ("the Sept. 11 attack") is a reference; "an Oct. 15 interview" is the sentence’s own (basil-dev)', () => {
  // NYT 2013-01-23 (Clinton's Benghazi testimony), shortened: the sentence was listed under both days.
  const nyt = dated('nyt', [
    ['Mrs. Clinton first publicly took responsibility for the Sept. 11 attack in an Oct. 15 interview with television reporters.', 'body'],
    ['Democrats accused Republicans of exploiting the Sept. 11, 2001, terrorist attacks in their campaign.', 'body'],
  ], '2013-01-23');
  assert.deepEqual(buildTimeline(story([nyt]), '2013-01-23').map((e) => `${e.date} ${e.text.slice(0, 20)}`), ['2001-09-11 Democrats accused Re', '2012-10-15 Mrs. Clinton first p']);
  // "on the Tuesday after the vote": the word after the date is a function word, so the date is the sentence's own.
  const fox = dated('fox', [['He resigned on the Tuesday after the vote.', 'body']], '2013-01-23');
  assert.deepEqual(buildTimeline(story([fox]), '2013-01-23').map((e) => e.date), ['2013-01-22']);
});

test('a holiday one celebrates is the custom, not a day ("celebrate Christmas"); "on Christmas Day" stays a date (basil-dev)', () => {
  // Fox 2011-12-07 (Perry's ad), shortened: it was listed as an upcoming 25 December.
  const fox = dated('fox', [
    ['"There is something wrong in this country when kids can not openly celebrate Christmas or pray in school," Perry says in the ad.', 'body'],
    ['The ad will run through Christmas Day in Iowa.', 'body'],
  ], '2011-12-07');
  assert.deepEqual(buildTimeline(story([fox]), '2011-12-07').map((e) => `${e.date} ${e.text.slice(0, 10)}`), ['2011-12-25 The ad wil']);
});

test('"200 years later" counts from the text’s own event, not the report’s date; beside a named day, "today" means these days (PolNeAR train)', () => {
  const wj = dated('west-journal', [
    ['He then presided over the Constitutional Convention, which wrote the form of government under which we still live today, more than 200 years later.', 'body'],
  ], '2016-07-28');
  assert.deepEqual(buildTimeline(story([wj]), '2016-07-28').map((e) => e.date).filter((d) => d > '2100'), []);
  const nyt = dated('nyt', [
    ['And as he took the stage here Wednesday night, his diagnosis called to mind a promise that seems even more out of reach today.', 'body'],
  ], '2016-07-29');
  assert.deepEqual(buildTimeline(story([nyt]), '2016-07-29').map((e) => e.date), ['2016-07-27']);
});
