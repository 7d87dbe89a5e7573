import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** models/align at the repository root. */
export const ALIGN_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'align');

/**
 * GloVe word vectors for the aligner's vocabulary (scripts/build-word-vectors.ts), unit length. Words are listed by
 * corpus frequency, so a word's row is also its frequency rank: the aligner's general-corpus rarity.
 */
export interface WordVectors {
  readonly dims: number;
  /** Lower-case word → row (= frequency rank). */
  readonly row: ReadonlyMap<string, number>;
  /**
   * Offset of row `r` in `data`, its values scaled to unit length. A story reads a few thousand of the 40,000 rows, so
   * each is scaled on first use rather than all at load (the same values either way).
   */
  readonly unit: (r: number) => number;
  /** rows × dims; read a row only at the offset `unit` gives. */
  readonly data: Float32Array;
}

/**
 * words.txt of `dir`: the vocabulary, commonest first (a word's index is its frequency rank less one). Story clustering
 * reads it too, as news word frequencies (cluster/background-idf.ts, newsIdf). Missing is a packaging error and throws.
 */
export function readWordList(dir: string = ALIGN_MODEL_DIR): string[] {
  return readFileSync(join(dir, 'words.txt'), 'utf8').split('\n').filter((w) => w.length > 0);
}

interface WordRows {
  /** Lines of words.txt (the rows of vectors.bin). */
  readonly count: number;
  readonly row: ReadonlyMap<string, number>;
}

let shippedRows: WordRows | undefined;

/**
 * words.txt of `dir` as word → row (= frequency rank less one). The shipped list is read once per thread: the aligner's
 * vectors and story clustering's news ranks (cluster/background-idf.ts) both look words up in it, and reading and
 * indexing its 40,000 words took 25-40 ms of a one-article run, twice. An immutable file, so sharing it changes no result.
 */
export function readWordRows(dir: string = ALIGN_MODEL_DIR): WordRows {
  if (dir === ALIGN_MODEL_DIR && shippedRows !== undefined) return shippedRows;
  const list = readWordList(dir);
  const row = new Map<string, number>();
  for (let i = 0; i < list.length; i++) row.set(list[i] ?? '', i);
  const rows = { count: list.length, row };
  if (dir === ALIGN_MODEL_DIR) shippedRows = rows;
  return rows;
}

/** Reads words.txt and vectors.bin from `dir`. A missing or inconsistent file is a packaging error and throws. */
export function loadWordVectors(dir: string = ALIGN_MODEL_DIR): WordVectors {
  const { count: words, row } = readWordRows(dir);
  const raw = readFileSync(join(dir, 'vectors.bin'));
  if (words === 0 || raw.byteLength % words !== 0) {
    throw new Error(`word vectors in ${dir}: ${raw.byteLength} bytes do not divide into ${words} words`);
  }
  const dims = raw.byteLength / words;
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const data = new Float32Array(bytes.length);
  const scaled = new Uint8Array(words);
  const unit = (r: number): number => {
    const o = r * dims;
    if (scaled[r] === 1) return o;
    scaled[r] = 1;
    let norm = 0;
    for (let k = o; k < o + dims; k++) norm += (bytes[k] ?? 0) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = o; k < o + dims; k++) data[k] = (bytes[k] ?? 0) * inv;
    return o;
  };
  return { dims, row, unit, data };
}

/** Cosine of two rows (both unit length). */
export function rowCosine(v: WordVectors, a: number, b: number): number {
  if (a === b) return 1;
  const { dims, data } = v;
  let s = 0;
  const oa = v.unit(a);
  const ob = v.unit(b);
  for (let d = 0; d < dims; d++) s += (data[oa + d] ?? 0) * (data[ob + d] ?? 0);
  return s;
}
