import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitPossessives } from '../../src/nlp/ner/split-possessives.ts';
import { wordForm } from '../../src/nlp/ner/word-form.ts';
import { buildGazetteer, matchGazetteerKeys as matchGazetteer, tokenMask } from '../../src/nlp/ner/gazetteer.ts';
import { encodeModel, decodeModel } from '../../src/nlp/ner/model-format.ts';
import { emptyLexicons } from '../../src/nlp/ner/lexicons.ts';
import { buildWordLexicon } from '../../src/nlp/ner/word-lexicon.ts';
import { LABEL_COUNT } from '../../src/nlp/ner/labels.ts';
import { rowOf } from '../../src/nlp/ner/weight-table.ts';
import { induceClusters } from '../../src/nlp/ner/clusters.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { EXTERNAL_CATEGORIES, externalGazetteer, nameKeys } from '../../src/nlp/ner/external-gazetteer.ts';
import { embeddingClusters } from '../../src/nlp/ner/embedding-clusters.ts';

test('possessives split into CoNLL tokens with original offsets', () => {
  const text = 'Russia’s and NATO\'s plans; it is not ’s';
  const toks = splitPossessives(tokenize(text));
  const shown = toks.map((t) => [t.text, text.slice(t.start, t.end)]);
  for (const [a, b] of shown) assert.equal(a, b);
  assert.deepEqual(toks.slice(0, 5).map((t) => t.text), ['Russia', '’s', 'and', 'NATO', "'s"]);
});

