/**
 * Quote attribution on PolNeAR (brat standoff: Source, Cue, Content spans joined by Attribution relations).
 * Usage: node --import tsx scripts/eval-quotes.ts [--split test|dev|train] [--verbose] [--basil-errors]
 *
 * Definitions (why each is chosen is in the comments):
 * - Gold unit: one Content annotation of an attribution; its brat fragments are merged when only whitespace or quote
 *   marks separate them (a quote running over paragraphs), otherwise each fragment is its own unit (the two halves
 *   of a split quote are annotated as two fragments/contents of one attribution). Each unit keeps the Source.
 * - Direct unit: after trimming whitespace, the unit starts with a double quotation mark (“ or ", or '' as the New
 *   York Times texts of PolNeAR write it) and ends with one (” or " or ''), ignoring punctuation after the closing
 *   mark. A single quote does not count (an apostrophe).
 * - Normalized span: both edges trimmed of whitespace, quotation marks and punctuation (, . ; : ! ? … — –).
 * - Strict content match: normalized spans identical. Lenient: character IoU of normalized spans ≥ 0.5.
 *   Predicted and gold units are matched one-to-one, greedily by IoU.
 * - Speaker correct: the predicted speakerRange overlaps a gold Source fragment, or the last word of the predicted
 *   (resolved) speaker name occurs among the words of the gold Source ("Ryabkov" vs "Mr. Ryabkov"). Measured on gold
 *   units found (lenient match) that have a Source; a prediction without a speaker is wrong.
 * - When an article was annotated by several annotators, the alphabetically first annotation file is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextRange } from '../src/model/span.ts';
import type { QuoteMention } from '../src/model/analyzed-article.ts';
import { findQuotes, findNaiveQuotes } from '../src/nlp/quotes/index.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { joinInlineQuotes } from '../src/nlp/quotes/join-inline-quotes.ts';
import { dataDir, printMetrics } from './lib/data.ts';
import { loadCheckedPronounQuotes, loadLabelledQuotes } from './lib/basil.ts';
import { analyzeArticles, inSplit, rate, scorePronounSpeakers, scoreQuotes, tally, type QuoteResult } from './lib/basil-eval.ts';
import { loadResources } from '../src/pipeline/resources.ts';

export interface GoldUnit extends TextRange {
  readonly direct: boolean;
  readonly source: readonly TextRange[];
}

export interface PolnearArticle {
  readonly id: string;
  readonly text: string;
  readonly units: readonly GoldUnit[];
}

/** Reads one split: every text file with its first annotation file. */
export function loadPolnear(split: string): PolnearArticle[] {
  const dir = dataDir('polnear', split);
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.txt$/, '');
      const ann = annFiles.find((a) => a.startsWith(id + '_'));
      if (ann === undefined) return [];
      const text = readFileSync(join(dir, 'text', file), 'utf8');
      return [{ id, text, units: parseBrat(text, readFileSync(join(dir, 'attributions', ann), 'utf8')) }];
    });
}

/** brat standoff → gold units. Pure. */
export function parseBrat(text: string, ann: string): GoldUnit[] {
  const spans = new Map<string, { type: string; fragments: TextRange[] }>();
  const relations: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined) continue;
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      if (m === null) continue;
      const fragments = (m[2] ?? '').split(';').map((f) => {
        const [a, b] = f.trim().split(' ').map(Number);
        return { start: a ?? 0, end: b ?? 0 };
      });
      spans.set(id, { type: m[1] ?? '', fragments });
    } else if (id.startsWith('E')) {
      // Content2, Content3... become extra contents: keep every role with its number.
      const all = new Map<string, string>();
      for (const part of body.trim().split(/\s+/)) {
        const [role, ref] = part.split(':');
        if (role !== undefined && ref !== undefined) all.set(role, ref);
      }
      relations.push(all);
    }
  }
  const units: GoldUnit[] = [];
  for (const rel of relations) {
    const sourceRef = rel.get('Source');
    const source = sourceRef === undefined ? [] : (spans.get(sourceRef)?.fragments ?? []);
    for (const [role, ref] of rel) {
      if (!role.startsWith('Content')) continue;
      const content = spans.get(ref);
      if (content === undefined) continue;
      for (const piece of mergeFragments(text, content.fragments)) {
        units.push({ ...piece, direct: isDirect(text.slice(piece.start, piece.end)), source });
      }
    }
  }
  return units;
}

