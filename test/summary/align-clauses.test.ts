import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStatements, alignSentences, documentFromText, type SummaryDocument } from '../../src/summary/index.ts';
import { numbersDisagree, withoutAppositions } from '../../src/summary/align-clauses.ts';
import { anchorsOf } from '../../src/summary/sentence-terms.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/data.ts';
import { basilArticlesDir, readBasilArticles } from '../../scripts/lib/basil-articles.ts';

// Two hand-written reports of one meeting. They share one clause ("Moscow would walk away from diplomacy if the west
// ignored its demands") inside sentences that otherwise say different things, one sentence whole (the eight hours in
// Geneva), and one near miss on the same topic with a different fact (agreed / refused to meet again in Brussels).
const A =
  'Russia agreed on Monday to extend the security talks with the United States into next week, but its chief negotiator warned that Moscow would walk away from diplomacy if the west ignored its demands. ' +
  'The talks in Geneva lasted nearly eight hours. Officials expect another round of meetings in Vienna. ' +
  'The delegations agreed to meet again in Brussels on Wednesday, and both sides praised the tone of the discussions.';
const B =
  'Moscow would walk away from diplomacy if the west ignored its demands, while the two delegations failed to agree on troop levels in eastern Europe. ' +
  'Nearly eight hours of talks in Geneva ended without a breakthrough. Protesters gathered outside the mission. ' +
  'The delegations refused to meet again in Brussels, and both sides blamed each other for the deadlock.';
const docs: SummaryDocument[] = [documentFromText('a', A), documentFromText('b', B)];
const textOf = new Map([
  ['a', A],
  ['b', B],
]);

test('a clause two reports share becomes a clause group, with the clause wording and spans', () => {
  const { sentences, clauses } = alignStatements(docs);
  assert.equal(clauses.length, 1);
  const [g] = clauses;
  assert.equal(g?.rule, 'align/clause-same-fact');
  assert.equal(g?.level, 'clause');
  assert.deepEqual(
    g?.members.map((m) => [m.docId, m.text]),
    [
      ['a', 'its chief negotiator warned that Moscow would walk away from diplomacy if the west ignored its demands'],
      ['b', 'Moscow would walk away from diplomacy if the west ignored its demands'],
    ],
  );
  for (const m of g?.members ?? []) assert.equal(textOf.get(m.docId)?.slice(m.start, m.end), m.text);
  // The whole-sentence agreement is unchanged: the same groups alignSentences gives.
  assert.equal(sentences.length, 1);
  assert.equal(sentences[0]?.rule, 'align/same-fact');
  assert.deepEqual(
    sentences.map((s) => s.members.map((m) => m.sentenceIndex)),
    alignSentences(docs).map((s) => s.members.map((m) => m.sentenceIndex)),
  );
});

test('negative: clauses on the same topic that state different facts are not aligned', () => {
  const { clauses } = alignStatements(docs);
  const all = clauses.flatMap((g) => g.members.map((m) => m.text)).join(' | ');
  assert.doesNotMatch(all, /Brussels|both sides|troop levels|Monday/);
});

test('negative: a shared name and title is no shared statement', () => {
  const c = documentFromText(
    'c',
    'The talks were led by US Deputy Secretary of State Wendy Sherman, who flew in from Washington overnight. Nothing else happened in Geneva that day.',
  );
  const d = documentFromText(
    'd',
    'Reporters waited for hours outside the mission, while US Deputy Secretary of State Wendy Sherman declined every request for comment. The weather was cold.',
  );
  assert.deepEqual(alignStatements([c, d]).clauses, []);
});

test('a clause that states a whole sentence of a sentence group joins that group as a clause member', () => {
  const c = documentFromText(
    'c',
    'Officials said the talks in Geneva lasted nearly eight hours, while armored Russian convoys were seen moving toward the Ukrainian border overnight near Belgorod.',
  );
  const { sentences, clauses } = alignStatements([...docs, c]);
  const geneva = sentences.find((g) => g.members.some((m) => /eight hours/.test(m.text)));
  assert.deepEqual(geneva?.members.map((m) => [m.docId, m.level]), [
    ['a', 'sentence'],
    ['b', 'sentence'],
    ['c', 'clause'],
  ]);
  const joined = geneva?.members.find((m) => m.docId === 'c');
  assert.equal(joined?.text, 'the talks in Geneva lasted nearly eight hours');
  assert.ok(clauses.every((g) => g.members.every((m) => m.docId !== 'c' || !/eight hours/.test(m.text))));
});

