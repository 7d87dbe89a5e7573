import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitClauses } from '../../src/summary/split-clauses.ts';

// Sentences from the seed articles (samples/): what a reader would call the separate statements of each.
const texts = (s: string): string[] => splitClauses(s).map((c) => c.text);

test('a coordinated clause after a comma is its own clause, without its conjunction', () => {
  assert.deepEqual(
    texts(
      'Russia warned that it would walk away from diplomatic efforts to end the crisis over Ukraine if the west continued to ignore demands over security guarantees, but agreed to extend talks into this week.',
    ),
    [
      'Russia warned that it would walk away from diplomatic efforts to end the crisis over Ukraine if the west continued to ignore demands over security guarantees',
      'agreed to extend talks into this week',
    ],
  );
});

test('a relative clause after a comma is its own clause', () => {
  assert.deepEqual(
    texts('The proposals could include a replacement for the Treaty on Intermediate-Range Nuclear Forces, which the US withdrew from in 2019 following Russian violations.'),
    ['The proposals could include a replacement for the Treaty on Intermediate-Range Nuclear Forces', 'which the US withdrew from in 2019 following Russian violations'],
  );
});

test('the reporting frame is cut off: "X said" before, ", she said" after, a whole quotation without its marks', () => {
  assert.deepEqual(texts('Sherman said Russia still had a choice between diplomacy and escalation, with the outcome still in the balance.'), [
    // "with the outcome ..." has no verb: it stays with its clause.
    'Russia still had a choice between diplomacy and escalation, with the outcome still in the balance',
  ]);
  assert.deepEqual(
    texts('“If Russia walks away from the diplomatic path, it may well be quite apparent that they were never serious about pursuing diplomacy at all,” she said.'),
    ['If Russia walks away from the diplomatic path, it may well be quite apparent that they were never serious about pursuing diplomacy at all'],
  );
  assert.deepEqual(
    texts('“We are ready to continue discussions with Russia on bilateral issues as soon as practicable,” Sherman told reporters afterward, adding that Washington would assess the best way forward later this week.'),
    ['We are ready to continue discussions with Russia on bilateral issues as soon as practicable', 'Washington would assess the best way forward later this week'],
  );
});

test('negative cases: "and" between names, an aside between dashes, an apposition do not make clauses', () => {
  assert.deepEqual(texts('The US and Nato ruled out Moscow’s top demand for a ban on Nato enlargement.'), [
    'The US and Nato ruled out Moscow’s top demand for a ban on Nato enlargement',
  ]);
  assert.deepEqual(
    texts('“The situation now is so dangerous, and so — I would say — precarious that we cannot afford any further delays in resolution of this very fundamental question.'),
    // Nor does ", and so" going on with the predicate (see the test of CONTINUED_PREDICATE below).
    ['The situation now is so dangerous, and so — I would say — precarious that we cannot afford any further delays in resolution of this very fundamental question'],
  );
  const [first] = texts(
    'There was no breakthrough in Geneva after nearly eight hours of discussions between Wendy Sherman, US deputy secretary of state, and Sergei Ryabkov, Russia’s deputy foreign minister, in which the American side presented new ideas on arms control.',
  );
  assert.ok(first?.endsWith('Sergei Ryabkov, Russia’s deputy foreign minister'), first);
});

test('fragments with fewer than three content words are no clauses', () => {
  assert.deepEqual(texts('Not safeguards.'), []);
  assert.deepEqual(texts('We do not trust the other side, so to say,” he said.'), []);
  assert.deepEqual(texts(''), []);
});

test('offsets index the document: each clause is the slice between its start and end', () => {
  const doc = 'Intro. Sherman said she had presented proposals for new arms-control talks on missile placement, and for limits on the size and scope of military exercises.';
  const at = doc.indexOf('Sherman');
  const clauses = splitClauses(doc.slice(at), at);
  assert.ok(clauses.length > 0);
  for (const c of clauses) assert.equal(doc.slice(c.start, c.end), c.text);
});

