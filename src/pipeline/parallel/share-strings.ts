// Strings up to this long are shared: rule ids, types, kinds, names, values and units are all shorter; quotes and
// article texts are longer and never repeat.
const MAX_SHARED_LENGTH = 64;
// Analyzed articles nest three deep (article → items → a speaker's range); deeper is never reached.
const MAX_DEPTH = 4;

/**
 * Gives every short string in `values` (objects and arrays, walked to `MAX_DEPTH`) one shared copy, in place. For
 * structured-clone copies only, which the caller owns and nothing has frozen: a clone writes each string anew, so the
 * analyzed articles a thread sends back carry their own copy of 'person', 'body' or 'ner/averaged-perceptron' per
 * mention and sentence, and the calling thread holds them all until the briefs (2,000 DUC articles: ~120,000
 * mentions and sentences). One copy each: the same text, so the same output.
 */
export function shareStrings(values: unknown[]): void {
  const seen = new Map<string, string>();
  const shared = (s: string): string => {
    if (s.length > MAX_SHARED_LENGTH) return s;
    const kept = seen.get(s);
    if (kept !== undefined) return kept;
    seen.set(s, s);
    return s;
  };
  const walk = (x: object, depth: number): void => {
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const v: unknown = x[i];
        if (typeof v === 'string') x[i] = shared(v);
        else if (typeof v === 'object' && v !== null && depth < MAX_DEPTH) walk(v, depth + 1);
      }
      return;
    }
    const record = x as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') record[key] = shared(v);
      else if (typeof v === 'object' && v !== null && depth < MAX_DEPTH) walk(v, depth + 1);
    }
  };
  walk(values, 0);
}
