import type { Clause } from './split-clauses.ts';

// A clause that opens with a relative pronoun is about the noun phrase before its comma.
const RELATIVE_OPENER = /^["“]?\s*(?:which|who|whom|whose|where)\b/i;
// The antecedent is a short noun phrase ("the measure", "its new missile system", "Gov. Jan Brewer"): walking back
// more words than this ("a message to House Republicans" is five) reaches into the verb phrase before it.
const MAX_ANTECEDENT_WORDS = 6;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/i;
const PREPOSITION = /^(?:to|of|in|on|at|from|for|with|by|about|against|over)$/i;

/**
 * A relative clause shown alone ("which has cast unwanted national attention on Arizona", an exclusive left over when
 * the rest of its NYT sentence joined another outlet's) does not say what it is about. The clause with the noun phrase
 * it describes, as written: "the measure, which has cast unwanted national attention on Arizona". `sentence` is the
 * clause's sentence (text and start in the same document). The antecedent is the words before the comma back to a
 * determiner, or a run of capitalized words (a name); when neither is within reach the clause is returned unchanged.
 */
export function withAntecedent(clause: Clause, sentence: Clause): Clause {
  if (!RELATIVE_OPENER.test(clause.text) || clause.start <= sentence.start) return clause;
  const before = sentence.text.slice(0, clause.start - sentence.start);
  const comma = /,\s*$/.exec(before);
  if (comma === null) return clause;
  const words = [...before.slice(0, comma.index).matchAll(/[^\s,;:()"“”—–]+/g)];
  const near = words.slice(-MAX_ANTECEDENT_WORDS);
  // "who" stands for a person: a name right before it is the antecedent even after a preposition ("cheered for Gov.
  // Jan Brewer, who had returned").
  const person = /^["“]?\s*(?:who|whom|whose)\b/i.test(clause.text);
  const capitalized = (x: RegExpMatchArray | undefined) => /^\p{Lu}/u.test(x?.[0] ?? '');
  let from: number | undefined;
  for (let i = near.length - 1; i >= 0; i--) {
    const w = near[i];
    if (w === undefined) break;
    // Nothing but spaces may stand between the words walked back over: a comma or a dash ends the noun phrase.
    const next = near[i + 1];
    const gap = before.slice((w.index ?? 0) + w[0].length, next?.index ?? comma.index);
    if (!/^\s*$/.test(gap)) break;
    if (DETERMINER.test(w[0])) {
      from = w.index;
      break;
    }
    // A name: the run of capitalized words right before the comma ("Gov. Jan Brewer, who"), unless a preposition
    // makes it part of a longer phrase before "which"/"where" ("a message to Republicans, which was provided to the
    // Times": the message was).
    if (capitalized(w) && !capitalized(near[i - 1]) && near.slice(i).every(capitalized) && (person || !PREPOSITION.test(near[i - 1]?.[0] ?? ''))) {
      from = w.index;
      break;
    }
  }
  if (from === undefined) return clause;
  const start = sentence.start + from;
  return { start, end: clause.end, text: sentence.text.slice(from, clause.end - sentence.start) };
}
