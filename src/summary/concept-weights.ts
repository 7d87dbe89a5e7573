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
  // concept → document → best (largest) lead bonus of its mentions in that document
  const bonusByDoc = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    const bonus = decay !== undefined ? boost * Math.exp(-s.position / decay) : s.position < lead ? boost : 0;
    for (const c of sentenceConcepts(s, uni > 0)) {
      let d = bonusByDoc.get(c);
      if (!d) bonusByDoc.set(c, (d = new Map()));
      const doc = options.canonicalDoc?.[s.docIndex] ?? s.docIndex;
      d.set(doc, Math.max(d.get(doc) ?? 0, bonus));
    }
  }
  const weights = new Map<string, number>();
  for (const [c, d] of bonusByDoc) {
    if (d.size < minDocs) continue;
    let w = d.size;
    for (const b of d.values()) w += b;
    weights.set(c, c.startsWith(UNIGRAM_PREFIX) ? uni * w : w);
  }
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
