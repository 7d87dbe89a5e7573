import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { titleBefore, wordBefore } from '../../src/nlp/entities/titles.ts';

const title = (text: string, name: string) => titleBefore(text, text.indexOf(name)).title;

test('titles before names: a run of title words, joiners inside, abbreviations with periods', () => {
  assert.equal(title('US Deputy Secretary of State Wendy Sherman called them frank.', 'Wendy'), 'US Deputy Secretary of State');
  assert.equal(title('said Gov. Mike Huckabee of Arkansas.', 'Mike'), 'Gov.');
  assert.equal(title('Controversial Arizona Sheriff Joe Arpaio announced', 'Joe'), 'Sheriff');
});

test('negative: no title across a sentence end, after a joiner next to the name, or of modifiers alone', () => {
  // "became its president. Townsend said": the period ends a sentence, not an abbreviation.
  assert.equal(title('Kelly Townsend became its president. Townsend said she was thrilled.', 'Townsend said'), undefined);
  assert.equal(title('his brother and Doug Brand were there', 'Doug'), undefined);
  assert.equal(title('a spokeswoman for the Obama campaign said', 'Obama'), undefined);
  assert.equal(title('one top Obama adviser said', 'Obama'), undefined);
});

test('a field word without a role is no title ("Diplomatic Security Charlene Lamb"); with a role it is', () => {
  assert.equal(title('Deputy Assistant Secretary for Diplomatic Security Charlene Lamb said', 'Charlene'), undefined);
  assert.equal(title('former Chief of Staff Rahm Emanuel said', 'Rahm'), 'former Chief of Staff');
});

test('"the President and Speaker Boehner": the capitalized role after "the" is another person, so the title starts after "and"', () => {
  assert.equal(title('On Sunday, the President and Speaker John Boehner met at the White House.', 'John'), 'Speaker');
  // One person's roles joined by "and" stay one title.
  assert.equal(title('said chairman and chief executive Douglas Parker', 'Douglas'), 'chairman and chief executive');
});

test('wordBefore walks back over the words /[\\p{L}.’\'-]+/gu finds, last first, surrogate pairs read whole', () => {
  const pieces = ['President', 'of', 'Mr.', 'ex-', 'U.S.', ' ', '  ', ',', '.', '-', '’', "'", '\n', 'é', '𝐀', '\ud835', '\udc00', '😀', 'Ab', '1'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => {
      const s = xs.join('');
      const expected = [...s.matchAll(/[\p{L}.’'-]+/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]).reverse();
      const seen: number[][] = [];
      for (let w = wordBefore(s, s.length); w !== null; w = wordBefore(s, w.start)) seen.push([w.start, w.end]);
      assert.deepEqual(seen, expected);
    }),
  );
});

test('"the communications director for Rep. Stephen Fincher": a role "for" a titled person is not that person\'s title (HuffPost, basil-dev)', () => {
  assert.equal(title('Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.), wrote', 'Stephen'), 'Rep.');
  assert.equal(title('a spokesman for Gov. Chris Christie said', 'Chris'), 'Gov.');
  // A field after "for" stays part of the title: "Minister for Foreign Affairs".
  assert.equal(title('said Minister for Foreign Affairs Ahmad Shah', 'Ahmad'), 'Minister for Foreign Affairs');
});
