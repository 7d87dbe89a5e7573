import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/model/analyzed-article.ts';
import type { Story } from '../../src/model/story.ts';
import { nameReferents } from '../../src/pipeline/stages/name-referents.ts';
import { named } from '../../src/render/named-referent.ts';

const text = 'Mr. Magee cautioned that it could take weeks.\n\nHe said that Officer Darren Wilson had been interviewed.';
const at = text.indexOf('He said');
const sentence = text.slice(at);
const article = {
  id: 'nyt', source: 'nyt', title: 'nyt', language: 'en', text, paragraphs: [], removed: [], diagnostics: [], sentences: [], entities: [], quotes: [], times: [], quantities: [],
  referents: [{ start: at, end: at + 2, pronoun: 'He', name: 'Magee', rule: 'speaker/subject-of-sentence' }],
} as unknown as AnalyzedArticle;
const story: Story = { id: 's', articles: [article], duplicates: [], rewrites: [], origins: ['nyt'], why: '' };

test('a shown passage opening with a resolved he/she names the person, under the story\'s name for them', () => {
  const [item] = nameReferents(story, new Map([['magee', 'Edward Magee']]))([{ text: sentence, spans: [{ articleId: 'nyt', start: at, end: text.length }] }]);
  assert.deepEqual(item?.referent, { pronoun: 'He', name: 'Edward Magee', at: 0 });
  assert.equal(named(item ?? { text: '' }), 'He (Edward Magee) said that Officer Darren Wilson had been interviewed.');
});

test('negative: a passage whose shown words are not the span (another member shown), or that holds no resolved pronoun, gets none', () => {
  const [other] = nameReferents(story, new Map())([{ text: 'Officer Darren Wilson had been interviewed.', spans: [{ articleId: 'nyt', start: at, end: text.length }] }]);
  assert.equal(other?.referent, undefined);
  const [first] = nameReferents(story, new Map())([{ text: text.slice(0, at - 2), spans: [{ articleId: 'nyt', start: 0, end: at - 2 }] }]);
  assert.equal(first?.referent, undefined);
  assert.equal(named({ text: 'She left.', referent: { pronoun: 'He', name: 'X', at: 0 } }), 'She left.', 'a referent that does not match the text where it says changes nothing');
  assert.equal(named({ text: '“I know,” he said.', referent: { pronoun: 'he', name: 'Paul D. Ryan', at: 10 } }), '“I know,” he (Paul D. Ryan) said.');
});
