import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  alignSentences,
  byteLength,
  documentFromText,
  documentFromArticle,
  leadSummary,
  prepareSentences,
  summarize,
  trimDateline,
  wordCount,
  type SummaryDocument,
  type SummaryResult,
} from '../../src/summary/index.ts';

interface FixtureRecord {
  readonly id: string;
  readonly published: string;
  readonly text: string;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/story.json', import.meta.url), 'utf8')) as FixtureRecord[];
const texts = new Map(fixture.map((r) => [r.id, r.text]));
const docs: SummaryDocument[] = fixture.map((r) => documentFromText(r.id, r.text, r.published));

function summaryBytes(r: SummaryResult): number {
  return byteLength(r.sentences.map((s) => s.text).join(' '));
}
function summaryWords(r: SummaryResult): number {
  return r.sentences.reduce((n, s) => n + wordCount(s.text), 0);
}
function sentenceText(docId: string, index: number): string {
  const doc = docs.find((d) => d.id === docId);
  return doc?.sentences[index]?.text ?? '';
}

test('byte budget is respected, and a larger budget gives a longer summary', () => {
  for (const bytes of [0, 80, 200, 400, 665]) {
    const r = summarize(docs, { bytes });
    assert.ok(summaryBytes(r) <= bytes, `${summaryBytes(r)} > ${bytes}`);
  }
  assert.ok(summarize(docs, { bytes: 400 }).sentences.length > summarize(docs, { bytes: 200 }).sentences.length);
});

test('word budget is respected', () => {
  for (const words of [0, 10, 30, 60]) {
    const r = summarize(docs, { words });
    assert.ok(summaryWords(r) <= words, `${summaryWords(r)} > ${words}`);
  }
  assert.ok(summarize(docs, { words: 60 }).sentences.length >= 2);
});

test('the most widely reported facts are chosen; junk (questions) and one-source asides are not', () => {
  const r = summarize(docs, { bytes: 400 });
  const shown = r.sentences.map((s) => s.text).join('\n');
  assert.match(shown, /ceasefire/);
  assert.doesNotMatch(shown, /Will it hold\?/);
  assert.doesNotMatch(shown, /football|bakery/);
});

test('picked text is the cited span of the document, with the dateline trimmed', () => {
  const r = summarize(docs, { bytes: 665 });
  assert.ok(r.sentences.length > 0);
  for (const s of r.sentences) {
    assert.equal((texts.get(s.docId) ?? '').slice(s.start, s.end), s.text);
    assert.doesNotMatch(s.text, /^GENEVA \(AP\)/);
    assert.equal(s.rule, 'summary/concept-coverage');
  }
});

test('support lists the paraphrase in another document and not the unrelated sentences', () => {
  const r = summarize(docs, { bytes: 665 });
  const ceasefire = r.sentences.find((s) => /ceasefire/.test(s.text));
  assert.ok(ceasefire, 'ceasefire sentence picked');
  const supportTexts = ceasefire.support.map((x) => sentenceText(x.docId, x.sentenceIndex));
  assert.ok(supportTexts.some((t) => /reached a ceasefire deal/.test(t)), supportTexts.join(' | '));
  assert.ok(supportTexts.every((t) => !/football|bakery/.test(t)));
  assert.ok(ceasefire.support.every((x) => x.docId !== ceasefire.docId && x.similarity > 0 && x.similarity <= 1));
});

test('readable order: by publication date, then position', () => {
  const r = summarize(docs, { bytes: 665 });
  const dates = r.sentences.map((s) => fixture.find((f) => f.id === s.docId)?.published ?? '');
  assert.deepEqual(dates, [...dates].sort());
});

test('deterministic: same input, same output', () => {
  assert.deepEqual(summarize(docs, { bytes: 400 }), summarize(docs, { bytes: 400 }));
});

test('empty input → empty summary; bad budget or docs → TypeError', () => {
  assert.deepEqual(summarize([], { bytes: 665 }).sentences, []);
  assert.deepEqual(summarize([{ id: 'x', sentences: [] }], { words: 100 }).sentences, []);
  assert.throws(() => summarize(docs, {}), TypeError);
  assert.throws(() => summarize(docs, { bytes: -1 }), TypeError);
  assert.throws(() => summarize('docs' as unknown as SummaryDocument[], { bytes: 1 }), TypeError);
});

test('alignSentences groups the paraphrases across documents and leaves unrelated sentences out', () => {
  const groups = alignSentences(docs);
  const toll = groups.find((g) => g.members.some((m) => /1,200/.test(m.text)));
  assert.ok(toll, 'death-toll group');
  assert.ok(toll.members.length >= 3);
  assert.equal(new Set(toll.members.map((m) => m.docId)).size, toll.members.length);
  for (const g of groups) {
    assert.equal(g.rule, 'align/same-fact');
    assert.ok(g.members.every((m) => !/football|bakery/.test(m.text)));
    assert.ok(g.similarity > 0 && g.similarity <= 1);
  }
});

test('trimDateline cuts wire datelines and keeps offsets', () => {
  const t = trimDateline('BRUSSELS, Belgium (AP) _ The European Union on Friday acted.', 10);
  assert.equal(t.text, 'The European Union on Friday acted.');
  assert.equal(t.start, 10 + 'BRUSSELS, Belgium (AP) _ '.length);
  assert.equal(t.rule, 'summary/dateline');
  assert.equal(trimDateline('U.S. officials said the talks failed.', 0).rule, undefined);
  // A blog's revision label (NYT The Caucus, basil-dev) is cut like a dateline; "Update" as a word in a sentence is not.
  assert.equal(trimDateline('Updated: Rick Santorum on Sunday tried to clarify his comment.', 0).text, 'Rick Santorum on Sunday tried to clarify his comment.');
  assert.equal(trimDateline('UPDATE 2: Police said the suspect was arrested.', 0).text, 'Police said the suspect was arrested.');
  assert.equal(trimDateline('Update your browser: the page said so.', 0).rule, undefined);
});

test('Lead baseline takes the latest document from its start, within budget', () => {
  const r = leadSummary(docs, { bytes: 300 });
  assert.ok(r.sentences.length > 0);
  assert.ok(r.sentences.every((s) => s.docId === 'b'));
  assert.ok(summaryBytes(r) <= 300);
});

const wordArb = fc.constantFrom('ceasefire', 'talks', 'Geneva', 'the', 'killed', '1,200', 'UN', 'river', 'said', 'a', '?', '"', 'Ünïcode', '—');
const sentenceArb = fc.array(wordArb, { minLength: 0, maxLength: 25 }).map((ws) => ws.join(' ') + '.');
const docArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  published: fc.option(fc.constantFrom('2024-01-01', '2024-01-02', '2023-12-31'), { nil: undefined }),
  text: fc.array(sentenceArb, { maxLength: 8 }).map((ss) => ss.join(' ')),
});

