import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline } from '../../src/pipeline/pipeline.ts';

// NYT 2013-01-30 (basil-dev), shortened: the page's headline stands in the body, in headline case.
const text =
  'Site Mobile Navigation\n\n' +
  'Governor Appoints Ex-Aide to Fill Kerry’s Seat\n\n' +
  'BOSTON — Gov. Deval Patrick on Wednesday appointed William Cowan, a Boston lawyer, to serve as an interim senator until voters chose a successor to John Kerry.\n\n' +
  'Mr. Patrick was asked whether he saw some of himself in Mr. Cowan.\n\n' +
  '“I’m not that cool,” the governor replied.';

test('a name guessed in a headline-case heading stands only if the article writes it again ("Appoints Ex-Aide" does not, "Kerry" does)', () => {
  const { articles } = runPipeline([{ id: 'nyt', source: 'nyt.txt', format: 'text', text, title: 'Interim senator named' }], withDefaults({}), { ner: loadNerModel() });
  const article = articles[0];
  assert.ok(article);
  const names = article.entities.map((e) => e.name);
  assert.ok(!names.includes('Appoints Ex-Aide'), JSON.stringify(names));
  assert.ok(names.includes('Deval Patrick') && names.includes('John Kerry'), JSON.stringify(names));
  // The description "the governor" is no longer a headline word's: it is Gov. Deval Patrick, named the sentence before.
  assert.deepEqual(article.quotes.filter((q) => q.direct).map((q) => q.speaker), ['Deval Patrick']);
});

test('a personal pronoun is no part of a person’s or a place’s name ("In God We Trust" is a motto, not a place)', () => {
  // HuffPost 2011-11-02 (basil-dev), shortened.
  const motto = 'The House voted on Tuesday to reaffirm "In God We Trust" as the national motto, and Rep. Randy Forbes of Virginia praised the vote.';
  const { articles } = runPipeline([{ id: 'hpo', source: 'hpo.txt', format: 'text', text: motto, title: 'House vote' }], withDefaults({}), { ner: loadNerModel() });
  const names = articles[0]?.entities.map((e) => e.name) ?? [];
  assert.ok(!names.some((n) => /\bWe\b/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('Randy Forbes') && names.includes('Virginia'), JSON.stringify(names));
});
