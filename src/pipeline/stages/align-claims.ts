import type { AnalyzedArticle, QuoteMention } from '../../model/analyzed-article.ts';
import type { SourceSpan, TextRange } from '../../model/span.ts';
import type { AgreedQuantity, Claim, Discrepancy, Exclusive } from '../../model/story-brief.ts';
import { givesOtherFigure } from './disputed-figures.ts';
import type { Story } from '../../model/story.ts';
import { DATELINE_SENTENCES, splitClauses, trimDateline, withAntecedent, withReportingFrame, type AlignedMember, type AlignedStatements, type AlignmentGroup } from '../../summary/index.ts';
import { independentSourceOf, originOf, storyDocuments } from './story-documents.ts';
import { independentOrigins } from './verbatim-origins.ts';
import { shareInside } from '../../lib/share-inside.ts';
import { setDice } from '../../lib/set-dice.ts';

export interface ClaimsAndExclusives {
  readonly claims: readonly Claim[];
  readonly exclusives: readonly Exclusive[];
}

// An exclusive must carry a fact: at least this many words and a name or a number; shorter lines are transitions.
const MIN_EXCLUSIVE_WORDS = 8;

/**
 * Story stage: sentences (or clauses of sentences) of different articles that state the same content become one claim
 * with every source behind it; copies and rewrites count once in `independentSources`. What only one source states
 * is exclusive: an informative sentence none of which is stated elsewhere (and that aligns with no other source's
 * sentence), or, in a sentence one of whose clauses is stated elsewhere, each remaining informative clause.
 */
export function alignClaims(
  story: Story,
  aligned: AlignedStatements,
  agreed: readonly AgreedQuantity[] = [],
  discrepancies: readonly Discrepancy[] = [],
): ClaimsAndExclusives {
  const origin = originOf(story);
  const source = independentSourceOf(story);
  const directQuotes = new Map(story.articles.map((a) => [a.id, a.quotes.filter((q) => q.direct)]));
  const spokenQuotes = new Map(story.articles.map((a) => [a.id, (directQuotes.get(a.id) ?? []).filter((q) => spokenByPerson(a, q))]));
  // Sentence groups first: among claims with as many sources, whole-sentence agreement reads better than a clause.
  const groups: readonly AlignmentGroup[] = [...aligned.sentences, ...aligned.clauses];
  const claims: Claim[] = [];
  const stated = new Map<string, AlignedMember[]>();
  for (const given of groups) {
    if (given.members.length < 2) continue;
    // Members giving another value of a quantity the sources dispute than the shown member state another fact.
    const shownFirst = displayMember(given, origin);
    const disputed = shownFirst ? givesOtherFigure(shownFirst, given.members, discrepancies) : new Set();
    const g: AlignmentGroup = disputed.size ? { ...given, members: given.members.filter((m) => !disputed.has(m)) } : given;
    if (new Set(g.members.map((m) => m.docId)).size < 2) continue;
    for (const m of g.members) stated.set(`${m.docId}:${m.sentenceIndex}`, [...(stated.get(`${m.docId}:${m.sentenceIndex}`) ?? []), m]);
    const best = displayMember(g, origin);
    if (!best) continue;
    const sources = [...new Set(g.members.map((m) => m.docId))].sort();
    const origins = independentOrigins(
      g.members.map((m) => ({ docId: m.docId, text: m.text, quotedShare: shareInside(m, directQuotes.get(m.docId) ?? []), spokenShare: shareInside(m, spokenQuotes.get(m.docId) ?? []) })),
      source,
    );
    claims.push({
      text: best.text,
      sources,
      spans: g.members.map((m) => ({ articleId: m.docId, start: m.start, end: m.end })),
      independentSources: origins.count,
      ...(origins.verbatim.length > 0 ? { verbatimSources: origins.verbatim } : {}),
      level: g.level,
      rule: g.rule,
    });
  }
  claims.sort((a, b) => b.independentSources - a.independentSources || b.sources.length - a.sources.length);
  const shown = withoutRestatedClauses(claims);
  const independent = new Set(story.articles.map((a) => source(a.id))).size;
  // A sentence that passed the alignment test with another source's sentence is stated there, even where grouping
  // (one sentence per source, average linkage) left it out of every claim.
  // So is a sentence that restates another source's sentence in part, in its own words (no clause of it is the shared
  // part, so none of its clauses is exclusive either).
  const pairedWhole = new Set([...aligned.pairedOutsideGroups, ...aligned.restatedInPart].map((r) => `${r.docId}:${r.sentenceIndex}`));
  // Likewise a clause that passed the clause test with another source's clause is stated there: its sentence is no
  // exclusive as a whole, and the clause is not one of its exclusive clauses.
  const pairedClauses = new Map<string, TextRange[]>();
  for (const c of aligned.clausesPairedOutsideGroups) {
    const key = `${c.docId}:${c.sentenceIndex}`;
    pairedClauses.set(key, [...(pairedClauses.get(key) ?? []), { start: c.start, end: c.end }]);
  }
  // A sentence giving a quantity that other independent sources give of the same thing ("100,000 troops" at the
  // border, in every outlet's own sentence around it) states a fact told elsewhere: it is no exclusive, even where its
  // sentence as a whole aligns with none (the figure is a side clause of different sentences).
  const agreedSpans = agreed
    .filter((q) => new Set(q.sources.map(origin)).size >= 2)
    .flatMap((q) => q.spans);
  return { claims: shown, exclusives: independent >= 2 ? exclusivesOf(story, stated, pairedWhole, pairedClauses, agreedSpans) : [] };
}