test('alignStatements: deterministic, empty input, bad input', () => {
  assert.deepEqual(alignStatements(docs), alignStatements(docs));
  assert.deepEqual(alignStatements([]), { sentences: [], clauses: [], pairedOutsideGroups: [], clausesPairedOutsideGroups: [], restatedInPart: [] });
  assert.throws(() => alignStatements('docs' as unknown as SummaryDocument[]), TypeError);
});

test('negative: the same clause about different actors is no shared statement; the same actors still align', () => {
  const sentence = (who: string): string =>
    `Police sealed off the old city after the blast, and ${who} claimed responsibility for the bombing near the market on Sunday morning.`;
  const other = 'Hospital officials said dozens of people were treated for their injuries during the night.';
  const e = documentFromText('e', `${sentence('Hamas')} ${other}`);
  const f = documentFromText('f', `Witnesses described panic in the streets as ambulances arrived, while Islamic Jihad claimed responsibility for the bombing near the market on Sunday morning. ${other}`);
  const g = documentFromText('g', `Witnesses described panic in the streets as ambulances arrived, while Hamas claimed responsibility for the bombing near the market on Sunday morning. ${other}`);
  const claimed = (docsIn: SummaryDocument[]): string[] =>
    alignStatements(docsIn).clauses.flatMap((grp) => grp.members.map((m) => m.text)).filter((t) => /claimed responsibility/.test(t));
  assert.deepEqual(claimed([e, f]), []);
  assert.equal(claimed([e, g]).length, 2);
});

// Real snippets (basil-dev, dev events): short clauses that share only two words outside names, fewer than
// MIN_SHARED_COMMON_WORDS; only the short-overlap rule (shortOverlapSuffices, SHORT_SAME_FACT) can join them.
test('a short clause sharing two words joins when the aligner is sure it states the same fact', () => {
  // Fox (an AP story) and HuffPost on Nebraska and Oklahoma suing Colorado (2014): "the lawsuit was without merit" / "We believe this
  // suit is without merit" share two common words (of 2 and 3) and the aligner gives 0.74.
  const ap = documentFromText(
    'ap',
    'The two states filed a lawsuit seeking a court order to prevent Colorado from enforcing the measure known as Amendment 64, which was approved by voters in 2012 and allows recreational marijuana for adults over 21. ' +
      "The complaint says the measure runs afoul of federal law and therefore violates the Constitution's supremacy clause, which says federal laws trump state laws.\n\n" +
      'Colorado Attorney General John Suthers said the lawsuit was without merit.',
  );
  const huffpost = documentFromText(
    'huffpost',
    "But Colorado Attorney General John Suthers isn't backing down. In a statement, he said he intends to defend the state's marijuana laws.\n\n" +
      '“Because neighboring states have expressed concern about Colorado-grown marijuana coming into their states, we are not entirely surprised by this action," Suthers said. ' +
      '"However, it appears the plaintiffs’ primary grievance stems from non-enforcement of federal laws regarding marijuana, as opposed to choices made by the voters of Colorado. ' +
      'We believe this suit is without merit and we will vigorously defend against it in the U.S. Supreme Court.”',
  );
  const { clauses } = alignStatements([ap, huffpost]);
  assert.deepEqual(
    clauses.map((g) => g.members.map((m) => [m.docId, m.text])),
    [
      [
        ['ap', 'the lawsuit was without merit'],
        ['huffpost', 'We believe this suit is without merit'],
      ],
    ],
  );
});

