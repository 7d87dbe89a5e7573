import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, EntityMention, EntityType } from '../../src/model/analyzed-article.ts';
import type { Story } from '../../src/model/story.ts';
import { alignClaims, withoutRestatedClauses } from '../../src/pipeline/stages/align-claims.ts';
import { splitSentences } from '../../src/pipeline/stages/split-sentences.ts';
import { storyDocuments } from '../../src/pipeline/stages/story-documents.ts';
import { alignStatements } from '../../src/summary/index.ts';

function analyzed(id: string, text: string, names: readonly [string, EntityType][] = []): AnalyzedArticle {
  const base = splitSentences({ id, source: id, title: id, language: 'en', text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], removed: [], diagnostics: [] });
  const entities: EntityMention[] = [];
  for (const [name, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) entities.push({ start: i, end: i + name.length, type, name, rule: 'test' });
  }
  return { ...base, entities, quantities: [] };
}

const NAMES: [string, EntityType][] = [
  ['Russia', 'place'],
  ['United States', 'place'],
  ['Moscow', 'place'],
  ['Geneva', 'place'],
  ['Brussels', 'place'],
  ['Europe', 'place'],
];
// Two reports that share one clause inside otherwise different sentences (see test/summary/align-clauses.test.ts).
const A = analyzed(
  'a',
  'Russia agreed on Monday to extend the security talks with the United States into next week, but its chief negotiator warned that Moscow would walk away from diplomacy if the west ignored its demands. ' +
    'The talks in Geneva lasted nearly eight hours. Officials expect another round of meetings in Vienna. ' +
    'The delegations agreed to meet again in Brussels on Wednesday, and both sides praised the tone of the discussions.',
  NAMES,
);
const B = analyzed(
  'b',
  'Moscow would walk away from diplomacy if the west ignored its demands, while the two delegations failed to agree on troop levels in eastern Europe. ' +
    'Nearly eight hours of talks in Geneva ended without a breakthrough. Protesters gathered outside the mission. ' +
    'The delegations refused to meet again in Brussels, and both sides blamed each other for the deadlock.',
  NAMES,
);

function story(articles: AnalyzedArticle[], rewrites: Story['rewrites'] = []): Story {
  return { id: 's', articles, duplicates: [], rewrites, origins: articles.map((a) => a.id).filter((id) => !rewrites.some((r) => r.copy === id)), why: '' };
}

function claimsOf(s: Story) {
  return alignClaims(s, alignStatements(storyDocuments(s)));
}

test('a shared clause is a claim with the clause wording, both sources, its rule and level; spans resolve', () => {
  const { claims } = claimsOf(story([A, B]));
  const clause = claims.find((c) => c.level === 'clause');
  assert.ok(clause, 'clause claim');
  assert.equal(clause.text, 'Moscow would walk away from diplomacy if the west ignored its demands');
  assert.equal(clause.rule, 'align/clause-same-fact');
  assert.deepEqual(clause.sources, ['a', 'b']);
  assert.equal(clause.independentSources, 2);
  const texts = new Map([A, B].map((a) => [a.id, a.text]));
  for (const c of claims) {
    assert.ok(c.spans.some((sp) => texts.get(sp.articleId)?.slice(sp.start, sp.end) === c.text), c.text);
    assert.ok(c.level === 'sentence' ? c.rule === 'align/same-fact' : c.rule === 'align/clause-same-fact');
  }
  assert.ok(claims.some((c) => c.level === 'sentence' && /eight hours/.test(c.text)));
});

test('a rewrite stating the clause counts once', () => {
  const { claims } = claimsOf(story([A, B], [{ copy: 'b', original: 'a', score: 0.5 }]));
  assert.equal(claims.find((c) => c.level === 'clause')?.independentSources, 1);
});

test('exclusives: a sentence with a clause stated elsewhere is not exclusive, its other informative clause is', () => {
  const { exclusives } = claimsOf(story([A, B]));
  const texts = exclusives.map((e) => [e.source, e.level, e.text]);
  assert.ok(!exclusives.some((e) => /walk away from diplomacy/.test(e.text)), JSON.stringify(texts));
  assert.ok(
    texts.some(([src, level, t]) => src === 'a' && level === 'clause' && t === 'Russia agreed on Monday to extend the security talks with the United States into next week'),
    JSON.stringify(texts),
  );
  for (const e of exclusives) {
    const text = [A, B].find((a) => a.id === e.source)?.text ?? '';
    assert.equal(text.slice(e.spans[0]?.start, e.spans[0]?.end), e.text);
  }
});

