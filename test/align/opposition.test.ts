import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAligner, opposedAt, opposition, viewOf } from '../../src/align/index.ts';
import { alignStatements, documentFromText } from '../../src/summary/index.ts';

const aligner = defaultAligner();
const view = (text: string) => viewOf(aligner, text);

test('opposition names why two statements with the same words may say different things', () => {
  assert.equal(opposition(view('The White House offered Sestak the job of Navy secretary.'), view('The White House never offered Sestak the job of Navy secretary.')), 'negation');
  assert.equal(opposition(view('Hamas claimed responsibility for the rocket attack on Sderot.'), view('Islamic Jihad claimed responsibility for the rocket attack on Sderot.')), 'actors');
});

test('negative: the same fact in other words has no opposition', () => {
  assert.equal(opposition(view('Police arrested a suspect in the shooting on Monday.'), view('A suspect in the shooting was arrested by police Monday.')), undefined);
});

test('a denial and the charge it answers are not one claim; the charge told twice is', () => {
  // Each report also tells something of its own, so that words common to all three are not all the story has.
  const docs = [
    documentFromText('a', 'Officials said the White House offered Joe Sestak the job of Navy secretary to leave the Senate race. Sestak won the primary against Arlen Specter last week.'),
    documentFromText('b', 'The White House never offered Joe Sestak the job of Navy secretary to leave the Senate race, officials said. Republicans called for an investigation by a special prosecutor.'),
    documentFromText('c', 'The White House offered Joe Sestak the Navy secretary job to leave the Senate race, officials said. Bill Clinton made the call to the congressman in July.'),
  ];
  const groups = alignStatements(docs, { aligner }).sentences;
  const together = (x: string, y: string) => groups.some((g) => g.members.some((m) => m.docId === x) && g.members.some((m) => m.docId === y));
  assert.equal(together('a', 'c'), true);
  assert.equal(together('a', 'b'), false);
  assert.equal(together('b', 'c'), false);
});

test('an expectation and the outcome it forecasts are opposed; two forecasts, or the same outcome told twice, are not', () => {
  // basil-dev, HuffPost and Fox 2011-11-29 (Arpaio's endorsement of Perry).
  const forecast = view('Controversial Arizona Sheriff Joe Arpaio announced on Tuesday he will officially endorse Texas Governor Rick Perry for the Republican presidential nomination.');
  const outcome = view('Arizona Sheriff Joe Arpaio endorsed three term Texas Governor Rick Perry for the Republican presidential nomination on Tuesday morning.');
  assert.equal(opposition(forecast, outcome), 'expectation');
  assert.equal(opposition(view('The bill is expected to include a path to legal status for immigrants.'), view('The bill included a path to legal status for immigrants.')), 'expectation');
  // Negative: both forecast ("reportedly will cover" / "is expected to call for"), and an infinitive is no outcome.
  assert.equal(opposition(view('The principles reportedly will cover how the border should be protected.'), view('The document is expected to cover border security and enforcement.')), undefined);
  assert.equal(opposition(view('The Senate voted to fund the government, which will fund the agencies.'), view('The Senate voted to fund the agencies.')), undefined);
  // basil-dev Fox / HuffPost 2011-06-17: "to become exhausted" is a forecast's state, not an outcome.
  assert.equal(opposition(
    view('Trustees of the Social Security and Medicare Trust Fund last week warned the Social Security Trust Fund will be exhausted in 2036'),
    view("Social Security will start paying out more in benefits than it absorbs in taxes this year which will lead the retirement program's trust fund to become exhausted in 2036"),
  ), undefined);
});

// basil-dev (NYT / HuffPost, Boehner's odds of losing the House, 2014).
test('"no" negates its noun, not the noun\'s complement: "no fears of losing" does not deny losing', () => {
  assert.equal(
    opposition(
      view('Republicans had a one-in-three chance of losing control of the House, from a leader who until now has expressed no fears of losing the gavel.'),
      view('Boehner admitted there is a chance that the Republicans will lose their majority in the House.'),
    ),
    undefined,
  );
  // Negative: the noun itself is still denied.
  assert.equal(opposition(view('Investigators found no evidence of fraud in the county.'), view('Investigators found evidence of fraud in the county.')), 'negation');
});