test('property: clauses are ordered, disjoint, trimmed slices of the text; never throws', () => {
  const word = fc.constantFrom('Russia', 'said', 'talks', 'and', 'but', 'which', ',', ';', '—', '“', '”', '"', 'the', 'troops', 'would', 'continue', 'after', 'U.S.', 'Ünïcode', '10:30', 'walked', '.');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), fc.nat(1000), (words, offset) => {
      const text = words.join(' ');
      let last = offset;
      for (const c of splitClauses(text, offset)) {
        assert.equal(text.slice(c.start - offset, c.end - offset), c.text);
        assert.ok(c.start >= last && c.end > c.start, JSON.stringify(c));
        assert.equal(c.text, c.text.trim());
        last = c.end;
      }
    }),
  );
  assert.throws(() => splitClauses(42 as unknown as string), TypeError);
});

// basil-dev (HuffPost, 2011 "birther" event): another outlet states only the second verb phrase.
test('a second verb phrase of the same subject after "and" is its own clause; "and" between nouns is not', () => {
  assert.deepEqual(
    texts('WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts about whether President Obama was born in the United States and has sent investigators to Hawaii looking for answers.'),
    ['he has doubts about whether President Obama was born in the United States', 'has sent investigators to Hawaii looking for answers'],
  );
  assert.deepEqual(texts('Retired generals and elected officials have called for calm in the capital.'), ['Retired generals and elected officials have called for calm in the capital']);
});

// basil-dev (NYT, same event): the hearer's full name belongs to the frame, not to the clause.
test('"told" with a two-word hearer: the name is cut off with the frame', () => {
  assert.deepEqual(
    texts('In an interview shown Thursday on the “Today” show, Mr. Trump told Meredith Vieira that he had “real doubts” about whether Mr. Obama was born in this country, and that he has sent his own investigators to Hawaii to research the issue.'),
    ['In an interview shown Thursday on the “Today” show', 'he had “real doubts” about whether Mr. Obama was born in this country', 'that he has sent his own investigators to Hawaii to research the issue'],
  );
});

// basil-dev (two outlets on a Netanyahu ad): the same words quoted after different introductions.
test('a whole quotation after a colon is a clause of its own, without the introduction', () => {
  assert.deepEqual(texts('Then an unseen announcer concludes: “The world needs American strength, not apologies.”'), ['The world needs American strength, not apologies']);
  assert.deepEqual(texts('A voice-over at the end of the ad underscores the prime minister\'s message: "The world needs American strength, not apologies."'), [
    'The world needs American strength, not apologies',
  ]);
});

// basil-dev (2011 "birther" event): another outlet states the main clause alone ("… have demanded additional proof").
test('a claim participle after a comma opens a clause; ", including" does not', () => {
  assert.deepEqual(texts('But "birthers" have demanded additional proof, asserting he could have been born in Kenya.'), [
    '"birthers" have demanded additional proof',
    'asserting he could have been born in Kenya',
  ]);
  assert.deepEqual(texts('The program scours major Internet companies, including Google, Facebook and Apple.'), [
    'The program scours major Internet companies, including Google, Facebook and Apple',
  ]);
});

// Sentences of the seeds (000, 003, 004): each states the denial another outlet states alone.
test('"and says", ", even as", a leading "While …," and a frame inside the reported clause set off the statement reported', () => {
  assert.deepEqual(texts('Russia denies that it is planning to invade Ukraine and says its deployment of troops and equipment close to the borders is an exercise.'), [
    'Russia denies that it is planning to invade Ukraine',
    'its deployment of troops and equipment close to the borders is an exercise',
  ]);
  assert.deepEqual(texts('Deputy Foreign Minister Sergei Ryabkov repeated Russia’s insistence it has no plans to invade Ukraine, even as it masses more than 100 000 troops on the border.'), [
    'Deputy Foreign Minister Sergei Ryabkov repeated Russia’s insistence it has no plans to invade Ukraine',
    'even as it masses more than 100 000 troops on the border',
  ]);
  assert.deepEqual(texts('Ms Sherman said Mr Ryabkov had also told her that Russia was not planning to invade Ukraine.'), ['Russia was not planning to invade Ukraine']);
  assert.deepEqual(
    texts('While Mr Ryabkov said Russia had no intention of attacking Ukraine, he claimed he was concerned about “potential provocations” that could be carried out by Ukraine, the United States or Britain in border areas.'),
    [
      'Russia had no intention of attacking Ukraine',
      'he claimed he was concerned about “potential provocations” that could be carried out by Ukraine, the United States or Britain in border areas',
    ],
  );
});