function mergeFragments(text: string, fragments: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last !== undefined && /^(?:[\s“”"]|'')*$/.test(text.slice(last.end, f.start))) out[out.length - 1] = { start: last.start, end: f.end };
    else out.push({ start: f.start, end: f.end });
  }
  return out;
}

export function isDirect(s: string): boolean {
  const t = s.trim();
  return /^(?:[“"]|'')/.test(t) && /(?:[”"]|'')[.,;:!?…]*$/.test(t) && t.length > 2;
}

const EDGE = /[\s“”"‘’',.;:!?…—–-]/;

export function normalize(text: string, r: TextRange): TextRange {
  let a = r.start;
  let b = r.end;
  while (a < b && EDGE.test(text[a] ?? '')) a++;
  while (b > a && EDGE.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}

function iou(a: TextRange, b: TextRange): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

export interface Counts {
  gold: number;
  pred: number;
  strict: number;
  lenient: number;
  speakerTotal: number;
  speakerRight: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, pred: 0, strict: 0, lenient: 0, speakerTotal: 0, speakerRight: 0 });

/** Scores one article's predictions against its gold units; returns matched pairs for error analysis. */
export function score(
  text: string,
  gold: readonly GoldUnit[],
  preds: readonly QuoteMention[],
  into: Counts,
): { gold: GoldUnit; pred: QuoteMention; speakerOk: boolean }[] {
  const g = gold.map((u) => ({ u, n: normalize(text, u) }));
  const p = preds.map((q) => ({ q, n: normalize(text, q) }));
  into.gold += g.length;
  into.pred += p.length;
  const strictUsedG = new Set<number>();
  const strictUsedP = new Set<number>();
  g.forEach((gu, i) => {
    const j = p.findIndex((pq, k) => !strictUsedP.has(k) && pq.n.start === gu.n.start && pq.n.end === gu.n.end);
    if (j >= 0) {
      strictUsedG.add(i);
      strictUsedP.add(j);
    }
  });
  into.strict += strictUsedG.size;
  const pairs: { i: number; j: number; v: number }[] = [];
  g.forEach((gu, i) => p.forEach((pq, j) => {
    const v = iou(gu.n, pq.n);
    if (v >= 0.5) pairs.push({ i, j, v });
  }));
  pairs.sort((a, b) => b.v - a.v);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: { gold: GoldUnit; pred: QuoteMention; speakerOk: boolean }[] = [];
  for (const { i, j } of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const gu = g[i]?.u;
    const pq = p[j]?.q;
    if (gu === undefined || pq === undefined) continue;
    const ok = speakerMatches(text, gu.source, pq);
    if (gu.source.length > 0) {
      into.speakerTotal++;
      if (ok) into.speakerRight++;
    }
    matched.push({ gold: gu, pred: pq, speakerOk: ok });
  }
  into.lenient += usedG.size;
  return matched;
}

export function speakerMatches(text: string, source: readonly TextRange[], q: QuoteMention): boolean {
  if (q.speaker === undefined) return false;
  const r = q.speakerRange;
  if (r !== undefined && source.some((s) => s.start < r.end && r.start < s.end)) return true;
  const head = q.speaker.toLowerCase().split(/\s+/).pop() ?? '';
  const words = source.flatMap((s) => text.slice(s.start, s.end).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  return head.length > 0 && words.includes(head);
}

export function paragraphsOf(text: string): TextRange[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })).filter((p) => /\S/.test(text.slice(p.start, p.end)));
}

export function inputOf(text: string): { text: string; paragraphs: TextRange[]; sentences: TextRange[] } {
  const paragraphs = paragraphsOf(text);
  // The sentences the pipeline gives the quote finder (extract-quotes: a quotation opened inside the writer's
  // sentence is read with it).
  return { text, paragraphs, sentences: joinInlineQuotes(text, paragraphs, paragraphs.flatMap((p) => splitSentences(text.slice(p.start, p.end), p.start))) };
}

