import { hashInt as hashIntImported, mix as mixImported, templateSeed } from './hash.ts';
import { LABEL_COUNT, NER_TYPES, O, canEnd, canFollow } from './labels.ts';
import type { SentenceFeatures } from './features.ts';
import type { WordForm } from './word-form.ts';

// Local aliases: the loader may expose imports through getters, which cost a call per use in the hot loop.
const hashInt = hashIntImported;
const mix = mixImported;
const L = LABEL_COUNT;
const TYPES = NER_TYPES.length;

/**
 * The weights decoding reads: an open-addressing table (see weight-table.ts). Training passes its own growing
 * table through the same shape, so one decoder serves both.
 */
export interface WeightView {
  /** [hash, row + 1] per slot; row + 1 = 0 marks an empty slot. */
  readonly entries: Uint32Array;
  readonly mask: number;
  readonly weights: Float32Array | Int16Array;
}

/** allowed[(prev + 1) * L + label]: BILOU well-formedness, prev -1 = sentence start. */
const ALLOWED = new Uint8Array((L + 1) * L);
/** Labels a sentence may end on. */
const ENDS = new Uint8Array(L);
for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) ALLOWED[(p + 1) * L + y] = canFollow(p, y) ? 1 : 0;
for (let y = 0; y < L; y++) ENDS[y] = canEnd(y) ? 1 : 0;
/**
 * The labels ALLOWED after prev (-1 = start), ascending: next[(prev + 1) * L ..] holds nextCount[prev + 1] of them;
 * the `End` pair only those a sentence may also end on. The beam walks 2-9 labels per hypothesis instead of 17.
 */
const NEXT = new Int8Array((L + 1) * L);
const NEXT_COUNT = new Uint8Array(L + 1);
const NEXT_END = new Int8Array((L + 1) * L);
const NEXT_END_COUNT = new Uint8Array(L + 1);
for (let p = -1; p < L; p++) {
  for (let y = 0; y < L; y++) {
    if (ALLOWED[(p + 1) * L + y] === 0) continue;
    NEXT[(p + 1) * L + (NEXT_COUNT[p + 1] as number)] = y;
    NEXT_COUNT[p + 1] = (NEXT_COUNT[p + 1] as number) + 1;
    if (ENDS[y] === 0) continue;
    NEXT_END[(p + 1) * L + (NEXT_END_COUNT[p + 1] as number)] = y;
    NEXT_END_COUNT[p + 1] = (NEXT_END_COUNT[p + 1] as number) + 1;
  }
}

/** Called once per token during training: the token's full feature list, what the model predicted, and where. */
export type TokenVisitor = (feats: Uint32Array, count: number, predicted: number, sentence: number, token: number) => void;

export interface DecodeOptions {
  /**
   * Restrict choices to well-formed BILOU sequences (inference). Training scores all labels freely: constrained
   * training lost 1.4 F1 on dev, since an early mistake then locks out the gold label for the rest of a name.
   */
  readonly constrained: boolean;
  readonly visit?: TokenVisitor;
  /** Hypotheses kept per sentence (inference only; 1 = greedy, as in training). */
  readonly beam?: number;
}

// History-dependent template ids continue after the static ones in features.ts (which end below 64).
const D_PREV1 = templateSeed(64);
const D_PREV2 = templateSeed(65);
const D_PREV_WORD = templateSeed(66);
const D_PREV_SHAPE = templateSeed(67);
const D_HIST = templateSeed(68);
const D_HIST_MAJOR = templateSeed(69);
const D_HIST_PREV = templateSeed(70);

// Static features per token are bounded by the templates in features.ts (about 60); 96 leaves room.
const MAX_FEATS = 96;
const HIST_SLOTS = TYPES + 1;

/**
 * Greedy left-to-right decoding of a whole document. Besides the previous two labels, each token sees the labels
 * the same (capitalized) word received earlier in the document — Ratinov & Roth's "extended prediction history":
 * "Blackburn" after "Peter Blackburn" leans to person.
 */