test('negative: "and" before a plural noun and ", even" without a conjunction open no clause', () => {
  assert.deepEqual(texts('The minister rejected the report and claims of a troop buildup along the border with Ukraine.'), [
    'The minister rejected the report and claims of a troop buildup along the border with Ukraine',
  ]);
  assert.deepEqual(texts('Officials met in Geneva for eight hours, even longer than planned by either delegation.'), [
    'Officials met in Geneva for eight hours, even longer than planned by either delegation',
  ]);
  // A comma inside a leading subordinate clause before it has a clause's words is a list, not its end.
  assert.deepEqual(texts('Although Paris, Berlin and Rome agreed to the plan, the talks in Brussels failed on Monday.'), [
    'Although Paris, Berlin and Rome agreed to the plan',
    'the talks in Brussels failed on Monday',
  ]);
});

// basil-dev (dev event, 2011): the dashes set off what the subject is called; the verb after them needs the subject.
test('dashes around an aside before the verb of its subject are no boundary; dashes between clauses still are', () => {
  assert.deepEqual(texts('Officials in Hawaii have certified Obama\'s citizenship, but a segment of society -- labeled "birthers" in the vernacular -- have demanded additional proof.'), [
    "Officials in Hawaii have certified Obama's citizenship",
    'a segment of society -- labeled "birthers" in the vernacular -- have demanded additional proof',
  ]);
  assert.deepEqual(
    texts('The result delivered a major jolt to the Republican Party — Mr. Cantor had widely been considered the top candidate to succeed Speaker John A. Boehner — and it has the potential to change the debate.'),
    [
      'The result delivered a major jolt to the Republican Party',
      'Mr. Cantor had widely been considered the top candidate to succeed Speaker John A. Boehner',
      'it has the potential to change the debate',
    ],
  );
});

test('the day of the saying stays in the frame ("reported Sunday that", "said Friday morning that")', () => {
  // PolNeAR, USA Today 2016-10-31: the clause read "Sunday that the FBI had obtained a warrant …" and was joined with
  // another outlet's different warrant.
  const text = "NBC News and ABC News both reported Sunday that the FBI had obtained a warrant to search the emails on Weiner's computer that relate to the probe of Clinton's server.";
  assert.deepEqual(splitClauses(text, 0).map((c) => c.text), [
    "the FBI had obtained a warrant to search the emails on Weiner's computer that relate to the probe of Clinton's server",
  ]);
  const aarp = 'The Wall Street Journal reported Friday morning that AARP, one of the most influential lobbying groups in Washington, was softening its opposition to benefit cuts.';
  assert.equal(splitClauses(aarp, 0)[0]?.text.startsWith('AARP'), true);
});

// basil-dev (NYT, 2010, dev event): "represents" after "who" is the relative clause's verb. Without it the relative
// clause and "faces a re-election challenge" found no verb, joined the clause after them, and the sentence's denial
// ("his race is not among the top Republican targets") sat in the same clause as the fact other outlets report.
test('a present-tense verb after "who" makes a relative clause that stands; "which" before a plural noun does not', () => {
  assert.deepEqual(
    texts('Mr. Etheridge, who represents a conservative district south of Raleigh, faces a re-election challenge, but his race is not among the top Republican targets in the country.'),
    ['Mr. Etheridge, who represents a conservative district south of Raleigh, faces a re-election challenge', 'his race is not among the top Republican targets in the country'],
  );
  // negative: a plural noun after "which" is no verb, so the question stays inside its clause.
  assert.deepEqual(texts('Ministers argued for hours over which members of the alliance deserved the new weapons systems.'), [
    'Ministers argued for hours over which members of the alliance deserved the new weapons systems',
  ]);
});

