import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { inputOf } from './helpers.ts';

const quotesOf = (text: string) => findQuotes(inputOf(text));
const direct = (text: string) => quotesOf(text).filter((q) => q.direct);

test('“...,” X said gives the content without the marks and the speaker', () => {
  const [q] = direct('“We had useful discussions today,” Sherman said.');
  assert.equal(q?.text, 'We had useful discussions today,');
  assert.equal(q?.speaker, 'Sherman');
  assert.equal(q?.speakerCertainty, 'stated');
});

test('“...,” said X with a title strips the title', () => {
  const [q] = direct('“The conversation was difficult,” said Deputy Foreign Minister Sergei Ryabkov.');
  assert.equal(q?.speaker, 'Sergei Ryabkov');
});

test('X said: colon introduction', () => {
  const [q] = direct('Her Russian counterpart, Sergei Ryabkov, said: “The conversation was difficult, long, very professional.”');
  assert.equal(q?.speaker, 'Sergei Ryabkov');
  assert.equal(q?.rule, 'quotes/colon-introduction');
});

test('a relative clause set off by commas before the verb describes the speaker; a name inside it is not the speaker', () => {
  const [q] = direct('Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said Tuesday, “I think it is a blockbuster revelation.”');
  assert.equal(q?.speaker, 'John Cornyn');
  const [r] = direct('The ministry, which Sergei Lavrov leads, said: “The talks were useful.”');
  assert.equal(r?.speaker, 'The ministry');
});

test('a participle\'s speaker is the sentence subject: not a name after a possessive, nor one inside an opening phrase', () => {
  const [q] = quotesOf("Cornyn's Democratic campaign counterpart, Sen. Bob Menendez, D-NJ, Tuesday offered a vote of confidence in the attorney general, saying his lifetime of support for veterans is what really matters.");
  assert.equal(q?.speaker, 'Bob Menendez');
  const text = 'Richard Blumenthal spoke often of the war.\n\nAt a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience, noting that America had not always done so.';
  const noting = quotesOf(text).find((x) => x.text.includes('America'));
  assert.equal(noting?.speaker, 'Richard Blumenthal');
});

test('a he continued from an opening phrase ("At a ceremony in Shelton, he praised") still reaches the person named before', () => {
  const text = 'Richard Blumenthal spoke often of the war.\n\nAt a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience.\n\n“I served during the Vietnam era,” he said. “I remember the taunts.”';
  const quotes = direct(text);
  assert.deepEqual(quotes.map((x) => x.speaker), ['Richard Blumenthal', 'Richard Blumenthal']);
});

test('the untagged follow-up of an undetermined “he” is undetermined too', () => {
  const quotes = direct('“I served during the Vietnam era,” he said. “I remember the taunts.”');
  assert.deepEqual(quotes.map((x) => x.speakerRule), ['speaker/undetermined', 'speaker/undetermined']);
});

test('an organization speaking keeps its whole name; a name the tagger missed after "told the" is the object, not the content', () => {
  const [q] = quotesOf('In a policy statement last year, the U.S. Justice Department noted it does not have the resources to police all violations.');
  assert.match(q?.speaker ?? '', /Justice Department$/);
  const [r] = quotesOf('Colorado Gov. John Hickenlooper told The Denver Post he spoke with Nebraska and Oklahoma officials about their concerns.');
  assert.equal(r?.speaker, 'John Hickenlooper');
  assert.match(r?.text ?? '', /^he spoke with/);
});

test('a bare surname resolves to the full name seen earlier; Mr. is dropped', () => {
  const text = 'Sergei Ryabkov led the delegation.\n\n“We are fed up with loose talk,” Mr. Ryabkov said.';
  const [q] = direct(text);
  assert.equal(q?.speaker, 'Sergei Ryabkov');
  assert.equal(text.slice(q?.speakerRange?.start, q?.speakerRange?.end), 'Ryabkov');
});

test('he/she resolves to the last named speaker of that gender, never to a country', () => {
  const text =
    'Wendy Sherman met Sergei Ryabkov. Ryabkov said he was tired. Russia said talks were hard.\n\n' +
    '“We had useful discussions,” she said.';
  const [q] = direct(text);
  assert.equal(q?.speaker, 'Wendy Sherman');
  assert.equal(q?.speakerCertainty, 'inferred');
});