test('a sentence that aligns with another source is not exclusive even when grouping keeps it out of the claim', () => {
  // Article c says the same thing twice; grouping takes one sentence per source, so one of c's two sentences stays
  // outside the claim. It is still stated by b and must not be listed as c's exclusive.
  const C = analyzed(
    'c',
    'Sherman said the United States would not allow anyone to close the open door of NATO to Ukraine and Georgia. ' +
      'Protesters gathered outside the mission in Geneva for several hours on Monday. ' +
      'Later Sherman repeated that the United States would not allow anyone to close the open door of NATO to Georgia and Ukraine.',
    [...NAMES, ['Sherman', 'person'], ['NATO', 'organization'], ['Ukraine', 'place'], ['Georgia', 'place']],
  );
  const D = analyzed(
    'd',
    'The United States would not allow anyone to close the open door of NATO to Ukraine and Georgia, Sherman said. ' +
      'Ryabkov left Geneva in the evening after a news conference about the 2019 treaty.',
    [...NAMES, ['Sherman', 'person'], ['NATO', 'organization'], ['Ukraine', 'place'], ['Georgia', 'place'], ['Ryabkov', 'person']],
  );
  const aligned = alignStatements(storyDocuments(story([C, D])));
  const { claims, exclusives } = alignClaims(story([C, D]), aligned);
  const door = claims.find((c) => /open door/.test(c.text));
  assert.ok(door, 'the open-door claim');
  assert.deepEqual(door.sources, ['c', 'd']);
  assert.ok(aligned.pairedOutsideGroups.some((r) => r.docId === 'c'), 'one of c\'s sentences paired outside the group');
  assert.deepEqual(exclusives.filter((e) => /open door/.test(e.text)), []);
  // What only one source says is still exclusive.
  assert.ok(exclusives.some((e) => e.source === 'c' && /Protesters/.test(e.text)));
  assert.ok(exclusives.some((e) => e.source === 'd' && /Ryabkov/.test(e.text)));
});

test('a sentence another source restates in part, in its own words, is no exclusive; a denial of it still is', () => {
  // The seeds' plan for Brussels and Vienna (000 and 003): too few shared words for one claim, no shared clause.
  const names: [string, EntityType][] = [...NAMES, ['Nato', 'organization'], ['NATO', 'organization'], ['Vienna', 'place'], ['Ryabkov', 'person']];
  const plan = 'Russian officials will hold talks with Nato in Brussels on Wednesday and with the 57-member Organisation for Security and Co-operation in Europe on Thursday in Vienna.';
  const E = analyzed('e', `Protesters gathered outside the mission in Geneva for several hours on Monday. ${plan}`, names);
  const F = analyzed(
    'f',
    'Ryabkov left Geneva in the evening after a news conference about the 2019 treaty. ' +
      'Negotiations now shift to Brussels for Russian consultations with NATO on Wednesday, followed by discussions in Vienna under the framework of the 57-nation Organization for Security and Co-Operation in Europe a day later.',
    names,
  );
  const restated = claimsOf(story([E, F])).exclusives;
  assert.deepEqual(restated.filter((e) => /Brussels/.test(e.text)), [], JSON.stringify(restated.map((e) => e.text)));
  assert.ok(restated.some((e) => e.source === 'e' && /Protesters/.test(e.text)));
  const G = analyzed(
    'g',
    'Ryabkov left Geneva in the evening after a news conference about the 2019 treaty. ' +
      'Russian officials will not hold talks with Nato in Brussels on Wednesday or with the 57-member Organisation for Security and Co-operation in Europe in Vienna.',
    names,
  );
  const denied = claimsOf(story([E, G])).exclusives;
  assert.ok(denied.some((e) => e.source === 'g' && /will not hold talks/.test(e.text)), JSON.stringify(denied.map((e) => e.text)));
});

