import { EXTERNAL_CATEGORIES } from './external-gazetteer.ts';
import { phraseValue } from './gazetteer.ts';
import { wordHash1, wordHash2 } from './key-table.ts';
import type { NerModel } from './model.ts';
import { wordForm } from './word-form.ts';

const FIRST_NAME_BIT = 1 << EXTERNAL_CATEGORIES.indexOf('firstName');

/**
 * True when the model's outside name lists hold `word` as a first name ("William", "Anita"; not "Capitol"). One
 * hashed-table lookup, no allocation beyond the word's key: cheap enough for the type corrections after tagging.
 */
export function isListedFirstName(model: NerModel, word: string): boolean {
  const key = wordForm(word).key;
  const value = phraseValue(model.lexicons.external, wordHash1(key), wordHash2(key));
  return value >= 0 && (value & FIRST_NAME_BIT) !== 0;
}
