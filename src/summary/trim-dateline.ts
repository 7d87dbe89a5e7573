import type { TextRange } from '../model/span.ts';

export interface TrimmedSentence extends TextRange {
  readonly text: string;
  /** `summary/dateline` when a leading dateline was cut, else undefined. */
  readonly rule?: string;
}

// "WASHINGTON (AP) --", "BRUSSELS, Belgium (AP) _", "LONDON, Jan. 5 (Reuters) -", "MOSCOW --", "DANVILLE, Ky. –-": an
// upper-case place, optionally ", Region" or a date, optionally "(AGENCY)", then a dash or two (AP's "_" included).
// Either the agency in parentheses or a dash after an all-caps place is required so ordinary sentences ("U.S. officials
// - ...") survive.
const DATELINE =
  /^(?:[A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,\s+[A-Z][\w.' ]{1,30}?)?\s*\([A-Za-z][\w .&-]{0,30}\)|[A-Z][A-Z.'\- ]{2,40}[A-Z.](?:,\s+[A-Z][\w.' ]{1,30}?)?)\s*(?:[—–_-]{1,2}|:)\s+/;
const AGENCY_ONLY = /^\((?:AP|Reuters|AFP|UPI|CNN|BBC|dpa|Xinhua)\)\s*(?:--|—|–|_|-|:)?\s*/;
// A blog's revision label before the lead ("Updated: Rick Santorum on Sunday tried …", NYT The Caucus; "UPDATE 2:",
// "Updated 5:40 p.m.:"): no part of what the sentence says.
const UPDATE_LABEL = /^(?:Updated?|UPDATED?)(?:\s+[\d:.apm ,]{1,20})?:\s+(?=\p{Lu})/u;

/**
 * A dateline opens an article's body, which may follow a deck or a label: PolNeAR's Times texts open "ABSTRACT.", an
 * abstract of a sentence or two, "FULL TEXT.", then "WASHINGTON - ..." as their fourth or fifth sentence. Deeper in,
 * "NATO - ..." is just a sentence.
 */
export const DATELINE_SENTENCES = 5;

/** Cuts a leading dateline off a sentence; offsets move with it so the sentence still cites its source text. */
export function trimDateline(text: string, start: number): TrimmedSentence {
  const m = DATELINE.exec(text) ?? AGENCY_ONLY.exec(text) ?? UPDATE_LABEL.exec(text);
  if (!m || m[0].length >= text.length) return { text, start, end: start + text.length };
  const cut = m[0].length;
  return { text: text.slice(cut), start: start + cut, end: start + text.length, rule: 'summary/dateline' };
}