test('a clause claim that a sentence claim already says, with no source of its own, is not shown again', () => {
  const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });
  const sentence = { text: 'S', sources: ['a', 'b', 'c'], spans: [span('a', 100, 200), span('b', 0, 90), span('c', 10, 120)], independentSources: 3, level: 'sentence' as const, rule: 'align/same-fact' };
  // Pairs the sentence of a with b's second telling of the statement (300-380): nothing a reader did not see above.
  const restated = { text: 'c1', sources: ['a', 'b'], spans: [span('a', 100, 190), span('b', 300, 380)], independentSources: 2, level: 'clause' as const, rule: 'align/clause-same-fact' };
  // Brings a source the sentence claim lacks: kept.
  const wider = { text: 'c2', sources: ['a', 'd'], spans: [span('a', 100, 190), span('d', 0, 50)], independentSources: 2, level: 'clause' as const, rule: 'align/clause-same-fact' };
  // Lies outside every passage of the sentence claim: another fact, kept.
  const other = { text: 'c3', sources: ['a', 'b'], spans: [span('a', 210, 260), span('b', 300, 380)], independentSources: 2, level: 'clause' as const, rule: 'align/clause-same-fact' };
  assert.deepEqual(withoutRestatedClauses([sentence, restated, wider, other]).map((c) => c.text), ['S', 'c2', 'c3']);
});

test('a sentence claim told clause by clause by claims with more sources is not shown again; one with a part of its own is (basil-dev 2012, Romney on Akin)', () => {
  const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });
  // Fox and HuffPost ran Romney's two-clause statement whole; NYT's longer frame joined it only clause by clause.
  const whole = { text: 'Today, … step aside, and I think … Senate race.', sources: ['fox', 'hpo'], spans: [span('fox', 0, 120), span('hpo', 0, 118)], independentSources: 2, level: 'sentence' as const, rule: 'align/same-fact' };
  const first = { text: 'Today, … step aside', sources: ['fox', 'hpo', 'nyt'], spans: [span('fox', 0, 52), span('hpo', 1, 53), span('nyt', 1, 53)], independentSources: 3, level: 'clause' as const, rule: 'align/clause-same-fact' };
  const second = { text: 'I think … Senate race', sources: ['fox', 'hpo', 'nyt'], spans: [span('fox', 58, 119), span('hpo', 58, 117), span('nyt', 58, 119)], independentSources: 3, level: 'clause' as const, rule: 'align/clause-same-fact' };
  assert.deepEqual(withoutRestatedClauses([first, second, whole]).map((c) => c.text), ['Today, … step aside', 'I think … Senate race']);
  // Negative: with only the first clause told more widely, the sentence says something the clauses do not.
  assert.deepEqual(withoutRestatedClauses([first, whole]).map((c) => c.text), ['Today, … step aside', 'Today, … step aside, and I think … Senate race.']);
});

// basil-dev (dev event, 2013, Cowan's appointment): one outlet names the speaker with his title, the other by surname.
// The shorter sentence says nothing the longer does not, and the model is sure (p 0.78), but the longer shares only
// 0.42 of its words: both were shown as exclusives.
test('a sentence every word of which the other states is one claim with it, though the other names people at length', () => {
  const cowan: [string, EntityType][] = [['Murray', 'person'], ['Cowan', 'person'], ['Patrick', 'person']];
  const a = analyzed('a', 'Gov. Deval Patrick named his former chief of staff to the Senate seat on Wednesday. “He’s cool,” Lt. Gov. Timothy Murray said of Mr. Cowan. The appointment ends weeks of speculation in Boston.', cowan);
  const b = analyzed('b', 'Patrick picked William Cowan for the seat vacated by John Kerry. "He\'s cool," Murray said of Cowan. The governor praised the appointee.', cowan);
  const { claims, exclusives } = claimsOf(story([a, b]));
  const quote = claims.find((c) => c.text.includes('cool'));
  assert.ok(quote, 'the quote is a claim');
  assert.deepEqual(quote.sources, ['a', 'b']);
  assert.ok(!exclusives.some((e) => e.text.includes('cool')));
  // negative: covered through a near word only ("tough" ~ "cool"), sharing 0.31 of the longer side's words: two quotes.
  const c = analyzed('c', 'Patrick picked William Cowan for the seat vacated by John Kerry. "He\'s tough," Murray said of Cowan. The governor praised the appointee.', cowan);
  assert.ok(!claimsOf(story([a, c])).claims.some((x) => x.text.includes('cool') || x.text.includes('tough')));
});