export function decodeDocument(
  table: WeightView,
  doc: readonly SentenceFeatures[],
  opts: DecodeOptions,
): Int8Array[] {
  // Keyed by the hash of the word key: a number lookup instead of a string one, collisions negligible at 32 bits.
  const history = new Map<number, Int32Array>();
  const feats = new Uint32Array(MAX_FEATS + 16);
  const scores = new Float64Array(L);
  const beam = opts.beam ?? 1;
  const lattice = beam > 1 ? newLattice(doc.reduce((m, sf) => Math.max(m, sf.forms.length), 0) * beam) : null;
  return doc.map((sf, s) => {
    if (lattice !== null && opts.constrained && opts.visit === undefined) {
      const labels = beamSentence(table, sf, history, beam, feats, scores, lattice);
      sf.forms.forEach((form, i) => remember(history, form, sf.keyHashes[i] ?? 0, labels[i] ?? O));
      return labels;
    }
    const n = sf.forms.length;
    const labels = new Int8Array(n);
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      const form = sf.forms[i] as WordForm;
      let count = staticFeatures(sf, i, feats);
      const keyHash = sf.keyHashes[i] ?? 0;
      count = dynamicFeatures(feats, count, keyHash, sf.shapeHashes[i] ?? 0, prev1, prev2, history.get(keyHash));
      scoreFeatures(table, feats, count, scores);
      addBase(sf, i, scores);
      const y = best(scores, opts.constrained ? prev1 : -2, opts.constrained && i === n - 1);
      opts.visit?.(feats, count, y, s, i);
      labels[i] = y;
      remember(history, form, keyHash, y);
      prev2 = prev1;
      prev1 = y;
    }
    return labels;
  });
}

/**
 * Beam search over one sentence: the static features are scored once per token, the label-history features once
 * per distinct (prev1, prev2) among the hypotheses. The document history (labels of earlier sentences) is fixed within
 * the sentence. Hypotheses live in flat typed arrays (token i owns slots i*width .. i*width+count-1, best first):
 * this loop runs for every token, and object hypotheses cost a third of the tagging time in allocation.
 */
function beamSentence(
  table: WeightView,
  sf: SentenceFeatures,
  history: Map<number, Int32Array>,
  width: number,
  feats: Uint32Array,
  scores: Float64Array,
  lattice: Lattice,
): Int8Array {
  const n = sf.forms.length;
  // Every slot read below is written first for the same sentence, so the buffers need no clearing between sentences.
  const { label, back, score, count, staticScores } = lattice;
  const fixed = labelTables(table);
  for (let i = 0; i < n; i++) {
    lattice.tokenStamp[0] = (lattice.tokenStamp[0] as number) + 1;
    let c = staticFeatures(sf, i, feats);
    const keyHash = sf.keyHashes[i] ?? 0;
    const shapeHash = sf.shapeHashes[i] ?? 0;
    const hist = history.get(keyHash);
    // The document-history features that do not involve the previous labels are the same for every hypothesis:
    // they are scored with the static ones (integer weights, so the order of the sums does not matter).
    const major = hist === undefined ? -1 : historyMajor(hist);
    if (hist !== undefined) c = historyFeatures(feats, c, hist, major);
    scoreFeatures(table, feats, c, staticScores);
    addBase(sf, i, staticScores);
    const last = i === n - 1;
    const base = i * width;
    let filled = 0;
    let scoredPrev1 = -2;
    let scoredPrev2 = -2;
    const hyps = i > 0 ? (count[i - 1] as number) : 1;
    for (let b = 0; b < hyps; b++) {
      const at = (i - 1) * width + b;
      const prev1 = i > 0 ? (label[at] as number) : -1;
      const prev2 = i > 1 ? (label[(i - 2) * width + (back[at] as number)] as number) : -1;
      const prior = i > 0 ? (score[at] as number) : 0;
      // Hypotheses that differ only further back read the same history features: score them once.
      if (prev1 !== scoredPrev1 || prev2 !== scoredPrev2) {
        if (fixed !== null) labelScores(table, fixed, lattice, keyHash, shapeHash, sf.prevRows?.[i], prev1, prev2, major, scores);
        else scoreFeatures(table, feats, labelFeatures(feats, 0, keyHash, shapeHash, prev1, prev2, major), scores);
        scoredPrev1 = prev1;
        scoredPrev2 = prev2;
      }
      const row = (prev1 + 1) * L;
      const next = last ? NEXT_END : NEXT;
      const nextCount = (last ? NEXT_END_COUNT : NEXT_COUNT)[prev1 + 1] as number;
      for (let q = 0; q < nextCount; q++) {
        const y = next[row + q] as number;
        const total = prior + (staticScores[y] as number) + (scores[y] as number);
        if (filled === width && total <= (score[base + width - 1] as number)) continue;
        // Insert after every hypothesis at least as good (ties keep the earlier one), dropping the worst if full.
        let k = filled < width ? filled : width - 1;
        while (k > 0 && (score[base + k - 1] as number) < total) {
          label[base + k] = label[base + k - 1] as number;
          back[base + k] = back[base + k - 1] as number;
          score[base + k] = score[base + k - 1] as number;
          k--;
        }
        label[base + k] = y;
        back[base + k] = b;
        score[base + k] = total;
        if (filled < width) filled++;
      }
    }
    count[i] = filled;
  }
  const labels = new Int8Array(n);
  let k = 0;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = label[i * width + k] as number;
    k = back[i * width + k] as number;
  }
  return labels;
}

