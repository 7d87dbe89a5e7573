// Bytes → string. Order follows the HTML spec's encoding sniffing: BOM, then the transport header's charset,
// then a <meta charset> / http-equiv declaration in the first bytes, then UTF-8 with a windows-1252 fallback.

export interface DecodeInput {
  readonly bytes: Uint8Array;
  /** HTTP Content-Type header value, e.g. `text/html; charset=ISO-8859-1`. */
  readonly contentType?: string;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly rule: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

// The spec tells browsers to look for <meta charset> in the first 1024 bytes; real pages put long <head> comments
// and inline scripts first, so we look a little further.
const META_SNIFF_BYTES = 4096;

// Magic numbers of files that are often mislabelled `.html` (downloads saved under the wrong name).
const MAGIC: readonly { readonly prefix: readonly number[]; readonly name: string }[] = [
  { prefix: [0x25, 0x50, 0x44, 0x46], name: '%PDF' },
  { prefix: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { prefix: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { prefix: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { prefix: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { prefix: [0x1f, 0x8b], name: 'gzip data' },
  { prefix: [0x52, 0x49, 0x46, 0x46], name: 'RIFF (WebP/AVI/WAV) data' },
  { prefix: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF binary' },
];

// Text files almost never contain NUL; more than 1 in 1000 of the first bytes means binary (UTF-16 is caught by its BOM first).
const MAX_NUL_RATIO = 0.001;
const BINARY_SNIFF_BYTES = 8192;

/** Names the binary format when the bytes are clearly not text (PDF, image, archive); undefined for text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC) {
    if (bytes.length >= m.prefix.length && m.prefix.every((b, i) => bytes[i] === b)) return `starts with ${m.name}`;
  }
  if (hasBom(bytes)) return undefined;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  if (n > 0 && nul / n > MAX_NUL_RATIO) return 'binary data (contains NUL bytes)';
  return undefined;
}

function hasBom(b: Uint8Array): boolean {
  return bomEncoding(b) !== undefined;
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i;
// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x"> (attributes in any order).
const META_TAG = /<meta\b[^>]*>/gi;

/** The charset named by a Content-Type value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  return CHARSET_PARAM.exec(contentType)?.[1];
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one code unit, so ASCII markup is readable whatever the real encoding is.
  const head = latin1(bytes.subarray(0, META_SNIFF_BYTES));
  for (const m of head.matchAll(META_TAG)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

// windows-1252's 0x80–0x9F block (curly quotes, dashes, €, œ...). Node 20's TextDecoder('windows-1252') decodes
// these bytes as Latin-1 C1 controls, so we map them ourselves. 0xFFFD marks the five unassigned bytes.
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Decodes windows-1252 (the WHATWG meaning of "latin1", "iso-8859-1" and "ascii" labels). Pure. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] as number));
}

interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

/** A decoder for the label, or undefined when the runtime does not know it. */
function decoderFor(label: string): Decoder | undefined {
  try {
    const dec = new TextDecoder(label.trim().toLowerCase());
    if (dec.encoding === 'windows-1252') return { encoding: 'windows-1252', decode: decodeWindows1252 };
    return dec;
  } catch {
    return undefined;
  }
}

// A page that says nothing about its encoding and is not valid UTF-8 is, in practice, almost always windows-1252
// (which the WHATWG also uses for "latin1"/"iso-8859-1"). One replacement character per 1000 is tolerated as damage.
const MAX_BAD_UTF8_RATIO = 0.001;

/** True when the bytes hold non-ASCII characters and are strictly valid UTF-8. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) >= 0x80) {
      high = true;
      break;
    }
  }
  if (!high) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes page bytes; pure. Binary content is refused with a reason instead of being decoded to garbage. */
export function decodeBytes(input: DecodeInput): DecodeResult {
  const { bytes } = input;
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, reason: `not HTML (${binary})` };
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { ok: true, text, encoding: bom.encoding, rule: 'encoding/bom' };
  }
  const declared: { label: string; rule: string } | undefined = (() => {
    const header = charsetFromContentType(input.contentType);
    if (header) return { label: header, rule: 'encoding/content-type' };
    const meta = charsetFromMeta(bytes);
    if (meta) return { label: meta, rule: 'encoding/meta' };
    return undefined;
  })();
  let warning: string | undefined;
  if (declared) {
    const dec = decoderFor(declared.label);
    // A page saved to disk by a browser or a crawler is re-encoded as UTF-8 but keeps its old <meta charset="gbk">.
    // Multi-byte text that is strictly valid UTF-8 is practically never legacy-encoded text (a run of GBK or
    // windows-1252 high bytes almost never forms valid UTF-8 sequences), so the bytes outrank the meta tag.
    // A transport header is about the bytes as sent and is trusted.
    if (dec && declared.rule === 'encoding/meta' && dec.encoding !== 'utf-8' && isMultiByteUtf8(bytes)) {
      return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', rule: 'encoding/valid-utf8-over-meta' };
    }
    // A page served as UTF-16 without a BOM but declaring it in ASCII <meta> is lying (the meta would be unreadable).
    if (dec && !dec.encoding.startsWith('utf-16')) {
      return { ok: true, text: dec.decode(bytes), encoding: dec.encoding, rule: declared.rule };
    }
    warning = `unknown charset "${declared.label}", decoded as UTF-8`;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 0 && !declared && bad / Math.max(1, text.length) > MAX_BAD_UTF8_RATIO) {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', rule: 'encoding/fallback-windows-1252' };
  }
  if (bad > 0) warning = warning ?? `invalid UTF-8 (${bad} invalid sequences replaced)`;
  return warning
    ? { ok: true, text, encoding: 'utf-8', rule: 'encoding/default', warning }
    : { ok: true, text, encoding: 'utf-8', rule: 'encoding/default' };
}

/** For text already decoded by the caller: refuses content that is obviously a binary file read as text. */
export function sniffDecodedText(text: string): string | undefined {
  if (text.startsWith('%PDF')) return 'starts with %PDF';
  if (text.startsWith('\u0089PNG') || text.startsWith('\uFFFDPNG')) return 'starts with PNG image';
  const n = Math.min(text.length, BINARY_SNIFF_BYTES);
  let nul = 0;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0) nul++;
  if (n > 0 && nul / n > MAX_NUL_RATIO) return 'binary data (contains NUL characters)';
  return undefined;
}
