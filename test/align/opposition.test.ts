import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAligner, opposition, viewOf } from '../../src/align/index.ts';
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
