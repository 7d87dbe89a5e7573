/** Scores crosscheck's quotes and dates on the labelled BASIL articles (the analysis `crosscheck analyze` runs). */
import type { AnalyzedArticle } from '../../src/model/analyzed-article.ts';
import { analyzeExtracted, type PipelineResources } from '../../src/pipeline/pipeline.ts';
import { extractArticle } from '../../src/pipeline/stages/extract-article.ts';
import { DEFAULT_OPTIONS } from '../../src/pipeline/options.ts';
import {
  type CheckedPronounQuote,
  datePart, loadBasilArticle, speakerMatches, toRawArticle, type BasilSplit, type LabelledDate, type LabelledQuote,
} from './basil.ts';

export interface Tally {
  total: number;
  right: number;
}

export const rate = (t: Tally): number => (t.total === 0 ? 0 : t.right / t.total);

/** Each labelled article through extraction and every analysis stage, once. */
export function analyzeArticles(ids: readonly string[], resources: PipelineResources): Map<string, AnalyzedArticle> {
  const out = new Map<string, AnalyzedArticle>();
  for (const id of new Set(ids)) {
    const raw = toRawArticle(loadBasilArticle(id));
    out.set(id, analyzeExtracted(extractArticle(raw), new Map(), DEFAULT_OPTIONS, resources));
  }
  return out;
}

/**
 * A labelled span moved into the analyzed text. Cleaning may drop a repeated line or trailing blanks, so the analyzed
 * text can differ from the body the labels point into: the span is found again by the words around it (the nearest
 * occurrence of the longest window that still occurs), or undefined when it was cut out.
 */
export function relocate(body: string, analyzed: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  if (body === analyzed) return span;
  for (const margin of [60, 30, 15, 0]) {
    const from = Math.max(0, span.start - margin);
    const window = body.slice(from, Math.min(body.length, span.end + margin)).trim();
    if (window === '') continue;
    const lead = body.slice(from, span.start).length - (body.slice(from).length - body.slice(from).trimStart().length);
    let best: number | undefined;
    for (let at = analyzed.indexOf(window); at >= 0; at = analyzed.indexOf(window, at + 1)) {
      if (best === undefined || Math.abs(at - from) < Math.abs(best - from)) best = at;
    }
    if (best !== undefined) return { start: best + lead, end: best + lead + (span.end - span.start) };
  }
  return undefined;
}

export interface QuoteResult {
  readonly gold: LabelledQuote;
  readonly predicted?: string;
  readonly rule?: string;
  readonly right: boolean;
}

/**
 * Of `items` (quotes or times of the analyzed article), the one overlapping the labelled span most once the span is
 * relocated from the BASIL text into the analyzed text; undefined when none overlaps or the article is missing.
 */
function mostOverlapping<T extends { readonly start: number; readonly end: number }>(
  gold: { readonly article: string; readonly start: number; readonly end: number },
  article: AnalyzedArticle | undefined,
  items: readonly T[],
): T | undefined {
  const at = article && relocate(loadBasilArticle(gold.article).text, article.text, gold);
  const overlap = (s: number, e: number) => (at ? Math.max(0, Math.min(e, at.end) - Math.max(s, at.start)) : 0);
  return items.filter((x) => overlap(x.start, x.end) > 0).sort((a, b) => overlap(b.start, b.end) - overlap(a.start, a.end))[0];
}

/** For each labelled quote, the predicted quote overlapping it most, and whether its speaker is the labelled one. */
export function scoreQuotes(labels: readonly LabelledQuote[], analyzed: ReadonlyMap<string, AnalyzedArticle>): QuoteResult[] {
  const speakersByEvent = new Map<string, string[]>();
  for (const q of labels) speakersByEvent.set(q.event, [...(speakersByEvent.get(q.event) ?? []), q.speaker]);
  return labels.map((gold) => {
    const article = analyzed.get(gold.article);
    const best = mostOverlapping(gold, article, (article?.quotes ?? []).filter((q) => q.direct));
    const right = speakerMatches(best?.speaker, gold, speakersByEvent.get(gold.event) ?? []);
    return { gold, right, ...(best?.speaker ? { predicted: best.speaker } : {}), ...(best ? { rule: best.rule } : {}) };
  });
}

export interface PronounResult {
  readonly gold: CheckedPronounQuote;
  readonly predicted?: string;
  readonly right: boolean;
}

/**
 * For each hand-checked he/she quote, the predicted quote (direct or indirect) overlapping it most, and whether its
 * speaker is the one the reader named. A quote checked as nobody's ("if he or she believes") is right when no quote is
 * found there or its speaker is left undetermined.
 */
export function scorePronounSpeakers(labels: readonly CheckedPronounQuote[], analyzed: ReadonlyMap<string, AnalyzedArticle>): PronounResult[] {
  const speakersByEvent = new Map<string, string[]>();
  for (const q of labels) if (q.speaker !== null) speakersByEvent.set(q.event, [...(speakersByEvent.get(q.event) ?? []), q.speaker]);
  return labels.map((gold) => {
    const article = analyzed.get(gold.article);
    const best = mostOverlapping(gold, article, article?.quotes ?? []);
    const named = best?.speakerRule === 'speaker/undetermined' ? undefined : best?.speaker;
    const right =
      gold.speaker === null
        ? named === undefined
        : speakerMatches(named, { ...gold, speaker: gold.speaker, speakerInSentence: false }, speakersByEvent.get(gold.event) ?? []);
    return { gold, right, ...(named ? { predicted: named } : {}) };
  });
}

export interface DateResult {
  readonly gold: LabelledDate;
  readonly predicted?: string;
  readonly rule?: string;
  readonly right: boolean;
}

/** For each labelled date, the time mention overlapping it most, and whether its value is the labelled one. */
export function scoreDates(labels: readonly LabelledDate[], analyzed: ReadonlyMap<string, AnalyzedArticle>): DateResult[] {
  return labels.map((gold) => {
    const article = analyzed.get(gold.article);
    const best = mostOverlapping(gold, article, article?.times ?? []);
    const right = best !== undefined && datePart(best.value) === gold.value;
    return { gold, right, ...(best ? { predicted: best.value, rule: best.rule } : {}) };
  });
}

export function tally<T extends { right: boolean }>(results: readonly T[], keep: (r: T) => boolean = () => true): Tally {
  const kept = results.filter(keep);
  return { total: kept.length, right: kept.filter((r) => r.right).length };
}

export const inSplit = (split: BasilSplit) => (r: { gold: { split: BasilSplit } }) => r.gold.split === split;
