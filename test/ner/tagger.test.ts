import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadNerModel, sentencesOf, tagEntities, tagText } from '../../src/nlp/ner/index.ts';
import { labelDocument, labelTokens } from '../../src/nlp/ner/label-document.ts';
import { sampleFiles } from '../helpers/seeds.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { documentFeatures } from '../../src/nlp/ner/features.ts';
import { decodeDocument } from '../../src/nlp/ner/decode.ts';
import { canEnd, canFollow } from '../../src/nlp/ner/labels.ts';

const model = loadNerModel();

function find(text: string, name: string): { type: string } | undefined {
  return tagText(model, text).find((e) => e.text === name);
}

test('the model loads and has weights', () => {
  assert.equal(model.kind, 'crosscheck-ner');
  assert.ok(model.pass1.weights.length > 10_000);
  assert.ok(model.lexicons.gazetteer.entryCount > 1000);
});

test('titles before names: people and place tagged, titles left out', () => {
  const text = 'US Deputy Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva.';
  const ents = tagText(model, text);
  const byText = new Map(ents.map((e) => [e.text, e.type]));
  assert.equal(byText.get('Wendy Sherman'), 'person');
  assert.equal(byText.get('Sergei Ryabkov'), 'person');
  assert.equal(byText.get('Geneva'), 'place');
  for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
});

test('Secretary of State Antony Blinken is a person, not a place', () => {
  assert.equal(find('Secretary of State Antony Blinken said on Tuesday that talks would continue.', 'Antony Blinken')?.type, 'person');
});

test('curly possessive: offsets exclude the apostrophe-s', () => {
  const text = 'Russia’s foreign ministry said Mr Ryabkov would travel to Geneva.';
  const ents = tagText(model, text);
  const russia = ents.find((e) => e.start === 0);
  assert.ok(russia, JSON.stringify(ents));
  assert.equal(russia.text, 'Russia');
  assert.equal(russia.end, 6);
  assert.equal(find(text, 'Ryabkov')?.type, 'person');
});

test('no entities in function words', () => {
  assert.deepEqual(tagText(model, 'the and of'), []);
  assert.deepEqual(tagText(model, ''), []);
  assert.deepEqual(tagEntities(model, []), []);
});

test('tagEntities uses token offsets from the caller', () => {
  const text = 'Talks in Geneva ended.';
  const toks = tokenize(text, 100);
  const ents = tagEntities(model, [toks]);
  assert.deepEqual(ents.map((e) => [e.start, e.end, e.type, e.text]), [[109, 115, 'place', 'Geneva']]);
});

test('misuse is a TypeError', () => {
  assert.throws(() => tagText({} as never, 'x'), TypeError);
  assert.throws(() => tagText(model, 5 as never), TypeError);
});

test('arbitrary strings never throw and spans stay inside the text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
      for (const e of tagText(model, s)) {
        assert.ok(e.start >= 0 && e.end <= s.length && e.start < e.end);
        assert.equal(s.slice(e.start, e.end), e.text);
      }
    }),
    { numRuns: 150 },
  );
});

test('asking for the stacked second pass works whether or not the shipped model has one', () => {
  // The shipped model is first-pass only (see scripts/train-ner.ts --stacked); a request for the second pass must
  // still load and tag.
  const two = loadNerModel({ secondPass: true });
  assert.equal(model.pass2, null);
  const text = 'US Deputy Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva.';
  const byText = new Map(tagText(two, text).map((e) => [e.text, e.type]));
  assert.equal(byText.get('Wendy Sherman'), 'person');
  assert.equal(byText.get('Geneva'), 'place');
});

test('beam decoding: width 1 is the greedy decoder; wider beams give well-formed BILOU', () => {
  const doc = [
    'U.S. Deputy Secretary of State Wendy Sherman met Sergei Ryabkov in Geneva on Monday .',
    'Leeds beat Manchester United 2-1 at Elland Road , said coach Howard Wilkinson .',
    'The Organisation for Security and Co-operation in Europe meets in Vienna .',
  ].map((s) => s.split(' '));
  const feats = documentFeatures(model.lexicons, doc);
  const greedy = decodeDocument(model.pass1, feats, { constrained: true });
  assert.deepEqual(decodeDocument(model.pass1, feats, { constrained: true, beam: 1 }), greedy);
  for (const beam of [2, 3, 8]) {
    const labels = decodeDocument(model.pass1, feats, { constrained: true, beam });
    labels.forEach((sentence) => {
      let prev = -1;
      for (const y of sentence) {
        assert.ok(canFollow(prev, y), `label ${y} after ${prev} at beam ${beam}`);
        prev = y;
      }
      assert.ok(canEnd(prev));
    });
  }
});

test('pre-summed word weights (documentScores) label exactly as summing every feature per token', () => {
  const docs = sampleFiles().map((s) => sentencesOf(s.text).map((toks) => toks.map((t) => t.text)));
  // A headline in capitals and a sentence start, where position and case features differ from the body.
  docs.push([['RUSSIA', 'WARNS', 'NATO', 'IN', 'GENEVA'], ['Blackburn', 'said', 'Peter', 'Blackburn', 'of', 'U.S.', 'Steel', 'left', '.']]);
  for (const doc of docs) {
    const full = labelDocument(model, documentFeatures(model.lexicons, doc));
    assert.deepEqual(labelTokens(model, doc), full);
  }
});