/** Beam-search buffers for a document's longest sentence, shared by its sentences (one allocation per document). */
interface Lattice {
  readonly label: Int8Array;
  readonly back: Int16Array;
  readonly score: Float64Array;
  readonly count: Uint8Array;
  readonly staticScores: Float64Array;
  /** Per previous label (+1): the previous-word and previous-shape weights of the token in `wordTokenOf`. */
  readonly wordScores: Float64Array;
  /** Which token (its `tokenStamp`) `wordScores[p]` was computed for; 0 = none yet. */
  readonly wordTokenOf: Int32Array;
  /** [0]: a number for the token being decoded, unique within the document (the lattice serves every sentence). */
  readonly tokenStamp: Int32Array;
}

function newLattice(slots: number): Lattice {
  return {
    label: new Int8Array(slots),
    back: new Int16Array(slots),
    score: new Float64Array(slots),
    count: new Uint8Array(slots),
    staticScores: new Float64Array(L),
    wordScores: new Float64Array((L + 1) * L),
    wordTokenOf: new Int32Array(L + 1),
    tokenStamp: new Int32Array(1),
  };
}

/**
 * The label-history features of beam decoding that do not involve the token (the previous two labels; the previous
 * label with the word's majority type) take a few hundred values in all: their weights are summed once per weight
 * table instead of hashed and looked up for every hypothesis of every token. Only for integer weights (every loaded
 * model, weight-table.ts): their sums are exact in any order, so labels stay the same to the bit. A training table
 * (float32, still changing) never takes this path.
 */
interface LabelTables {
  /** ((prev2 + 1) * (L + 1) + prev1 + 1) * L + y: D_PREV1 and D_PREV2. */
  readonly transition: Float64Array;
  /** (major * (L + 1) + prev1 + 1) * L + y: D_HIST_PREV. */
  readonly historyPrev: Float64Array;
}

const labelTableCache = new WeakMap<WeightView, LabelTables>();

function labelTables(table: WeightView): LabelTables | null {
  if (!(table.weights instanceof Int16Array)) return null;
  let t = labelTableCache.get(table);
  if (t === undefined) {
    const transition = new Float64Array((L + 1) * (L + 1) * L);
    for (let p2 = -1; p2 < L; p2++) {
      for (let p1 = -1; p1 < L; p1++) {
        const at = ((p2 + 1) * (L + 1) + p1 + 1) * L;
        addRow(table, hashInt(D_PREV1, p1 + 1), transition, at);
        addRow(table, hashInt(hashInt(D_PREV2, p2 + 1), p1 + 1), transition, at);
      }
    }
    const historyPrev = new Float64Array(HIST_SLOTS * (L + 1) * L);
    for (let major = 0; major < HIST_SLOTS; major++) {
      for (let p1 = -1; p1 < L; p1++) addRow(table, hashInt(hashInt(D_HIST_PREV, major), p1 + 1), historyPrev, (major * (L + 1) + p1 + 1) * L);
    }
    t = { transition, historyPrev };
    labelTableCache.set(table, t);
  }
  return t;
}