const prf = (c: Counts, matched: number) => {
  const precision = c.pred === 0 ? 0 : matched / c.pred;
  const recall = c.gold === 0 ? 0 : matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? (args[splitAt + 1] ?? 'test') : 'test';
  const verbose = args.includes('--verbose');
  const articles = loadPolnear(split);
  const direct = emptyCounts();
  const all = emptyCounts();
  const peerDirect = emptyCounts();
  for (const a of articles) {
    const preds = findQuotes(inputOf(a.text));
    const matched = score(a.text, a.units.filter((u) => u.direct), preds.filter((q) => q.direct), direct);
    score(a.text, a.units, preds, all);
    score(a.text, a.units.filter((u) => u.direct), findNaiveQuotes(a.text), peerDirect);
    if (verbose) report(a, preds, matched);
  }
  const d = { strict: prf(direct, direct.strict), lenient: prf(direct, direct.lenient) };
  const al = { strict: prf(all, all.strict), lenient: prf(all, all.lenient) };
  const pd = { strict: prf(peerDirect, peerDirect.strict), lenient: prf(peerDirect, peerDirect.lenient) };
  const acc = (c: Counts) => (c.speakerTotal === 0 ? 0 : c.speakerRight / c.speakerTotal);
  const line = (name: string, c: Counts, m: typeof d) =>
    `${name.padEnd(22)} gold ${String(c.gold).padStart(5)} pred ${String(c.pred).padStart(5)} | strict P ${r3(m.strict.precision)} R ${r3(m.strict.recall)} F1 ${r3(m.strict.f1)} | lenient P ${r3(m.lenient.precision)} R ${r3(m.lenient.recall)} F1 ${r3(m.lenient.f1)} | speaker ${r3(acc(c))} (${c.speakerRight}/${c.speakerTotal})`;
  console.log(`PolNeAR ${split}: ${articles.length} articles`);
  console.log(line('direct quotes', direct, d));
  console.log(line('all attributions', all, al));
  console.log(line('peer (naive) direct', peerDirect, pd));
  const basil = basilSpeakers(args.includes('--basil-errors'));
  printMetrics({
    split,
    articles: articles.length,
    directSpeakerAccuracy: r3(acc(direct)),
    directContentF1: r3(d.strict.f1),
    directContentPrecision: r3(d.strict.precision),
    directContentRecall: r3(d.strict.recall),
    directContentF1Lenient: r3(d.lenient.f1),
    directContentPrecisionLenient: r3(d.lenient.precision),
    directContentRecallLenient: r3(d.lenient.recall),
    allF1: r3(al.strict.f1),
    allPrecision: r3(al.strict.precision),
    allRecall: r3(al.strict.recall),
    allF1Lenient: r3(al.lenient.f1),
    allSourceAccuracy: r3(acc(all)),
    peerDirectSpeakerAccuracy: r3(acc(peerDirect)),
    peerDirectContentF1: r3(pd.strict.f1),
    peerDirectContentPrecision: r3(pd.strict.precision),
    peerDirectContentRecall: r3(pd.strict.recall),
    peerDirectContentF1Lenient: r3(pd.lenient.f1),
    ...basil,
  });
}

/**
 * Speaker accuracy on the hand-labelled BASIL quotes (test/fixtures/basil-quotes.json), through the same analysis
 * `crosscheck analyze` runs (NER names included). A labelled quote no predicted quote overlaps counts as wrong.
 */