test('negative: two short clauses sharing two words but stating different facts stay apart', () => {
  // Fox and HuffPost on Trump and Obama's birth certificate (2011), first paragraphs: "He has what's called a certificate of
  // live birth" (what Obama has shown) / "I want to see the birth certificate" (what Trump demands) share "birth" and
  // "certificate", half of either clause's common words; the aligner gives 0.66, below SHORT_SAME_FACT (at the
  // model's MSRP threshold, 0.48, they would be one claim).
  const fox = documentFromText(
    'fox',
    "WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts about whether President Obama was born in the United States and has sent investigators to Hawaii looking for answers.\n\n" +
      "The \"Celebrity Apprentice\" star has shot up in the polls as a potential GOP nominee, in part because of his questions about whether Obama is constitutionally allowed to be president if he doesn't prove he is a natural-born citizen of the United States.\n\n" +
      "\"I have people that actually have been studying it and they cannot believe what they're finding,\" Trump told NBC's \"Today\" show on Thursday.\n\n" +
      "Officials in Hawaii have certified Obama's citizenship, but a segment of society -- labeled \"birthers\" in the vernacular -- have demanded additional proof. Trump said when he started seriously considering a presidential bid a few weeks back, he thought the president was native-born, but now he's not so sure.\n\n" +
      "\"His grandmother in Kenya said he was born in Kenya, and she was there and witnessed the birth. He doesn't have a birth certificate or he hasn't shown it. He has what's called a certificate of live birth.",
  );
  const huffpost = documentFromText(
    'huffpost',
    "WASHINGTON — Real estate tycoon Donald Trump said Thursday he hopes questions surrounding Barack Obama’s U.S. citizenship won’t be the defining issue if he’s chosen as the Republican candidate to challenge the president’s re-election.\n\n" +
      "Trump told NBC News in an interview that plans to decide by June whether to run. He said that if he’s nominated, “I’d like to beat him straight up,” not on the basis of the birth issue.\n\n" +
      "A national NBC/WSJ poll released yesterday shows Trump tied for 2nd with Mike Huckabee in the 2012 GOP primary field at 17 percent (Mitt Romney leads the pack at 21 percent).\n\n" +
      "NBC further notes, “Strikingly, Trump . . . finishes first among Tea Party supporters (at 20 percent), followed by Romney (17 percent), Huckabee (14 percent), Palin (12 percent) and Gingrich (9 percent).”\n\n" +
      "Trump said he didn't introduce the citizenship issue, but was asked about it during an interview a month ago. Since then, he said he's looked into it and believes \"there is a big possibility\" Obama may have violated the Constitution.\n\n" +
      "\"I want to see the birth certificate,\" said Trump in an interview on NBC's \"Today\" show, according to TIME.",
  );
  const { sentences, clauses } = alignStatements([fox, huffpost]);
  const joined = [...sentences, ...clauses].filter((g) => g.members.some((m) => /certificate of live birth/.test(m.text)));
  assert.deepEqual(joined, []);
});

// basil-dev, 2011 "birther" event (HuffPost / NYT), two sentences of each report: the two sentences share two facts,
// the doubts and the investigators sent to Hawaii, in clauses of their own.
const TRUMP_A =
  'WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts about whether President Obama was born in the United States and has sent investigators to Hawaii looking for answers. ' +
  'Officials in Hawaii have certified Obama\'s citizenship, but a segment of society has demanded additional proof.';
const TRUMP_B =
  'In an interview shown Thursday on the “Today” show, Mr. Trump told Meredith Vieira that he had “real doubts” about whether Mr. Obama was born in this country, and that he has sent his own investigators to Hawaii to research the issue. ' +
  'Mr. Trump has said he may run for president as a Republican.';

test('two sentences sharing two clauses give two clause groups: each shared fact joins both sources', () => {
  const { clauses } = alignStatements([documentFromText('a', TRUMP_A), documentFromText('b', TRUMP_B)]);
  const texts = clauses.map((g) => g.members.map((m) => m.text));
  assert.deepEqual(texts, [
    ['he has doubts about whether President Obama was born in the United States', 'he had “real doubts” about whether Mr. Obama was born in this country'],
    ['has sent investigators to Hawaii looking for answers', 'that he has sent his own investigators to Hawaii to research the issue'],
  ]);
});

// basil-dev, 2012 Medicare event: two ads' figures in clauses that share a name and their words (in the event's
// four-report story the clause pass joined them before this rule).
test('negative: clauses that give different figures (and share none) disagree; a shared figure or none does not', () => {
  const names = (t: string) => new Set(anchorsOf(t));
  const ad2012 = names('Now when you need it, Obama has cut $716 billion from Medicare');
  const ad2008 = names('His health care plan would cut Medicare by $800 billion');
  assert.equal(numbersDisagree(ad2012, ad2008), true);
  assert.equal(numbersDisagree(ad2012, names('Obama cut $716 billion from Medicare, the ad says')), false);
  assert.equal(numbersDisagree(ad2012, names('The ad says Obama cut Medicare')), false);
});

// basil-dev, 2014 Boehner event: "1 in 3" has no content word in its digits unless a ratio counts them.
test('the same odds written "1 in 3" and "one-in-three" are one claim', () => {
  const a = documentFromText('a', 'But there’s a 1 in 3 chance that we could lose. Boehner spoke to Fox News on Tuesday.');
  const b = documentFromText('b', '"But there\'s a one-in-three chance we could lose," Boehner said. The speaker was interviewed on Monday.');
  const { sentences, clauses } = alignStatements([a, b]);
  const joined = [...sentences, ...clauses].some((g) => g.members.some((m) => m.docId === 'a' && /1 in 3/.test(m.text)) && g.members.some((m) => m.docId === 'b'));
  assert.equal(joined, true);
});

