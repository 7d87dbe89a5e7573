import { trimEnd } from '../../text/whitespace.ts';

// Photo credits name an agency or photographer after a marker; a caption is a block that ends in one.
const CREDIT_AT_END =
  /(?:(?:photo|photograph|image|picture|pic|credit|foto)s?\s*(?:[:/|]|by)\s*[^.]{2,80}|©\s*[\p{L}\p{M} .&/-]{2,60}|\b(?:getty images|afp|reuters|ap photo|epa|shutterstock|bloomberg|anadolu agency)(?:\/[\p{L} .-]+)*)\s*$/iu;
// "© 2022 Bloomberg" is a copyright footer, not a photo credit: a year after © excludes it.
const CREDIT_ONLY = /^(?:(?:photo|photograph|image|picture|pic|credit|foto)s?\s*[:/|]\s*|©(?!\s*\d{4})\s*)[^.]{2,80}$/iu;

// A caption describes the picture before crediting it; fewer words than this before the credit is a bare credit line.
const MIN_CAPTION_WORDS = 4;

export function isCaption(text: string): boolean {
  if (!CREDIT_AT_END.test(text) || CREDIT_ONLY.test(text)) return false;
  return text.replace(CREDIT_AT_END, '').split(/\s+/).filter(Boolean).length >= MIN_CAPTION_WORDS;
}

export function isCreditOnly(text: string): boolean {
  return CREDIT_ONLY.test(text);
}

/**
 * A scraped caption is often the same caption two or three times in one block (figure alt text, caption, credit).
 * Returns the length of the first copy when the block repeats itself, else the block's length.
 */
export function firstCopyLength(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  // Eight words are enough to be sure a repeat is a copy, not a common phrase.
  const k = 8;
  if (words.length < 2 * k) return text.length;
  const key = (i: number): string => words.slice(i, i + k).map((m) => norm(m[0])).join(' ');
  const head = key(0);
  for (let i = k; i + k <= words.length; i++) {
    if (key(i) === head) return trimEnd(text, words[i]?.index ?? text.length);
  }
  // The second copy may be glued to the credit ("Getty ImagesUS deputy ..."): look for the first word inside a token.
  const first = words[0]?.[0] ?? '';
  const glued = text.indexOf(first, (words[k]?.index ?? text.length));
  if (first.length >= 2 && glued > 0) {
    const rest = text.slice(glued).split(/\s+/).slice(0, k).map(norm).join(' ');
    if (rest === head) return trimEnd(text, glued);
  }
  return text.length;
}

/** Caption text without its credit and punctuation, for spotting the same caption again. */
export function captionKey(text: string): string {
  return norm(text.replace(CREDIT_AT_END, '')).replace(/\s+/g, ' ').trim();
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[‘’']/g, "'").replace(/[^\p{L}\p{N}' ]/gu, '');
}
