import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IDF_TABLE_FILE, backgroundIdf, buildIdfTable, encodeIdfTable, newsIdf, newsRank, termKey } from '../../src/cluster/background-idf.ts';
import { normalizeTerm } from '../../src/cluster/content-words.ts';
import { readWordList } from '../../src/align/word-vectors.ts';
import { resolveOptions } from '../../src/cluster/options.ts';

test('models/cluster/idf.bin is exactly what `npm run build:idf` makes from the SUBTLEX package', () => {
  const shipped = readFileSync(IDF_TABLE_FILE);
  const rebuilt = encodeIdfTable(buildIdfTable());
  assert.equal(shipped.byteLength, rebuilt.byteLength);
  assert.ok(Buffer.compare(shipped, Buffer.from(rebuilt)) === 0, 'idf.bin is stale: run npm run build:idf');
});

test('newsIdf: a name common in news weighs less than a rare one; a full name counts as its rarest word', () => {
  const clinton = newsIdf('Clinton');
  const pinochet = newsIdf('Pinochet');
  assert.ok(clinton !== undefined && pinochet !== undefined);
  // Ranks 408 and 9,731 in GloVe 6B's list: about 2.4 and 5.6.
  assert.ok(Math.abs(clinton - 2.4) < 0.1 && Math.abs(pinochet - 5.6) < 0.1, `got ${clinton}, ${pinochet}`);
  assert.equal(newsIdf('Hillary Clinton'), newsIdf('Hillary'));
  // Past the list's 40,000 words: no estimate, so the reference idf stands.
  assert.equal(newsIdf('Zyxwvutsrq'), undefined);
  assert.equal(newsIdf('Clinton Zyxwvutsrq'), undefined);
});

test('newsRank: every term of the news list has the rank of its commonest word, as normalizing the whole list gives', () => {
  // The rank as it was read before: every word of the list normalized, the first (commonest) word of each term kept.
  const ranks = new Map<string, number>();
  readWordList().forEach((word, i) => {
    const term = normalizeTerm(word);
    if (!ranks.has(term)) ranks.set(term, i + 1);
  });
  for (const [term, rank] of ranks) assert.equal(newsRank(term), rank, term);
  // Terms no word of the list normalizes to: forms of listed words ("s" is listed; "'s" normalizes to "").
  for (const term of ['', 'zyxwvutsrq', "clinton's", 'clintons', 'countries']) assert.equal(newsRank(term), ranks.get(term), term);
});

test('nameNewsPrior: on by default; anything but a boolean is a TypeError', () => {
  assert.equal(resolveOptions().nameNewsPrior, true);
  assert.throws(() => resolveOptions({ nameNewsPrior: 'names' as never }), /nameNewsPrior/);
});

test('the idf table as read answers every key as the table built from SUBTLEX does, and unknown keys as unseen', () => {
  const built = buildIdfTable();
  const read = backgroundIdf();
  const unseen = read.idf(termKey('w:zyxwvutsrq-not-a-word'));
  for (const [key, idf] of built.table) assert.equal(read.idf(key), idf);
  // Keys no term has (and numbers that are not term keys) get the unseen idf, as a Map lookup's miss did.
  for (const key of [-1, 2 ** 30, 2 ** 32 - 1, 0.5]) assert.equal(read.idf(key), built.table.get(key) ?? unseen);
});
