import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import type { NameSpan } from '../../src/nlp/quotes/types.ts';
import { inputOf } from './helpers.ts';

// Who asked: the one asked is the hearer, a name in a prepositional phrase never speaks, and a described person
// ("a woman in the audience") is the speaker. PolNeAR, Washington Post 2016-10-10, second presidential debate.

function names(text: string, list: readonly (readonly [string, NameSpan['type']])[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const [name, type] of list) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, name, type });
  return out.sort((a, b) => a.start - b.start);
}

const TEXT =
  'Last November, Hillary Clinton tweeted: "Every survivor of sexual assault deserves to be heard, believed, and supported."\n\n' +
  'In December, a woman in the audience at a Clinton campaign event in New Hampshire asked her: "You say that all rape victims should be believed. But would you say that about Juanita Broaddrick?"\n\n' +
  'Clinton replied: "Well, I would say that everyone should be believed at first."';

test('"a woman in the audience at a Clinton campaign event … asked her: “…”" is the woman’s question, not Clinton’s', () => {
  const quotes = findQuotes({ ...inputOf(TEXT), names: names(TEXT, [['Hillary Clinton', 'person'], ['Clinton', 'person'], ['New Hampshire', 'place'], ['Juanita Broaddrick', 'person']]) });
  const bySpeaker = quotes.filter((q) => q.direct).map((q) => `${q.speaker} | ${q.text.slice(0, 20)}`);
  assert.deepEqual(bySpeaker, [
    'Hillary Clinton | Every survivor of se',
    'a woman in the audience | You say that all rap',
    'Hillary Clinton | Well, I would say th',
  ]);
});

test('negative: a name opening the clause still asks ("Sanders asked her: …"), and "asked Sanders" names the one asked', () => {
  const named = 'At the rally, Sanders asked the crowd: "Are you ready?"';
  assert.equal(findQuotes({ ...inputOf(named), names: names(named, [['Sanders', 'person']]) })[0]?.speaker, 'Sanders');
  const hearer = 'The moderator asked Sanders: "Are you ready?"';
  assert.notEqual(findQuotes({ ...inputOf(hearer), names: names(hearer, [['Sanders', 'person']]) })[0]?.speaker, 'Sanders');
});

test('"the statement said" is whoever was quoted saying it in a statement (PolNeAR, Western Journal 2016-01-29)', () => {
  const text =
    '“Roger Ailes had three brief conversations with Donald Trump on Thursday,” Fox News said in a statement.\n\n' +
    '“Furthermore, Trump offered to appear at the debate. We explained that was not possible,” the statement said.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Roger Ailes', 'person'], ['Donald Trump', 'person'], ['Fox News', 'organization'], ['Trump', 'person']]) });
  assert.deepEqual(quotes.map((q) => `${q.speaker} ${q.speakerRule}`), ['Fox News speaker/named', 'Fox News speaker/document-author']);
});

test('negative: an email mentioned otherwise names no author ("The Trump campaign sent a fundraising email", PolNeAR)', () => {
  const text =
    'The Trump campaign sent a fundraising email on Friday morning, Trump said.\n\n' +
    '“Americans like you aren’t buying it anymore,” the email said.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Trump', 'person']]) });
  assert.equal(quotes.at(-1)?.speaker, 'the email');
});

// A family named together shares its surname: "Mr. Obama" and "the president" are neither daughter (NYT and HuffPost,
// basil-dev, Thanksgiving turkey pardon 2014: both went to "Malia Obama" / "Sasha Obama").
const FAMILY =
  'A staffer criticized Sasha and Malia Obama on Facebook. The daughters join President Obama at the ceremony.\n\n' +
  '“You want to pet him?” Mr. Obama asked his daughters.\n\n' +
  'Before approaching the turkeys, the president remarked that it was “puzzling that I do this every year.”';

