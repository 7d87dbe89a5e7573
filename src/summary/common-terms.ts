import { stemTerm, type ContentPiece } from './sentence-terms.ts';

// Titles and roles: lower-case in "Wendy Sherman, the deputy US secretary of state", and every outlet repeats them.
const TITLE_WORDS: ReadonlySet<string> = new Set(
  ('deputy secretary state minister ministry foreign president prime general spokesman spokeswoman spokesperson ' +
    'ambassador envoy chief leader head official officials counterpart director chairman senator governor commander')
    .split(' ')
    .map((w) => stemTerm(w)),
);

/**
 * Stems of content words that are neither names nor titles: words written in lower case (or capitalized only because
 * they open the sentence or a quotation). Two statements that share only names and titles ("US Deputy Secretary of
 * State Wendy Sherman") share no predicate.
 */
export function commonTerms(pieces: readonly ContentPiece[]): Set<string> {
  const out = new Set<string>();
  for (const p of pieces) if (isCommon(p)) out.add(p.stem);
  return out;
}

export function isCommon(p: ContentPiece): boolean {
  return !p.capitalized && !TITLE_WORDS.has(p.stem);
}
