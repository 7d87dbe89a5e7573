import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCapitalizedNames, findQuotes, REPORTING_VERBS } from '../../src/nlp/quotes/index.ts';
import { inputOf } from './helpers.ts';

const names = (text: string) => findCapitalizedNames(text, inputOf(text).sentences).map((n) => `${n.name}/${n.type}`);

test('the name heuristic splits titles off and drops sentence-initial common words', () => {
  assert.deepEqual(names('Deputy Foreign Minister Sergei Ryabkov spoke. However, the talks went on and however long.'), [
    'Sergei Ryabkov/person',
  ]);
  assert.deepEqual(names('Then former South Carolina Gov. Jim Hodges said no.'), ['Jim Hodges/person']);
  assert.deepEqual(names('The State Department and the White House agreed on Monday.'), [
    'State Department/organization',
    'White House/organization',
  ]);
});

test('a surname alone is a person once the full name has appeared', () => {
  assert.deepEqual(names('We met Wendy Sherman there. Later we met Sherman again.'), ['Wendy Sherman/person', 'Sherman/person']);
});

test('names supplied by a NER replace the heuristic', () => {
  const text = '“We will see,” the envoy said.';
  const [q] = findQuotes({ ...inputOf(text), names: [] });
  assert.equal(q?.speaker, 'the envoy');
});

test('every reporting verb says why it is in the lexicon, and forms are unique', () => {
  const forms = REPORTING_VERBS.flatMap((v) => v.forms);
  assert.equal(new Set(forms).size, forms.length);
  for (const v of REPORTING_VERBS) assert.ok(v.why.length > 10, v.forms.join(' '));
});

test('reporting verbs beyond said: told reporters, added, warned, insisted, tweeted', () => {
  const text =
    'Jen Psaki told reporters that the sanctions were ready to go. ' +
    '“We are prepared,” she added. ' +
    '“Do not test us,” Lloyd Austin warned. ' +
    '“Nothing has changed,” Ned Price insisted. ' +
    '“Talks are over,” tweeted Dmitry Polyanskiy.';
  const qs = findQuotes(inputOf(text));
  assert.deepEqual(
    qs.map((q) => `${q.direct ? 'D' : 'I'}:${q.speaker}`),
    ['I:Jen Psaki', 'D:Jen Psaki', 'D:Lloyd Austin', 'D:Ned Price', 'D:Dmitry Polyanskiy'],
  );
  assert.equal(qs[0]?.text, 'that the sanctions were ready to go');
  assert.equal(qs[1]?.speakerCertainty, 'inferred');
});

test('speaker after the verb with a title and an apposition: “...,” said Sen. Claire McCaskill (D-Mo.), a Democrat', () => {
  const [q] = findQuotes(inputOf('“It is different this time,” said Sen. Claire McCaskill (D-Mo.), a Democrat.'));
  assert.equal(q?.speaker, 'Claire McCaskill');
  const [r] = findQuotes(inputOf('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.'));
  assert.equal(r?.speaker, 'Mitch McConnell');
});

test('negative: a quoted title after a verb, and a lower-case fragment, are not direct quotes', () => {
  const direct = (t: string) => findQuotes(inputOf(t)).filter((q) => q.direct);
  assert.deepEqual(direct('Trump told “Fox and Friends” on Monday that he would win.'), []);
  assert.deepEqual(direct('Ryabkov said Moscow “will judge any further steps” later.'), []);
});

test('a surname with its lower-case Arabic article is a name beside a quote ("al-Zuwiy said", DUC 2004 APW19981209.1444)', () => {
  const text = 'Libyan media have suggested that Libyan leader Moammar Gadhafi does not have the authority to hand over the suspects. “Our argument is that since this is an exceptional trial, therefore this exception should include serving the jail term in Libya, maybe under U.N. supervision,” al-Zuwiy said.';
  const quote = findQuotes(inputOf(text)).find((q) => q.direct);
  assert.equal(quote?.speaker, 'al-Zuwiy');
});
