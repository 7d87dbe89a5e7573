import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutMarkupTags, splitTextBlocks } from '../../src/extract/text/split-text-blocks.ts';
import { needsData } from '../helpers/data.ts';
import { dataDir } from '../../scripts/lib/data.ts';

// PolNeAR's texts carry embedded tweets as `<tweet id="..." author="...">text</tweet>`; the tags were read as words
// and shown inside an exclusive. The tweet's words are quoted material and stay.

const FILE = ['polnear', 'dev', 'text', 'huff-post_2016-09-20_elizabeth-warren-hammers-wells-f.txt'];

test('PolNeAR: a tweet embedded in a plain-text article keeps its words, not its tags', { skip: needsData(FILE) }, () => {
  const { blocks } = splitTextBlocks(readFileSync(join(dataDir(...FILE.slice(0, -1)), FILE.at(-1) as string), 'utf8'));
  assert.ok(!blocks.some((b) => /<\/?tweet/.test(b)), 'no tweet tag in the blocks');
  assert.ok(blocks.includes('The blue arrow is Warren.$WFC(via @JohnMelloy) PfASkm7vah.'), 'the tweet text, its full stop after it');
});

test('markup tags: tags with attributes and closing tags go; comparisons and bare brackets stay', () => {
  assert.equal(withoutMarkupTags('He posted <a href="https://x.test/1">a photo</a> of the rally.'), 'He posted a photo of the rally.');
  assert.equal(withoutMarkupTags('<tweet id="1" author="@x">Hillary calls Obama a duck</tweet>\nNext.'), 'Hillary calls Obama a duck\nNext.');
  // PolNeAR's tweet whose text was not kept: nothing is left of it.
  assert.equal(withoutMarkupTags('He responded on Twitter:\n<tweet tweet-id="785842546878578688"><tweet/>.\nThen he left.'), 'He responded on Twitter:\n.\nThen he left.');
  const plain = 'If a < b and c > d, the <b> tag and <3 stay as typed.';
  assert.equal(withoutMarkupTags(plain), plain);
});
