import { hashInt as hashIntImported, hashStr as hashStrImported, templateSeed } from './hash.ts';
import { matchGazetteer, phraseValue, type Gazetteer } from './gazetteer.ts';
import { previousLabelRows } from './decode.ts';
import { valueOf, wordHash2 } from './key-table.ts';
import { LABEL_COUNT, NER_TYPES } from './labels.ts';
import { isCapitalized as isCapitalizedImported, wordForm, type CapClass, type WordForm } from './word-form.ts';
import { CLUSTER_PREFIXES, caseBucketOf, clusterOf, type WordLexicon } from './word-lexicon.ts';
import { rowOf, type WeightTable as WeightView } from './weight-table.ts';

// Local aliases: the loader may expose imports through getters, which cost a call per use in the hot loop.
const hashInt = hashIntImported;
const hashStr = hashStrImported;
const isCapitalized = isCapitalizedImported;
const TYPES = NER_TYPES.length;

/**
 * Label-free and label-derived tables the features consult: built from the training split, except `external`,
 * which holds outside name lists (see external-gazetteer.ts) and never reads any CoNLL split.
 */
export interface FeatureLexicons {
  readonly gazetteer: Gazetteer;
  /** Outside name lists by kind of name (city, first name, ...); empty in models trained without them. */
  readonly external: Gazetteer;
  /**
   * Word key → how the word is usually cased mid-sentence in the training text (see `CASE_BUCKETS`) and its
   * distributional cluster (path prefixes used as features).
   */
  readonly words: WordLexicon;
}

/** Case-lexicon buckets: the word is almost always lower-case / mixed / almost always capitalized mid-sentence. */
export const CASE_BUCKETS = ['lower', 'mixed', 'capital'] as const;

/** Static (history-free) features of one sentence: token i owns hashes[starts[i]] .. hashes[starts[i+1]-1]. */
export interface SentenceFeatures {
  /**
   * Inference only (`documentScores`): per token, LABEL_COUNT summed weights of its word-only static features, which
   * `hashes` then leaves out. Absent: `hashes` holds every static feature.
   */
  readonly base?: Int32Array;
  /** Where token 0's scores start in `base` (a document's sentences share one buffer); 0 when absent. */
  readonly baseAt?: number;
  /** Inference only: per token, an array starting with its word's `previousLabelRows` (decode.ts). Absent: looked up by hash. */
  readonly prevRows?: readonly Int32Array[];
  readonly forms: readonly WordForm[];
  /** Hash of each token's key and shape, reused by the history-dependent features at decoding time. */
  readonly keyHashes: Uint32Array;
  readonly shapeHashes: Uint32Array;
  readonly hashes: Uint32Array;
  readonly starts: Uint32Array;
}

/*
 * Per token: cased word and lower-case key (dots dropped, digits → 0), keys at ±1 and ±2, cased words at ±1, key
 * bigrams with each neighbour, word shape at 0/±1 and shape bigrams, capitalization class with the sentence-initial
 * and headline flags (alone and as a −1/0/+1 window), length, prefixes and suffixes up to 4, hyphen parts, how the
 * word is usually cased in the training text, whether it appears capitalized / lower-case elsewhere in the same
 * document, and gazetteer matches (position and type) at −1/0/+1. Label-history features are added at decoding.
 */
// Template ids: the seed of each feature family. Stored models depend on them: append, never renumber
// (2 = "lower" is retired: the dot-free key replaced it).
const T = {
  bias: 0, raw: 1, lower: 2, keyM1: 3, keyP1: 4, keyM2: 5, keyP2: 6, rawM1: 7, rawP1: 8, shape: 9, shapeM1: 10,
  shapeP1: 11, shapeM1_0: 12, shape0_P1: 13, prefix: 14, suffix: 15, cap: 16, bigramM1: 17, bigramP1: 18,
  caseLex: 19, docCase: 20, gaz: 21, gazTok: 22, capWindow: 23, key: 24, cluster: 25, gazM1: 26, gazP1: 27,
  hyphenPart: 28, clusterM1: 29, clusterP1: 30, length: 31, dotted: 32, ext: 33, extM1: 34, extP1: 35, extTok: 36, clusterCap: 37, clusterM2: 38, clusterP2: 39, clusterM1Fine: 40,
  clusterP1Fine: 41,
} as const;
const SEED: Readonly<Record<keyof typeof T, number>> = Object.fromEntries(
  Object.entries(T).map(([k, v]) => [k, templateSeed(v)]),
) as Record<keyof typeof T, number>;

// Neighbours' clusters: coarse (word class: verb of saying, preposition) and finer (kind of noun: "club", "minister").
const CONTEXT_PREFIX = 6;
const CONTEXT_PREFIX_FINE = 10;
// Affixes up to 4 characters: longer ones are mostly whole words already covered by the word feature.
const MAX_AFFIX = 4;
const BOS = '<s>';
const EOS = '</s>';

/** Per-document case statistics: how often each word key appears capitalized mid-sentence / lower-case. */
interface DocCase {
  readonly capMid: Map<string, number>;
  readonly lower: Map<string, number>;
}

/** A sentence counts as a headline when most of its words are in capitals (CoNLL headlines, news kickers). */
export function isHeadline(forms: readonly WordForm[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const f of forms) {
    if (f.cap === 'punct' || f.cap === 'digit') continue;
    letters++;
    if (f.cap === 'upper' && f.raw.length > 1) upper++;
  }
  // More than half capitals, and at least two, so one acronym does not make "NATO said..." a headline.
  return upper >= 2 && upper * 2 > letters;
}

function docCaseStats(doc: readonly (readonly WordForm[])[], headlines: readonly boolean[]): DocCase {
  const capMid = new Map<string, number>();
  const lower = new Map<string, number>();
  doc.forEach((forms, s) => {
    if (headlines[s]) return;
    forms.forEach((f, i) => {
      if (f.cap === 'lower') lower.set(f.key, (lower.get(f.key) ?? 0) + 1);
      else if (i > 0 && (f.cap === 'init' || f.cap === 'mixed')) capMid.set(f.key, (capMid.get(f.key) ?? 0) + 1);
    });
  });
  return { capMid, lower };
}