/**
 * Claims without the clause claims a sentence claim already says: a clause claim one of whose passages lies inside a
 * passage of a sentence claim that every one of its sources is behind (the same sentences joined whole, and again
 * clause by clause pair by pair, or with the article's second telling of the statement) tells the reader the same
 * fact a second time with fewer sources.
 */
export function withoutRestatedClauses(claims: readonly Claim[]): Claim[] {
  const sentenceClaims = claims.filter((c) => c.level === 'sentence');
  const within = (inner: SourceSpan, outer: readonly SourceSpan[]): boolean =>
    outer.some((o) => o.articleId === inner.articleId && o.start <= inner.start && inner.end <= o.end);
  const restates = (c: Claim, s: Claim): boolean =>
    c.sources.every((id) => s.sources.includes(id)) && c.spans.some((sp) => within(sp, s.spans));
  const kept = claims.filter((c) => c.level !== 'clause' || !sentenceClaims.some((s) => restates(c, s)));
  return kept.filter((s) => s.level !== 'sentence' || !toldInClauses(s, kept));
}

// Clause claims holding this share of a sentence's characters leave only its frame and joining words ("…,” Mr.
// Romney said in a statement", ", and"): the sentence tells nothing they do not.
const TOLD_IN_CLAUSES_SHARE = 0.8;

/**
 * A sentence claim whose every passage is, clause by clause, inside clause claims that more sources are behind (NYT
 * ran Romney's statement with a longer frame, so it joined Fox's and HuffPost's only clause by clause): the reader
 * would read the same words three times, the whole with two sources and each half with three.
 */
function toldInClauses(s: Claim, claims: readonly Claim[]): boolean {
  const wider = claims.filter((c) => c.level === 'clause' && c.sources.length > s.sources.length && s.sources.every((id) => c.sources.includes(id)));
  if (wider.length === 0) return false;
  return s.spans.every((sp) => {
    const inside = wider.flatMap((c) => c.spans.filter((x) => x.articleId === sp.articleId && x.start >= sp.start && x.end <= sp.end));
    return coveredLength(inside) >= TOLD_IN_CLAUSES_SHARE * (sp.end - sp.start);
  });
}

/** Characters covered by the union of the ranges. */
function coveredLength(ranges: readonly TextRange[]): number {
  let total = 0;
  let end = -1;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const from = Math.max(r.start, end);
    if (r.end > from) total += r.end - from;
    end = Math.max(end, r.end);
  }
  return total;
}

/** A quote whose speaker is a person of the article (named, or a he/she resolved to one), not an outlet or a body. */
function spokenByPerson(article: AnalyzedArticle, q: QuoteMention): boolean {
  if (q.speaker === undefined || q.speakerRule === 'speaker/undetermined') return false;
  return article.entities.some((e) => e.type === 'person' && e.name === q.speaker);
}