// The seed reports (samples/): Sherman's words on NATO's open door are told by four outlets; one of them states them
// in a clause that passes the clause test with another outlet's whole sentence but that grouping leaves out. (001's
// clause, "adding 'we will not allow anyone' to shut NATO's 'open-door policy' that extends to countries seeking
// entry", was below the model's own threshold while "shut" and "slam" were words of their own on each side; WordNet
// has them as one sense, compared as one word it confirms the fact and the claim cites all four.)
test('a clause left out of every group joins the sentence group of the sentence it states: the claim cites it', () => {
  const dir = join(REPO_ROOT, 'samples');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => documentFromText(f.slice(0, 3), readFileSync(join(dir, f), 'utf8')));
  const { sentences } = alignStatements(docs);
  const openDoor = sentences.find((g) => g.members.some((m) => /open[- ]door/i.test(m.text)));
  assert.deepEqual(openDoor?.members.map((m) => [m.docId, m.level]), [
    ['001', 'clause'],
    ['002', 'sentence'],
    ['003', 'sentence'],
    ['004', 'clause'],
  ]);
});

// basil-dev (2014, a congressional aide on the president's daughters): three outlets introduce the aide and the
// daughters each their own way.
test('a name\'s apposition is left out of the clause the aligner compares; the same statement joins', () => {
  assert.equal(
    withoutAppositions('Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.), wrote that the two teenagers should "try showing a little class,"'),
    'Elizabeth Lauten wrote that the two teenagers should "try showing a little class,"',
  );
  // Negative: a list of names and a comma before a capitalized word are no apposition.
  assert.equal(withoutAppositions('Microsoft, Yahoo, Google, Facebook, the search giant, Apple'), 'Microsoft, Yahoo, Google, Facebook, the search giant, Apple');
  // The first two paragraphs of each report.
  const a = documentFromText(
    'a',
    "A Republican staffer on Friday apologized for a Facebook post that criticized Malia and Sasha Obama's appearance at the annual White House turkey pardon ceremony, one of America's silliest holiday traditions.\n\n" +
      'Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.), wrote that the two teenagers should "try showing a little class," "dress like you deserve respect, not a spot at a bar," and, most of all, "don\'t make faces" at Very Serious public events.',
  );
  const b = documentFromText(
    'b',
    "The communications director for a Republican member of Congress had to apologize Saturday for a Facebook post critical of the first daughters during President Barack Obama's Thanksgiving address earlier this week.\n\n" +
      'Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha Obama, aged 16 and 13 respectively, should "try showing a little class" and described their outfits as more appropriate for "a spot at the bar."',
  );
  const { clauses } = alignStatements([a, b]);
  assert.ok(clauses.some((g) => g.members.every((m) => /try showing a little class/.test(m.text)) && g.members.length === 2));
});

// Real sentences (samples 000 and 003): one outlet says "Moscow" where the other says "Russia"; the first sentence names
// Russia too, so the clauses' different names are one thing named two ways, and the aligner is sure (0.83).
test('clauses naming one thing two ways join when one sentence names the other clause\'s thing', () => {
  const ft = documentFromText(
    'ft',
    'Russian officials will hold talks with Nato in Brussels on Wednesday. The US has threatened to impose bruising economic, financial and trade sanctions on Moscow if it invades Ukraine, saying that those measures would eclipse the punishment imposed on Russia after the attack on Crimea in 2014.',
  );
  const ap = documentFromText(
    'ap',
    'Ryabkov spoke after his delegation wrapped up roughly five hours of talks with a team led by Wendy Sherman. The US and its allies have threatened to impose punishing sanctions on Russia if it invades.',
  );
  const groups = alignStatements([ft, ap]).clauses;
  assert.deepEqual(groups.map((g) => g.members.map((m) => m.text)), [
    ['The US has threatened to impose bruising economic, financial and trade sanctions on Moscow if it invades Ukraine', 'The US and its allies have threatened to impose punishing sanctions on Russia if it invades'],
  ]);
});