test('property: never throws and always stays within budget', () => {
  fc.assert(
    fc.property(
      fc.array(docArb, { maxLength: 6 }),
      fc.nat({ max: 700 }),
      fc.option(fc.nat({ max: 120 }), { nil: undefined }),
      (records, bytes, words) => {
        const input = records.map((r) => documentFromText(r.id, r.text, r.published));
        const budget = words === undefined ? { bytes } : { bytes, words };
        const r = summarize(input, budget);
        assert.ok(summaryBytes(r) <= bytes);
        if (words !== undefined) assert.ok(summaryWords(r) <= words);
      },
    ),
    { numRuns: 100, seed: 42 },
  );
});

test('junk rules: short, question, dangling opener, quote; long plain report is kept', () => {
  const doc = documentFromText(
    'j',
    'He said the talks would resume in Geneva next week after the ceasefire took hold. ' +
      'Too short here. ' +
      'Will the truce between the two neighbours hold through the long winter months? ' +
      '"We will never accept this deal and we will fight on," the rebel commander told reporters. ' +
      'Negotiators from both countries signed the ceasefire agreement in Geneva on Saturday evening.',
  );
  const junk = prepareSentences([doc]).map((s) => s.junk ?? 'ok');
  assert.deepEqual(junk, ['summary/junk-dangling', 'summary/junk-short', 'summary/junk-question', 'summary/junk-quote', 'ok']);
});

test('junk rules: a "his" with no name in its sentence dangles ("Police searched his car", Fox, basil-dev); a named subject does not', () => {
  const doc = documentFromText(
    'p',
    'Police searched his car, going through the trunk and looking under the seats. ' +
      'Attorney General Eric Holder said he understands why many residents distrust the police. ' +
      'Lenahan says he sees a bigger issue at work here in the small town.',
  );
  assert.deepEqual(prepareSentences([doc]).map((s) => s.junk ?? 'ok'), ['summary/junk-dangling', 'ok', 'ok']);
});

test('junk rules: a lead-in ending with a colon is no summary sentence (PolNeAR dev, Breitbart/AP 2016-10-03)', () => {
  const doc = documentFromText(
    'latest',
    'The Latest on the presidential race between Republican Donald Trump and Democrat Hillary Clinton (all times EDT):\n\n' +
      'Connecticut’s tax commissioner says an internal review shows no one from the state Department of Revenue Services released part of the filings.',
  );
  assert.deepEqual(prepareSentences([doc]).map((s) => s.junk ?? 'ok'), ['summary/junk-lead-in', 'ok']);
});

test('documentFromArticle keeps body sentences with their offsets, drops captions', () => {
  const text = 'Caption of a photo here.\n\nThe ceasefire took effect at midnight along the whole border.';
  const doc = documentFromArticle({
    id: 'x',
    text,
    published: '2024-03-02',
    sentences: [
      { start: 0, end: 24, paragraph: 0, kind: 'caption' },
      { start: 26, end: text.length, paragraph: 1, kind: 'body' },
    ],
  });
  assert.deepEqual(doc, {
    id: 'x',
    published: '2024-03-02',
    sentences: [{ text: 'The ceasefire took effect at midnight along the whole border.', start: 26, end: text.length }],
  });
});

test('malformed documents and sentences are skipped with diagnostics; good sentences keep their indices', () => {
  const good = documentFromText('ok', 'Negotiators from both countries signed the ceasefire agreement in Geneva on Saturday evening.');
  const input = [
    null,
    { id: 7 },
    { id: 'z', sentences: [null, { text: 5, start: 'a', end: {} }, { text: good.sentences[0]?.text ?? '', start: 0, end: 10 }] },
    good,
  ];
  const result = summarize(input as unknown as SummaryDocument[], { bytes: 300 });
  const rules = result.diagnostics.map((d) => d.rule);
  assert.ok(rules.includes('summary/bad-document'));
  assert.ok(rules.includes('summary/bad-sentence'));
  for (const s of result.sentences) {
    if (s.docId === 'z') assert.equal(s.sentenceIndex, 2);
  }
  assert.ok(result.sentences.length >= 1);
  assert.doesNotThrow(() => alignSentences(input as unknown as SummaryDocument[]));
});