test('a surname a family named together shares ("Sasha and Malia Obama") is not extended to one of them', () => {
  const list = names(FAMILY, [['Sasha', 'person'], ['Malia Obama', 'person'], ['Obama', 'person']]).filter(
    (n) => !(n.name === 'Obama' && FAMILY.slice(n.start - 6, n.start) === 'Malia '),
  );
  const titled = list.map((n) => (n.name === 'Obama' && FAMILY.slice(n.start - 10, n.start) === 'President ' ? { ...n, title: 'President' } : n));
  const quotes = findQuotes({ ...inputOf(FAMILY), names: titled });
  assert.deepEqual(quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 11)}`), ['Obama | You want to', 'Obama | that it was']);
});

test('negative: two people joined by "and" keep their own names ("Hillary Clinton and Barack Obama")', () => {
  const text = 'Hillary Clinton and Barack Obama met in Denver.\n\n“We agree on the plan,” Mr. Obama said.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Hillary Clinton', 'person'], ['Barack Obama', 'person']]).concat(
    [{ start: text.indexOf('Mr. Obama') + 4, end: text.indexOf('Mr. Obama') + 9, name: 'Obama', type: 'person' as const }]).sort((a, b) => a.start - b.start) });
  assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.speaker), ['Barack Obama']);
});

// A party or nationality word before a noun describes the speaker; it is not the speaker (PolNeAR train: 35 quotes
// went to "Republican", "Democratic", "Mexican" …).
test('"a Mexican official said", "said a Democratic strategist": the noun phrase speaks, not the adjective', () => {
  const text = '“We will never pay for that wall,” a Mexican official said.\n\n“It is over for him,” said a Democratic strategist who asked not to be named.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Mexican', 'other'], ['Democratic', 'other']]) });
  assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.speaker), ['a Mexican official', 'a Democratic strategist']);
});

test('negative: a plural group word is the noun itself ("Democrats said"), and a person in the phrase still speaks', () => {
  const text = '“We will hold the Senate,” Democrats said.\n\n“It is over,” said Republican strategist Karl Rove.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Democrats', 'other'], ['Republican', 'other'], ['Karl Rove', 'person']]) });
  assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.speaker), ['Democrats', 'Karl Rove']);
});

test('a participle after "X said Reid quieted the chatter," speaks for Reid, not for a party word before it (Washington Post)', () => {
  const text = 'Harry Reid met senators on Tuesday. One Democratic official who relayed the exchange said Reid quieted the chatter, telling his colleagues, "We have to remember that Bernie has always been good to us."';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Harry Reid', 'person'], ['Democratic', 'other'], ['Bernie', 'person']]).concat(
    [{ start: text.indexOf('Reid quieted'), end: text.indexOf('Reid quieted') + 4, name: 'Reid', type: 'person' as const }]).sort((a, b) => a.start - b.start) });
  assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.speaker), ['Harry Reid']);
});

test('"The officer yelled, “…” Holder recalled.": a named teller right after the quote outranks a described speaker before it (Fox)', () => {
  const text = 'Ferguson Police Officer Darren Wilson shot Brown.\n\nOnce a squad car rolled up. The officer yelled, "Where are you going? Hold it!" Holder recalled.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Darren Wilson', 'person'], ['Brown', 'person'], ['Holder', 'person']]) });
  assert.deepEqual(quotes.filter((q) => q.direct).map((q) => q.speaker), ['Holder']);
});

test('negative: a one-word title quote is not tagged by the possessive that opens the next sentence ("“Lopez Tonight.” Lopez’s show")', () => {
  const text = 'He spoke about the cancellation of his late night show “Lopez Tonight.” Lopez’s show was cancelled after two years.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Lopez', 'person']]) });
  assert.ok(!quotes.some((q) => q.direct && q.speaker === 'Lopez’s'));
});

test('a time phrase closing the subject says when, not who (basil-dev: NYT 2010, Fox 2013 and 2011, NYT 2014)', () => {
  const speakerOf = (text: string, list: readonly (readonly [string, NameSpan['type']])[] = []) =>
    findQuotes({ ...inputOf(text), names: names(text, list) }).map((q) => q.speaker);
  assert.deepEqual(speakerOf('An NBC News/Wall Street Journal poll last week found that voters favored a Democratic-controlled Congress over a Republican one.', [['NBC News', 'organization'], ['Wall Street Journal', 'organization'], ['Congress', 'organization']]), ['An NBC News/Wall Street Journal poll']);
  assert.deepEqual(speakerOf('Another security review, on June 25, 2012, reported a spike in violence with "foreigners also increasingly targeted."'), ['Another security review']);
  assert.deepEqual(speakerOf('The rules issued Thursday said the policies would affect all legally married gay couples regardless of where they live.'), ['The rules']);
  assert.deepEqual(speakerOf('The White House nevertheless insists that its package of proposals has teeth.', [['White House', 'organization']]), ['White House']);
  // The apposition's closing comma comes after the date, and the name before it is the speaker.
  assert.deepEqual(speakerOf('In another appeal to Iowa farmers, Joni Ernst, a candidate in the Republican Senate primary on June 3, announced in an ad that she grew up “castrating hogs on an Iowa farm.”', [['Iowa', 'place'], ['Joni Ernst', 'person'], ['Republican', 'other'], ['Senate', 'organization']]), ['Joni Ernst']);
  // Negative: a month without its day is a name's ("Theresa May"), and a capitalized "Morning" is a title's.
  assert.deepEqual(speakerOf('Theresa May said that the talks would go on.', [['Theresa May', 'person']]), ['Theresa May']);
  assert.deepEqual(speakerOf('Good Morning America reported that the talks would go on.', [['Good Morning America', 'organization']]), ['Good Morning America']);
});

test('a document\'s own words: "“…,” reads a memo" / "the report read" tie the quote to the document (basil-dev, Fox and HuffPost 2010)', () => {
  const text = '"By virtue of his career in public service, Congressman Sestak was viewed to be highly qualified," reads a memo detailing the administration\'s findings.';
  assert.deepEqual(findQuotes({ ...inputOf(text), names: names(text, [['Sestak', 'person']]) }).map((q) => q.speaker), ["a memo detailing the administration's findings"]);
  const report = '"Such discussions are fully consistent with the relevant law and ethical requirements," the report read.';
  assert.deepEqual(findQuotes({ ...inputOf(report), names: [] }).map((q) => q.speaker), ['the report']);
});

test('negative: a passive verb, a relative clause\'s verb and an inverted "shows" tag no content before them (basil-dev 2014, 2013, 2010)', () => {
  const speakers = (text: string, list: readonly (readonly [string, NameSpan['type']])[] = []) =>
    findQuotes({ ...inputOf(text), names: names(text, list) }).map((q) => `${q.speaker} | ${q.text}`);
  assert.deepEqual(speakers('In nearby Clayton, a grand jury began hearing evidence to determine whether Wilson should be charged in Brown\'s death.', [['Clayton', 'place'], ['Wilson', 'person'], ['Brown', 'person']]), []);
  assert.deepEqual(speakers('Polls show him beating Representative Edward J. Markey, the only Democrat who has officially declared his candidacy.', [['Edward J. Markey', 'person'], ['Democrat', 'other']]), []);
  assert.deepEqual(speakers('The video, posted to YouTube last Friday, shows the man, who appears to be in his early 20s, approaching Etheridge.', [['YouTube', 'organization'], ['Etheridge', 'person']]), []);
  // "said" followed by a clause is no inverted tag ("said Sen. X"): the clause is not its speaker.
  assert.deepEqual(speakers('After the vote, Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote against the resolution, said the nation faces bigger problems, such as the economy, failing public schools and poverty.', [['Bobby Scott', 'person']]).filter((q) => q.startsWith('the nation')), []);
  // Still a tag: a speech verb after its subject.
  assert.deepEqual(speakers('The talks will resume next week, an official said.'), ['an official | The talks will resume next week']);
});

test('"His response: “…”" is the words of whoever "his" is, not of the woman who asked (basil-dev, HuffPost 2011)', () => {
  const text = '"I am not convinced that he has one," Trump said of the birth certificate issue.\n\n"Today" show host Meredith Vieira asked Trump, "You have been privy to all of this to know this?"\n\nHis response: "Well, I have people that actually have been studying it."';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Trump', 'person'], ['Meredith Vieira', 'person']]) });
  assert.deepEqual(quotes.map((q) => q.speaker), ['Trump', 'Meredith Vieira', 'Trump']);
});

test('the subject before a long ", who …," aside speaks, however long the aside (basil-dev, Fox 2011; PolNeAR train, Western Journal)', () => {
  const text = 'Trump, who placed second in an NBC/ Wall Street Journal poll of potential 2012 Republican candidates, said he will decide by June whether to run, and if he is the GOP nominee, "I\'d like to beat him straight up," not on the basis of the question of where Obama was born.';
  const quotes = findQuotes({ ...inputOf(text), names: names(text, [['Trump', 'person'], ['NBC', 'organization'], ['Wall Street Journal', 'organization'], ['Republican', 'other'], ['Obama', 'person']]) });
  assert.ok(quotes.length > 0 && quotes.every((q) => q.speaker === 'Trump'), quotes.map((q) => q.speaker).join(', '));
});

test('negative: a reporting verb after a determiner and adverbs is a participle before its noun ("The only announced candidate", "the politically charged issue")', () => {
  const none = (text: string) => findQuotes({ ...inputOf(text), names: [] }).map((q) => `${q.speaker} | ${q.text}`);
  assert.deepEqual(none('The only announced candidate for the general election is Markey, who has received a flood of endorsements.'), []);
  assert.deepEqual(none('It is an opening for tighter gun rules after Congress has shied away from the politically charged issue for years.'), []);
});