function basilSpeakers(showErrors: boolean): Record<string, number> {
  const labels = loadLabelledQuotes();
  const results = scoreQuotes(labels, analyzeArticles(labels.map((q) => q.article), loadResources().resources));
  const notIn = (r: QuoteResult) => !r.gold.speakerInSentence;
  const both = (a: (r: QuoteResult) => boolean, b: (r: QuoteResult) => boolean) => (r: QuoteResult) => a(r) && b(r);
  const show = (name: string, keep: (r: QuoteResult) => boolean) => {
    const t = tally(results, keep);
    console.log(`${name.padEnd(36)} ${r3(rate(t))} (${t.right}/${t.total})`);
    return r3(rate(t));
  };
  console.log('BASIL labelled quotes (speaker accuracy)');
  const metrics = {
    basilSpeakerAccuracy: show('all', () => true),
    basilSpeakerAccuracyNotInSentence: show('speaker not named in the sentence', notIn),
    basilSpeakerAccuracyDev: show('dev events', inSplit('dev')),
    basilSpeakerAccuracyNotInSentenceDev: show('dev, not in sentence', both(inSplit('dev'), notIn)),
    basilSpeakerAccuracyHeldout: show('held-out events', inSplit('heldout')),
    basilSpeakerAccuracyNotInSentenceHeldout: show('held-out, not in sentence', both(inSplit('heldout'), notIn)),
    basilQuotes: results.length,
  };
  if (showErrors) {
    for (const r of results.filter((x) => !x.right)) {
      console.log(`  ${r.gold.split} ${r.gold.article} @${r.gold.start} “${r.gold.snippet}” gold=${r.gold.speaker} pred=${r.predicted ?? '-'} [${r.rule ?? 'no quote'}]`);
    }
  }
  return { ...metrics, ...basilPronouns(showErrors) };
}

/**
 * Who "he"/"she" stands for in he/she-attributed quotes of basil-dev, each checked by reading the article
 * (test/fixtures/basil-pronoun-speakers.json): every one crosscheck found in the dev events, the 50 of them drawn at
 * random for the first count, and 50 drawn at random in the held-out events.
 */
function basilPronouns(showErrors: boolean): Record<string, number> {
  const labels = loadCheckedPronounQuotes();
  const results = scorePronounSpeakers(labels, analyzeArticles(labels.map((q) => q.article), loadResources().resources));
  console.log('BASIL he/she speakers, hand-checked');
  const show = (name: string, keep: (r: (typeof results)[number]) => boolean) => {
    const t = tally(results, keep);
    console.log(`${name.padEnd(36)} ${r3(rate(t))} (${t.right}/${t.total})`);
    return r3(rate(t));
  };
  const dev = show('dev events, all found', inSplit('dev'));
  const sample = show('dev events, random 50', (r) => r.gold.split === 'dev' && r.gold.sample);
  const heldout = show('held-out events, random 50', inSplit('heldout'));
  if (showErrors) {
    for (const r of results.filter((x) => !x.right)) {
      console.log(`  ${r.gold.split} ${r.gold.article} @${r.gold.start} “${r.gold.snippet}” ${r.gold.pronoun} gold=${r.gold.speaker ?? 'nobody'} pred=${r.predicted ?? '-'}`);
    }
  }
  return { basilPronounSpeakerAccuracyDev: dev, basilPronounSpeakerSampleDev: sample, basilPronounSpeakerSampleHeldout: heldout };
}

function report(a: PolnearArticle, preds: readonly QuoteMention[], matched: readonly { gold: GoldUnit; pred: QuoteMention; speakerOk: boolean }[]): void {
  const show = (r: TextRange) => a.text.slice(r.start, r.end).replace(/\n/g, '⏎').slice(0, 110);
  const found = new Set(matched.map((m) => m.gold));
  const used = new Set(matched.map((m) => m.pred));
  for (const u of a.units.filter((x) => x.direct && !found.has(x))) console.log(`MISS ${a.id}: ${show(u)} <= ${u.source.map(show).join(' ')}`);
  for (const q of preds.filter((x) => x.direct && !used.has(x))) console.log(`FP   ${a.id}: ${show(q)} [${q.rule}]`);
  for (const m of matched.filter((x) => !x.speakerOk && x.gold.source.length > 0)) {
    console.log(`SPK  ${a.id}: ${show(m.gold)} gold=${m.gold.source.map(show).join(' ')} pred=${m.pred.speaker}|${m.pred.speakerRange ? show(m.pred.speakerRange) : ''} [${m.pred.rule}]`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
