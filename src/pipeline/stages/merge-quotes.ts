import type { QuoteMention } from '../../model/analyzed-article.ts';
import type { Certainty, SourceSpan } from '../../model/span.ts';
import type { BriefQuote, QuoteVariant, SpeakerClaim } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';
import { defaultAligner, isSameFact, viewOf, type StatementView } from '../../align/index.ts';
import { compactString } from '../../text/one-byte.ts';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.ts';
import { words } from '../../text/tokens.ts';
import { cleanForm, nameKey } from './merge-entities.ts';

// Two quotes by one speaker are the same utterance when most of the shorter one's content words are in the longer
// one: outlets trim quotes and a rewrite swaps a few words, but 60 % survives both.
const SAME_QUOTE_OVERLAP = 0.6;
// Across speakers the same words must be near-identical (and long) to be one utterance credited to two people: short
// stock phrases ("We will win") are said by many.
const SAME_QUOTE_OVERLAP_OTHER_SPEAKER = 0.8;
const MIN_WORDS_OTHER_SPEAKER = 6;
// So two such quotes share at least this many words (80 % of 6, rounded up): a group sharing fewer cannot match.
const MIN_SHARED_WORDS_OTHER_SPEAKER = Math.ceil(SAME_QUOTE_OVERLAP_OTHER_SPEAKER * MIN_WORDS_OTHER_SPEAKER);

interface Item {
  readonly articleId: string;
  readonly q: QuoteMention;
  readonly speaker: string;
  readonly content: ReadonlySet<string>;
  /** Every word in order, function words too, in the loose form `content` compares (keepsWordOrder, and the share test of short quotes). */
  readonly sequence: readonly string[];
  readonly wording: string;
  /** For indirect speech: the content words the reporter put inside quotation marks (empty when none). */
  readonly verbatim: ReadonlySet<string>;
  /** The quote as the statement aligner reads it, built only when words alone do not decide. */
  readonly view: () => StatementView;
}

/**
 * Story stage: the same quote across sources becomes one entry with every outlet that ran it, and one speaker; when
 * outlets credit it to different people, `speakerDisagreement` lists who each outlet names. Differing wordings are
 * kept as variants with their sources; `wordingChanged` is set when one wording is not simply a trimmed copy of another.
 */
export function mergeQuotes(story: Story, aliases: ReadonlyMap<string, string>): BriefQuote[] {
  const aligner = defaultAligner();
  const items: Item[] = story.articles.flatMap((a) =>
    a.quotes
      .filter((q) => q.speaker && q.text.trim())
      .map((q) => {
        let view: StatementView | undefined;
        // The same characters, one byte each where they can be (compactString): the words and the view read it.
        const text = compactString(q.text);
        const { sequence, content } = looseWords(text);
        return {
          articleId: a.id,
          q,
          speaker: resolveSpeaker(q.speaker ?? '', aliases),
          content,
          sequence,
          wording: normalizeWording(text),
          verbatim: q.direct ? new Set<string>() : looseWords(quotedWords(text)).content,
          view: () => (view ??= viewOf(aligner, text)),
        };
      }),
  );
  // One speaker's words reported in other words (an indirect quote in one outlet, a direct or indirect one in another)
  // are one utterance when the statement aligner, which decides "same fact" everywhere else in the brief, says so.
  // Two direct quotes are verbatim: different words there are different sayings, so only the word test joins them.
  const sameUtterance = (a: Item, b: Item): boolean =>
    a.articleId === b.articleId
      ? sameInOneArticle(a, b)
      : sameQuote(a, b) || (!(a.q.direct && b.q.direct) && verbatimAgrees(a, b) && isSameFact(aligner, a.view(), b.view()));
  const groups: Item[][] = [];
  // The groups holding a quote of each speaker, in creation order: a quote joins the first group where one of its
  // speaker's quotes is the same utterance, so only those groups need asking (a 200-article story has ~1,000 groups).
  const groupsOf = new Map<string, number[]>();
  const add = (k: number, it: Item): void => addGroup(groupsOf, it.speaker, k);
  // The groups holding a long direct quote with each content word: the only groups firstGroupWithSameWords must ask (a
  // quote in the same long words shares at least MIN_SHARED_WORDS_OTHER_SPEAKER of them), not every group each time.
  const groupsWithWord = new Map<string, number[]>();
  for (const it of items) {
    let k = (groupsOf.get(it.speaker) ?? []).find((n) => groups[n]?.some((o) => o.speaker === it.speaker && sameUtterance(o, it))) ?? -1;
    // One quote, one speaker: the same long words in another outlet under another name are the same utterance (only
    // direct quotes with enough words can be: see sameWords).
    const long = it.q.direct && it.content.size >= MIN_WORDS_OTHER_SPEAKER;
    if (k < 0 && long) k = firstGroupWithSameWords(groups, it, groupsWithWord);
    if (k < 0) {
      k = groups.length;
      groups.push([]);
    }
    groups[k]?.push(it);
    add(k, it);
    if (long) for (const w of it.content) addGroup(groupsWithWord, w, k);
  }
  return groups
    .map(toBriefQuote)
    .sort((a, b) => b.sources.length - a.sources.length || a.speaker.localeCompare(b.speaker));
}

