/**
 * BASIL articles (../shared/data/basil-dev) and the hand-labelled quote and date fixtures that point into them.
 *
 * Offsets in the fixtures are into an article's body text as crosscheck reads it: the sentences of each entry of
 * `body-paragraphs` joined by one space, the paragraphs joined by a blank line ("\n\n"). The title is not part of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { REPO_ROOT, dataDir } from './data.ts';

export interface BasilArticle {
  readonly id: string;
  readonly event: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
  readonly url?: string;
}

export type BasilSplit = 'dev' | 'heldout';

/** A quote of a basil-dev article, by offsets into its text: the quoted words, quotation marks excluded. */
export interface BasilQuoteSpan {
  readonly article: string;
  readonly event: string;
  readonly split: BasilSplit;
  /** An unclosed quote runs to the next closing mark. */
  readonly start: number;
  readonly end: number;
  /** The first 40 characters at `start`, so a test can tell that the offsets still point at the quote. */
  readonly snippet: string;
}

export interface LabelledQuote extends BasilQuoteSpan {
  /** Who said it, as a reader would name them after reading the article. */
  readonly speaker: string;
  /** Other names the article uses for the same person ("Bill Kristol" for "William Kristol"). */
  readonly aliases?: readonly string[];
  /** False when the sentence holding the quote does not name the speaker ("he said", an untagged follow-up). */
  readonly speakerInSentence: boolean;
}

export interface LabelledDate {
  readonly article: string;
  readonly event: string;
  readonly split: BasilSplit;
  readonly published: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** TIMEX3-style value of the day, month, year or season the expression stands for in its passage. */
  readonly value: string;
}

export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

/** Where basil-dev lives, or undefined when ../shared (or CROSSCHECK_DATA) does not hold it. */
export function basilDir(): string | undefined {
  try {
    const dir = dataDir('basil-dev', 'articles');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

export function loadBasilArticle(id: string, dir = basilDir()): BasilArticle {
  if (dir === undefined) throw new Error('basil: ../shared/data/basil-dev not found (set CROSSCHECK_DATA)');
  const record = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as {
    title: string;
    date: string;
    url?: string;
    source: string;
    'triplet-uuid': string;
    'body-paragraphs': string[][];
  };
  return {
    id,
    event: record['triplet-uuid'],
    outlet: record.source.toLowerCase(),
    published: record.date,
    title: record.title,
    text: record['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'),
    ...(record.url ? { url: record.url } : {}),
  };
}

/** The article as a plain-text record, the way `crosscheck analyze` gets a JSON record with title, text and url. */
export function toRawArticle(a: BasilArticle): RawArticle {
  return {
    id: a.id, source: `basil-dev/${a.id}.json`, format: 'text', text: a.text, title: a.title, published: a.published, outlet: a.outlet,
    ...(a.url ? { url: a.url } : {}),
  };
}

export function loadLabelledQuotes(): LabelledQuote[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'basil-quotes.json'), 'utf8')) as { quotes: LabelledQuote[] }).quotes;
}

/** A he/she-attributed quote checked by hand: who the pronoun stands for (null: nobody in particular, "he or she"). */
export interface CheckedPronounQuote extends BasilQuoteSpan {
  readonly pronoun: string;
  readonly speaker: string | null;
  /** One of the 50 drawn at random for the first count. */
  readonly sample: boolean;
}

export function loadCheckedPronounQuotes(): CheckedPronounQuote[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'basil-pronoun-speakers.json'), 'utf8')) as { quotes: CheckedPronounQuote[] }).quotes;
}

export function loadLabelledDates(): LabelledDate[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'basil-dates.json'), 'utf8')) as { dates: LabelledDate[] }).dates;
}

// Words that are not part of whom a name picks out: titles, initials, suffixes.
const NAME_NOISE = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|capt|rev|justice|chief|president|senator|representative|jr|sr|ii|iii|\p{L})$/u;

/** "Eric H. Holder Jr." → ["eric", "holder"]: the words that pick a person out. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .split(/[\s.,]+/)
    .filter((w) => w !== '' && !NAME_NOISE.test(w));
}

/**
 * A predicted speaker is right when it is the labelled name or an alias (titles, initials and suffixes aside), or a
 * single surname that no other labelled speaker of the event shares ("Ryan" for Paul Ryan, but not "Cheney" when both
 * Liz and Mary Cheney speak).
 */
export function speakerMatches(predicted: string | undefined, gold: LabelledQuote, eventSpeakers: readonly string[]): boolean {
  if (predicted === undefined) return false;
  const p = nameWords(predicted).join(' ');
  if (p === '') return false;
  const names = [gold.speaker, ...(gold.aliases ?? [])].map((n) => nameWords(n).join(' '));
  if (names.includes(p)) return true;
  if (p.includes(' ')) return false;
  const surname = (n: string) => nameWords(n).at(-1);
  const sharing = new Set(eventSpeakers.filter((s) => surname(s) === p).map((s) => nameWords(s).join(' ')));
  return sharing.size === 1 && names.some((n) => n.split(' ').at(-1) === p);
}

/** The date part of a TIMEX3 value ("2014-08-19TNI" → "2014-08-19"): the labels give days, months, years, seasons. */
export function datePart(value: string): string {
  return value.split('T')[0] ?? value;
}
