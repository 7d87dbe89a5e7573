import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStatements, alignSentences, documentFromText, type SummaryDocument } from '../../src/summary/index.ts';

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
  assert.deepEqual(alignStatements([]), { sentences: [], clauses: [], pairedOutsideGroups: [] });
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