/** Adds the weight row of feature `h` (if the model has it) to out[at .. at + L). */
function addRow(t: WeightView, h: number, out: Float64Array, at: number): void {
  const { entries, mask, weights } = t;
  let s = mix(h) & mask;
  let r = entries[2 * s + 1] as number;
  while (r !== 0 && entries[2 * s] !== h) {
    s = (s + 1) & mask;
    r = entries[2 * s + 1] as number;
  }
  if (r === 0) return;
  const base = (r - 1) * L;
  for (let y = 0; y < L; y++) out[at + y] = (out[at + y] as number) + (weights[base + y] as number);
}

/**
 * A word's previous-word and previous-shape weight rows for every previous label (`labelScores`), looked up once
 * per distinct word (SentenceFeatures.prevRows): index prev1 + 1 for the word, L + 1 + prev1 + 1 for its shape;
 * -1 where the model has none.
 */
export function previousLabelRows(table: WeightView, keyHash: number, shapeHash: number): Int32Array {
  const rows = new Int32Array(2 * (L + 1));
  for (let p = 0; p <= L; p++) {
    rows[p] = rowIndex(table, hashInt(hashInt(D_PREV_WORD, p), keyHash));
    rows[L + 1 + p] = rowIndex(table, hashInt(hashInt(D_PREV_SHAPE, p), shapeHash));
  }
  return rows;
}

function rowIndex(t: WeightView, h: number): number {
  const { entries, mask } = t;
  let s = mix(h) & mask;
  let r = entries[2 * s + 1] as number;
  while (r !== 0 && entries[2 * s] !== h) {
    s = (s + 1) & mask;
    r = entries[2 * s + 1] as number;
  }
  return r - 1;
}

function addRowIndex(weights: Float32Array | Int16Array, r: number, out: Float64Array, at: number): void {
  if (r < 0) return;
  const base = r * L;
  for (let y = 0; y < L; y++) out[at + y] = (out[at + y] as number) + (weights[base + y] as number);
}

/** `labelFeatures`' scores from the fixed tables, plus the token's own previous-word/shape weights (once per prev1). */
function labelScores(
  table: WeightView,
  fixed: LabelTables,
  lattice: Lattice,
  keyHash: number,
  shapeHash: number,
  rows: Int32Array | undefined,
  prev1: number,
  prev2: number,
  major: number,
  scores: Float64Array,
): void {
  const { wordScores, wordTokenOf, tokenStamp } = lattice;
  const stamp = tokenStamp[0] as number;
  const w = (prev1 + 1) * L;
  if (wordTokenOf[prev1 + 1] !== stamp) {
    wordScores.fill(0, w, w + L);
    if (rows === undefined) {
      addRow(table, hashInt(hashInt(D_PREV_WORD, prev1 + 1), keyHash), wordScores, w);
      addRow(table, hashInt(hashInt(D_PREV_SHAPE, prev1 + 1), shapeHash), wordScores, w);
    } else {
      addRowIndex(table.weights, rows[prev1 + 1] as number, wordScores, w);
      addRowIndex(table.weights, rows[L + 1 + prev1 + 1] as number, wordScores, w);
    }
    wordTokenOf[prev1 + 1] = stamp;
  }
  const tr = ((prev2 + 1) * (L + 1) + prev1 + 1) * L;
  const { transition, historyPrev } = fixed;
  if (major >= 0) {
    const hp = (major * (L + 1) + prev1 + 1) * L;
    for (let y = 0; y < L; y++) scores[y] = (transition[tr + y] as number) + (wordScores[w + y] as number) + (historyPrev[hp + y] as number);
  } else {
    for (let y = 0; y < L; y++) scores[y] = (transition[tr + y] as number) + (wordScores[w + y] as number);
  }
}

/** Copies token i's static feature hashes (at most MAX_FEATS) to the front of `feats`; returns how many. */
function staticFeatures(sf: SentenceFeatures, i: number, feats: Uint32Array): number {
  const from = sf.starts[i] ?? 0;
  const to = Math.min(sf.starts[i + 1] ?? from, from + MAX_FEATS);
  let count = 0;
  for (let k = from; k < to; k++) feats[count++] = sf.hashes[k] ?? 0;
  return count;
}

