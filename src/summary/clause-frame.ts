import type { Clause } from './split-clauses.ts';

// The frame splitClauses cuts from a sentence's front, as it ends right before the clause: up to seven words of
// subject (after the sentence start or a comma), a neutral reporting verb, an optional "that". "With both sides dug in
// on their positions, Deputy Foreign Minister Sergei Ryabkov said “no progress” …": the frame is the part after the
// comma.
const FRAME_BEFORE = /(?:^|[,;—–]\s+)((?:[^\s,;:"“”—–]+\s+){1,7}?(?:said|says|told\s+[^\s,;:"“”—–]+|added|adds|reported)(?:\s+that)?)\s+$/;
// A frame left dangling at a clause's end for the quotation after it: ", although he insisted", ", but Mr. Smith said".
const TRAILING_FRAME =
  /,\s+(?:although|though|but|while|and|as)\s+(?:he|she|they|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:\w+ly\s+)?(?:said|says|insisted|added|noted|argued|warned|stressed|acknowledged|conceded|declared)$/;

/**
 * A clause shown alone as what one source reports keeps who reported it: "“no progress” was made on the central demand
 * to halt NATO expansion, although he insisted" (the rest of a seeds sentence whose other clause joined a claim) lost
 * "Deputy Foreign Minister Sergei Ryabkov said" to the clause splitter and kept a frame of the next quotation. The clause
 * as a reader needs it: the frame before it back in ("Deputy Foreign Minister Sergei Ryabkov said “no progress” was made
 * …"), the dangling one at its end cut. `sentence` is the clause's sentence (text and start in the same document).
 */
export function withReportingFrame(clause: Clause, sentence: Clause): Clause {
  let { start, end } = clause;
  const before = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
  const frame = clause.start > sentence.start ? FRAME_BEFORE.exec(before) : null;
  if (frame?.[1] !== undefined) start = sentence.start + before.lastIndexOf(frame[1]);
  const trailing = TRAILING_FRAME.exec(clause.text);
  if (trailing !== null) end = clause.start + trailing.index;
  if (start === clause.start && end === clause.end) return clause;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}