/**
 * What a token text means to the features regardless of document: its form, hashes, lexicon lookups. A pure function
 * of the text and the lexicons, so a model memoizes it across documents (`NerModel.wordMemo`): this changes speed,
 * never labels.
 */
export interface WordStatic {
  readonly form: WordForm;
  readonly keyH: number;
  /** Second hash of the key (key-table.ts): with `keyH`, what gazetteer and lexicon lookups use. */
  readonly keyH2: number;
  readonly casedH: number;
  readonly shapeH: number;
  readonly capI: number;
  readonly caseBucket: number;
  /** Gazetteer type mask of the single word, -1 when it is in no entry. */
  readonly gazTok: number;
  /** Hashes of the word's cluster path cut at `CLUSTER_PREFIXES` (a view into the model), null without a cluster. */
  readonly clusterH: Uint32Array | null;
  /** Outside-list category mask of the single word, -1 when it is in no list. */
  readonly extTok: number;
}

/** Token text → its analysis, for one set of lexicons only. */
export type WordMemo = Map<string, WordStatic>;

// Memo bound: news vocabulary seen by a long-running service keeps growing; past this many words the memo starts
// over (a few MB at most) instead of growing without limit.
const MAX_MEMO_WORDS = 200_000;

/**
 * Static features for every token of a document (sentences of token texts, in reading order). `memo` must belong to
 * `lex` (a model passes its own); without one, words are analysed once per call.
 */
export function documentFeatures(
  lex: FeatureLexicons,
  doc: readonly (readonly string[])[],
  memo: WordMemo = new Map(),
): SentenceFeatures[] {
  return documentFeaturesWith(lex, doc, memo, (forms, infos, headline, scratch) => sentenceFeaturesOf(lex, forms, infos, headline, scratch, tokenFeatures));
}

type SentenceBuilder = (forms: readonly WordForm[], infos: readonly WordInfo[], headline: boolean, scratch: Uint32Array) => SentenceFeatures;

/** Words analysed (memoized), document case statistics, then each sentence built by `build`. */
function documentFeaturesWith(
  lex: FeatureLexicons,
  doc: readonly (readonly string[])[],
  memo: WordMemo,
  build: SentenceBuilder,
): SentenceFeatures[] {
  const statics = doc.map((s) =>
    s.map((t) => {
      let w = memo.get(t);
      if (w === undefined) {
        if (memo.size >= MAX_MEMO_WORDS) memo.clear();
        w = wordStatic(lex, wordForm(t));
        memo.set(t, w);
      }
      return w;
    }),
  );
  const forms = statics.map((s) => s.map((w) => w.form));
  const headlines = forms.map(isHeadline);
  const stats = docCaseStats(forms, headlines);
  // Words repeat within a document ("the", names, punctuation): each distinct word gets its document counts once.
  const infoCache = new Map<WordStatic, WordInfo>();
  const infos = statics.map((s) =>
    s.map((w) => {
      let info = infoCache.get(w);
      if (info === undefined) {
        info = { word: w, capMid: stats.capMid.get(w.form.key) ?? 0, lowerCount: stats.lower.get(w.form.key) ?? 0 };
        infoCache.set(w, info);
      }
      return info;
    }),
  );
  // One scratch buffer for the document, sized for its longest sentence; each sentence keeps a trimmed copy.
  const longest = forms.reduce((m, f) => Math.max(m, f.length), 0);
  const scratch = new Uint32Array(longest * MAX_STATIC);
  return forms.map((f, s) => build(f, infos[s] ?? [], headlines[s] ?? false, scratch));
}

/** Everything about one distinct word in one document. */
interface WordInfo {
  readonly word: WordStatic;
  /** Occurrences in this document capitalized mid-sentence / lower-case (headlines excluded). */
  readonly capMid: number;
  readonly lowerCount: number;
}

function wordStatic(lex: FeatureLexicons, f: WordForm): WordStatic {
  const keyH = hashStr(0, f.key);
  const keyH2 = wordHash2(f.key);
  const words = lex.words;
  const value = valueOf(words.table, keyH, keyH2, 0);
  const cluster = clusterOf(value);
  const bucket = caseBucketOf(value);
  const width = CLUSTER_PREFIXES.length;
  return {
    form: f,
    keyH,
    keyH2,
    casedH: hashStr(0, f.cased),
    shapeH: hashStr(0, f.shape),
    capI: CAP_INDEX[f.cap],
    caseBucket: bucket === 0 ? UNSEEN_CASE : bucket - 1,
    gazTok: valueOf(lex.gazetteer.tokens, keyH, keyH2, -1),
    clusterH: cluster === 0 ? null : words.clusterPrefixes.subarray((cluster - 1) * width, cluster * width),
    extTok: valueOf(lex.external.tokens, keyH, keyH2, -1),
  };
}

// Upper bound on static features per token (about 60 in practice: 9 outside-list categories at 3 positions at most,
// hyphen parts capped below); sizes the buffer.
const MAX_STATIC = 96;
// A hyphenated word contributes at most this many parts ("ex-Soviet", "Hong Kong-based"): more is a list, not a word.
const MAX_HYPHEN_PARTS = 4;

/** Small integer per capitalization class, hashed into features instead of strings. */
const CAP_INDEX: Readonly<Record<CapClass, number>> = { init: 1, upper: 2, lower: 3, mixed: 4, digit: 5, alnum: 6, punct: 7 };
const BOS_CAP = 8;
const EOS_CAP = 9;