function exclusivesOf(
  story: Story,
  stated: ReadonlyMap<string, readonly AlignedMember[]>,
  pairedWhole: ReadonlySet<string>,
  pairedClauses: ReadonlyMap<string, readonly TextRange[]>,
  agreedSpans: readonly SourceSpan[],
): Exclusive[] {
  const exclusives: Exclusive[] = [];
  // Agreed spans by article: each sentence is checked against its own article's only.
  const agreedIn = new Map<string, SourceSpan[]>();
  for (const q of agreedSpans) agreedIn.set(q.articleId, [...(agreedIn.get(q.articleId) ?? []), q]);
  for (const doc of storyDocuments(story)) {
    const article = story.articles.find((a) => a.id === doc.id);
    if (!article) continue;
    const agreedHere = agreedIn.get(doc.id) ?? [];
    doc.sentences.forEach((s, i) => {
      const members: readonly TextRange[] = [...(stated.get(`${doc.id}:${i}`) ?? []), ...(pairedClauses.get(`${doc.id}:${i}`) ?? [])];
      if (pairedWhole.has(`${doc.id}:${i}`) || (stated.get(`${doc.id}:${i}`) ?? []).some((m) => m.level === 'sentence')) return;
      if (agreedHere.some((q) => q.start >= s.start && q.end <= s.end)) return;
      // An article's first sentence opens with its dateline ("WASHINGTON (AP) —"), which is no part of the fact.
      const shown = i < DATELINE_SENTENCES ? trimDateline(s.text, s.start) : s;
      if (members.length === 0) {
        if (informative(article, shown.text, shown)) exclusives.push({ text: shown.text, source: doc.id, spans: [{ articleId: doc.id, ...range(shown) }], level: 'sentence' });
        return;
      }
      // Clauses of this sentence stated elsewhere are claims; the clauses nobody else states are still its own.
      for (const c of splitClauses(shown.text, shown.start)) {
        if (members.some((m) => m.start < c.end && c.start < m.end) || !informative(article, c.text, c)) continue;
        const read = withReportingFrame(withAntecedent(c, shown), shown);
        exclusives.push({ text: read.text, source: doc.id, spans: [{ articleId: doc.id, ...range(read) }], level: 'clause' });
      }
    });
  }
  return exclusives;
}

/**
 * The member whose words the claim shows. In a sentence group only a whole sentence (a clause that joined it states
 * the fact inside a longer sentence). An original's wording before a detected copy's or rewrite's: a respun copy
 * states the fact in altered words. Then the wording most shared with the other members (mean word-set Dice): where
 * outlets word a fact differently, the words most of them use are the speaker's or the first report's, and one
 * outlet's typo or respin is the odd one out. Then the aligner's agreement with the others; then a passage that reads
 * on its own (opens with a capital, closes the quotation marks it opens); then the shorter.
 */
function displayMember(g: AlignmentGroup, origin: (articleId: string) => string): AlignedMember | undefined {
  const words = new Map(g.members.map((m) => [m, wordSet(m.text)]));
  const agreement = (m: AlignedMember): number => {
    const own = words.get(m) ?? new Set<string>();
    let sum = 0;
    for (const o of g.members) if (o !== m) sum += setDice(own, words.get(o));
    return sum / Math.max(1, g.members.length - 1);
  };
  const ranked = g.members
    .filter((m) => g.level === 'clause' || m.level === 'sentence')
    .map((m) => ({ m, original: origin(m.docId) === m.docId, agreement: agreement(m), readable: readsAlone(m.text) }));
  ranked.sort(
    (a, b) =>
      Number(b.original) - Number(a.original) ||
      // Shares within a hundredth are one wording's: a trailing "she said" is no reason to pick another passage.
      Math.round((b.agreement - a.agreement) * 100) ||
      b.m.similarity - a.m.similarity ||
      Number(b.readable) - Number(a.readable) ||
      a.m.text.length - b.m.text.length,
  );
  return ranked[0]?.m;
}

/** Lower-cased words, hyphenated and apostrophe compounds kept whole ("open-door", "nato's"): spelling is wording. */
function wordSet(text: string): Set<string> {
  return new Set((text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []));
}

/** Opens like a sentence (a capital, after any opening quotation mark) and closes every quotation mark it opens. */
function readsAlone(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return /^[“"‘']?\p{Lu}/u.test(text.trim()) && opens === closes && straight % 2 === 0;
}

function informative(article: AnalyzedArticle, text: string, at: TextRange): boolean {
  return (
    text.split(/\s+/).length >= MIN_EXCLUSIVE_WORDS &&
    (article.entities.some((e) => e.start >= at.start && e.end <= at.end) || /\d/.test(text))
  );
}

function range(r: TextRange): TextRange {
  return { start: r.start, end: r.end };
}
