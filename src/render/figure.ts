import { CURRENCY_SIGNS } from '../nlp/quantities/unit-lexicon.ts';

const SIGN_OF: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_SIGNS).map(([sign, code]) => [code, sign]));

// Scale words a reader counts money in: "716,000,000,000 USD" has to be counted in zeros, "$716 billion" is read.
const SCALES: readonly (readonly [number, string])[] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/**
 * A figure as a reader writes it: money with its sign and scale word ("$716 billion", "$5.7 billion", "$5,150"), a
 * share with its sign ("43.7%"), anything else in grouped digits ("100,000"). Pure: the Markdown brief and the web UI
 * both ask.
 */
export function figure(value: number, unit: string): string {
  const sign = SIGN_OF.get(unit);
  if (sign !== undefined) {
    const scale = SCALES.find(([size]) => Math.abs(value) >= size);
    // Two decimals at most: "$1.25 billion" is how amounts are reported; a figure is never shown more precisely
    // than its texts, which sit beside it.
    const shown = scale ? `${(value / scale[0]).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${scale[1]}` : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
    return `${sign}${shown}`;
  }
  if (unit === '%') return `${value.toLocaleString('en-US')}%`;
  return value.toLocaleString('en-US');
}

/**
 * What a figure is about, for the line that shows it. For money the currency is in the figure already ("USD: $716
 * billion" tells the reader nothing "$716 billion" does not), so only what the money is of stays ("aid" of "USD of
 * aid"), or nothing.
 */
export function figureLabel(about: string, unit: string): string {
  if (!SIGN_OF.has(unit)) return about;
  return about.startsWith(`${unit} of `) ? about.slice(unit.length + 4) : about === unit ? '' : about;
}