function sentenceFeaturesOf(
  lex: FeatureLexicons,
  forms: readonly WordForm[],
  infos: readonly WordInfo[],
  headline: boolean,
  scratch: Uint32Array,
  perToken: (out: Sink, c: SentenceContext, i: number) => void,
): SentenceFeatures {
  const n = forms.length;
  // Plain loops: TypedArray.from with a map function goes through the iterator protocol, several times slower.
  const h1 = new Uint32Array(n);
  const h2 = new Uint32Array(n);
  const inGaz = new Uint8Array(n);
  const inExt = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = (infos[i] as WordInfo).word;
    h1[i] = w.keyH;
    h2[i] = w.keyH2;
    inGaz[i] = w.gazTok >= 0 ? 1 : 0;
    inExt[i] = w.extTok >= 0 ? 1 : 0;
  }
  const ctx: SentenceContext = {
    forms,
    infos,
    keyH: padded(infos, 'keyH', BOS_H, EOS_H),
    rawH: padded(infos, 'casedH', BOS_H, EOS_H),
    shapeH: padded(infos, 'shapeH', BOS_H, EOS_H),
    capI: padded(infos, 'capI', BOS_CAP, EOS_CAP),
    gaz: matchGazetteer(lex.gazetteer, h1, h2, inGaz),
    ext: lex.external.entryCount > 0 ? matchGazetteer(lex.external, h1, h2, inExt) : null,
    extTypes: lex.external.typeCount,
    clusters: lex.words.clusterCount > 0 ? infos.map((w) => w.word.clusterH) : null,
    headline,
  };
  const sink: Sink = { buf: scratch, n: 0 };
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = sink.n;
    perToken(sink, ctx, i);
  }
  starts[n] = sink.n;
  return {
    forms,
    keyHashes: ctx.keyH.subarray(PAD, PAD + n),
    shapeHashes: ctx.shapeH.subarray(PAD, PAD + n),
    hashes: sink.buf.slice(0, sink.n),
    starts,
  };
}

/** Output buffer of one sentence's feature hashes. */
interface Sink {
  readonly buf: Uint32Array;
  n: number;
}

function push(s: Sink, h: number): void {
  s.buf[s.n++] = h;
}

/** Per-sentence values shared by all tokens' features; arrays are padded by 2 on each side (BOS/EOS). */
interface SentenceContext {
  readonly forms: readonly WordForm[];
  readonly infos: readonly WordInfo[];
  readonly keyH: Uint32Array;
  readonly rawH: Uint32Array;
  readonly shapeH: Uint32Array;
  readonly capI: Uint32Array;
  readonly gaz: Uint32Array;
  readonly ext: Uint32Array | null;
  readonly extTypes: number;
  readonly clusters: readonly (Uint32Array | null)[] | null;
  readonly headline: boolean;
}

const PAD = 2;
const BOS_H = hashStr(0, BOS);
const EOS_H = hashStr(0, EOS);

/** One numeric field of each word, padded with 2 begin/end markers on each side so windows need no bounds checks. */
function padded(infos: readonly WordInfo[], field: 'keyH' | 'casedH' | 'shapeH' | 'capI', bos: number, eos: number): Uint32Array {
  const out = new Uint32Array(infos.length + 2 * PAD);
  out[0] = bos;
  out[1] = bos;
  for (let i = 0; i < infos.length; i++) out[i + PAD] = (infos[i] as WordInfo).word[field];
  out[infos.length + PAD] = eos;
  out[infos.length + PAD + 1] = eos;
  return out;
}

function tokenFeatures(out: Sink, c: SentenceContext, i: number): void {
  const f = c.forms[i] as WordForm;
  const k = i + PAD;
  const key = c.keyH[k] as number;
  const keyM1 = c.keyH[k - 1] as number;
  const keyP1 = c.keyH[k + 1] as number;
  const shape = c.shapeH[k] as number;
  const shapeM1 = c.shapeH[k - 1] as number;
  const shapeP1 = c.shapeH[k + 1] as number;
  const cap = c.capI[k] as number;
  // Sentence-initial (bit 0) and headline (bit 1): capitalization means little in either.
  const position = (i === 0 ? 1 : 0) | (c.headline ? 2 : 0);

  push(out, SEED.bias);
  push(out, hashInt(SEED.raw, c.rawH[k] as number));
  if (f.dotted) push(out, SEED.dotted);
  push(out, hashInt(SEED.key, key));
  push(out, hashInt(SEED.keyM1, keyM1));
  push(out, hashInt(SEED.keyP1, keyP1));
  push(out, hashInt(SEED.keyM2, c.keyH[k - 2] as number));
  push(out, hashInt(SEED.keyP2, c.keyH[k + 2] as number));
  push(out, hashInt(SEED.rawM1, c.rawH[k - 1] as number));
  push(out, hashInt(SEED.rawP1, c.rawH[k + 1] as number));
  push(out, hashInt(hashInt(SEED.bigramM1, keyM1), key));
  push(out, hashInt(hashInt(SEED.bigramP1, key), keyP1));
  push(out, hashInt(SEED.shape, shape));
  push(out, hashInt(SEED.shapeM1, shapeM1));
  push(out, hashInt(SEED.shapeP1, shapeP1));
  push(out, hashInt(hashInt(SEED.shapeM1_0, shapeM1), shape));
  push(out, hashInt(hashInt(SEED.shape0_P1, shape), shapeP1));
  push(out, hashInt(SEED.cap, cap * 4 + position));
  push(out, hashInt(SEED.capWindow, (((c.capI[k - 1] as number) * 16 + cap) * 16 + (c.capI[k + 1] as number)) * 4 + position));
  push(out, hashInt(SEED.length, Math.min(f.cased.length, 12)));
  spellingFeatures(out, f.lower);
  const info = c.infos[i] as WordInfo;
  caseFeatures(out, info, f, cap, position);
  gazetteerFeatures(out, info.word.gazTok, f, c.gaz, TYPES, i, TRAIN_GAZ_SEEDS);
  if (c.ext !== null) gazetteerFeatures(out, info.word.extTok, f, c.ext, c.extTypes, i, EXTERNAL_SEEDS);
  if (c.clusters !== null) clusterFeatures(out, c.clusters, i, cap);
}

const FNV_PRIME = 16777619;

/**
 * The features of a word's spelling: its prefixes and suffixes of 1..MAX_AFFIX characters (shorter than the word),
 * hashed incrementally, then the parts of a hyphenated word. At most SPELLING_FEATURES hashes.
 */