test('possessives: the tail check before the pattern splits exactly what the pattern alone splits', () => {
  // The definition: every token through the pattern, no pre-check.
  const byPattern = (tokens: readonly { text: string; start: number; end: number }[]) =>
    tokens.flatMap((t) => {
      const m = /^(.*\p{L}.*?)(['’][sS])$/u.exec(t.text);
      if (m?.[1] === undefined || m[2] === undefined || t.end - t.start !== t.text.length) return [t];
      const cut = t.start + m[1].length;
      return [{ text: m[1], start: t.start, end: cut }, { text: m[2], start: cut, end: t.end }];
    });
  fc.assert(
    fc.property(fc.array(fc.constantFrom('Russia', 's', 'S', "'", '’', '1', 'é', '\ud83d\ude00', '-', '.', 'x'), { maxLength: 8 }), (parts) => {
      const t = { text: parts.join(''), start: 3, end: 3 + parts.join('').length };
      assert.deepEqual(splitPossessives([t]), byPattern([t]));
    }),
    { numRuns: 3000 },
  );
});

test('word forms: dots and typographic quotes do not split the vocabulary', () => {
  assert.equal(wordForm('U.S.').key, wordForm('US').key);
  assert.equal(wordForm('Mr.').cased, wordForm('Mr').cased);
  assert.equal(wordForm('Mr.').dotted, true);
  assert.equal(wordForm('“').raw, '"');
  assert.equal(wordForm('1996-08-22').shape, 'd-d-d');
  assert.equal(wordForm('McDonald').cap, 'mixed');
  assert.equal(wordForm('Ryabkov').cap, 'init');
  assert.equal(wordForm('Ελλάδα').cap, 'init');
  assert.equal(wordForm('').shape, '');
});

test('gazetteer: longest match wins, positions per type', () => {
  const g = buildGazetteer([
    { keys: ['new', 'york'], typeIndex: 2 },
    { keys: ['new', 'york', 'times'], typeIndex: 1 },
    { keys: ['york'], typeIndex: 2 },
  ]);
  const m = matchGazetteer(g, ['the', 'new', 'york', 'times', 'said']);
  // ORG (type 1) at bits 3..5: B, I, L on tokens 1..3; nothing else.
  assert.deepEqual([...m].map((x) => (x >> 3) & 7), [0, 1, 2, 3, 0]);
  assert.deepEqual([...m].map((x) => (x >> 6) & 7), [0, 0, 0, 0, 0]);
  assert.equal(tokenMask(g, 'york'), (1 << 1) | (1 << 2));
  assert.equal(tokenMask(g, 'jersey'), -1);
});

test('model format round trip keeps weights within quantization error', () => {
  const hashes = Uint32Array.from([7, 0, 4_000_000_000]);
  const weights = new Float32Array(hashes.length * LABEL_COUNT).map((_, i) => ((i * 37) % 23) - 11);
  const encoded = encodeModel({ hashes, weights }, { hashes, weights }, emptyLexicons(), { pruneBelow: 0.01 });
  const model = decodeModel(encoded.weights, encoded.lexicons);
  assert.ok(model.pass2 !== null);
  for (let r = 0; r < hashes.length; r++) {
    const row = rowOf(model.pass1, hashes[r] ?? 0);
    assert.ok(row >= 0);
    // Int16 in a global unit: compare ratios to the largest weight (11).
    const unit = 11 / 32767;
    for (let y = 0; y < LABEL_COUNT; y++) {
      const got = (model.pass1.weights[row * LABEL_COUNT + y] ?? 0) * unit;
      assert.ok(Math.abs(got - (weights[r * LABEL_COUNT + y] ?? 0)) < 0.1);
    }
  }
  assert.equal(rowOf(model.pass1, 12345), -1);
  assert.throws(() => decodeModel(new Uint8Array(16), encoded.lexicons), TypeError);
});

test('induced clusters put words with the same contexts together', () => {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const cities = ['Paris', 'London', 'Berlin', 'Madrid', 'Rome'];
  const sentences: string[][] = [];
  for (let k = 0; k < 6; k++) {
    for (const d of days) sentences.push(['he', 'said', 'on', d, 'that', 'it', 'rained']);
    for (const c of cities) sentences.push(['she', 'flew', 'to', c, 'and', 'stayed']);
  }
  const clusters = induceClusters(sentences, { depth: 12, seed: 3 });
  const path = (w: string): string => clusters.get(w.toLowerCase()) ?? ''; // keyed by word key
  const common = (a: string, b: string): number => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  assert.ok(clusters.size > 0);
  const split = common(path('Monday'), path('Paris'));
  assert.ok(days.every((d) => common(path(d), path('Monday')) > split), JSON.stringify([...clusters]));
  assert.ok(cities.every((c) => common(path(c), path('Paris')) > split));
});

test('outside name lists: keys like the tagger, other scripts and one-letter names left out, categories kept apart', () => {
  assert.deepEqual(nameKeys('St. Louis'), ['st', 'louis']);
  assert.equal(nameKeys('Москва'), null);
  assert.equal(nameKeys('A'), null);
  const g = externalGazetteer([
    { name: 'Leeds', category: 'city' },
    { name: 'New York', category: 'cityLarge' },
    { name: 'Smith', category: 'lastName' },
    { name: 'Москва', category: 'cityLarge' },
  ]);
  assert.equal(g.entryCount, 3);
  const city = EXTERNAL_CATEGORIES.indexOf('city');
  const large = EXTERNAL_CATEGORIES.indexOf('cityLarge');
  const m = matchGazetteer(g, ['in', 'new', 'york', 'and', 'leeds']);
  assert.deepEqual([...m].map((x) => (x >>> (3 * large)) & 7), [0, 1, 3, 0, 0]);
  assert.equal(((m[4] ?? 0) >>> (3 * city)) & 7, 4);
  // Nine categories need 27 bits: the match codes must not wrap to negative numbers.
  const last = EXTERNAL_CATEGORIES.length - 1;
  const wide = externalGazetteer([{ name: 'Sherman', category: EXTERNAL_CATEGORIES[last] ?? 'person' }]);
  assert.equal(matchGazetteer(wide, ['sherman'])[0], 4 * 2 ** (3 * last));
});

test('lexicons round trip through lexicons.bin: the same lookups, nothing rebuilt', () => {
  const g = externalGazetteer([
    { name: 'New York', category: 'cityLarge' },
    { name: 'New York City', category: 'cityLarge' },
    { name: 'York', category: 'city' },
    { name: 'Sherman', category: 'lastName' },
    { name: 'Sherman', category: 'firstName' },
  ]);
  const words = buildWordLexicon(new Map([['the', 0], ['sherman', 2]]), new Map([['paris', '0110'], ['london', '0111']]));
  const lex = { ...emptyLexicons(), external: g, words };
  const hashes = Uint32Array.from([7]);
  const encoded = encodeModel({ hashes, weights: new Float32Array(LABEL_COUNT).fill(1) }, null, lex, { pruneBelow: 0.01 });
  const back = decodeModel(encoded.weights, encoded.lexicons).lexicons;
  assert.deepEqual(back.external, g);
  assert.deepEqual(back.words.table, words.table);
  assert.deepEqual([...back.words.clusterPrefixes], [...words.clusterPrefixes]);
  const text = ['in', 'new', 'york', 'city', 'sherman', 'said'];
  assert.deepEqual(matchGazetteer(back.external, text), matchGazetteer(g, text));
  assert.equal(tokenMask(back.external, 'sherman'), (1 << EXTERNAL_CATEGORIES.indexOf('lastName')) | (1 << EXTERNAL_CATEGORIES.indexOf('firstName')));
  assert.throws(() => decodeModel(encoded.weights, encoded.lexicons.subarray(0, 40)), TypeError);
});

test('embedding clusters: words with like vectors share path prefixes, unlike ones split at the root; deterministic', () => {
  const words = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'paris', 'london', 'berlin', 'madrid', 'rome'];
  const dims = 4;
  const values = new Float32Array(words.length * dims);
  words.forEach((_, i) => {
    // Days point one way, cities another, each with a little spread.
    const base = i < 5 ? [1, 0.1, 0, 0] : [0, 0.1, 1, 0];
    base.forEach((v, d) => (values[i * dims + d] = v + ((i * 7 + d) % 5) * 0.01));
  });
  const vectors = { words, dims, values };
  const paths = embeddingClusters(vectors, { depth: 6, seed: 11 });
  assert.equal(paths.size, words.length);
  const root = (w: string): string => (paths.get(w) ?? '').slice(0, 1);
  for (const d of words.slice(1, 5)) assert.equal(root(d), root('monday'));
  for (const c of words.slice(6)) assert.equal(root(c), root('paris'));
  assert.notEqual(root('monday'), root('paris'));
  assert.deepEqual(embeddingClusters(vectors, { depth: 6, seed: 11 }), paths);
});