/** Adds group `k` to the ascending list under `key`, once. */
function addGroup(index: Map<string, number[]>, key: string, k: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [k]);
  else if (!list.includes(k)) list.splice(insertionPoint(list, k), 0, k);
}

/**
 * The first group with a direct quote of another article in the same long words as `it`, or -1. Only groups holding
 * a long direct quote that shares a word with `it` can match (`groupsWithWord`), asked in creation order as before.
 */
function firstGroupWithSameWords(groups: readonly (readonly Item[])[], it: Item, groupsWithWord: ReadonlyMap<string, readonly number[]>): number {
  const shared = new Map<number, number>();
  for (const w of it.content) for (const k of groupsWithWord.get(w) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  const candidates = [...shared].filter(([, n]) => n >= MIN_SHARED_WORDS_OTHER_SPEAKER).map(([k]) => k);
  for (const k of candidates.sort((a, b) => a - b)) {
    for (const o of groups[k] ?? []) if (o.articleId !== it.articleId && o.q.direct && sameWords(o, it)) return k;
  }
  return -1;
}

/** Where `k` goes in the ascending list `list`. */
function insertionPoint(list: readonly number[], k: number): number {
  let i = list.length;
  while (i > 0 && (list[i - 1] ?? 0) > k) i--;
  return i;
}

/**
 * The words of `text` in a loose form, in order (`sequence`, stopwords kept), and those that carry its content
 * (`content`, stopwords left out): outlets hyphenate differently ("open-door"/"open door"), and a rewrite flips
 * inflections ("closed"/"close"), neither of which makes it another quote. One pass serves both.
 */
function looseWords(text: string): { readonly sequence: string[]; readonly content: Set<string> } {
  const sequence: string[] = [];
  const content = new Set<string>();
  for (const w of words(text)) {
    for (const part of w.replace(/'s$/, '').split('-')) {
      if (!part) continue;
      const loose = part.length > 4 ? part.replace(/(?:ed|es|s|d)$/, '') : part;
      sequence.push(loose);
      if (!ENGLISH_STOPWORDS.has(part)) content.add(loose);
    }
  }
  return { sequence, content };
}

function resolveSpeaker(speaker: string, aliases: ReadonlyMap<string, string>): string {
  const form = cleanForm(speaker);
  return aliases.get(nameKey(form)) ?? form;
}

// Below this many content words a share rests on names alone: "This is who Donald Trump is" keeps 2 of 2 in "But I
// never questioned their fitness to serve. Donald Trump is different." Such a short quote is the same one when nearly
// all of its words, function words too, are in the other: a trim with a word dropped or swapped ("I know you're under
// duress" / "… under a lot of duress", "We've got a real challenge" / "a big challenge") keeps 80 %; "This is who
// Donald Trump is" keeps 4 of 6. Both must be direct quotes: an indirect quote's "that it was" is the reporter's.
const MIN_WORDS_FOR_SHARE = 4;
const SHORT_QUOTE_WORD_SHARE = 0.8;

function sameQuote(a: Item, b: Item): boolean {
  if (a.wording === b.wording) return true;
  const { small, shared } = overlapOfSmaller(a.content, b.content);
  if (small === 0) return false;
  if (small < MIN_WORDS_FOR_SHARE && a.q.direct && b.q.direct) {
    const [own, longer] = a.wording.length <= b.wording.length ? [a.sequence, b.sequence] : [b.sequence, a.sequence];
    const other = new Set(longer);
    return own.length > 0 && own.filter((w) => other.has(w)).length / own.length >= SHORT_QUOTE_WORD_SHARE;
  }
  return shared / small >= SAME_QUOTE_OVERLAP && (!(a.q.direct && b.q.direct) || keepsWordOrder(a.sequence, b.sequence));
}

// Two outlets that quote one utterance copy its words in the speaker's order, so they share a stretch of at least three
// words in a row (trims, a swapped word and the content farm's "shut down"/"slam closed" leave longer ones); two
// sayings of one speaker on one subject share names and topic words, not stretches: "Mitt Romney's Medicare ad is
// dishonest and hypocritical" and "The savings his ad attacks do not cut … Medicare benefit, and Mitt Romney embraced
// …" (basil-dev) share four of six content words but at most "Mitt Romney".
const MIN_SHARED_RUN = 3;

/** The two word sequences share MIN_SHARED_RUN words in a row (all of the shorter one, when it is shorter than that). */
function keepsWordOrder(a: readonly string[], b: readonly string[]): boolean {
  return longestSharedRun(a, b) >= Math.min(MIN_SHARED_RUN, a.length, b.length);
}

/** The length of the longest stretch of consecutive words both sequences hold (dynamic programming, one row). */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  const row = new Uint16Array(b.length + 1);
  let best = 0;
  for (const wa of a) {
    let diagonal = 0;
    for (let k = 1; k <= b.length; k++) {
      const above = row[k] ?? 0;
      const run = wa === b[k - 1] ? diagonal + 1 : 0;
      row[k] = run;
      if (run > best) best = run;
      diagonal = above;
    }
  }
  return best;
}

// The stretches inside quotation marks of an indirect quote: that "in America today, false attacks …".
const QUOTED_STRETCH = /[“"]([^”"]+)[”"]/g;

function quotedWords(text: string): string {
  return [...text.matchAll(QUOTED_STRETCH)].map((m) => m[1] ?? '').join(' ');
}

/**
 * Words a reporter puts inside quotation marks are verbatim, as a direct quote's are, so they must be found in the
 * direct quote another outlet ran for the two to be one utterance, by the test that joins two direct quotes: Fox's
 * Cathi Herrod saying that “in America today, false attacks and irresponsible characterizations … can so intimidate”
 * is not NYT's “Instead of having an honest discussion … opponents of the bill have hijacked this discussion” (basil-dev
 * 2014, joined by the aligner on their shared theme), while Trump's refusal to “give up my right to run as an
 * independent candidate” is in the statement another outlet quoted whole.
 */
function verbatimAgrees(a: Item, b: Item): boolean {
  const [direct, indirect] = a.q.direct ? [a, b] : [b, a];
  if (!direct.q.direct || indirect.verbatim.size === 0) return true;
  const { small, shared } = overlapOfSmaller(indirect.verbatim, direct.content);
  return shared / small >= SAME_QUOTE_OVERLAP;
}

/**
 * Within one article a reporter who quotes an utterance twice repeats its words (a fragment in the lead, the whole
 * quote further down); two different wordings there are two things the speaker said, however many words they share
 * ("the only way we can change is if the American people demand it" and "This will not happen unless the American
 * people demand it").
 */
function sameInOneArticle(a: Item, b: Item): boolean {
  return a.wording === b.wording || (a.wording.length > 0 && b.wording.length > 0 && (a.wording.includes(b.wording) || b.wording.includes(a.wording)));
}

function sameWords(a: Item, b: Item): boolean {
  const { small, shared } = overlapOfSmaller(a.content, b.content);
  return small >= MIN_WORDS_OTHER_SPEAKER && shared / small >= SAME_QUOTE_OVERLAP_OTHER_SPEAKER;
}

/** The smaller word set's size, and how many of its words the other set has too. */
function overlapOfSmaller(a: ReadonlySet<string>, b: ReadonlySet<string>): { readonly small: number; readonly shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return { small: small.size, shared };
}

/**
 * The speaker of a quote several outlets ran: the one named by the most outlets, a stated name before an inferred one
 * and a name before a pronoun left undetermined; the others are kept as the disagreement.
 */
function speakerOf(group: readonly Item[]): { speaker: string; certainty: Certainty; undetermined: boolean; disagreement?: SpeakerClaim[] } {
  const bySpeaker = new Map<string, Item[]>();
  for (const it of group) bySpeaker.set(it.speaker, [...(bySpeaker.get(it.speaker) ?? []), it]);
  const claims: SpeakerClaim[] = [...bySpeaker].map(([speaker, items]) => ({
    speaker,
    certainty: items.some((i) => i.q.speakerCertainty !== 'inferred') ? 'stated' : 'inferred',
    sources: [...new Set(items.map((i) => i.articleId))].sort(),
  }));
  const undetermined = (c: SpeakerClaim) => bySpeaker.get(c.speaker)?.every((i) => i.q.speakerRule === 'speaker/undetermined') ?? false;
  claims.sort(
    (a, b) =>
      Number(undetermined(a)) - Number(undetermined(b)) ||
      Number(isDescription(a.speaker)) - Number(isDescription(b.speaker)) ||
      Number(a.certainty === 'inferred') - Number(b.certainty === 'inferred') ||
      b.sources.length - a.sources.length ||
      a.speaker.localeCompare(b.speaker),
  );
  const first = claims[0] ?? { speaker: '', certainty: 'inferred' as Certainty, sources: [] };
  // The fullest form of the top speaker's name that another outlet gives ("Joe Arpaio" over "Arpaio").
  const fuller = claims.filter((c) => !undetermined(c) && !isDescription(c.speaker) && sameSurname(c.speaker, first.speaker));
  const top = isDescription(first.speaker) ? first : { ...first, speaker: fuller.reduce((a, c) => (c.speaker.length > a.length ? c.speaker : a), first.speaker) };
  // An undetermined pronoun in one outlet is no disagreement with a name in another, and neither is a description
  // ("the president") with a name ("Barack Obama"): it names a role the named person may well hold. Descriptions are
  // compared among themselves only when no outlet names anyone.
  const determined = claims.filter((c) => !undetermined(c));
  const names = determined.filter((c) => !isDescription(c.speaker));
  // One quote credited to "Arpaio" and "Joe Arpaio", "Raul Labrador" and "Raúl R. Labrador", or "Bibi Netanyahu"
  // and "Benjamin Netanyahu" is one person named two ways: the same words under one surname are not two speakers.
  const named = (names.length > 0 ? names : determined).filter((c, i, all) => !all.slice(0, i).some((d) => sameSurname(c.speaker, d.speaker)));
  return { speaker: top.speaker, certainty: top.certainty, undetermined: undetermined(top), ...(named.length > 1 ? { disagreement: named } : {}) };
}

/**
 * A speaker given as a common-noun phrase ("the president", "a senior administration official", "a White House
 * spokesman"), not as a name: no capital, or an article or determiner first ("de Blasio" is a name).
 */
function isDescription(speaker: string): boolean {
  return !/\p{Lu}/u.test(speaker) || /^(?:a|an|the|one|some|several|his|her|their|its)\s/.test(speaker);
}

/** Both names end in the same surname, accents and case aside ("Raúl R. Labrador" / "Raul Labrador"). */
function sameSurname(a: string, b: string): boolean {
  const last = (s: string): string => (s.trim().split(/\s+/).pop() ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const x = last(a);
  return x.length > 1 && x === last(b);
}

/** Case, quote marks, dashes, ellipses and spacing do not make a different wording. */
export function normalizeWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s*(?:…|\.\s?\.\s?\.)\s*/g, ' ')
    .replace(/[–—-]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function toBriefQuote(group: readonly Item[]): BriefQuote {
  const byWording = new Map<string, Item[]>();
  for (const it of group) byWording.set(it.wording, [...(byWording.get(it.wording) ?? []), it]);
  const ranked = [...byWording.entries()]
    .map(([wording, items]) => ({
      wording,
      direct: items.some((i) => i.q.direct),
      variant: {
        text: items[0]?.q.text ?? '',
        direct: items.some((i) => i.q.direct),
        sources: [...new Set(items.map((i) => i.articleId))].sort(),
        spans: items.map(spanOf),
      },
    }))
    // Most-run wording first; among equals the speaker's own words (a direct quote) before a reporter's paraphrase,
    // and a whole quote before a paraphrase with quoted fragments.
    .sort((a, b) =>
      b.variant.sources.length - a.variant.sources.length ||
      Number(b.direct) - Number(a.direct) ||
      fragmentary(a.variant.text) - fragmentary(b.variant.text) ||
      b.variant.text.length - a.variant.text.length);
  const variants: QuoteVariant[] = ranked.map((r) => r.variant);
  const main = variants[0];
  // Only quoted words can be changed words: a reporter's paraphrase differs from the quote by nature. When no two
  // outlets quote it verbatim, the paraphrases are compared among themselves.
  const direct = ranked.filter((r) => r.direct);
  const compared = direct.length >= 2 ? direct : ranked;
  // A trimmed quote is contained in the fuller one; anything else means someone changed the words, unless one outlet
  // ran both wordings: that outlet quoted two parts of one utterance ("It's not about you. …" and "It's about some
  // phony ideal …", HuffPost, basil-dev), which another outlet ran whole.
  const wordingChanged = compared.some((a) => compared.some((b) => a !== b && !a.wording.includes(b.wording) && !b.wording.includes(a.wording) && !a.variant.sources.some((x) => b.variant.sources.includes(x))));
  const who = speakerOf(group);
  return {
    speaker: who.speaker,
    text: main?.text ?? '',
    direct: group.some((i) => i.q.direct),
    speakerCertainty: who.certainty,
    sources: [...new Set(group.map((i) => i.articleId))].sort(),
    spans: group.map(spanOf),
    ...(variants.length > 1 ? { variants, wordingChanged } : {}),
    ...(who.disagreement ? { speakerDisagreement: who.disagreement } : {}),
    ...(who.undetermined ? { speakerUndetermined: true } : {}),
  };
}

/** 1 when the text mixes the reporter's words with quoted fragments (“...” inside it), else 0. */
function fragmentary(text: string): number {
  return /[“”"]/.test(text) ? 1 : 0;
}

function spanOf(i: Item): SourceSpan {
  return { articleId: i.articleId, start: i.q.start, end: i.q.end };
}
