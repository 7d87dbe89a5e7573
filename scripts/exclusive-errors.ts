/**
 * First, on the labelled basil-dev same-fact pairs (test/fixtures/same-fact-pairs.json) as the brief shows them: how
 * many same-fact pairs have an end listed as an exclusive (each is a false exclusive), how many are cited by one claim,
 * and how many pairs that are not the same fact one claim joins; by split. Then exclusives to read for false ones: for each exclusive of a brief JSON (`crosscheck analyze DIR --out FILE` over
 * basil-dev), the sentence or clause of another source in its story that the statement aligner finds closest, when
 * it is close enough to be worth reading. Events split dev / held-out as the basil-dev fixtures do (tune on dev).
 *   node --import tsx scripts/exclusive-errors.ts /tmp/b.json [dev|heldout|all] [minProbability]
 */
import { readFileSync } from 'node:fs';
import { defaultAligner, opposition, sameFactProbability, viewOf, type StatementView } from '../src/align/index.ts';
import { splitClauses } from '../src/summary/index.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { basilArticlesDir, basilSplits, readBasilArticles } from './lib/basil-articles.ts';
import { readSameFactPairs, type PairEnd } from './same-fact-pairs.ts';

interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

interface BriefJson {
  readonly articles: readonly { id: string; text: string; outlet: string }[];
  readonly stories: readonly {
    id: string;
    articleIds: string[];
    exclusives: { text: string; source: string; level: string; spans: Span[] }[];
    claims: { spans: Span[] }[];
  }[];
}

const [file, which = 'dev', minArg = '0.3'] = process.argv.slice(2);
if (!file) throw new Error('usage: exclusive-errors.ts BRIEF.json [dev|heldout|all] [minProbability]');
const minP = Number(minArg);
const brief = JSON.parse(readFileSync(file, 'utf8')) as BriefJson;
const dir = basilArticlesDir();
if (!dir) throw new Error('basil-dev not found');
const basil = readBasilArticles(dir);
const splits = basilSplits(basil);
const uuidEvent = new Map<string, string>();
for (const f of basil) {
  const raw = JSON.parse(readFileSync(`${dir}/${f.id}.json`, 'utf8')) as { uuid?: string };
  if (raw.uuid) uuidEvent.set(raw.uuid, f.event);
}
const uuidOf = new Map<string, string>();
for (const f of basil) {
  const raw = JSON.parse(readFileSync(`${dir}/${f.id}.json`, 'utf8')) as { uuid?: string };
  if (raw.uuid) uuidOf.set(f.id, raw.uuid);
}
const text = new Map(brief.articles.map((a) => [a.id, a.text]));
// A span stands for a pair's sentence when it covers at least half of it (a short exclusive clause beside the clause a
// claim cites is another fact of the sentence; a neighbouring sentence touching an offset is not the sentence either).
const overlaps = (x: Span, e: PairEnd): boolean =>
  x.articleId === uuidOf.get(e.article) && Math.min(x.end, e.end) - Math.max(x.start, e.start) >= 0.5 * (e.end - e.start);
const exclusiveSpans = brief.stories.flatMap((st) => st.exclusives.flatMap((e) => e.spans));
const claimSpans = brief.stories.flatMap((st) => st.claims.map((c) => c.spans));
for (const split of ['dev', 'heldout'] as const) {
  const pairs = readSameFactPairs().filter((p) => p.split === split);
  const same = pairs.filter((p) => p.sameFact);
  const falseExclusive = same.filter((p) => exclusiveSpans.some((x) => overlaps(x, p.a) || overlaps(x, p.b))).length;
  // Cited as eval:paraphrase counts it: one claim has a span inside each sentence.
  const inside = (x: Span, e: PairEnd): boolean => x.articleId === uuidOf.get(e.article) && x.start < e.end && e.start < x.end;
  const joined = (p: (typeof pairs)[number]): boolean => claimSpans.some((c) => c.some((x) => inside(x, p.a)) && c.some((x) => inside(x, p.b)));
  const cited = same.filter(joined).length;
  const wrong = pairs.filter((p) => !p.sameFact && joined(p)).length;
  if (process.env.LIST_PAIRS) {
    const basilText = new Map(basil.map((f) => [f.id, f.text]));
    for (const p of same.filter((q) => exclusiveSpans.some((x) => overlaps(x, q.a) || overlaps(x, q.b)))) {
      const t = (e: PairEnd): string => (basilText.get(e.article) ?? '').slice(e.start, e.end);
      const shown = exclusiveSpans.filter((x) => overlaps(x, p.a) || overlaps(x, p.b));
      const excl = shown.map((x) => (text.get(x.articleId) ?? '').slice(x.start, x.end));
      console.log(`  false exclusive (${split}):\n    ${t(p.a)}\n    ${t(p.b)}\n    shown as exclusive: ${excl.join(' | ')}`);
    }
  }
  console.log(
    `labelled pairs, ${split}: ${same.length} same fact, ${falseExclusive} with an end listed as exclusive, ${cited} cited by one claim; ` +
      `${wrong} of ${pairs.length - same.length} other pairs joined by a claim`,
  );
}
const aligner = defaultAligner();
const views = new Map<string, StatementView>();
const view = (t: string): StatementView => {
  let v = views.get(t);
  if (!v) views.set(t, (v = viewOf(aligner, t)));
  return v;
};
const statements = (id: string): string[] => {
  const t = text.get(id) ?? '';
  const out: string[] = [];
  for (const r of splitSentences(t)) {
    const s = t.slice(r.start, r.end);
    out.push(s);
    const cs = splitClauses(s);
    if (cs.length > 1) for (const c of cs) out.push(c.text);
  }
  return out;
};
let shown = 0;
let total = 0;
for (const story of brief.stories) {
  const events = new Set(story.articleIds.map((id) => splits.get(uuidEvent.get(id) ?? '')));
  if (which !== 'all' && !events.has(which as 'dev' | 'heldout')) continue;
  const others = new Map(story.articleIds.map((id) => [id, statements(id)]));
  for (const e of story.exclusives) {
    total++;
    let best = { p: 0, t: '', id: '', opp: '' as string | undefined };
    for (const [id, ss] of others) {
      if (id === e.source) continue;
      for (const s of ss) {
        const p = sameFactProbability(aligner, view(e.text), view(s));
        if (p > best.p) best = { p, t: s, id, opp: opposition(view(e.text), view(s)) };
      }
    }
    if (best.p < minP) continue;
    shown++;
    console.log(`${story.id} p=${best.p.toFixed(3)}${best.opp ? ` [${best.opp}]` : ''} ${e.level}\n  X ${e.source.slice(0, 8)}: ${e.text}\n  ~ ${best.id.slice(0, 8)}: ${best.t}\n`);
  }
}
console.log(`${shown} of ${total} exclusives have a statement of another source at p >= ${minP}`);