test('he/she resolves to the last named speaker, inferred', () => {
  const text =
    'Wendy Sherman led the US side.\n\nSherman said Russia still had a choice.\n\n' +
    '“If Russia walks away from the diplomatic path, they were never serious,” she said.';
  const q = direct(text)[0];
  assert.equal(q?.speaker, 'Wendy Sherman');
  assert.equal(q?.speakerCertainty, 'inferred');
});

test('speaker between two halves: both halves get the speaker', () => {
  const text = '“There needs to be a breakthrough,” Ryabkov said. “If this doesn’t happen, we will act.”';
  const qs = direct(text);
  assert.equal(qs.length, 2);
  assert.deepEqual(qs.map((q) => q.speaker), ['Ryabkov', 'Ryabkov']);
  assert.equal(qs[1]?.rule, 'quotes/split-quote');
});

test('a quote with no closing mark continues into the next paragraph that opens with a quote mark', () => {
  const text = 'Ryabkov said: “The conversation was difficult.\n\n“We have been left with a good impression.”\n\nThe talks ended.';
  const qs = direct(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0]?.text ?? '', /difficult\.\n\n“We have been left with a good impression\.$/);
});

test('straight quotes and nested single quotes', () => {
  const [q] = direct('"He told me \'no deal\' and left," Smith said.');
  assert.equal(q?.text, "He told me 'no deal' and left,");
  assert.equal(q?.speaker, 'Smith');
});

test('according to X is an indirect attribution', () => {
  const [q] = quotesOf('According to John Kirby, the troops will stay in place for another month.');
  assert.equal(q?.direct, false);
  assert.equal(q?.speaker, 'John Kirby');
  assert.equal(q?.text, 'the troops will stay in place for another month');
});

test('X said that ... is indirect and keeps a partial quote inside its content', () => {
  const text = 'Sherman said progress could only happen if Russia “stays at the table and takes concrete steps.”';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]?.direct, false);
  assert.equal(qs[0]?.speaker, 'Sherman');
  assert.match(qs[0]?.text ?? '', /^progress could only happen if Russia “stays at the table/);
});

test('X warned / insisted that ... are indirect', () => {
  const [w] = quotesOf('Lavrov warned that Moscow would respond with military measures.');
  assert.equal(w?.speaker, 'Lavrov');
  assert.equal(w?.text, 'that Moscow would respond with military measures');
  const [i] = quotesOf('Blinken insisted the door to diplomacy remained open.');
  assert.equal(i?.speaker, 'Blinken');
  assert.equal(i?.direct, false);
});

test('reported speech in a sentence-opening subordinate clause ends at its comma; the main clause is the writer’s', () => {
  const [q] = quotesOf('While Ryabkov said Russia had no intention of attacking Ukraine, he claimed he was concerned about provocations.');
  assert.equal(q?.speaker, 'Ryabkov');
  assert.equal(q?.text, 'Russia had no intention of attacking Ukraine');
  // A reporting verb after the clause's comma belongs to the main clause, whose content runs on.
  const [r] = quotesOf('While the talks went on, Ryabkov said Russia had no intention of attacking Ukraine.');
  assert.equal(r?.text, 'Russia had no intention of attacking Ukraine');
});

test('negative: "responded to that turmoil by sending troops" is an action, not reported speech', () => {
  assert.deepEqual(quotesOf('Russia responded to that turmoil by sending troops to occupy the Crimean peninsula.'), []);
});

test('negative: scare quotes, titles and sarcasm are not quotes of a speaker', () => {
  assert.deepEqual(direct('Russia has drawn a “red line” over Nato expansion.'), []);
  assert.deepEqual(direct('He hosted “Saturday Night Live” last year.'), []);
  assert.deepEqual(direct('The “experts” in the capital were wrong again about the weather.'), []);
  assert.deepEqual(direct('She was reading “War and Peace” on the train to Geneva.'), []);
});

test('bad content gives an empty result; misuse is a TypeError', () => {
  assert.deepEqual(findQuotes({ text: '', paragraphs: [], sentences: [] }), []);
  assert.deepEqual(findQuotes({ text: 'abc', paragraphs: [{ start: 5, end: 2 }], sentences: [] }), []);
  assert.throws(() => findQuotes(null as never), TypeError);
  assert.throws(() => findQuotes({ text: 'x' } as never), TypeError);
});