function spellingFeatures(out: Sink, w: string): void {
  const len = w.length;
  let p = SEED.prefix;
  let q = SEED.suffix;
  for (let k = 1; k <= MAX_AFFIX && k < len; k++) {
    p = Math.imul(p ^ w.charCodeAt(k - 1), FNV_PRIME);
    q = Math.imul(q ^ w.charCodeAt(len - k), FNV_PRIME);
    push(out, Math.imul(p ^ k, FNV_PRIME) >>> 0);
    push(out, Math.imul(q ^ (k + 32), FNV_PRIME) >>> 0);
  }
  const hyphen = w.indexOf('-');
  if (hyphen > 0 && hyphen < len - 1) {
    const parts = w.split('-');
    for (let i = 0; i < parts.length && i < MAX_HYPHEN_PARTS; i++) if (parts[i]) push(out, hashStr(SEED.hyphenPart, parts[i] as string));
  }
}
const SPELLING_FEATURES = 2 * MAX_AFFIX + MAX_HYPHEN_PARTS;

// Case-lexicon code for a word the training text never showed mid-sentence.
const UNSEEN_CASE = 3;

function caseFeatures(out: Sink, info: WordInfo, f: WordForm, cap: number, position: number): void {
  push(out, hashInt(SEED.caseLex, (info.word.caseBucket * 16 + cap) * 4 + position));
  if (f.cap === 'punct' || f.cap === 'digit') return;
  // Whether the same word shows up capitalized mid-sentence / lower-case elsewhere in this document (own
  // occurrence excluded): tells a name at the start of a sentence or in a capitalized headline from a common word.
  const body = (position & 2) === 0;
  const self = body && (position & 1) === 0 && (f.cap === 'init' || f.cap === 'mixed') ? 1 : 0;
  const selfLower = body && f.cap === 'lower' ? 1 : 0;
  const capElsewhere = info.capMid - self > 0 ? 1 : 0;
  const lowerElsewhere = info.lowerCount - selfLower > 0 ? 2 : 0;
  const capital = isCapitalized(f.raw) ? 4 : 0;
  push(out, hashInt(SEED.docCase, (capElsewhere | lowerElsewhere | capital) * 4 + position));
}

/** Template seeds of one gazetteer's features: match part here, before, after, and the word's own type mask. */
interface GazetteerSeeds {
  readonly here: number;
  readonly before: number;
  readonly after: number;
  readonly token: number;
}

const TRAIN_GAZ_SEEDS: GazetteerSeeds = { here: SEED.gaz, before: SEED.gazM1, after: SEED.gazP1, token: SEED.gazTok };
const EXTERNAL_SEEDS: GazetteerSeeds = { here: SEED.ext, before: SEED.extM1, after: SEED.extP1, token: SEED.extTok };

/**
 * Gazetteer matches at −1/0/+1 (type and B/I/L/U part; capitalization with the token's own) and the word's own type
 * mask: one shape for the training gazetteer and the outside lists (a surname that is also a city is its own mask).
 */
function gazetteerFeatures(
  out: Sink,
  tokenMask: number,
  f: WordForm,
  match: Uint32Array,
  types: number,
  i: number,
  seeds: GazetteerSeeds,
  // False where the word's own mask feature is scored with its other word-only features (see `documentScores`).
  withToken = true,
): void {
  const here = match[i] ?? 0;
  const before = match[i - 1] ?? 0;
  const after = match[i + 1] ?? 0;
  const capital = isCapitalized(f.raw) ? 1 : 0;
  if ((here | before | after) !== 0) {
    for (let t = 0; t < types; t++) {
      const part = (here >>> (3 * t)) & 7;
      if (part !== 0) push(out, hashInt(seeds.here, (t * 8 + part) * 2 + capital));
      const b = (before >>> (3 * t)) & 7;
      if (b !== 0) push(out, hashInt(seeds.before, t * 8 + b));
      const a = (after >>> (3 * t)) & 7;
      if (a !== 0) push(out, hashInt(seeds.after, t * 8 + a));
    }
  }
  if (tokenMask >= 0 && withToken) push(out, hashInt(seeds.token, tokenMask * 2 + capital));
}

// Indices into CLUSTER_PREFIXES.
const COARSE = (CLUSTER_PREFIXES as readonly number[]).indexOf(CONTEXT_PREFIX);
const FINE = (CLUSTER_PREFIXES as readonly number[]).indexOf(CONTEXT_PREFIX_FINE);
const CLUSTER_SEEDS = CLUSTER_PREFIXES.map((k) => hashInt(SEED.cluster, k));

function clusterFeatures(out: Sink, clusters: readonly (Uint32Array | null)[], i: number, cap: number): void {
  const c = clusters[i];
  if (c) {
    for (let k = 0; k < c.length; k++) push(out, hashInt(CLUSTER_SEEDS[k] as number, c[k] as number));
    // Clusters come from lower-cased text: "may" and "May" share one; the capitalization tells them apart.
    push(out, hashInt(hashInt(SEED.clusterCap, cap), c[FINE] as number));
  }
  const cm1 = i > 0 ? clusters[i - 1] : null;
  if (cm1) {
    push(out, hashInt(SEED.clusterM1, cm1[COARSE] as number));
    push(out, hashInt(SEED.clusterM1Fine, cm1[FINE] as number));
  }
  const cp1 = clusters[i + 1];
  if (cp1) {
    push(out, hashInt(SEED.clusterP1, cp1[COARSE] as number));
    push(out, hashInt(SEED.clusterP1Fine, cp1[FINE] as number));
  }
  const cm2 = i > 1 ? clusters[i - 2] : null;
  if (cm2) push(out, hashInt(SEED.clusterM2, cm2[COARSE] as number));
  const cp2 = clusters[i + 2];
  if (cp2) push(out, hashInt(SEED.clusterP2, cp2[COARSE] as number));
}

/*
 * Inference: most static features depend on one word only (its own form, or the word one or two places away), so
 * their weights are summed once per distinct word and position and reused for every occurrence; only features of
 * word pairs, capitalization windows, position in the sentence, document statistics and gazetteer matches are looked
 * up per token (about 10 of 60). Weights are integers at inference (weight-table.ts), so sums in any order are exact:
 * the labels are the same as summing every feature per token (test/ner/tagger.test.ts).
 */

