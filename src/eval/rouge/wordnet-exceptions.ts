import { readFileSync } from 'node:fs';

/** Inflected form → base form, as in ROUGE's WordNet-2.0.exc.db ("went" → "go", "children" → "child"). */
export type WordnetExceptions = ReadonlyMap<string, string>;

/** Parses `word<TAB>base` lines. Malformed lines are skipped: the table is reference data, not user input. */
export function parseWordnetExceptions(tsv: string): WordnetExceptions {
  if (typeof tsv !== 'string') throw new TypeError('parseWordnetExceptions: tsv must be a string');
  const table = new Map<string, string>();
  for (const line of tsv.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const base = line.slice(tab + 1);
    // ROUGE's DB_File hash keeps one base per word; the first entry wins, as with a first-insert build.
    if (base.length > 0 && !table.has(word)) table.set(word, base);
  }
  return table;
}

/** Loader: reads the exception table (../shared/data/rouge/wordnet-2.0-exceptions.tsv). */
export function loadWordnetExceptions(path: string): WordnetExceptions {
  return parseWordnetExceptions(readFileSync(path, 'utf8'));
}
