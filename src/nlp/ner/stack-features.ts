import { hashInt as hashIntImported, templateSeed } from './hash.ts';
import type { SentenceFeatures } from './features.ts';
import { bilouToSpans, NER_TYPES, O } from './labels.ts';
import { isCapitalized } from './word-form.ts';

const hashInt = hashIntImported;
const TYPES = NER_TYPES.length;
const O_SLOT = TYPES; // count slot for "not an entity"

// Template ids of the second-pass features (after the static and history ones).
const S_LABEL = templateSeed(96);
const S_LABEL_M1 = templateSeed(97);
const S_LABEL_P1 = templateSeed(98);
const S_TOKEN_MAJOR = templateSeed(99);
const S_TOKEN_ANY = templateSeed(100);
const S_ENTITY_MAJOR = templateSeed(101);
const S_AGREE = templateSeed(102);

/**
 * Second-pass ("stacked") features from the first pass's labels over the whole document, after Krishnan &
 * Manning (2006): what this token and its neighbours were labelled, what the same word was labelled everywhere
 * else in the document (before and after — the first pass only sees earlier ones), and what the same entity string
 * was labelled elsewhere. Returns new feature lists; inputs are not modified.
 */
export function stackFeatures(doc: readonly SentenceFeatures[], pass1: readonly Int8Array[]): SentenceFeatures[] {
  const tokenCounts = new Map<string, Int32Array>();
  const entityCounts = new Map<string, Int32Array>();
  const tokenEntity = doc.map((sf) => new Array<string>(sf.forms.length).fill(''));
  doc.forEach((sf, s) => {
    const labels = pass1[s] ?? new Int8Array(sf.forms.length);
    sf.forms.forEach((f, i) => {
      if (!isCapitalized(f.raw)) return;
      const label = labels[i] ?? O;
      count(tokenCounts, f.key, label === O ? O_SLOT : (label - 1) >> 2);
    });
    for (const span of bilouToSpans(labels)) {
      const key = sf.forms.slice(span.start, span.end).map((f) => f.key).join(' ');
      count(entityCounts, key, span.typeIndex);
      for (let i = span.start; i < span.end; i++) (tokenEntity[s] as string[])[i] = key;
    }
  });
  return doc.map((sf, s) => {
    const labels = pass1[s] ?? new Int8Array(sf.forms.length);
    const out: number[] = [];
    const starts = new Uint32Array(sf.forms.length + 1);
    for (let i = 0; i < sf.forms.length; i++) {
      starts[i] = out.length;
      for (let k = sf.starts[i] ?? 0; k < (sf.starts[i + 1] ?? 0); k++) out.push(sf.hashes[k] ?? 0);
      const label = labels[i] ?? O;
      const own = label === O ? O_SLOT : (label - 1) >> 2;
      out.push(hashInt(S_LABEL, label));
      out.push(hashInt(S_LABEL_M1, i > 0 ? (labels[i - 1] ?? O) : -1));
      out.push(hashInt(S_LABEL_P1, i + 1 < labels.length ? (labels[i + 1] ?? O) : -1));
      const f = sf.forms[i];
      const tc = f !== undefined && isCapitalized(f.raw) ? tokenCounts.get(f.key) : undefined;
      if (tc !== undefined) {
        const major = majority(tc, own);
        if (major >= 0) {
          out.push(hashInt(S_TOKEN_MAJOR, major));
          out.push(hashInt(hashInt(S_AGREE, major), own));
        }
        for (let t = 0; t <= TYPES; t++) if ((tc[t] ?? 0) - (t === own ? 1 : 0) > 0) out.push(hashInt(S_TOKEN_ANY, t));
      }
      const ek = (tokenEntity[s] as string[])[i] ?? '';
      const ec = ek ? entityCounts.get(ek) : undefined;
      if (ec !== undefined) {
        const major = majority(ec, own);
        if (major >= 0) out.push(hashInt(S_ENTITY_MAJOR, major));
      }
    }
    starts[sf.forms.length] = out.length;
    return { ...sf, hashes: Uint32Array.from(out), starts };
  });
}

function count(m: Map<string, Int32Array>, key: string, slot: number): void {
  let c = m.get(key);
  if (c === undefined) {
    c = new Int32Array(TYPES + 1);
    m.set(key, c);
  }
  c[slot] = (c[slot] ?? 0) + 1;
}

/** Slot with the most votes once this token's own vote (slot `own`) is taken out; -1 if no other votes. */
function majority(c: Int32Array, own: number): number {
  let best = -1;
  let top = 0;
  for (let t = 0; t < c.length; t++) {
    const v = (c[t] ?? 0) - (t === own ? 1 : 0);
    if (v > top) {
      top = v;
      best = t;
    }
  }
  return best;
}