/** Relative positions a word's pre-summed features are kept for: itself, then as the word at −1, +1, −2, +2. */
const POSITIONS = 5;

/** Adds the weights of `hashes` to `out[at .. at + labels)`. */
function addWeights(table: WeightView, hashes: readonly number[], out: Int32Array, at: number): void {
  for (let k = 0; k < hashes.length; k++) addHashed(table, hashes[k] as number, out, at);
}

/*
 * A memoized word's numbers live in one Int32Array (one object per word instead of five: the memo holds up to
 * MAX_MEMO_WORDS of them): its previous-label rows first (decode.ts reads them from index 0), then its pre-summed
 * weights at the POSITIONS, then its bigram rows with the sentence start, the sentence end and its last successor.
 */
const L_ = LABEL_COUNT;
/** `previousLabelRows`: 2 × (labels + 1). */
const SCORES_AT = 2 * (L_ + 1);
/** Bigram rows with the sentence start before the word: [bigramM1, shapeM1_0]. */
const BOS_AT = SCORES_AT + POSITIONS * L_;
/** With the sentence end after it, in `pairRows` layout: [bigramP1, -, shape0_P1, -]. */
const EOS_AT = BOS_AT + 2;
/** With its last successor (`ScoredWord.next`), `pairRows` layout. */
const NEXT_AT = EOS_AT + 4;
const WORD_INTS = NEXT_AT + 4;

/**
 * Pre-summed weights of a word's word-only features: POSITIONS × labels, in `POSITIONS` order, written at
 * out[SCORES_AT ..]. Each feature's row is added as its hash is made, in tokenFeatures' order within each position (a
 * word's first sight, so every new word of a cold run comes here: no hash arrays, which cost ~40 MB of arrays and
 * iterator results per 500 DUC articles).
 */
function wordScores(table: WeightView, w: WordStatic, out: Int32Array, spelling: Sink): void {
  const L = table.labelCount;
  const self = SCORES_AT;
  const m1 = SCORES_AT + L;
  const p1 = SCORES_AT + 2 * L;
  const m2 = SCORES_AT + 3 * L;
  const p2 = SCORES_AT + 4 * L;
  const f = w.form;
  addHashed(table, SEED.bias, out, self);
  addHashed(table, hashInt(SEED.raw, w.casedH), out, self);
  if (f.dotted) addHashed(table, SEED.dotted, out, self);
  addHashed(table, hashInt(SEED.key, w.keyH), out, self);
  addHashed(table, hashInt(SEED.shape, w.shapeH), out, self);
  addHashed(table, hashInt(SEED.length, Math.min(f.cased.length, 12)), out, self);
  // The spelling hashes tokenFeatures makes, written to the memo's scratch sink (no array per word).
  spelling.n = 0;
  spellingFeatures(spelling, f.lower);
  for (let k = 0; k < spelling.n; k++) addHashed(table, spelling.buf[k] as number, out, self);
  const capital = isCapitalized(f.raw) ? 1 : 0;
  if (w.gazTok >= 0) addHashed(table, hashInt(TRAIN_GAZ_SEEDS.token, w.gazTok * 2 + capital), out, self);
  if (w.extTok >= 0) addHashed(table, hashInt(EXTERNAL_SEEDS.token, w.extTok * 2 + capital), out, self);
  addHashed(table, hashInt(SEED.keyM1, w.keyH), out, m1);
  addHashed(table, hashInt(SEED.rawM1, w.casedH), out, m1);
  addHashed(table, hashInt(SEED.shapeM1, w.shapeH), out, m1);
  addHashed(table, hashInt(SEED.keyP1, w.keyH), out, p1);
  addHashed(table, hashInt(SEED.rawP1, w.casedH), out, p1);
  addHashed(table, hashInt(SEED.shapeP1, w.shapeH), out, p1);
  addHashed(table, hashInt(SEED.keyM2, w.keyH), out, m2);
  addHashed(table, hashInt(SEED.keyP2, w.keyH), out, p2);
  const c = w.clusterH;
  if (c) {
    for (let k = 0; k < c.length; k++) addHashed(table, hashInt(CLUSTER_SEEDS[k] as number, c[k] as number), out, self);
    addHashed(table, hashInt(hashInt(SEED.clusterCap, w.capI), c[FINE] as number), out, self);
    addHashed(table, hashInt(SEED.clusterM1, c[COARSE] as number), out, m1);
    addHashed(table, hashInt(SEED.clusterM1Fine, c[FINE] as number), out, m1);
    addHashed(table, hashInt(SEED.clusterP1, c[COARSE] as number), out, p1);
    addHashed(table, hashInt(SEED.clusterP1Fine, c[FINE] as number), out, p1);
    addHashed(table, hashInt(SEED.clusterM2, c[COARSE] as number), out, m2);
    addHashed(table, hashInt(SEED.clusterP2, c[COARSE] as number), out, p2);
  }
}

/** The sentence-boundary markers as neighbours: BOS at −1 and −2, EOS at +1 and +2 (same layout as wordScores). */
function boundaryScores(table: WeightView): Int32Array {
  const L = table.labelCount;
  const out = new Int32Array(WORD_INTS);
  addWeights(table, [hashInt(SEED.keyM1, BOS_H), hashInt(SEED.rawM1, BOS_H), hashInt(SEED.shapeM1, BOS_H)], out, SCORES_AT + 1 * L);
  addWeights(table, [hashInt(SEED.keyP1, EOS_H), hashInt(SEED.rawP1, EOS_H), hashInt(SEED.shapeP1, EOS_H)], out, SCORES_AT + 2 * L);
  addWeights(table, [hashInt(SEED.keyM2, BOS_H)], out, SCORES_AT + 3 * L);
  addWeights(table, [hashInt(SEED.keyP2, EOS_H)], out, SCORES_AT + 4 * L);
  return out;
}

/**
 * Everything inference needs of one distinct token text for one weight table, kept across documents in the model's
 * `ScoreMemo`: a token seen before costs one Map lookup, no hashing of its own features.
 */
