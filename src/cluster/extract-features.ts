import { hashString } from './hash.ts';
import { isContentWord, normalizeTerm } from './content-words.ts';
import type { BodySentence } from './split-body.ts';
import type { Feature, FeatureKind } from './types.ts';
import { isCalendarWord, type WordInfo } from './word-info.ts';

export { isCalendarWord };

// A title word is what the story is about; counting it as this many extra mentions lifts it above body chatter.
const TITLE_BOOST = 2;
// Caller-supplied entities come from a trained recognizer: trust them as much as a title word.
const GIVEN_ENTITY_COUNT = 2;

interface Tally {
  label: string;
  kind: FeatureKind;
  count: number;
}

/**
 * Terms of one article, kind-tagged: names (capitalized where no sentence starts, or given), numbers, other content
 * words. A word that is a name anywhere in the article is a name everywhere in it (so sentence-initial "Ryabkov"
 * counts too). Multi-word names ("Wendy Sherman") are added as one extra entity feature.
 */
export function extractFeatures(
  title: readonly BodySentence[],
  body: readonly BodySentence[],
  givenEntities: readonly string[],
): Feature[] {
  const nameWords = new Set<string>();
  for (const s of [...title, ...body]) {
    s.words.forEach((w, i) => {
      if (i > 0 && w.capitalized && w.content) nameWords.add(w.term);
    });
  }
  const tallies = new Map<string, Tally>();
  const bump = (key: string, label: string, kind: FeatureKind, by: number): void => {
    const t = tallies.get(key);
    if (t) t.count += by;
    else tallies.set(key, { label, kind, count: by });
  };
  const addSentence = (s: BodySentence, weight: number): void => {
    // The words of a multi-word name being read, as written and as terms.
    let phrase: string[] = [];
    let terms: string[] = [];
    const flush = (): void => {
      if (phrase.length > 1) bump(`p:${terms.join(' ')}`, phrase.join(' '), 'entity', weight);
      phrase = [];
      terms = [];
    };
    s.tokens.forEach((t, i) => {
      const w = s.words[i] as WordInfo;
      if (w.number) {
        flush();
        bump(w.numberKey, t, 'number', weight);
        return;
      }
      if (!w.content) {
        flush();
        return;
      }
      if (nameWords.has(w.term) && w.capitalized && !w.calendar) {
        bump(w.entityKey, t, 'entity', weight);
        phrase.push(t);
        terms.push(w.term);
      } else {
        flush();
        bump(w.wordKey, w.lower, 'word', weight);
      }
    });
    flush();
  };
  for (const s of title) addSentence(s, 1 + TITLE_BOOST);
  for (const s of body) addSentence(s, 1);
  for (const name of givenEntities) {
    const parts = name.split(/\s+/).filter((p) => p.length > 0 && isContentWord(p) && !isCalendarWord(p));
    for (const p of parts) bump(`e:${normalizeTerm(p)}`, p, 'entity', GIVEN_ENTITY_COUNT);
    if (parts.length > 1) bump(`p:${parts.map(normalizeTerm).join(' ')}`, parts.join(' '), 'entity', GIVEN_ENTITY_COUNT);
  }
  const out: Feature[] = [];
  // Keys are cut to 30 bits: V8 stores such integers unboxed (Smi), which makes every Map lookup on the hot path cheaper.
  for (const [key, t] of tallies) out.push({ key: hashString(key) >>> 2, label: t.label, kind: t.kind, count: t.count });
  return out;
}
