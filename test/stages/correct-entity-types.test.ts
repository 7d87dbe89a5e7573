import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctEntityTypes, type TypedSpan } from '../../src/nlp/entities/correct-entity-types.ts';

function spans(text: string, list: readonly (readonly [string, TypedSpan['type']])[]): TypedSpan[] {
  return list.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type, rule: 'ner' };
  });
}

const fixed = (text: string, list: Parameters<typeof spans>[1]) => correctEntityTypes(text, spans(text, list)).map((s) => `${s.text}:${s.type}`);

test('landmarks are places, a medium after "on" is an organization, state abbreviations are places', () => {
  assert.deepEqual(fixed('He spoke on Capitol Hill and in the Rose Garden, then posted on Twitter from Washington, D.C.', [
    ['Capitol Hill', 'person'], ['Rose Garden', 'person'], ['Twitter', 'person'], ['D.C.', 'organization'],
  ]), ['Capitol Hill:place', 'Rose Garden:place', 'Twitter:organization', 'D.C.:place']);
});

test('party-state tags, month names and bare generic heads are no entities', () => {
  assert.deepEqual(fixed('Rep. Anthony Weiner (D-N.Y.) spoke in Feb before the State of the Union.', [
    ['Anthony Weiner', 'person'], ['D-N.Y.', 'organization'], ['Feb', 'organization'], ['Union', 'organization'],
  ]), ['Anthony Weiner:person']);
});

test('negative: a surname after "on" stays a person when the article names that person in full', () => {
  assert.deepEqual(fixed('Paul Ryan spoke. Obama took on Ryan in Iowa. The European Union met.', [
    ['Paul Ryan', 'person'], ['Ryan', 'person'], ['European Union', 'organization'],
  ]), ['Paul Ryan:person', 'Ryan:person', 'European Union:organization']);
});

test('"St. Louis" is one place the tagger cut at the period; "Mo." keeps its period; "in Ferguson" is a place', () => {
  const text = 'FERGUSON, Mo. -- Protests in Ferguson, a suburb of St. Louis, went on at St. Louis Community College.';
  const list: TypedSpan[] = [
    { start: text.indexOf('Mo'), end: text.indexOf('Mo') + 2, text: 'Mo', type: 'place', rule: 'ner' },
    { start: text.indexOf('Ferguson,'), end: text.indexOf('Ferguson,') + 8, text: 'Ferguson', type: 'person', rule: 'ner' },
    { start: text.indexOf('Louis,'), end: text.indexOf('Louis,') + 5, text: 'Louis', type: 'person', rule: 'ner' },
    { start: text.lastIndexOf('St'), end: text.lastIndexOf('St') + 2, text: 'St', type: 'organization', rule: 'ner' },
    { start: text.lastIndexOf('Louis'), end: text.lastIndexOf('College') + 7, text: 'Louis Community College', type: 'organization', rule: 'ner' },
  ];
  assert.deepEqual(correctEntityTypes(text, list).map((s) => `${text.slice(s.start, s.end)}:${s.type}`), [
    'Mo.:place', 'Ferguson:place', 'St. Louis:place', 'St. Louis Community College:organization',
  ]);
});

test('a party member is an affiliation, not a person; a party member named in full stays a person', () => {
  assert.deepEqual(fixed('Representative Jackie Speier, Democrat of California, and Republicans met Ron Democrat.', [
    ['Jackie Speier', 'person'], ['Democrat', 'person'], ['Republicans', 'person'], ['Ron Democrat', 'person'],
  ]), ['Jackie Speier:person', 'Democrat:other', 'Republicans:other', 'Ron Democrat:person']);
});