// basil-dev (dev event, 2012, Chick-fil-A): "said in an interview that" left "in an interview that he is …" as the
// clause, the frame's words standing in what was reported.
test('where the saying was ("in an interview", "in a statement … on Fox News") stays in the frame', () => {
  assert.deepEqual(
    texts('At Chick-fil-A locations across the country, people voted with their wallets today, coming out to express support for the fast-food chain after CEO Dan Cathy said in an interview that he is a firm backer of traditional marriage.'),
    ['At Chick-fil-A locations across the country, people voted with their wallets today, coming out to express support for the fast-food chain', 'he is a firm backer of traditional marriage'],
  );
  assert.deepEqual(texts('The senator said in a statement Tuesday that the bill would raise taxes on small businesses.'), ['the bill would raise taxes on small businesses']);
  assert.deepEqual(texts('Mr. Reid said in an interview on Fox News that the Senate would vote on the bill next week.'), ['the Senate would vote on the bill next week']);
  // negative: "in the end" is no place of saying; the clause keeps it.
  assert.deepEqual(texts('The governor said in the end the state would pay for the repairs itself.'), ['in the end the state would pay for the repairs itself']);
});

// basil-dev (NYT, 2012, Akin): "said over the weekend that" left "over the weekend that women’s bodies …" as the clause.
test('a span of days of the saying ("over the weekend", "last week", "earlier … that") stays in the frame', () => {
  assert.deepEqual(texts('Mr. Akin said over the weekend that women’s bodies will resist getting pregnant from a “legitimate rape.”')[0], 'women’s bodies will resist getting pregnant from a “legitimate rape.”');
  assert.deepEqual(texts('The company said last week that it would close three plants in Ohio.'), ['it would close three plants in Ohio']);
  assert.deepEqual(texts('The governor said earlier that the state would pay for the repairs itself.'), ['the state would pay for the repairs itself']);
  // negative: "earlier" and "last week's" before a noun are part of what was said.
  assert.deepEqual(texts('The minister said earlier estimates of the troop buildup along the border were wrong.'), ['earlier estimates of the troop buildup along the border were wrong']);
  assert.deepEqual(texts("The minister said last week's estimates of the troop buildup along the border were wrong."), ["last week's estimates of the troop buildup along the border were wrong"]);
});

test('"reports" before a preposition or a verb is the plural noun, not a frame', () => {
  assert.deepEqual(texts('Earlier reports of a troop buildup along the border were false.'), ['Earlier reports of a troop buildup along the border were false']);
  assert.deepEqual(texts('Media reports said the deal between the two companies would be announced Monday.'), ['the deal between the two companies would be announced Monday']);
  // still a frame: the verb with its object clause.
  assert.deepEqual(texts('The newspaper reports that the deal between the two companies would be announced Monday.'), ['the deal between the two companies would be announced Monday']);
});

test('", and so — I would say — precarious that …" goes on with the predicate; ", and so the delegations agreed" opens a clause (seeds, Ryabkov)', () => {
  const whole = 'The situation now is so dangerous, and so — I would say — precarious that we cannot afford any further delays in resolution of this very fundamental question.';
  assert.equal(splitClauses(whole).length, 1);
  assert.equal(splitClauses('The situation now is so dangerous, and therefore – I would say – uncertain that we cannot delay any further the resolution of this question.').length, 1);
  assert.deepEqual(splitClauses('The talks lasted eight hours, and so the delegations agreed to meet again next week in Brussels.').map((c) => c.text), [
    'The talks lasted eight hours',
    'so the delegations agreed to meet again next week in Brussels',
  ]);
});
