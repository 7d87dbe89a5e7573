import type { ConllDocument } from './conll.ts';
import { isHeadline, type FeatureLexicons } from './features.ts';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { wordForm } from './word-form.ts';
import { buildWordLexicon } from './word-lexicon.ts';

/** Gazetteer entries: every labelled entity of the given documents, as word keys. */
export function gazetteerEntries(docs: readonly ConllDocument[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of s.spans) {
        out.push({ keys: s.tokens.slice(span.start, span.end).map((t) => wordForm(t).key), typeIndex: span.typeIndex });
      }
    }
  }
  return out;
}

export function gazetteerFrom(docs: readonly ConllDocument[]): Gazetteer {
  return buildGazetteer(gazetteerEntries(docs));
}

// A word needs this many mid-sentence sightings before its usual casing is trusted.
const MIN_CASE_SIGHTINGS = 2;
// Below 10% (above 90%) lower-case sightings the word is "capitalized" ("lower-case"); in between, "mixed".
const CASE_EXTREME = 0.1;

/**
 * How each word is usually cased mid-sentence in the (unlabelled) text: 0 lower, 1 mixed, 2 capital.
 * Sentence-initial and headline tokens are skipped because their casing says nothing about the word.
 */
export function caseLexiconFrom(docs: readonly ConllDocument[]): Map<string, number> {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      const forms = s.tokens.map(wordForm);
      if (isHeadline(forms)) continue;
      forms.forEach((f, i) => {
        if (i === 0 || f.cap === 'punct' || f.cap === 'digit') return;
        total.set(f.key, (total.get(f.key) ?? 0) + 1);
        if (f.cap === 'lower') lower.set(f.key, (lower.get(f.key) ?? 0) + 1);
      });
    }
  }
  const out = new Map<string, number>();
  for (const [key, n] of total) {
    if (n < MIN_CASE_SIGHTINGS) continue;
    const frac = (lower.get(key) ?? 0) / n;
    out.set(key, frac >= 1 - CASE_EXTREME ? 0 : frac <= CASE_EXTREME ? 2 : 1);
  }
  return out;
}

export function emptyLexicons(): FeatureLexicons {
  return { gazetteer: buildGazetteer([]), external: buildGazetteer([]), words: buildWordLexicon(new Map(), new Map()) };
}
