// The whole pipeline and the loader on arbitrary small batches: nothing throws, no stage needs its crash guard, no
// article is lost without an error naming it, every span in the output resolves, stories partition the articles and
// summaries keep their byte budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseInput } from '../../src/io/load-inputs.ts';
import type { AnalyzedArticle } from '../../src/model/analyzed-article.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import type { TextRange } from '../../src/model/span.ts';
import { loadNerModel, type NerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/pipeline.ts';
import { anyJson, anyString, htmlish, htmlPage, newsText, recordish, runs } from './arbitraries.ts';
import { withoutMarkupTags } from '../../src/extract/text/split-text-blocks.ts';

// Loaded once for the file. The pipeline runs without NER when no model is given, so a broken model file does not
// hide the other properties (the NER property test reports the model itself).
let ner: NerModel | undefined;
try {
  ner = loadNerModel();
} catch {
  ner = undefined;
}

const GOOD_TEXT = 'Talks end in Geneva\n\nGENEVA — Sergei Ryabkov met Wendy Sherman for more than seven hours on Monday. “We will not back down,” Ryabkov said.\n\nThe talks, the first since 2021, covered 100,000 troops near the border, officials said.';

const rawArticle: fc.Arbitrary<Omit<RawArticle, 'id' | 'source'>> = fc.oneof(
  fc.record({ format: fc.constant('text' as const), text: fc.oneof(newsText(80), anyString, fc.constant(GOOD_TEXT)) }),
  fc.record({ format: fc.constant('html' as const), html: fc.oneof(htmlPage, htmlish, fc.constant(`<html><body><article>${GOOD_TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`)) }),
  fc.record({ format: fc.constant('html' as const), html: fc.uint8Array({ maxLength: 200 }) }),
);

const extras = fc.record(
  {
    title: fc.oneof(newsText(6), anyString),
    published: fc.constantFrom('2022-01-10', '2022-02-30', '10 January 2022', 'garbage', '0000-00-00', '2022-01-10T08:00:00+99:00'),
    outlet: fc.constantFrom('Reuters', 'AP', '', ' ', '😀'),
    url: fc.constantFrom('https://example.com/2022/01/10/talks', 'not a url', 'javascript:alert(1)'),
  },
  { requiredKeys: [] },
);

const batch: fc.Arbitrary<RawArticle[]> = fc
  .array(fc.tuple(rawArticle, extras, fc.constantFrom('a', 'b b', 'x;$(y)`z`', '-dash', 'ü', '')), { maxLength: 5 })
  .map((items) => items.map(([raw, extra, name], i) => ({ ...raw, ...extra, id: `${name}${i}`, source: `${name}${i}.${raw.format === 'html' ? 'html' : 'txt'}` }) as RawArticle));

function inRange(r: TextRange, len: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= len;
}

function checkArticle(a: AnalyzedArticle): void {
  const L = a.text.length;
  for (const p of a.paragraphs) assert.ok(inRange(p, L) && p.start < p.end, `${a.id}: paragraph ${JSON.stringify(p)}`);
  for (const s of a.sentences) {
    assert.ok(inRange(s, L) && s.start < s.end, `${a.id}: sentence ${JSON.stringify(s)}`);
    assert.ok(a.paragraphs[s.paragraph] !== undefined, `${a.id}: sentence names missing paragraph ${s.paragraph}`);
  }
  for (const e of a.entities) assert.ok(inRange(e, L) && e.start < e.end, `${a.id}: entity ${JSON.stringify(e)}`);
  for (const list of [a.quotes, a.times, a.quantities] as const) {
    for (const m of list) {
      assert.ok(inRange(m, L) && m.start < m.end, `${a.id}: mention ${JSON.stringify(m)}`);
      assert.equal(a.text.slice(m.start, m.end), m.text, `${a.id}: mention text is not its slice`);
    }
  }
  for (const q of a.quantities) assert.ok(Number.isFinite(q.value), `${a.id}: quantity ${JSON.stringify(q)}`);
}

function checkResult(raws: readonly RawArticle[], result: PipelineResult, summaryBytes: number): void {
  const crashes = result.diagnostics.filter((d) => d.rule.endsWith('/internal-error'));
  assert.deepEqual(crashes, [], 'a stage threw and was caught by the pipeline guard');
  const kept = new Set(result.articles.map((a) => a.id));
  for (const raw of raws) {
    const named = result.diagnostics.some((d) => d.item === raw.source && d.severity === 'error');
    assert.ok(kept.has(raw.id) || named, `${raw.source} vanished without an error naming it`);
  }
  for (const a of result.articles) {
    checkArticle(a);
    const raw = raws.find((r) => r.id === a.id);
    if (raw?.format === 'text' && raw.text !== undefined) {
      // Whitespace aside, TeX-style quotation marks (``like this'') read as “ ” and element tags left out, as the text
      // extractor reads them.
      const plain = (t: string): string => withoutMarkupTags(t).replace(/``/g, '“').replace(/''/g, '”').replace(/\s+/g, '');
      const source = plain(raw.text);
      for (const p of a.paragraphs) assert.ok(source.includes(plain(a.text.slice(p.start, p.end))), `${a.id}: paragraph not from the input`);
    }
  }
  const usable = result.articles.filter((a) => a.text.trim() !== '').map((a) => a.id).sort();
  const inStories = result.brief.stories.flatMap((s) => s.articleIds);
  assert.deepEqual([...inStories].sort(), usable, 'stories do not partition the usable articles');
  const texts = new Map(result.brief.articles.map((a) => [a.id, a.text]));
  for (const story of result.brief.stories) {
    const joined = story.summary.map((s) => s.text).join(' ');
    assert.ok(Buffer.byteLength(joined) <= summaryBytes, `summary of ${story.id} is ${Buffer.byteLength(joined)} bytes > ${summaryBytes}`);
    const cited = [story.summary, story.entities, story.quotes, story.timeline, story.claims, story.agreed, story.exclusives, ...story.discrepancies.map((d) => d.values)];
    for (const list of cited) {
      for (const item of list) {
        for (const span of item.spans) {
          const text = texts.get(span.articleId);
          assert.ok(text !== undefined, `span cites unknown article ${span.articleId}`);
          assert.ok(inRange(span, text.length) && span.start < span.end, `span ${JSON.stringify(span)} outside ${span.articleId}`);
        }
      }
    }
  }
}

test('runPipeline: arbitrary small batches of text and HTML articles', () => {
  fc.assert(
    fc.property(batch, fc.integer({ min: 1, max: 700 }), fc.option(fc.constantFrom('2022-01-10', '1999-12-31'), { nil: undefined }), (raws, summaryBytes, published) => {
      const options = withDefaults({ summaryBytes, ...(published ? { published } : {}) });
      checkResult(raws, runPipeline(raws, options, ner ? { ner } : {}), summaryBytes);
    }),
    runs(60),
  );
});

test('parseInput then runPipeline: arbitrary bytes, JSON values and records under every file type', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const content = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    anyJson.map((v) => enc(JSON.stringify(v) ?? '')),
    fc.array(recordish, { maxLength: 4 }).map((rs) => enc(JSON.stringify(rs))),
    fc.array(fc.oneof(recordish, anyJson, fc.constant('{"broken":')), { maxLength: 4 }).map((rs) => enc(rs.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'))),
    newsText(60).map(enc),
    htmlPage.map(enc),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(content, fc.constantFrom('.txt', '.html', '.json', '.jsonl', '.md', '.htm')), { minLength: 1, maxLength: 4 }), (files) => {
      const raws: RawArticle[] = [];
      files.forEach(([bytes, ext], i) => {
        const file = `in${i}${ext}`;
        const parsed = parseInput(file, bytes);
        for (const d of parsed.diagnostics) assert.ok(d.item.startsWith(file), `diagnostic for ${file} names ${d.item}`);
        // Ids must be unique across a batch (loadInputs renames repeats); here each file's ids get the file prefix.
        raws.push(...parsed.articles.map((a, j) => ({ ...a, id: `${i}-${j}-${a.id}` })));
      });
      checkResult(raws, runPipeline(raws, withDefaults({ summaryBytes: 300 }), ner ? { ner } : {}), 300);
    }),
    runs(60),
  );
});
