import type { FeatureLexicons } from './features.ts';
import { EXTERNAL_CATEGORIES } from './external-gazetteer.ts';
import { gazetteerFromLines, gazetteerToLines } from './gazetteer.ts';
import { LABEL_COUNT, LABEL_NAMES } from './labels.ts';
import { makeModel, type NerModel, type PassWeights } from './model.ts';

/**
 * On-disk form: `weights.bin` = one section per pass (first, then the optional stacked second), each "NER1",
 * uint32 rows, uint32 labels, rows × uint32 feature hash, rows × float32 scale, rows × labels × int8
 * (weight = q × scale); `lexicons.json` = labels, gazetteer lines, case lexicon, clusters.
 * Per-row int8 quantization keeps each row's relative weights to within 1/254 of its largest, which leaves the
 * argmax of a sum of ~50 rows intact in practice, at 1/4 the size of float32.
 */
export interface EncodedModel {
  readonly weights: Uint8Array;
  readonly lexicons: string;
}

const MAGIC = 0x3152454e; // "NER1" little-endian
const HEADER_BYTES = 12;

export interface EncodeOptions {
  /** Rows whose largest |weight| is below this are dropped: they can barely move a decision. */
  readonly pruneBelow: number;
}

export function encodeModel(
  pass1: PassWeights,
  pass2: PassWeights | null,
  lex: FeatureLexicons,
  opts: EncodeOptions,
): EncodedModel {
  const a = encodePass(pass1, opts);
  const b = pass2 === null ? new Uint8Array(0) : encodePass(pass2, opts);
  const weights = new Uint8Array(a.byteLength + b.byteLength);
  weights.set(a, 0);
  weights.set(b, a.byteLength);
  return { weights, lexicons: JSON.stringify(lexiconsToJson(lex)) };
}

function encodePass(pass: PassWeights, opts: EncodeOptions): Uint8Array {
  const { hashes, weights } = pass;
  const keep: number[] = [];
  const scales: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    let max = 0;
    for (let y = 0; y < LABEL_COUNT; y++) max = Math.max(max, Math.abs(weights[r * LABEL_COUNT + y] ?? 0));
    if (max >= opts.pruneBelow && max > 0) {
      keep.push(r);
      scales.push(max / 127);
    }
  }
  const rows = keep.length;
  const buf = new ArrayBuffer(sectionBytes(rows, LABEL_COUNT));
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, rows, true);
  view.setUint32(8, LABEL_COUNT, true);
  const hashOut = new Uint32Array(buf, HEADER_BYTES, rows);
  const scaleOut = new Float32Array(buf, HEADER_BYTES + rows * 4, rows);
  const q = new Int8Array(buf, HEADER_BYTES + rows * 8, rows * LABEL_COUNT);
  keep.forEach((r, k) => {
    hashOut[k] = hashes[r] ?? 0;
    const scale = scales[k] ?? 1;
    scaleOut[k] = scale;
    for (let y = 0; y < LABEL_COUNT; y++) q[k * LABEL_COUNT + y] = Math.round((weights[r * LABEL_COUNT + y] ?? 0) / scale);
  });
  return new Uint8Array(buf);
}

/** Section size, padded to 4 bytes so the next section's typed arrays stay aligned. */
function sectionBytes(rows: number, labels: number): number {
  return Math.ceil((HEADER_BYTES + rows * 8 + rows * labels) / 4) * 4;
}

interface LexiconsJson {
  readonly format: 1;
  readonly labels: readonly string[];
  readonly gazetteer: readonly string[];
  /** Words by case bucket: [lower, mixed, capital]. */
  readonly caseLexicon: readonly (readonly string[])[];
  /** "path word" pairs, space-separated. */
  readonly clusters: readonly string[];
  /** Outside name lists: "mask<TAB>key" lines over `EXTERNAL_CATEGORIES`; absent in older models. */
  readonly external?: readonly string[];
}

function lexiconsToJson(lex: FeatureLexicons): LexiconsJson {
  const buckets: string[][] = [[], [], []];
  for (const [word, b] of lex.caseLexicon) buckets[b]?.push(word);
  return {
    format: 1,
    labels: LABEL_NAMES,
    gazetteer: gazetteerToLines(lex.gazetteer),
    caseLexicon: buckets,
    clusters: [...lex.clusters].map(([w, p]) => `${p} ${w}`),
    external: gazetteerToLines(lex.external),
  };
}

/**
 * Decodes the two files; throws TypeError on a file that is not a model of this format (a packaging error).
 * With `secondPass` false the second section is skipped, not decoded.
 */
export function decodeModel(bin: Uint8Array, lexiconsText: string, secondPass = true): NerModel {
  const bytes = bin.byteOffset % 4 === 0 ? bin : bin.slice();
  const first = decodePass(bytes, 0);
  const rest = first.next < bytes.byteLength;
  const second = rest && secondPass ? decodePass(bytes, first.next) : null;
  if (second !== null && second.next !== bytes.byteLength) throw new TypeError('ner model: expected one or two weight sections');
  return makeModel(first.weights, second?.weights ?? null, decodeLexicons(lexiconsText));
}

function decodePass(bytes: Uint8Array, at: number): { weights: PassWeights; next: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, bytes.byteLength - at);
  if (view.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new TypeError('ner model: bad magic');
  const rows = view.getUint32(4, true);
  const labels = view.getUint32(8, true);
  const size = sectionBytes(rows, labels);
  if (labels !== LABEL_COUNT || view.byteLength < size) throw new TypeError('ner model: size/label mismatch');
  const base = bytes.byteOffset + at;
  const hashes = new Uint32Array(bytes.buffer, base + HEADER_BYTES, rows);
  const scales = new Float32Array(bytes.buffer, base + HEADER_BYTES + rows * 4, rows);
  const q = new Int8Array(bytes.buffer, base + HEADER_BYTES + rows * 8, rows * labels);
  // Straight from int8 × row scale to int16 in one global unit (see weight-table.ts), skipping float32.
  let top = 0;
  for (let r = 0; r < rows; r++) top = Math.max(top, (scales[r] ?? 0) * 127);
  const unit = top > 0 ? top / 32767 : 1;
  const weights = new Int16Array(rows * labels);
  for (let r = 0; r < rows; r++) {
    const s = (scales[r] ?? 0) / unit;
    for (let y = 0; y < labels; y++) weights[r * labels + y] = Math.round((q[r * labels + y] ?? 0) * s);
  }
  return { weights: { hashes: Uint32Array.from(hashes), weights }, next: at + size };
}

function decodeLexicons(lexiconsText: string): FeatureLexicons {
  const json = JSON.parse(lexiconsText) as LexiconsJson;
  if (json.format !== 1 || json.labels.join() !== LABEL_NAMES.join()) throw new TypeError('ner model: label set mismatch');
  const caseLexicon = new Map<string, number>();
  json.caseLexicon.forEach((words, b) => {
    for (const w of words) caseLexicon.set(w, b);
  });
  const clusters = new Map<string, string>();
  for (const line of json.clusters) {
    const sp = line.indexOf(' ');
    if (sp > 0) clusters.set(line.slice(sp + 1), line.slice(0, sp));
  }
  return {
    gazetteer: gazetteerFromLines(json.gazetteer),
    external: gazetteerFromLines(json.external ?? [], EXTERNAL_CATEGORIES.length),
    caseLexicon,
    clusters,
  };
}