test('a ratio written "1 in 3", "1-in-3" or "one-in-three" gives the same numbers', () => {
  const numbers = (t: string) => [...view(t).numbers].sort();
  assert.deepEqual(numbers('But there’s a 1 in 3 chance that we could lose.'), ['1', '3']);
  assert.deepEqual(numbers('Republicans had a one-in-three chance of losing control of the House.'), ['1', '3']);
  assert.deepEqual(numbers('a 1-in-3 chance'), ['1', '3']);
  // Negative: "one" that is no ratio stays a word.
  assert.deepEqual(numbers('He was the one member of the leadership willing to listen.'), []);
});

test('a negation inside another negation\'s scope cancels it: a double negation opposes the single one', () => {
  // PolNeAR, Politico 2016-07-05 (Giuliani) and 2016-07-06 (Comey): one claim "agreed" on the opposite statements.
  const giuliani = view('No reasonable prosecutor would not present this case to a grand jury');
  const comey = view('“no reasonable prosecutor” would bring the case against the former secretary of state');
  assert.equal(giuliani.negations, 0);
  assert.equal(opposition(giuliani, comey), 'negation');
  // Negative: two denials of verbs, and "neither … nor", stay denials.
  assert.equal(view('He does not know and does not care').negations, 2);
  // MSRP test: a verb's negation followed by another in its complement is two denials.
  assert.equal(view("The State Court of Appeals did not explain its reasons for not disturbing the Appellate Division's unanimous opinion.").negations, 2);
  assert.equal(view('Neither the House nor the Senate voted on the bill').negations, 2);
  assert.equal(opposition(view('Neither the House nor the Senate voted on the bill'), view('The House voted on the bill')), 'negation');
});

test('the same frame about two actors stays apart however sure the model is; a shared name keeps a restatement', () => {
  // PolNeAR (usa-today and wash-post, Oct 2016): two companies each declining to comment, one clause claim before.
  const a = view('Microsoft declined to comment.');
  const b = view('UBS declined to comment.');
  assert.equal(opposition(a, b), 'actors');
  assert.equal(opposedAt(aligner, a, b, 0.99), true);
  // basil-dev (held-out, 2010): the opening "One" is no actor, and both name the Tea Party.
  const c = view('One of the nation’s largest and oldest civil rights groups passed a resolution Tuesday calling for Tea Party leaders to repudiate racist elements.');
  const d = view('The NAACP adopted a resolution Tuesday condemning "racist elements" in the Tea Party movement.');
  assert.equal(opposition(c, d), 'actors');
  assert.equal(opposedAt(aligner, c, d, aligner.model.threshold), false);
  assert.equal(opposedAt(aligner, c, d, aligner.model.threshold - 0.01), true);
});

test('holding back from an act denies it: "refraining from using tear gas" opposes "used tear gas"; two denials do not', () => {
  // basil-dev (dev, Ferguson 2014): the Times' night of restraint and Fox's earlier night of tear gas were one clause claim.
  const restraint = view('the police also seemed more restrained, refraining from using tear gas');
  assert.equal(opposition(restraint, view('during which authorities used tear gas and rubber bullets to clear the streets')), 'negation');
  assert.equal(opposition(view('the police refrained from using tear gas'), view('the police did not use tear gas')), undefined);
});

test('"stopped short of" an act denies it as "refrained from" does; "stopped" alone does not', () => {
  // basil-dev (Akin 2012): HuffPost's "Romney had stopped short of calling on Akin to resign" (Monday) was the closest
  // statement to the NYT's "… Mr. Romney who called for Mr. Akin to withdraw from the race" (Tuesday), p 0.53.
  const short = view('Romney had stopped short of calling on Akin to resign in an interview with WMUR Monday.');
  assert.equal(opposition(short, view('comments that have been widely condemned, including by Mr. Romney who called for Mr. Akin to withdraw from the race')), 'negation');
  assert.equal(opposition(view('Romney stopped short of calling on Akin to resign.'), view('Romney did not call on Akin to resign.')), undefined);
  // negative: "stopped" without "short" holds nothing back.
  assert.equal(opposition(view('Romney stopped in Ohio on Tuesday and called on Akin to resign.'), view('Romney called on Akin to resign on Tuesday.')), undefined);
});
