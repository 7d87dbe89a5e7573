// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: bytes 0x80-0x9F come out as C1 control characters
// instead of the curly quotes, dashes and euro sign that windows-1252 puts there. This table fixes those 32 bytes.
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes windows-1252 bytes correctly (all 256 byte values map to a character; never throws). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + CHUNK)) codes.push(b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? b) : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}