test('"repeated the warning" and "repeated that warning" are objects, not reported speech; "repeated that Russia was ..." is', () => {
  assert.deepEqual(quotesOf('Sherman repeated that warning on Monday.'), []);
  assert.deepEqual(quotesOf('Sherman reiterated the US threat to impose sanctions in the event of an invasion.'), []);
  const [q] = quotesOf('Sherman repeated that Russia was not planning to invade Ukraine.');
  assert.equal(q?.text, 'that Russia was not planning to invade Ukraine');
});

test('a person a recording shows or someone heard saying the words is the speaker, not the sentence’s subject (PolNeAR dev)', () => {
  // Breitbart 2016-10-03: the speaker was the phrase "The spot concludes with footage of Trump".
  const [q] = direct('The spot concludes with footage of Donald Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him.');
  assert.equal(q?.speaker, 'Donald Trump');
  // Negative: a person who is the object of the sentence's own verb is not the one saying ("criticized X saying").
  const [r] = direct('Former President Bill Clinton criticized Hillary Clinton saying, “This is the craziest thing in the world.”');
  assert.equal(r?.speaker, 'Bill Clinton');
});

test('"told MSNBC’s “Morning Joe” that …": a quoted programme title is the hearer, not what was said (PolNeAR dev/test)', () => {
  const [q] = quotesOf('Heading into the first debate in 10 days, Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence or knowledge of the issues.');
  assert.equal(q?.text, 'that nobody would question her intelligence or knowledge of the issues');
  // Negative: after "said" a quoted phrase is part of what was said.
  const [r] = quotesOf('Podesta said it was a “reasonable conclusion” that Roger Stone had been given advance warning of the leaks.');
  assert.equal(r?.text, 'it was a “reasonable conclusion” that Roger Stone had been given advance warning of the leaks');
});

test('"tested that message and found …": a "that" away from the reporting verb before a noun and "and" points at the noun (PolNeAR test)', () => {
  const [q] = quotesOf("Mike Shields, the group's president, said it had tested that message and found it effective in closely contested races.");
  assert.equal(q?.text, 'it had tested that message and found it effective in closely contested races');
  // Negative: right after the verb "that" opens the clause, and a pronoun after it is the clause's subject.
  assert.equal(quotesOf('Officials said that taxes and spending would rise next year.')[0]?.text, 'that taxes and spending would rise next year');
  assert.equal(quotesOf('Boehner said that he and Mr. Cantor had been through a lot together.')[0]?.text, 'that he and Mr. Cantor had been through a lot together');
});

test('"In an interview on Monday, Obama said that …": a verb with its own "that" clause ends no trailing tag (PolNeAR test)', () => {
  // USA Today / HuffPost 2016-11-02: the content was the fronted phrase "In an interview with Samantha Bee on Monday".
  const quotes = quotesOf('In an interview with Samantha Bee on Monday, Obama said that positive attributes in men, such as ambition, are often seen as negative qualities in women.');
  assert.deepEqual(quotes.map((q) => q.text), ['that positive attributes in men, such as ambition, are often seen as negative qualities in women']);
  // Negative: a tag that ends the sentence still takes the words before its comma.
  assert.equal(quotesOf('The talks will resume next week in Geneva, Ryabkov said.')[0]?.text, 'The talks will resume next week in Geneva');
});

test('"“… come out.” said Steve Little, parent of a student": a lower-case "said" right after the mark is the quote’s tag (PolNeAR test)', () => {
  const [q] = direct('Other members were angry. “Maybe the guys who don’t want to stand can stay in and let the rest of the guys come out.” said Steve Little, parent of a Millikin student.');
  assert.equal(q?.speaker, 'Steve Little');
  // Negative: after a stop a capitalized sentence with its own long tail is a new statement.
  assert.equal(direct('“We will win.” Trump said the polls were rigged against him in every state of the union this year.')[0]?.speaker, undefined);
});

test('negative: a modal of ability or chance before the verb reports nothing ("Now you can think more clearly", PolNeAR test)', () => {
  assert.deepEqual(quotesOf('Feel better after that therapeutic scream? Good. Now you can think more clearly and face the facts.'), []);
  assert.deepEqual(quotesOf('Tea Party groups off Capitol Hill may believe Mr. Labrador can win the race.'), []);
  // "would" reports, and "May" the name is no modal.
  assert.equal(quotesOf('British Prime Minister Theresa May said this week that the country would formally declare its intention.')[0]?.text, 'that the country would formally declare its intention');
});
