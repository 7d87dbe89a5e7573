import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basilDir, loadBasilArticle, loadCheckedPronounQuotes, loadLabelledQuotes, type CheckedPronounQuote } from '../../scripts/lib/basil.ts';

const dir = basilDir();
const skip = dir === undefined ? 'basil-dev not found at ../shared/data (set CROSSCHECK_DATA): cannot check the hand-checked he/she quotes' : false;

test('every hand-checked he/she quote points at its stored snippet, in the split of its event', { skip }, () => {
  const quotes = loadCheckedPronounQuotes();
  assert.equal(quotes.filter((q) => q.split === 'dev' && q.sample).length, 50);
  assert.equal(quotes.filter((q) => q.split === 'heldout').length, 50);
  // The split of an event is the one basil-quotes.json gives it (events sorted by id, even positions dev).
  const splitOf = new Map(loadLabelledQuotes().map((q) => [q.event, q.split]));
  for (const q of quotes) {
    const { text, event } = loadBasilArticle(q.article, dir);
    assert.equal(text.slice(q.start, q.start + q.snippet.length), q.snippet, `${q.article}@${q.start}`);
    assert.equal(event, q.event, `${q.article}: event`);
    assert.equal(splitOf.get(q.event) ?? q.split, q.split, `${q.article}: split of its event`);
    // The pronoun stands in the article near the quote (before it, or in its tag right after).
    const around = text.slice(Math.max(0, q.start - 400), q.end + 60);
    assert.match(around, new RegExp(`\\b${q.pronoun}\\b`), `${q.article}@${q.start}: no "${q.pronoun}" near the quote`);
  }
});

/**
 * The causes fixed on real text, one quote each, resolved through the whole analysis `crosscheck analyze` runs.
 * `why` names the cause; the checked speaker comes from the fixture (read by hand), not from this test.
 */
const CASES: readonly { readonly article: string; readonly snippet: string; readonly why: string }[] = [
  // "Rep. Joseph Crowley asked her if she could comment" made Crowley a woman: an object "her" voted for his gender.
  { article: '2013-84678e18-0b79-4570-9c9f-cb1cf88d968e_1', snippet: "Well there's a questionnaire that began ", why: 'object pronouns do not vote on gender' },
  { article: '2013-84678e18-0b79-4570-9c9f-cb1cf88d968e_1', snippet: 'The bottom line is you cannot lie to Con', why: 'object pronouns do not vote on gender' },
  // "questioned by Rep. Jeff Duncan (R-S.C.), Clinton urged": the verb's teller is the nearer name.
  { article: '2013-9879bbc0-eab3-482f-bf6b-a4b519393986_2', snippet: 'There are key questions surrounding the ', why: 'a teller is the name nearest its verb' },
  // "The issues raised by Michael Brown's death, Holder said": a possessive name is no teller.
  { article: '2014-ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a_1', snippet: 'that the Justice Department would thorou', why: 'a possessive name is no teller' },
  // "Amplifying the Romney campaign message, he said": "the Romney campaign" uses the name as a modifier.
  { article: '2012-2ec04201-2016-4227-baf7-ba8289058203_3', snippet: 'Obama’s heavy borrowing is dragging down', why: 'a name after "the" modifies a noun' },
  // "The Idaho congressman, echoing other conservatives, has said ... because President Obama must": a role subject.
  { article: '2014-c99adbdd-eaf3-4844-9548-2642e80de4e2_1', snippet: 'he will not back a version of the Senate', why: 'a role phrase as subject passes the he back' },
  // "the secretary can do so if he or she believes": "he or she" is anyone holding the office, nobody in particular.
  { article: '2011-005a2961-0c2e-4575-8eec-770ba52a08e0_1', snippet: 'that the documents do not prove citizens', why: '"he or she" names nobody' },
];

test('he/she resolved as a reader does on real news: one quote per cause fixed', { skip }, async () => {
  const { analyzeArticles, scorePronounSpeakers } = await import('../../scripts/lib/basil-eval.ts');
  const { loadResources } = await import('../../src/pipeline/resources.ts');
  const checked = loadCheckedPronounQuotes();
  const picked = CASES.map((c) => {
    const q = checked.find((x) => x.article === c.article && x.snippet === c.snippet);
    assert.ok(q, `${c.article} “${c.snippet}” is in the fixture`);
    return q;
  });
  const results = scorePronounSpeakers(picked, analyzeArticles(picked.map((q: CheckedPronounQuote) => q.article), loadResources().resources));
  for (const [i, r] of results.entries()) {
    assert.ok(r.right, `${CASES[i]?.why}: “${r.gold.snippet}” is ${r.gold.speaker ?? 'nobody'}'s, got ${r.predicted ?? 'none'}`);
  }
});