interface ScoredWord {
  readonly word: WordStatic;
  /** Previous-label rows, pre-summed word-only weights and bigram rows (layout above `wordScores`). */
  readonly data: Int32Array;
  /** 1 when the token starts with a capital (`isCapitalized(raw)`), as the gazetteer and case features read it. */
  readonly capital: number;
  /** The word as a one-word phrase of the gazetteer / outside lists (`phraseValue`), -1 when in none. */
  readonly gazFirst: number;
  readonly extFirst: number;
  /** The word last seen after this one, whose `pairRows` are at data[NEXT_AT ..]: a cache, speed only. */
  next: ScoredWord | null;
  /** Shared by every text with the same key ("U.S." and "US"): that key's counts in the current document. */
  readonly counts: KeyCounts;
}

/** One word key's case counts in one document; `doc` says which, so counts need no clearing between documents. */
interface KeyCounts {
  doc: number;
  /** Occurrences capitalized mid-sentence / lower-case (headlines excluded), as in `docCaseStats`. */
  capMid: number;
  lower: number;
}

/**
 * Weight rows of the context features whose values are small integers (capitalization classes, position, case
 * bucket, gazetteer parts): looked up once per weight table by value, so a token indexes an array instead of hashing.
 * -1 where the model has no weights for that value.
 */
interface ContextRows {
  /** `cap * 4 + position` (SEED.cap). */
  readonly cap: Int32Array;
  /** `((capM1 * 16 + cap) * 16 + capP1) * 4 + position` (SEED.capWindow). */
  readonly capWindow: Int32Array;
  /** `(caseBucket * 16 + cap) * 4 + position` (SEED.caseLex). */
  readonly caseLex: Int32Array;
  /** `flags * 4 + position` (SEED.docCase). */
  readonly docCase: Int32Array;
  readonly gaz: GazetteerRows;
  readonly ext: GazetteerRows;
}

/** A gazetteer's match features by value: here `(t * 8 + part) * 2 + capital`, before/after `t * 8 + part`. */
interface GazetteerRows {
  readonly here: Int32Array;
  readonly before: Int32Array;
  readonly after: Int32Array;
}

// Value ranges of the dense tables: capitalization indices are below 16 (CAP_INDEX, BOS_CAP, EOS_CAP), case buckets
// below 16 (CASE_BUCKETS plus UNSEEN_CASE), gazetteer types at most 10 with 3-bit parts (gazetteer.ts).
const CAP_RANGE = 16;
const BUCKET_RANGE = 16;
const GAZ_TYPE_RANGE = 10;

function denseRows(table: WeightView, seed: number, size: number): Int32Array {
  const out = new Int32Array(size);
  for (let v = 0; v < size; v++) out[v] = rowOf(table, hashInt(seed, v));
  return out;
}

function gazetteerRows(table: WeightView, seeds: GazetteerSeeds): GazetteerRows {
  return {
    here: denseRows(table, seeds.here, GAZ_TYPE_RANGE * 8 * 2),
    before: denseRows(table, seeds.before, GAZ_TYPE_RANGE * 8),
    after: denseRows(table, seeds.after, GAZ_TYPE_RANGE * 8),
  };
}

/**
 * The inference memo of one weight table: token text → `ScoredWord`, word key → its document counts, and the
 * dense context rows. Speed only: labels are the same without it (test/ner/tagger.test.ts).
 */
export interface ScoreMemo {
  readonly table: WeightView;
  readonly words: Map<string, ScoredWord>;
  readonly keys: Map<string, KeyCounts>;
  readonly boundary: Int32Array;
  readonly context: ContextRows;
  /** Scratch for one word's spelling hashes while its scores are summed (wordScores): reused, never read after. */
  readonly spelling: Sink;
  /** Documents tagged so far: the current document's number for `KeyCounts.doc`. */
  docs: number;
}

export function scoreMemo(table: WeightView): ScoreMemo {
  return {
    table,
    words: new Map(),
    keys: new Map(),
    boundary: boundaryScores(table),
    context: {
      cap: denseRows(table, SEED.cap, CAP_RANGE * 4),
      capWindow: denseRows(table, SEED.capWindow, CAP_RANGE * CAP_RANGE * CAP_RANGE * 4),
      caseLex: denseRows(table, SEED.caseLex, BUCKET_RANGE * CAP_RANGE * 4),
      docCase: denseRows(table, SEED.docCase, 8 * 4),
      gaz: gazetteerRows(table, TRAIN_GAZ_SEEDS),
      ext: gazetteerRows(table, EXTERNAL_SEEDS),
    },
    spelling: { buf: new Uint32Array(SPELLING_FEATURES), n: 0 },
    docs: 0,
  };
}

function scoredWord(lex: FeatureLexicons, memo: ScoreMemo, text: string): ScoredWord {
  const word = wordStatic(lex, wordForm(text));
  const key = word.form.key;
  let counts = memo.keys.get(key);
  if (counts === undefined) {
    counts = { doc: 0, capMid: 0, lower: 0 };
    memo.keys.set(key, counts);
  }
  const table = memo.table;
  if (table.labelCount !== L_) throw new TypeError(`ner: weight table has ${table.labelCount} labels, expected ${L_}`);
  const data = new Int32Array(WORD_INTS);
  data.set(previousLabelRows(table, word.keyH, word.shapeH), 0);
  wordScores(table, word, data, memo.spelling);
  data[BOS_AT] = rowOf(table, hashInt(hashInt(SEED.bigramM1, BOS_H), word.keyH));
  data[BOS_AT + 1] = rowOf(table, hashInt(hashInt(SEED.shapeM1_0, BOS_H), word.shapeH));
  data[EOS_AT] = rowOf(table, hashInt(hashInt(SEED.bigramP1, word.keyH), EOS_H));
  data[EOS_AT + 2] = rowOf(table, hashInt(hashInt(SEED.shape0_P1, word.shapeH), EOS_H));
  return {
    word,
    data,
    capital: isCapitalized(word.form.raw) ? 1 : 0,
    gazFirst: word.gazTok >= 0 ? phraseValue(lex.gazetteer, word.keyH, word.keyH2) : -1,
    extFirst: word.extTok >= 0 ? phraseValue(lex.external, word.keyH, word.keyH2) : -1,
    next: null,
    counts,
  };
}

