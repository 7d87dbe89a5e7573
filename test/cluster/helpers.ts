import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterInput } from '../../src/cluster/types.ts';

import { SEEDS_DIR } from '../helpers/data.ts';

export { SEEDS_DIR };

/** The five seed reports as clustering input (first line = headline; all published 2022-01-10 per shared/README). */
export function loadSeeds(): ClusterInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(SEEDS_DIR, f), 'utf8').split('\n');
      const first = lines.findIndex((l) => l.trim() !== '');
      return { id: f.replace(/\.txt$/, ''), published: '2022-01-10', title: lines[first] ?? '', text: lines.slice(first + 1).join('\n') };
    });
}

export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

// Synonyms a rewriting desk would swap in; whole words only.
const SYNONYMS: Record<string, string> = {
  talks: 'negotiations',
  discussions: 'consultations',
  said: 'stated',
  warned: 'cautioned',
  troops: 'soldiers',
  border: 'frontier',
  agreed: 'consented',
  demands: 'requests',
  crisis: 'standoff',
  diplomats: 'envoys',
  officials: 'representatives',
  insistence: 'demand',
  continued: 'ongoing',
  repeated: 'reiterated',
  remain: 'stay',
  security: 'safety',
  military: 'armed',
  would: 'will',
  key: 'main',
  told: 'informed',
  issues: 'matters',
  possibility: 'prospect',
  threat: 'danger',
  reach: 'achieve',
  even: 'still',
  concern: 'worry',
  described: 'characterised',
  called: 'termed',
  ready: 'prepared',
  firm: 'resolute',
  quick: 'rapid',
  progress: 'headway',
  large: 'big',
  week: 'week’s time',
  any: 'every',
  as: 'while',
};

export function swapSynonyms(text: string): string {
  return text.replace(/\b[a-z]+\b/g, (w) => SYNONYMS[w] ?? w);
}

/** Changes the wording inside the first pair of curly or straight double quotes. */
export function alterFirstQuote(text: string): string {
  return text.replace(/([“"])([^”"]{10,}?)([”"])/, (_m, open: string, body: string, close: string) => {
    const words = body.split(' ');
    return `${open}${words.slice(0, Math.max(3, words.length - 3)).join(' ')} indeed${close}`;
  });
}
