import type { PreparedSentence } from './prepare-sentences.ts';

export interface ConceptWeightOptions {
  /** A concept counts only when this share of the documents mention it (Gillick & Favre keep df ≥ 3 of 10). */
  readonly minDocShare?: number;
  /** Extra weight per document that has the concept in its first `leadSentences` sentences (news puts the gist first). */
  readonly positionBoost?: number;
  readonly leadSentences?: number;
  /** Weight factor for content-word unigram concepts (0 = bigrams only, as ICSISumm). */
  readonly unigramWeight?: number;
  /** When set, a document's lead bonus decays smoothly: boost · exp(-position / positionDecay) at its first mention. */
  readonly positionDecay?: number;
  /** Document index → index of the report it copies (from collapseCopies); copies count as their original. */
  readonly canonicalDoc?: readonly number[];
}

// df ≥ 3 of 10 documents: ICSISumm's setting; concepts rarer than that are mostly one outlet's detail.
const DEFAULT_MIN_DOC_SHARE = 0.3;
// Tuned on the odd DUC clusters (0, 0.5, 1, 2, 3, 5 tried): a lead mention is worth three more documents.
const DEFAULT_POSITION_BOOST = 3;
// The lead paragraph of a wire story is its first two or three sentences (1, 2, 3, 4, 5 tried on the odd clusters).
const DEFAULT_LEAD_SENTENCES = 3;
// Off: unigram concepts traded ROUGE-2 for ROUGE-1 on the odd clusters (weights 0.2 and 0.5 tried).
const DEFAULT_UNIGRAM_WEIGHT = 0;

/**
 * Concept weight = number of documents mentioning the bigram concept, plus a bonus per document mentioning it early.
 * Concepts below the document-share floor get no weight (they are absent from the map).
 */
export function conceptWeights(
  sentences: readonly PreparedSentence[],
  docCount: number,
  options: ConceptWeightOptions = {},
): ReadonlyMap<string, number> {
  const share = options.minDocShare ?? DEFAULT_MIN_DOC_SHARE;
  const boost = options.positionBoost ?? DEFAULT_POSITION_BOOST;
  const lead = options.leadSentences ?? DEFAULT_LEAD_SENTENCES;
  const uni = options.unigramWeight ?? DEFAULT_UNIGRAM_WEIGHT;
  // With one or two documents every concept is "shared" by all of them; the floor never exceeds the document count.
  const minDocs = Math.min(docCount, Math.max(1, Math.round(share * docCount)));
  const decay = options.positionDecay;
  // concept → its documents and each one's best (largest) lead bonus, as [document, bonus, document, bonus, …] in
  // order of first mention: one array per concept rather than a Map (a 200-article story has ~100,000 concepts).
  const bonusByDoc = new Map<string, number[]>();
  const mention = (c: string, doc: number, bonus: number): void => {
    const d = bonusByDoc.get(c);
    if (!d) {
      bonusByDoc.set(c, [doc, Math.max(0, bonus)]);
      return;
    }
    // Sentences come document by document, so a repeat mention is almost always of the last document listed.
    for (let k = d.length - 2; k >= 0; k -= 2) {
      if (d[k] !== doc) continue;
      d[k + 1] = Math.max(d[k + 1] ?? 0, bonus);
      return;
    }
    d.push(doc, Math.max(0, bonus));
  };
  for (const s of sentences) {
    const bonus = decay !== undefined ? boost * Math.exp(-s.position / decay) : s.position < lead ? boost : 0;
    const doc = options.canonicalDoc?.[s.docIndex] ?? s.docIndex;
    // A concept repeated in one sentence only meets its own document again: no set of the sentence's concepts needed.
    for (const c of s.terms.bigrams) mention(c, doc, bonus);
    if (uni > 0) for (const t of s.terms.content) mention(UNIGRAM_PREFIX + t, doc, bonus);
  }
  const weights = new Map<string, number>();
  // forEach, not for…of over entries: the first brief of a process runs this before it is optimized, and there each
  // entry of ~100,000 concepts was an [key, value] array plus an iterator result (~7 MB of garbage a 200-article brief).
  bonusByDoc.forEach((d, c) => {
    const docs = d.length / 2;
    if (docs < minDocs) return;
    let w = docs;
    for (let k = 1; k < d.length; k += 2) w += d[k] ?? 0;
    weights.set(c, c.startsWith(UNIGRAM_PREFIX) ? uni * w : w);
  });
  return weights;
}

// Unigram concepts are keyed apart from bigrams ("1:" + stem) so a stem can never collide with a bigram key.
const UNIGRAM_PREFIX = '1:';

/** The distinct concepts a sentence states: its bigrams, plus content-word unigrams when asked. */
export function sentenceConcepts(s: PreparedSentence, withUnigrams: boolean): Set<string> {
  const out = new Set(s.terms.bigrams);
  if (withUnigrams) for (const t of s.terms.content) out.add(UNIGRAM_PREFIX + t);
  return out;
}
