import type { FeatureLexicons } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { KeyTable } from './key-table.ts';
import { LABEL_COUNT, LABEL_NAMES } from './labels.ts';
import { makeModel, type NerModel, type PassWeights } from './model.ts';

/**
 * On-disk form: `weights.bin` = one section per pass (first, then the optional stacked second), each "NER1",
 * uint32 rows, uint32 labels, rows × uint32 feature hash, rows × float32 scale, rows × labels × int8
 * (weight = q × scale); `lexicons.bin` = "NLX2", uint32 header length, a JSON header (labels, each table's place
 * and size), then the lexicons' tables (key-table.ts) as raw little-endian uint32 arrays, 4-byte aligned: loading
 * views the bytes, it rebuilds nothing.
 * Per-row int8 quantization keeps each row's relative weights to within 1/254 of its largest, which leaves the
 * argmax of a sum of ~50 rows intact in practice, at 1/4 the size of float32.
 */
export interface EncodedModel {
  readonly weights: Uint8Array;
  readonly lexicons: Uint8Array;
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
  return { weights, lexicons: encodeLexicons(lex) };
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

const LEX_MAGIC = 0x32584c4e; // "NLX2" little-endian

/** The header of lexicons.bin: where each uint32 array starts (in uint32s after the header) and how long it is. */
interface LexiconsHeader {
  readonly format: 2;
  readonly labels: readonly string[];
  readonly gazetteer: GazetteerHeader;
  readonly external: GazetteerHeader;
  readonly words: { readonly table: ArrayPlace; readonly size: number; readonly clusterPrefixes: ArrayPlace; readonly clusterCount: number };
}

interface GazetteerHeader {
  readonly typeCount: number;
  readonly entryCount: number;
  readonly maxLength: number;
  readonly phrases: ArrayPlace;
  readonly phraseCount: number;
  readonly tokens: ArrayPlace;
  readonly tokenCount: number;
}

type ArrayPlace = readonly [offset: number, length: number];

function encodeLexicons(lex: FeatureLexicons): Uint8Array {
  const arrays: Uint32Array[] = [];
  let at = 0;
  const place = (a: Uint32Array): ArrayPlace => {
    arrays.push(a);
    at += a.length;
    return [at - a.length, a.length];
  };
  const gaz = (g: Gazetteer): GazetteerHeader => ({
    typeCount: g.typeCount,
    entryCount: g.entryCount,
    maxLength: g.maxLength,
    phrases: place(g.phrases.slots),
    phraseCount: g.phrases.size,
    tokens: place(g.tokens.slots),
    tokenCount: g.tokens.size,
  });
  const header: LexiconsHeader = {
    format: 2,
    labels: LABEL_NAMES,
    gazetteer: gaz(lex.gazetteer),
    external: gaz(lex.external),
    words: { table: place(lex.words.table.slots), size: lex.words.table.size, clusterPrefixes: place(lex.words.clusterPrefixes), clusterCount: lex.words.clusterCount },
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerWords = 2 + Math.ceil(json.byteLength / 4);
  const out = new Uint32Array(headerWords + at);
  out[0] = LEX_MAGIC;
  out[1] = json.byteLength;
  new Uint8Array(out.buffer).set(json, 8);
  let k = headerWords;
  for (const a of arrays) {
    out.set(a, k);
    k += a.length;
  }
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('ner model: big-endian hosts are not supported');
  return new Uint8Array(out.buffer);
}

/**
 * Decodes the two files; throws TypeError on a file that is not a model of this format (a packaging error).
 * With `secondPass` false the second section is skipped, not decoded.
 */
export function decodeModel(bin: Uint8Array, lexiconsBin: Uint8Array, secondPass = true): NerModel {
  const bytes = bin.byteOffset % 4 === 0 ? bin : bin.slice();
  const first = decodePass(bytes, 0);
  const rest = first.next < bytes.byteLength;
  const second = rest && secondPass ? decodePass(bytes, first.next) : null;
  if (second !== null && second.next !== bytes.byteLength) throw new TypeError('ner model: expected one or two weight sections');
  return makeModel(first.weights, second?.weights ?? null, decodeLexicons(lexiconsBin));
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

function decodeLexicons(bytes: Uint8Array): FeatureLexicons {
  // Typed-array views need 4-byte alignment; a small file read into Node's shared pool may not have it.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(buf.buffer, buf.byteOffset, Math.floor(buf.byteLength / 4));
  if (words.length < 2 || words[0] !== LEX_MAGIC) throw new TypeError('ner model: lexicons.bin has a bad magic (retrain with npm run train:ner)');
  const jsonBytes = words[1] as number;
  const headerWords = 2 + Math.ceil(jsonBytes / 4);
  if (headerWords > words.length) throw new TypeError('ner model: lexicons.bin is truncated');
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + jsonBytes))) as LexiconsHeader;
  if (header.format !== 2 || header.labels.join() !== LABEL_NAMES.join()) throw new TypeError('ner model: label set mismatch');
  const view = ([offset, length]: ArrayPlace): Uint32Array => {
    if (headerWords + offset + length > words.length) throw new TypeError('ner model: lexicons.bin is truncated');
    return words.subarray(headerWords + offset, headerWords + offset + length);
  };
  const table = (p: ArrayPlace, size: number): KeyTable => {
    const slots = view(p);
    const slotCount = slots.length / 3;
    if (!Number.isInteger(slotCount) || slotCount <= size) throw new TypeError('ner model: a lexicon table has the wrong size');
    return { slots, slotCount, size };
  };
  const gaz = (g: GazetteerHeader): Gazetteer => ({
    typeCount: g.typeCount,
    entryCount: g.entryCount,
    maxLength: g.maxLength,
    phrases: table(g.phrases, g.phraseCount),
    tokens: table(g.tokens, g.tokenCount),
  });
  return {
    gazetteer: gaz(header.gazetteer),
    external: gaz(header.external),
    words: { table: table(header.words.table, header.words.size), clusterPrefixes: view(header.words.clusterPrefixes), clusterCount: header.words.clusterCount },
  };
}