function scoreFeatures(t: WeightView, feats: Uint32Array, count: number, scores: Float64Array): void {
  scores.fill(0);
  for (let k = 0; k < count; k++) addRow(t, feats[k] as number, scores, 0);
}

/** Adds token i's pre-summed word-only weights, when the features carry them (SentenceFeatures.base). */
function addBase(sf: SentenceFeatures, i: number, scores: Float64Array): void {
  const base = sf.base;
  if (base === undefined) return;
  const at = (sf.baseAt ?? 0) + i * L;
  for (let y = 0; y < L; y++) scores[y] = (scores[y] as number) + (base[at + y] as number);
}

/** Every label-history feature of a token, in one fixed order (training and greedy decoding). */
function dynamicFeatures(
  feats: Uint32Array,
  start: number,
  keyHash: number,
  shapeHash: number,
  prev1: number,
  prev2: number,
  hist: Int32Array | undefined,
): number {
  let c = previousLabelFeatures(feats, start, keyHash, shapeHash, prev1, prev2);
  if (hist !== undefined) {
    const major = historyMajor(hist);
    c = historyFeatures(feats, c, hist, major);
    feats[c++] = hashInt(hashInt(D_HIST_PREV, major), prev1 + 1);
  }
  return c;
}

/** The label-history features that read the previous labels (`major` -1: the word has no history). */
function labelFeatures(
  feats: Uint32Array,
  start: number,
  keyHash: number,
  shapeHash: number,
  prev1: number,
  prev2: number,
  major: number,
): number {
  let c = previousLabelFeatures(feats, start, keyHash, shapeHash, prev1, prev2);
  if (major >= 0) feats[c++] = hashInt(hashInt(D_HIST_PREV, major), prev1 + 1);
  return c;
}

function previousLabelFeatures(feats: Uint32Array, start: number, keyHash: number, shapeHash: number, prev1: number, prev2: number): number {
  let c = start;
  feats[c++] = hashInt(D_PREV1, prev1 + 1);
  feats[c++] = hashInt(hashInt(D_PREV2, prev2 + 1), prev1 + 1);
  feats[c++] = hashInt(hashInt(D_PREV_WORD, prev1 + 1), keyHash);
  feats[c++] = hashInt(hashInt(D_PREV_SHAPE, prev1 + 1), shapeHash);
  return c;
}

/** The label-history features of `dynamicFeatures` that do not read the previous labels. */
function historyFeatures(feats: Uint32Array, start: number, hist: Int32Array, major: number): number {
  let c = start;
  for (let t = 0; t < HIST_SLOTS; t++) if ((hist[t] ?? 0) > 0) feats[c++] = hashInt(D_HIST, t);
  feats[c++] = hashInt(D_HIST_MAJOR, major);
  return c;
}

/** The type this word was most often labelled with earlier in the document (first on ties), as in dynamicFeatures. */
function historyMajor(hist: Int32Array): number {
  let major = 0;
  for (let t = 0; t < HIST_SLOTS; t++) if ((hist[t] ?? 0) > (hist[major] ?? 0)) major = t;
  return major;
}

function remember(history: Map<number, Int32Array>, form: WordForm, keyHash: number, label: number): void {
  // Only capitalized words: lower-case words are rarely names and would flood the table.
  if (form.cap !== 'init' && form.cap !== 'upper' && form.cap !== 'mixed') return;
  let h = history.get(keyHash);
  if (h === undefined) {
    h = new Int32Array(HIST_SLOTS);
    history.set(keyHash, h);
  }
  const t = label === O ? -1 : ((label - 1) >> 2);
  const slot = t < 0 ? TYPES : t;
  h[slot] = (h[slot] ?? 0) + 1;
}

/** Best label; `prev` -2 means unconstrained, otherwise only labels that may follow `prev` (and end, if `last`). */
function best(scores: Float64Array, prev: number, last: boolean): number {
  let y = O;
  let top = -Infinity;
  const row = (prev + 1) * L;
  for (let l = 0; l < L; l++) {
    if (prev !== -2 && (ALLOWED[row + l] === 0 || (last && ENDS[l] === 0))) continue;
    const v = scores[l] ?? 0;
    if (v > top) {
      top = v;
      y = l;
    }
  }
  return y;
}