/**
 * Inference with one weight table: every static feature of each token summed into `base` (`hashes` is empty), the
 * word-only ones from the memo, the context ones per token (dense rows by value, four hashed word/shape bigrams).
 * Decoding adds the label-history features (decode.ts). The same features as `documentFeatures`, summed as integers,
 * so the labels are the same (test/ner/tagger.test.ts).
 */
export function documentScores(lex: FeatureLexicons, doc: readonly (readonly string[])[], memo: ScoreMemo): SentenceFeatures[] {
  let tokens = 0;
  for (const s of doc) tokens += s.length;
  // Bound on the memo (see MAX_MEMO_WORDS); cleared between documents only, so one document's counts stay together.
  if (memo.words.size + tokens > MAX_MEMO_WORDS) {
    memo.words.clear();
    memo.keys.clear();
  }
  const docNo = ++memo.docs;
  const words: ScoredWord[][] = [];
  const headlines: boolean[] = [];
  for (const s of doc) {
    const ws: ScoredWord[] = new Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const t = s[i] as string;
      let w = memo.words.get(t);
      if (w === undefined) {
        w = scoredWord(lex, memo, t);
        memo.words.set(t, w);
      }
      ws[i] = w;
    }
    const headline = isHeadlineWords(ws);
    words.push(ws);
    headlines.push(headline);
    if (headline) continue;
    // Document case counts (docCaseStats).
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as ScoredWord;
      const cap = w.word.form.cap;
      if (cap !== 'lower' && (i === 0 || (cap !== 'init' && cap !== 'mixed'))) continue;
      const c = w.counts;
      if (c.doc !== docNo) {
        c.doc = docNo;
        c.capMid = 0;
        c.lower = 0;
      }
      if (cap === 'lower') c.lower++;
      else c.capMid++;
    }
  }
  // One buffer of scores for the document, each sentence at its own offset: one allocation instead of one per sentence.
  const base = new Int32Array(tokens * memo.table.labelCount);
  let longest = 0;
  for (const ws of words) longest = Math.max(longest, ws.length);
  const scratch: GazetteerScratch = {
    h2: new Uint32Array(longest),
    inGaz: new Uint8Array(longest),
    inExt: new Uint8Array(longest),
    gazFirst: new Int32Array(longest),
    extFirst: new Int32Array(longest),
  };
  let offset = 0;
  return words.map((ws, s) => {
    const sf = sentenceScores(lex, memo, ws, headlines[s] ?? false, docNo, base, offset, scratch);
    offset += ws.length * memo.table.labelCount;
    return sf;
  });
}

/** `isHeadline` over memoized words. */
function isHeadlineWords(ws: readonly ScoredWord[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const w of ws) {
    const f = w.word.form;
    if (f.cap === 'punct' || f.cap === 'digit') continue;
    letters++;
    if (f.cap === 'upper' && f.raw.length > 1) upper++;
  }
  return upper >= 2 && upper * 2 > letters;
}

const NO_HASHES = new Uint32Array(0);
const PUNCT_CAP = CAP_INDEX.punct;
const DIGIT_CAP = CAP_INDEX.digit;
const INIT_CAP = CAP_INDEX.init;
const MIXED_CAP = CAP_INDEX.mixed;
const LOWER_CAP = CAP_INDEX.lower;

/**
 * Per-token inputs of gazetteer matching, only read while one sentence is scored: one set per document, sized for
 * its longest sentence (matchGazetteer takes the sentence length from the key hashes).
 */
interface GazetteerScratch {
  readonly h2: Uint32Array;
  readonly inGaz: Uint8Array;
  readonly inExt: Uint8Array;
  readonly gazFirst: Int32Array;
  readonly extFirst: Int32Array;
}