// Real sentences (samples 000 and 003, with a first sentence each for a story's idf): the same plan for Brussels and
// Vienna in different words; they share too few words to be one claim and no clause of either is the shared part.
const OPENER_FT = 'Sherman said she would then have further conversations with the Russian government later in the week. ';
const OPENER_AP = 'Ryabkov spoke after his delegation wrapped up roughly five hours of talks with a team led by Wendy Sherman. ';
const BRUSSELS_FT =
  'Russian officials will hold talks with Nato in Brussels on Wednesday and with the 57-member Organisation for Security and Co-operation in Europe on Thursday in Vienna.';

test('sentences that restate each other in part, in their own words, are restated, not claims', () => {
  const ft = documentFromText('ft', OPENER_FT + BRUSSELS_FT);
  const ap = documentFromText(
    'ap',
    OPENER_AP +
      'Negotiations now shift to Brussels for Russian consultations with NATO on Wednesday, followed by discussions in Vienna under the framework of the 57-nation Organization for Security and Co-Operation in Europe a day later.',
  );
  const aligned = alignStatements([ft, ap]);
  assert.deepEqual([...aligned.sentences, ...aligned.clauses], []);
  assert.deepEqual(aligned.restatedInPart, [
    { docId: 'ft', sentenceIndex: 1 },
    { docId: 'ap', sentenceIndex: 1 },
  ]);
});

test('negative: a denial of the plan does not restate it', () => {
  const ft = documentFromText('ft', OPENER_FT + BRUSSELS_FT);
  const ap = documentFromText(
    'ap',
    OPENER_AP + 'Russian officials will not hold talks with Nato in Brussels on Wednesday or with the 57-member Organisation for Security and Co-operation in Europe in Vienna.',
  );
  assert.deepEqual(alignStatements([ft, ap]).restatedInPart, []);
});

const basilDir = basilArticlesDir();

/** The basil-dev event whose reports include `phrase`, its reports aligned, and each claim group as its members' texts. */
function alignEventWith(dir: string, phrase: string) {
  const all = readBasilArticles(dir);
  const event = all.find((a) => a.text.includes(phrase))?.event;
  const articles = all.filter((a) => a.event === event);
  const aligned = alignStatements(articles.map((a) => documentFromText(a.id, a.text, a.published)));
  const groups = [...aligned.sentences, ...aligned.clauses].map((g) => g.members.map((m) => m.text).join(' | '));
  return { articles, aligned, groups };
}
test(
  'negative (basil-dev, dev event): clauses sharing a topic\'s words but saying different things are no claim; a restatement still is',
  { skip: basilDir ? false : 'basil-dev not found under ../shared/data (set CROSSCHECK_DATA)' },
  () => {
    if (!basilDir) return;
    // The NSA surveillance event of 2013 (three outlets): "Obama portrayed the programs as a trade-off between security
    // and civil liberties" / "While civil liberties groups cried foul over the program" share the topic (the
    // programs, civil liberties) at probability 0.30-0.48, each saying something of its own, and were one claim.
    const { articles, aligned, groups } = alignEventWith(basilDir, 'civil liberties groups cried foul');
    assert.equal(articles.length, 3);
    assert.ok(!groups.some((g) => /cried foul/.test(g) && /trade-off/.test(g)), groups.join('\n'));
    // Still one claim: one clause says nothing the other does not ("Google does not have a 'back door' …").
    assert.ok(groups.some((g) => /denied they give the government a “back door”/.test(g) && /Google does not have a 'back door'/.test(g)), groups.join('\n'));
    // Not a claim, but stated by the other source all the same: neither clause is exclusive.
    assert.ok(aligned.clausesPairedOutsideGroups.some((c) => /cried foul/.test(articles.find((a) => a.id === c.docId)?.text.slice(c.start, c.end) ?? '')));
  },
);

test(
  'negative (basil-dev, dev event): whole sentences sharing a topic\'s words but saying different things are no claim; the clause they share still is',
  { skip: basilDir ? false : 'basil-dev not found under ../shared/data (set CROSSCHECK_DATA)' },
  () => {
    if (!basilDir) return;
    // Nebraska and Oklahoma's suit against Colorado (2014, three outlets): the Times' "Like many elected officials in
    // Colorado, Mr. Suthers had opposed Amendment 64, which legalized marijuana." joined HuffPost's "Colorado voters
    // approved Amendment 64, legalizing recreational marijuana in the state, in 2012." as one claim of three sources.
    const { articles, aligned, groups } = alignEventWith(basilDir, 'Mr. Suthers had opposed Amendment 64');
    assert.ok(!groups.some((g) => /had opposed Amendment 64/.test(g)), groups.join('\n'));
    assert.ok(groups.some((g) => /Colorado voters approved Amendment 64/.test(g) && /approved by voters in 2012/.test(g)), groups.join('\n'));
    // The pair passed the same-fact test as whole sentences: each states the other in part, so neither is exclusive.
    const opposed = articles.find((a) => a.text.includes('Mr. Suthers had opposed Amendment 64'));
    assert.ok(aligned.restatedInPart.some((r) => r.docId === opposed?.id));
  },
);

