// Magic numbers of formats people save with the wrong extension; naming the format makes the error actionable.
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'RIFF (WebP/WAV) file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive (or Office document)' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
];

/** Returns why these bytes are not text (format name or NUL bytes), or undefined when they may be text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) {
      // A PDF is a report people do have: say how to make it readable (pdftotext ships with poppler-utils).
      const head = sig.name === 'PDF' ? ' (starts with %PDF; convert it to text first, e.g. pdftotext FILE.pdf, and give the .txt)' : '';
      return `not text: ${sig.name}${head}`;
    }
  }
  // UTF-16 text has NULs in every other byte; it is recognised by its BOM before we get here.
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return undefined;
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  // A few stray NULs occur in scraped text; more than 1 % of the first 8 KB means a binary file.
  if (nul > Math.max(1, sample.length / 100)) return `not text: contains NUL bytes (${nul} in the first ${sample.length})`;
  // Random or compressed bytes have few NULs (1 in 256) but many other C0 control bytes (~1 in 8); text in any
  // 8-bit encoding or UTF-8 has almost none besides tab, line breaks and form feed (ESC appears in terminal logs).
  // Without this check such a file decodes "successfully" as windows-1252 and becomes an article of mojibake.
  let control = 0;
  for (const b of sample) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  if (control > Math.max(2, sample.length / 20)) return `not text: contains control bytes (${control} in the first ${sample.length})`;
  return undefined;
}