function sentenceScores(
  lex: FeatureLexicons,
  memo: ScoreMemo,
  ws: readonly ScoredWord[],
  headline: boolean,
  docNo: number,
  base: Int32Array,
  baseAt: number,
  scratch: GazetteerScratch,
): SentenceFeatures {
  const n = ws.length;
  const table = memo.table;
  const L = table.labelCount;
  const weights = table.weights;
  const ctx = memo.context;
  const bound = memo.boundary;
  const keyHashes = new Uint32Array(n);
  const shapeHashes = new Uint32Array(n);
  const { h2, inGaz, inExt, gazFirst, extFirst } = scratch;
  const forms: WordForm[] = new Array(n);
  const prevRows: Int32Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const sw = ws[i] as ScoredWord;
    prevRows[i] = sw.data;
    gazFirst[i] = sw.gazFirst;
    extFirst[i] = sw.extFirst;
    const w = (ws[i] as ScoredWord).word;
    keyHashes[i] = w.keyH;
    shapeHashes[i] = w.shapeH;
    h2[i] = w.keyH2;
    inGaz[i] = w.gazTok >= 0 ? 1 : 0;
    inExt[i] = w.extTok >= 0 ? 1 : 0;
    forms[i] = w.form;
  }
  const gaz = matchGazetteer(lex.gazetteer, keyHashes, h2, inGaz, gazFirst);
  const ext = lex.external.entryCount > 0 ? matchGazetteer(lex.external, keyHashes, h2, inExt, extFirst) : null;
  const extTypes = lex.external.typeCount;
  let rowM1 = n > 0 ? ((ws[0] as ScoredWord).data[BOS_AT] as number) : -1;
  let shapeRowM1 = n > 0 ? ((ws[0] as ScoredWord).data[BOS_AT + 1] as number) : -1;
  for (let i = 0; i < n; i++) {
    const at = baseAt + i * L;
    const sw = ws[i] as ScoredWord;
    const w = sw.word;
    // Word-only features: the word itself and its neighbours at −2..+2 (boundary markers past the sentence).
    const self = sw.data;
    const m1 = i > 0 ? (ws[i - 1] as ScoredWord).data : bound;
    const p1 = i + 1 < n ? (ws[i + 1] as ScoredWord).data : bound;
    const m2 = i > 1 ? (ws[i - 2] as ScoredWord).data : bound;
    const p2 = i + 2 < n ? (ws[i + 2] as ScoredWord).data : bound;
    for (let y = 0; y < L; y++) {
      const s0 = SCORES_AT + y;
      base[at + y] = (self[s0] as number) + (m1[s0 + L] as number) + (p1[s0 + 2 * L] as number) + (m2[s0 + 3 * L] as number) + (p2[s0 + 4 * L] as number);
    }
    // Context features (contextFeatures, same values).
    const cap = w.capI;
    const capM1 = i > 0 ? (ws[i - 1] as ScoredWord).word.capI : BOS_CAP;
    const capP1 = i + 1 < n ? (ws[i + 1] as ScoredWord).word.capI : EOS_CAP;
    const position = (i === 0 ? 1 : 0) | (headline ? 2 : 0);
    // Word and shape bigrams: with the word before (rows carried from the previous token's pair) and after.
    const pair = i + 1 < n ? pairRows(table, sw, ws[i + 1] as ScoredWord) : EOS_AT;
    const d = sw.data;
    addRowAt(weights, rowM1, L, base, at);
    addRowAt(weights, shapeRowM1, L, base, at);
    addRowAt(weights, d[pair] as number, L, base, at);
    addRowAt(weights, d[pair + 2] as number, L, base, at);
    rowM1 = d[pair + 1] as number;
    shapeRowM1 = d[pair + 3] as number;
    addRowAt(weights, ctx.cap[cap * 4 + position] as number, L, base, at);
    addRowAt(weights, ctx.capWindow[((capM1 * 16 + cap) * 16 + capP1) * 4 + position] as number, L, base, at);
    if (w.caseBucket < BUCKET_RANGE) addRowAt(weights, ctx.caseLex[(w.caseBucket * 16 + cap) * 4 + position] as number, L, base, at);
    else addHashed(table, hashInt(SEED.caseLex, (w.caseBucket * 16 + cap) * 4 + position), base, at);
    if (cap !== PUNCT_CAP && cap !== DIGIT_CAP) {
      // caseFeatures' document case flags.
      const counts = sw.counts;
      const capMid = counts.doc === docNo ? counts.capMid : 0;
      const lower = counts.doc === docNo ? counts.lower : 0;
      const body = (position & 2) === 0;
      const self1 = body && (position & 1) === 0 && (cap === INIT_CAP || cap === MIXED_CAP) ? 1 : 0;
      const selfLower = body && cap === LOWER_CAP ? 1 : 0;
      const flags = (capMid - self1 > 0 ? 1 : 0) | (lower - selfLower > 0 ? 2 : 0) | (sw.capital === 1 ? 4 : 0);
      addRowAt(weights, ctx.docCase[flags * 4 + position] as number, L, base, at);
    }
    gazetteerScores(table, ctx.gaz, gaz, TYPES, i, sw.capital, base, at);
    if (ext !== null) gazetteerScores(table, ctx.ext, ext, extTypes, i, sw.capital, base, at);
  }
  return { base, baseAt, prevRows, forms, keyHashes, shapeHashes, hashes: NO_HASHES, starts: new Uint32Array(n + 1) };
}

/**
 * Where in `a.data` the bigram rows of two adjacent words `a b` are: [bigramP1 at a, bigramM1 at b, shape0_P1 at a,
 * shapeM1_0 at b]. Each word remembers its last successor's rows ("of the", "said ."), so a repeated pair costs no
 * hashing.
 */
function pairRows(table: WeightView, a: ScoredWord, b: ScoredWord): number {
  if (a.next === b) return NEXT_AT;
  const rows = a.data;
  const wa = a.word;
  const wb = b.word;
  rows[NEXT_AT] = rowOf(table, hashInt(hashInt(SEED.bigramP1, wa.keyH), wb.keyH));
  rows[NEXT_AT + 1] = rowOf(table, hashInt(hashInt(SEED.bigramM1, wa.keyH), wb.keyH));
  rows[NEXT_AT + 2] = rowOf(table, hashInt(hashInt(SEED.shape0_P1, wa.shapeH), wb.shapeH));
  rows[NEXT_AT + 3] = rowOf(table, hashInt(hashInt(SEED.shapeM1_0, wa.shapeH), wb.shapeH));
  a.next = b;
  return NEXT_AT;
}

/** `gazetteerFeatures` (without the word's own mask, which is word-only) by dense rows. */
function gazetteerScores(table: WeightView, rows: GazetteerRows, match: Uint32Array, types: number, i: number, capital: number, out: Int32Array, at: number): void {
  const here = match[i] ?? 0;
  const before = i > 0 ? (match[i - 1] as number) : 0;
  const after = match[i + 1] ?? 0;
  if ((here | before | after) === 0) return;
  const L = table.labelCount;
  const w = table.weights;
  for (let t = 0; t < types; t++) {
    const part = (here >>> (3 * t)) & 7;
    if (part !== 0) addRowAt(w, rows.here[(t * 8 + part) * 2 + capital] as number, L, out, at);
    const b = (before >>> (3 * t)) & 7;
    if (b !== 0) addRowAt(w, rows.before[t * 8 + b] as number, L, out, at);
    const a = (after >>> (3 * t)) & 7;
    if (a !== 0) addRowAt(w, rows.after[t * 8 + a] as number, L, out, at);
  }
}

/** Adds weight row `r` (none when -1) to out[at .. at + L). */
function addRowAt(weights: Int16Array | Float32Array, r: number, L: number, out: Int32Array, at: number): void {
  if (r < 0) return;
  const from = r * L;
  for (let y = 0; y < L; y++) out[at + y] = (out[at + y] as number) + (weights[from + y] as number);
}

function addHashed(table: WeightView, h: number, out: Int32Array, at: number): void {
  addRowAt(table.weights, rowOf(table, h), table.labelCount, out, at);
}
