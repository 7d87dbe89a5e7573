import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { wordForm } from './word-form.ts';

/**
 * Categories of the outside name lists (GeoNames cities, country data, first/last names of many locales, a small
 * list of organizations and well-known people). They are kinds of names, not NER labels: the tagger learns from the
 * training data how far each kind predicts each label in context ("Leeds" is a city but, in a results table, a club).
 * Append only: a stored model's features depend on the indices.
 */
export const EXTERNAL_CATEGORIES = [
  'cityLarge',
  'city',
  'country',
  'demonym',
  'firstName',
  'lastName',
  'organization',
  'orgSuffix',
  'person',
] as const;
export type ExternalCategory = (typeof EXTERNAL_CATEGORIES)[number];

export interface NameListEntry {
  readonly name: string;
  readonly category: ExternalCategory;
}

// Names in other scripts never match CoNLL-style English news tokens; they only grow the model.
const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9'’.&-]+$/u;
// Longer names are official titles ("Federal Republic of ...") that also match by their short forms.
const MAX_NAME_TOKENS = 6;

/** Word keys of one listed name, or null when it cannot match tokenized English text. */
export function nameKeys(name: string): string[] | null {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) return null;
  const keys: string[] = [];
  for (const t of tokens) {
    if (!LATIN_NAME.test(t)) return null;
    keys.push(wordForm(t).key);
  }
  // One-letter names ("A", "I") are words, not names.
  if (keys.length === 1 && (keys[0]?.length ?? 0) < 2) return null;
  return keys;
}

/** The outside lists as one gazetteer whose types are `EXTERNAL_CATEGORIES`. */
export function externalGazetteer(entries: Iterable<NameListEntry>): Gazetteer {
  const index = new Map<string, number>(EXTERNAL_CATEGORIES.map((c, i) => [c, i]));
  const out: GazetteerEntry[] = [];
  for (const e of entries) {
    const keys = nameKeys(e.name);
    const typeIndex = index.get(e.category);
    if (keys !== null && typeIndex !== undefined) out.push({ keys, typeIndex });
  }
  return buildGazetteer(out, EXTERNAL_CATEGORIES.length);
}