// The seeds (samples/, 2022-01-10): AP's and the Times of India's Ryabkov deny an invasion in their own verbs. The
// clauses share "intention" by their words and "invade" / "attack" by WordNet (models/lexicon); without the near word
// the sentences share one common word, no near miss, and the first stayed an exclusive.
test('a clause restated with a WordNet near verb reaches the clause pass; an actor that differs still keeps it apart', () => {
  const apText =
    'Talks between the United States and Russia over the military buildup near Ukraine ended in Geneva on Monday. ' +
      'With both sides dug in on their positions, Deputy Foreign Minister Sergei Ryabkov said “no progress” was made on the central demand to halt NATO expansion, although he insisted: “We have no intention to invade Ukraine.” ' +
      'The talks lasted nearly eight hours. Officials expect another round of meetings in Vienna. Protesters gathered outside the mission.';
  const ap = documentFromText('ap', apText);
  const toi = documentFromText(
    'toi',
    'The Russian delegation met American diplomats at the US mission in Geneva. ' +
      '“The situation is so dangerous, that we cannot afford any further delays in resolution of this fundamental question” of ensuring Ukraine never joins NATO, Ryabkov said, although he added that “Russia has no plans, intentions or reasons to attack Ukraine.” ' +
      'Both sides will meet again in Brussels on Wednesday. The delegations praised the tone of the discussions. Markets in Moscow rose.',
  );
  const aligned = alignStatements([ap, toi]);
  const stated = (doc: string, text: string) => (c: { docId: string; start: number; end: number }) => c.docId === doc && text.slice(c.start, c.end).includes('invade Ukraine');
  const inClaims = [...aligned.sentences, ...aligned.clauses].some((g) => g.members.some(stated('ap', apText)) && g.members.some((m) => m.docId === 'toi'));
  assert.ok(inClaims || aligned.clausesPairedOutsideGroups.some(stated('ap', apText)), JSON.stringify(aligned));
  // The same words, another actor: Ukraine rejects what Russia is said to plan.
  const other = documentFromText(
    'other',
    'Kyiv watched the talks in Geneva closely. Ukraine has rejected accusations that it plans an attack, and its army has held its positions in the east since the talks began. Its allies promised support.',
  );
  const apart = alignStatements([toi, other]);
  assert.deepEqual([...apart.sentences, ...apart.clauses], []);
  assert.deepEqual(apart.clausesPairedOutsideGroups, []);
});

// The seed reports (samples/): five outlets say Russia is not planning to invade (or attack) Ukraine, in their own
// words. AP's "We have no intention to invade Ukraine" linked to one clause of the group "Russia has no plans,
// intentions or reasons to attack Ukraine" / "Russia had no intention of attacking Ukraine" (p 0.54), and its other
// cross pair was never asked (the sentences share too few words to be near misses), so it counted 0 and AP stayed out
// of the claim. Asked when the link would join the groups, it passes the clause test too (in the brief, with its
// dateline and date, the same rule joins the two-source claims "Russia was not planning to invade Ukraine" and "Russia
// has no plans … to attack Ukraine" into one of four sources: test/golden/seeds-brief.json).
test('two clause groups stating one fact in other words join when their unasked cross pairs are asked', () => {
  const dir = join(REPO_ROOT, 'samples');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => documentFromText(f.slice(0, 3), readFileSync(join(dir, f), 'utf8')));
  const { sentences, clauses } = alignStatements(docs);
  const groups = [...sentences, ...clauses];
  const ap = groups.find((g) => g.members.some((m) => m.docId === '001' && /no intention to invade Ukraine/.test(m.text)));
  assert.deepEqual(
    ap?.members.map((m) => m.docId),
    ['001', '003', '004'],
  );
  // Negative, same story: the threat of sanctions "if it invades" shares the verb and stays a claim of its own.
  const sanctions = groups.find((g) => g.members.some((m) => /sanctions on (Moscow|Russia) if it invades/.test(m.text)));
  assert.ok(sanctions && !sanctions.members.some((m) => /plan|intention/.test(m.text)));
});
