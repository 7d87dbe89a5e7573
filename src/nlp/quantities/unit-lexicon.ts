// Nouns that count the same kind of thing, so "100,000 troops" and "one lakh soldiers" are one quantity.
// Kept small and general: military personnel, people, money, time and distance units.
export const UNIT_CLASSES: Readonly<Record<string, string>> = {
  troop: 'troops', soldier: 'troops', serviceman: 'troops', servicemen: 'troops', servicemembers: 'troops', servicemember: 'troops',
  people: 'people', person: 'people', persons: 'people', individual: 'people', resident: 'people', civilian: 'people',
  hour: 'hour', hr: 'hour', hrs: 'hour', minute: 'minute', min: 'minute', day: 'day', week: 'week', month: 'month', year: 'year',
  kilometer: 'km', kilometre: 'km', km: 'km', mile: 'mile', meter: 'm', metre: 'm', foot: 'foot', feet: 'foot',
  percent: '%', 'per cent': '%', pct: '%',
  dollar: 'USD', euro: 'EUR', pound: 'GBP',
};

// Words between a number and its noun that do not change what is counted ("100,000 Russian troops", "two young
// sons", "two black senators").
export const MODIFIERS: ReadonlySet<string> = new Set(
  'military armed additional extra more new other active main total combat regular foreign local elite reserve ground border full long straight consecutive young black white'.split(' '),
);

// Hedges kept as qualifiers; the number they qualify is compared as is ("nearly eight hours" agrees with "eight hours").
export const HEDGES: readonly { readonly pattern: RegExp; readonly qualifier: 'approximately' | 'more than' | 'at least' | 'less than' | 'at most' | 'up to' }[] = [
  { pattern: /\b(?:nearly|almost|roughly|about|around|some|approximately|an estimated|estimated|close to|circa|approx\.?)\s+$/i, qualifier: 'approximately' },
  { pattern: /\b(?:more than|over|upwards of|in excess of|above)\s+$/i, qualifier: 'more than' },
  { pattern: /\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, qualifier: 'at least' },
  { pattern: /\b(?:fewer than|less than|under|below)\s+$/i, qualifier: 'less than' },
  { pattern: /\b(?:at most|no more than|a maximum of)\s+$/i, qualifier: 'at most' },
  { pattern: /\b(?:up to|as many as)\s+$/i, qualifier: 'up to' },
];

export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/** Singular, lower-case form of a counted noun, mapped to its class when it has one. */
export function unitClass(noun: string): string {
  const w = noun.toLowerCase();
  const singular = w === 'people' || w.endsWith('ss') ? w
    : w.endsWith('ies') ? w.slice(0, -3) + 'y'
    : /(?:ss|ch|sh|x)es$/.test(w) ? w.slice(0, -2)
    : w.replace(/s$/, '');
  return UNIT_CLASSES[w] ?? UNIT_CLASSES[singular] ?? singular;
}
